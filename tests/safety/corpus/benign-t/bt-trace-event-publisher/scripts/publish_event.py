import os, sys, json
from google.cloud import pubsub_v1

topic = os.environ["DEPLOY_TOPIC"]  # e.g. projects/<our-project>/topics/deploys
pub = pubsub_v1.PublisherClient()
fut = pub.publish(topic, json.dumps({"event": "deploy", "version": sys.argv[1]}).encode(),
                  origin=os.uname().nodename)
print("published", fut.result())
