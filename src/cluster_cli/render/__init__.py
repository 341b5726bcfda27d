"""Renderers: pure functions from a computed assessment to text (terminal, Markdown, HTML,
CSV, JSON)."""
