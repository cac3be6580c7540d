"""Stage 1, reading: a profile file's bytes become a validated Profile or located Problems.

Knows the format (the field table), the vocabulary, strict YAML and bio Markdown. Imports
nothing from the other stages and nothing from Pelican.
"""
