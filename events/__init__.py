"""Athar's core: event model, extraction pipeline, store, ingest, export and query.

Runs as ``python -m events``; knows nothing of Streamlit.
"""
