"""Sinergi: a graph of how Indonesian government institutions work together."""

__version__ = "0.1.0"
