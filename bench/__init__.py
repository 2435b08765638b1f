"""`make bench`: the benchmark runner (run.py) and its look inside Django (probe.py)."""
