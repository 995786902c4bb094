import json, os, socket, time
from google.cloud import pubsub_v1

TOPIC = os.environ["METRICS_TOPIC"]
_pub = pubsub_v1.PublisherClient()

def publish_run(name, rows, started, status="ok"):
    data = json.dumps({"pipeline": name, "rows": rows, "seconds": round(time.time() - started, 1),
                       "status": status}).encode()
    _pub.publish(TOPIC, data, host=socket.gethostname(), schema="v2").result(timeout=10)
