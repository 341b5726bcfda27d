"""Renderers: pure functions from a computed :class:`~cluster_cli.progress.Progress` to text."""
