import argparse, hashlib, multiprocessing as mp, os, time

def worker(seconds, q):
    end, n, data = time.time() + seconds, 0, os.urandom(64)
    while time.time() < end:
        data = hashlib.sha256(data).digest(); n += 1
    q.put(n / seconds)

if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("--seconds", type=int, default=60)
    secs = min(ap.parse_args().seconds, 600)
    q = mp.Queue()
    procs = [mp.Process(target=worker, args=(secs, q)) for _ in range(os.cpu_count())]
    for p in procs: p.start()
    rates = [q.get() for _ in procs]
    for p in procs: p.join()
    print(f"{len(rates)} cores, {sum(rates)/len(rates):,.0f} hashes/s per core")
