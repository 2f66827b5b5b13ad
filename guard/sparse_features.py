"""Sparse features of a message joined side by side without ``scipy.sparse.hstack``.

For every message DIET joins the sparse features of each featurizer (regexes, lexical
and syntactic, words, character n-grams) into one matrix per attribute, a pair at a time
through ``Features._combine_sparse_features``, which calls ``scipy.sparse.hstack``. That
goes through ``bmat``'s general block checks: about 0.37 ms per join, 7 % of the Rasa
server's CPU under load (py-spy). Two COO matrices with the same rows are joined by
concatenating their entries, the second's columns shifted: about 0.06 ms, the same matrix.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse
from rasa.shared.nlu.training_data.features import Features


def side_by_side(
    left: scipy.sparse.spmatrix, right: scipy.sparse.spmatrix
) -> scipy.sparse.coo_matrix:
    """``scipy.sparse.hstack([left, right])`` (COO) for two matrices with the same rows."""
    left, right = left.tocoo(), right.tocoo()
    return scipy.sparse.coo_matrix(
        (
            np.concatenate([left.data, right.data]),
            (
                np.concatenate([left.row, right.row]),
                np.concatenate([left.col, right.col + left.shape[1]]),
            ),
        ),
        shape=(left.shape[0], left.shape[1] + right.shape[1]),
    )


def _combine_sparse_features(self: Features, additional_features: Features) -> None:
    """Rasa's ``Features._combine_sparse_features`` with :func:`side_by_side`."""
    if self.features.shape[0] != additional_features.features.shape[0]:
        raise ValueError(
            f"Cannot combine sparse features as sequence dimensions do not "
            f"match: {self.features.shape[0]} != "
            f"{additional_features.features.shape[0]}."
        )
    self.features = side_by_side(self.features, additional_features.features)
    self._cached_fingerprint = None


def install() -> None:
    """Make ``Features`` join sparse features with :func:`side_by_side`."""
    Features._combine_sparse_features = _combine_sparse_features  # type: ignore[method-assign]
