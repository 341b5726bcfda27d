"""Benchmarks: run by hand, kept out of the test run."""
