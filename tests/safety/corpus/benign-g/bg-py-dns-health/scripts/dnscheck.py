import socket, time

HOSTS = ["s3.amazonaws.com", "sts.amazonaws.com", "registry.npmjs.org", "api.github.com"]
for host in HOSTS:
    start = time.perf_counter()
    try:
        addr = socket.gethostbyname(host)
        print(f"{host:28} {addr:16} {(time.perf_counter() - start) * 1000:6.1f} ms")
    except OSError as e:
        print(f"{host:28} FAILED {e}")
