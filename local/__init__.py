"""Local development helpers (not deployed)."""
