#!/usr/bin/env python3
import pathlib, socket, time

def resolve(name):
    t = time.perf_counter()
    try:
        socket.getaddrinfo(name, 443)
        ok = True
    except socket.gaierror:
        ok = False
    return ok, (time.perf_counter() - t) * 1000

hosts = pathlib.Path("probe.txt").read_text().split()
for host in hosts:
    resolve(host)  # warm-up pass
for host in hosts:
    ok, ms = resolve(host)
    print(f"{host:40} {'ok' if ok else 'FAIL':5} {ms:7.1f} ms")
