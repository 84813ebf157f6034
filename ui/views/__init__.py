"""The display views the main window embeds as tabs and panels."""
