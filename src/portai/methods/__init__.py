"""Summarization methods: the registry (temporary re-export while the package is built)."""

from portai.ranking import METHODS, Method, get_method

__all__ = ["METHODS", "Method", "get_method"]
