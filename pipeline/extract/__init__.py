"""Extractors, one module per kind of item: header, dates, references, targets, responsibilities,
abbreviations. Each exposes a documented ``find_*``/``extract_*`` function over the normalised text."""
