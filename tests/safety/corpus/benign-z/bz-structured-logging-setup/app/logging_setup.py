import json, logging, re, sys, time
from opentelemetry import trace

SECRET = re.compile(r"(?i)(password|token|secret|authorization)=\S+")

class JsonFormatter(logging.Formatter):
    def format(self, r):
        span = trace.get_current_span().get_span_context()
        return json.dumps({"ts": time.time(), "level": r.levelname, "logger": r.name,
                           "msg": SECRET.sub(r"\1=***", r.getMessage()),
                           "request_id": getattr(r, "request_id", None),
                           "trace_id": format(span.trace_id, "032x") if span.is_valid else None})

def setup_logging(level="INFO"):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.setLevel(level)
    root.handlers[:] = [h]
