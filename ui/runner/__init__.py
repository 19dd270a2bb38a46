"""Running a session: the presenter view, the projector view and the chime."""
