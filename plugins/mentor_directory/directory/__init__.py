"""Stage 2, the directory model: which mentors are listed, under which facet terms, how current
each profile is, where the program is thin, and each mentor as the pages show them.

Pelican-free, so the build and the command line work it out the same way (listing.py).
"""
