import os, sys
from google.cloud import pubsub_v1

project = os.environ["GOOGLE_CLOUD_PROJECT"]
sub_name, topic_name = sys.argv[1], sys.argv[2]
sub = pubsub_v1.SubscriberClient()
pub = pubsub_v1.PublisherClient()
sub_path = sub.subscription_path(project, sub_name)
topic_path = pub.topic_path(project, topic_name)
total = 0
while True:
    resp = sub.pull(request={"subscription": sub_path, "max_messages": 100}, timeout=10)
    if not resp.received_messages:
        break
    for m in resp.received_messages:
        pub.publish(topic_path, m.message.data, replayed="true", **dict(m.message.attributes)).result()
    sub.acknowledge(request={"subscription": sub_path, "ack_ids": [m.ack_id for m in resp.received_messages]})
    total += len(resp.received_messages)
    print("replayed", total, flush=True)
