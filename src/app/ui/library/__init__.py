"""The Library view: the exercises, their pages, and adding one of your own."""
