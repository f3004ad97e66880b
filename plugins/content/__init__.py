"""epi-content: checks every content file before anything is built, and reports all problems at once."""
