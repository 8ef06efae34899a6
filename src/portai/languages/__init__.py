"""Language profiles (temporary re-export while the package is built)."""

from portai.nlp import SUPPORTED_LANGUAGES, normalize_language

__all__ = ["SUPPORTED_LANGUAGES", "normalize_language"]
