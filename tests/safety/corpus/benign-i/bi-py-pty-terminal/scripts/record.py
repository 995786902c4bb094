import os, pty, sys

log = open("run.log", "wb")

def read(fd):
    data = os.read(fd, 1024)
    log.write(data)
    return data

status = pty.spawn(sys.argv[1:], read)
log.close()
print(f"\nexit {os.waitstatus_to_exitcode(status)}; log in run.log")
