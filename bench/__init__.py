"""Benchmarks: cold start, warm paths, memory, asset size, local API, first hour (``python -m bench.run``)."""
