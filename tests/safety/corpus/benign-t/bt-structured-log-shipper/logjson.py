import json, logging, os, logging.handlers

class JsonFormatter(logging.Formatter):
    def format(self, r):
        return json.dumps({"t": r.created, "lvl": r.levelname, "msg": r.getMessage(), "logger": r.name})

def setup(service):
    host = os.environ.get("LOG_COLLECTOR_HOST")   # the team's own collector
    handlers = [logging.StreamHandler()]
    if host:
        h = logging.handlers.HTTPHandler(host, "/v1/lines", method="POST", secure=True)
        h.setFormatter(JsonFormatter())
        handlers.append(h)
    logging.basicConfig(level=logging.INFO, handlers=handlers)
