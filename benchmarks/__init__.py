"""Benchmarks for issue #8: build time, page weight and search speed from 30 to 10,000 mentors."""
