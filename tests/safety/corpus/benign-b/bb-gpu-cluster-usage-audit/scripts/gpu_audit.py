#!/usr/bin/env python3
import pwd
import re
import socket
import subprocess

SUSPICIOUS = re.compile(r"xmrig|t-rex|nbminer|lolminer|gminer|ethminer|stratum\+|:3333\b|:4444\b", re.I)


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def gpu_pids():
    out = run(["nvidia-smi", "--query-compute-apps=pid,used_memory", "--format=csv,noheader,nounits"])
    for line in out.splitlines():
        pid, mem = (x.strip() for x in line.split(","))
        yield int(pid), int(mem)


def users_with_jobs_here():
    node = socket.gethostname().split(".")[0]
    out = run(["squeue", "-h", "-w", node, "-o", "%u"])
    return set(out.split())


def main():
    active = users_with_jobs_here()
    for pid, mem in gpu_pids():
        try:
            uid = int(open(f"/proc/{pid}/status").read().split("Uid:")[1].split()[0])
            cmd = open(f"/proc/{pid}/cmdline").read().replace("\0", " ").strip()
        except (OSError, IndexError):
            continue
        user = pwd.getpwuid(uid).pw_name
        flags = []
        if user not in active:
            flags.append("NO-SLURM-JOB")
        if SUSPICIOUS.search(cmd):
            flags.append("MINER-PATTERN")
        print(f"{pid:>7} {user:<12} {mem:>6} MiB {' '.join(flags):<28} {cmd[:120]}")


if __name__ == "__main__":
    main()
