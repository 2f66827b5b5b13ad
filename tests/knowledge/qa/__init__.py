"""Tests of the free-question layer: safety, gaps, dates, stated facts and answers."""
