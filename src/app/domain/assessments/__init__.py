"""The per-leg test battery: definitions, scoring, symmetry, change over time, timed trials.

Pure Python like the rest of the domain. `definitions` says what a test is,
`definition_file` reads the shipped battery, `custom` builds a coach's own
test, `scoring` checks trials and compares the legs, `change` compares two
assessments, `order` lays out a testing day and `timed_trial` times the
trials the app runs itself. See docs/assessments.md.
"""
