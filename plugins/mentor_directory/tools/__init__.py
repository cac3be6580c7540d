"""Beside the build: the `mentor-directory` command and the GitHub helpers (issue forms, the
ownership check, pull-request summaries, profiles from issues)."""
