#!/usr/bin/env python3
import argparse, pathlib, stat, subprocess

CFG = pathlib.Path.home() / ".ssh" / "config"


def add(a):
    block = [f"Host {a.alias}", f"  HostName {a.host}", f"  User {a.user}"]
    if a.jump:
        block.append(f"  ProxyJump {a.jump}")
    block.append("  IdentitiesOnly yes")
    text = CFG.read_text() if CFG.exists() else ""
    CFG.write_text(text.rstrip() + "\n\n" + "\n".join(block) + "\n")


def check(_):
    for pub in sorted(CFG.parent.glob("id_*.pub")):
        priv = pub.with_suffix("")
        if priv.exists():
            mode = stat.S_IMODE(priv.stat().st_mode)
            print(f"{priv.name}: mode {oct(mode)}" + ("" if mode == 0o600 else "  <- should be 600"))
        info = subprocess.run(["ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True).stdout
        bits, _, rest = info.partition(" ")
        weak = ("RSA" in rest and int(bits) < 3072) or "DSA" in rest
        print(f"  {info.strip()}" + ("  <- weak" if weak else ""))


ap = argparse.ArgumentParser()
sub = ap.add_subparsers(dest="cmd", required=True)
p = sub.add_parser("add"); p.add_argument("--alias"); p.add_argument("--host")
p.add_argument("--user"); p.add_argument("--jump"); p.set_defaults(f=add)
sub.add_parser("check").set_defaults(f=check)
a = ap.parse_args(); a.f(a)
