"""Send one RFC 5424 syslog message over TCP (optionally TLS) with octet counting."""
import argparse
import datetime
import socket
import ssl

ap = argparse.ArgumentParser()
ap.add_argument("--host", required=True)
ap.add_argument("--port", type=int, default=6514)
ap.add_argument("--tls", action="store_true")
ap.add_argument("message")
args = ap.parse_args()

ts = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")
line = f"<134>1 {ts} {socket.gethostname()} checkout - - - {args.message}".encode()
frame = str(len(line)).encode() + b" " + line

with socket.create_connection((args.host, args.port), timeout=5) as sock:
    if args.tls:
        ctx = ssl.create_default_context()
        with ctx.wrap_socket(sock, server_hostname=args.host) as tls_sock:
            tls_sock.sendall(frame)
    else:
        sock.sendall(frame)
print(f"sent {len(frame)} bytes to {args.host}:{args.port}")
