"""Answering free questions: safety, gaps in the documents, dates and passage answers.

:mod:`knowledge.qa.router` decides which of these answers a message; the structured topics
(lookup, eligibility, lists, counts) stay in :mod:`knowledge.answers`.
"""
