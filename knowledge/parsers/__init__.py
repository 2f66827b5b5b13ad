"""Parsers: one module per source document, each exposing ``parse(text)``."""
