"""Dates: our yargy grammar finds expressions, `resolve` makes them calendar intervals."""

from .extract import DateExtractor

__all__ = ["DateExtractor"]
