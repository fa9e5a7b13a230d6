"""Legwork: single-leg strength training for runners."""

__version__ = "0.1.0"
