"""Legwork's use cases: plain Python between the views (and the CLI, and sheets) and storage.

Each function takes the open `Database` and plain values, lets the domain
decide, has storage record, and returns domain values together with a
`Changes` that says what changed, so each view redraws only for what
concerns it.
"""
