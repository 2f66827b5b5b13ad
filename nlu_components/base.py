"""The plumbing of the project's NLU components that leave the training data as it is."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData


class KeepsTrainingData:
    """For components that only post-process predictions: the training data stays as
    annotated."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left as annotated."""
        return training_data


class StatelessComponent(KeepsTrainingData, GraphComponent):
    """A component built from its config alone, leaving the training data as annotated."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> StatelessComponent:
        """Rasa's constructor hook."""
        return cls(config)
