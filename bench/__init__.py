"""Benchmarks and corpus generation; each script prints its figures."""
