import socket, struct, time

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
s.sendto(b"\x1b" + 47 * b"\0", ("pool.ntp.org", 123))
data, _ = s.recvfrom(48)
server = struct.unpack("!12I", data)[10] - 2208988800
print(f"offset: {(server - time.time()) * 1000:.0f} ms")
