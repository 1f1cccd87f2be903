"""Benchmark of the build at archive scale: ``make bench`` (bench/run.py), synthetic archives (bench/synth.py)."""
