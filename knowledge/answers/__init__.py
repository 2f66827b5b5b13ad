"""Answer wording: short, plain-language replies built from records, each naming its sources."""
