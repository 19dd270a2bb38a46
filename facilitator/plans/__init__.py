"""Session plans: an agenda of structures with clock times."""
