"""Rasa SDK actions: thin adapters from the dialogue to the ``knowledge`` package."""
