"""Planning a session: the plan list, the agenda editor with clock times, running it."""
