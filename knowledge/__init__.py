"""Knowledge base built from five official policy documents on foreign talent in China.

Plain Python, no Rasa import: parsers turn the source texts into typed records with
provenance, ``lookup`` finds jobs and occupations by name, ``eligibility`` applies the
documents' rules, and ``answers`` words the replies.
"""
