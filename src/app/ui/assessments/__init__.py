"""The Assessments view: the per-leg test battery run leg by leg, and its results in Progress."""
