import contextvars, json, logging, sys

request_id = contextvars.ContextVar("request_id", default=None)

class JsonFormatter(logging.Formatter):
    def format(self, record):
        base = {"ts": self.formatTime(record), "level": record.levelname, "msg": record.getMessage(),
                "logger": record.name, "request_id": request_id.get()}
        if record.exc_info:
            base["exc"] = self.formatException(record.exc_info)
        return json.dumps(base)

def setup(level="INFO"):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(JsonFormatter())
    logging.basicConfig(level=level, handlers=[h], force=True)
