"""Sparse features joined side by side: the same matrix as scipy's hstack."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse
from rasa.shared.nlu.training_data.features import Features

from guard import sparse_features


@pytest.mark.parametrize("fmt", ["coo", "csr"])
def test_the_join_is_scipys_hstack(fmt: str) -> None:
    rng = np.random.default_rng(7)
    left = scipy.sparse.random(5, 40, density=0.2, format=fmt, dtype=np.float32, random_state=rng)
    right = scipy.sparse.random(5, 9, density=0.3, format=fmt, dtype=np.float64, random_state=rng)
    joined = sparse_features.side_by_side(left, right)
    expected = scipy.sparse.hstack([left, right])
    assert joined.format == "coo" and joined.shape == (5, 49)
    assert joined.dtype == expected.dtype
    assert np.array_equal(joined.toarray(), expected.toarray())


def test_features_combine_through_the_join() -> None:
    sparse_features.install()
    first = Features(scipy.sparse.coo_matrix(np.eye(2)), "sentence", "text", "a")
    first.combine_with_features(
        Features(scipy.sparse.coo_matrix([[0, 3.0], [4.0, 0]]), "sentence", "text", "b")
    )
    assert first.features.toarray().tolist() == [[1, 0, 0, 3], [0, 1, 4, 0]]
    with pytest.raises(ValueError, match="sequence dimensions do not match"):
        first.combine_with_features(
            Features(scipy.sparse.coo_matrix(np.eye(3)), "sentence", "text", "c")
        )
