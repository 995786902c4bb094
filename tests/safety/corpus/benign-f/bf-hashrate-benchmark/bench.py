import hashlib, time
data = b'x' * 4096
start = time.perf_counter()
for _ in range(200_000):
    hashlib.sha256(data).digest()
print(f'{200_000 / (time.perf_counter() - start):.0f} hashes/s')
