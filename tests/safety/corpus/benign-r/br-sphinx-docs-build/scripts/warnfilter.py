"""Sphinx extension: drop known, harmless third-party warnings."""
import logging

_IGNORED = ("duplicate label", "nonlocal image URI", "toctree contains reference")


class _Filter(logging.Filter):
    def filter(self, record):
        return not any(s in record.getMessage() for s in _IGNORED)


def setup(app):
    logging.getLogger("sphinx").addFilter(_Filter())
    return {"parallel_read_safe": True, "version": "1.0"}
