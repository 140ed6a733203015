"""Benchmark suite: cold start, warm paths, memory, asset size and the local API (``bench/run.py``)."""
