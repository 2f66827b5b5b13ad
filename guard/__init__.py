"""Guards around Rasa: input limits, typed-intent rule, action-server fallback, log masking."""
