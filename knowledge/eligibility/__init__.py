"""Deterministic eligibility rules: each criterion is met, not met or unknown, with its rule."""
