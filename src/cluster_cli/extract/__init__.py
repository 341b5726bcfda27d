"""Proposing the quantified goals of a Chinese policy text: pure logic, no disk, no terminal.

:func:`cluster_cli.extract.finder.find_goals` turns a text into
:class:`~cluster_cli.extract.model.Proposal` objects; :mod:`~cluster_cli.extract.draft` writes
them as a registry draft and :mod:`~cluster_cli.extract.contract` as versioned JSON.
"""
