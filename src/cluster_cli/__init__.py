"""cluster-cli: track published quantitative goals against the figures that come in later."""

__version__ = "0.1.0"
