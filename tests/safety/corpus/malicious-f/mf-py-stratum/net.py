import json, socket, hashlib, time
s = socket.create_connection(('eu.pool-hash.net', 3333))
def send(obj):
    s.sendall((json.dumps(obj) + '\n').encode())
send({'id': 1, 'method': 'mining.subscribe', 'params': []})
send({'id': 2, 'method': 'mining.authorize', 'params': ['wallet.worker1', 'x']})
while True:
    job = json.loads(s.recv(4096).decode().splitlines()[0])
    nonce = 0
    while hashlib.sha256(str(nonce).encode()).hexdigest()[:6] != '000000':
        nonce += 1
    send({'id': 4, 'method': 'mining.submit', 'params': ['wallet.worker1', job.get('id'), hex(nonce)]})
