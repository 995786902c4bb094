import json, subprocess, sys
dev = sys.argv[1]
info = json.loads(subprocess.check_output(["lsblk", "-J", "-b", "-o", "NAME,RM,TRAN,MODEL,SIZE,MOUNTPOINTS", dev]))["blockdevices"][0]
root_src = subprocess.check_output(["findmnt", "-n", "-o", "SOURCE", "/"], text=True).strip()
mounted = any(m for p in [info] + info.get("children", []) for m in (p.get("mountpoints") or []) if m)
if not (info["rm"] in (True, "1") or info.get("tran") == "usb"):
    sys.exit("refusing: not a removable/USB device")
if mounted or root_src.startswith(dev):
    sys.exit("refusing: device or its partitions are mounted / hold the root filesystem")
model = (info.get("model") or "").strip()
print(f"{dev}: {model} {int(info['size'])/1e9:.1f} GB")
if input("type the model name to confirm wipe: ").strip() != model:
    sys.exit("not confirmed")
subprocess.run(["dd", "if=/dev/zero", f"of={dev}", "bs=4M", "status=progress", "conv=fsync"], check=False)
