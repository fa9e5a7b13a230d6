"""The Session view: pick a plan, then train through it, one leg and one set at a time."""
