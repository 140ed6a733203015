"""Benchmark suite: cold start, warm paths, memory, asset size the local API and the first hour (``python -m bench.run``)."""
