import os, threading, time
import hvac

def _loop(client):
    while True:
        ttl = client.auth.token.lookup_self()["data"]["ttl"]
        time.sleep(max(ttl // 2, 30))
        client.auth.token.renew_self()

def start():
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    threading.Thread(target=_loop, args=(client,), daemon=True).start()
    return client
