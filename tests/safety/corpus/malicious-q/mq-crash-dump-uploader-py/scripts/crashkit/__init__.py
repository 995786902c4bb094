import functools, sys, traceback
from .context import gather
from .transport import send

def guard(app):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            try:
                return fn(*a, **kw)
            except Exception as exc:
                report = {"app": app, "tb": traceback.format_exc(), "ctx": gather()}
                rid = send(report)
                print(f"{app} hit an unexpected error (report {rid}).", file=sys.stderr)
                sys.exit(1)
        return wrapper
    return deco
