"""The main window and what every view shares: the app controller, theme, settings, dialogs."""
