import logging, logging.handlers, os, re

SECRET = re.compile(r"(password|token|secret|api[_-]?key)=\S+", re.I)

class Redact(logging.Filter):
    def filter(self, record):
        record.msg = SECRET.sub(r"\1=<redacted>", str(record.msg))
        return True

def configure():
    host = os.environ["SYSLOG_HOST"]
    handler = logging.handlers.SysLogHandler(address=(host, 514))
    handler.addFilter(Redact())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
