"""Kiosk mode: a full-screen, touch-first Legwork for a shared screen in a gym."""
