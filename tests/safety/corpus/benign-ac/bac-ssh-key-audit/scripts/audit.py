import glob, os, subprocess
for pub in sorted(glob.glob(os.path.expanduser("~/.ssh/*.pub"))):
    out = subprocess.run(["ssh-keygen", "-l", "-f", pub], capture_output=True, text=True).stdout.split()
    if len(out) < 4:
        continue
    bits, kind = int(out[0]), out[-1].strip("()")
    weak = kind == "DSA" or (kind == "RSA" and bits < 3072)
    print(f"{os.path.basename(pub):24s} {kind:8s} {bits:6d} {'WEAK' if weak else 'ok'}")
