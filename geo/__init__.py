"""Gazetteer, geocoder chain and route geometry. Runs as ``python -m geo``."""
