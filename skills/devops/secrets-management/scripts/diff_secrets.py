#!/usr/bin/env python3
"""Scan the added lines of a unified diff (git diff, git show, a patch file) for credentials before they
are committed or merged: cloud and platform tokens, private keys, passwords in connection strings and
high-entropy values assigned to secret-looking names.

Values are never printed, not even in part: each finding shows its place, its kind and a short
sha256 fingerprint, so it can be discussed without spreading the secret.
Input that is not a diff is scanned as a whole.
Exit status: 0 nothing found, 1 findings, 2 unreadable input or bad usage.
"""
import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter

MAX_BYTES = 64 * 1024 * 1024
MAX_LINE = 4096
# Every pattern is anchored on a fixed prefix with bounded repetitions: linear on any line.
TOKEN_PATTERNS = [
    ("aws-access-key-id", re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])")),
    ("github-token", re.compile(r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})(?![A-Za-z0-9_])")),
    ("gitlab-token", re.compile(r"(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,255}(?![A-Za-z0-9_-])")),
    ("slack-token", re.compile(r"(?<![A-Za-z0-9-])xox[abposr]-[A-Za-z0-9-]{10,255}(?![A-Za-z0-9-])")),
    ("stripe-live-key", re.compile(r"(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{16,255}(?![A-Za-z0-9_])")),
    ("google-api-key", re.compile(r"(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])")),
    ("npm-token", re.compile(r"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])")),
]
SECRET_NAME_WORDS = ("password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "access_key",
                     "private_key", "client_secret", "auth_key", "credentials")
PLACEHOLDER_WORDS = ("example", "changeme", "change_me", "dummy", "placeholder", "redacted", "your", "xxxx",
                     "fake", "sample", "todo", "<", "${", "{{", "%(", "os.environ", "getenv", "process.env", "env(")
NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def entropy(text):
    counts = Counter(text)
    return -sum(c / len(text) * math.log2(c / len(text)) for c in counts.values())


def placeholder(value):
    lowered = value.lower()
    return any(word in lowered for word in PLACEHOLDER_WORDS) or len(set(value)) <= 3


def assignments(line):
    """Yield (name, value) for NAME = VALUE, NAME: VALUE, "NAME": "VALUE" found by a single left-to-right scan."""
    i, n = 0, len(line)
    while i < n:
        if line[i] in NAME_CHARS:
            start = i
            while i < n and line[i] in NAME_CHARS:
                i += 1
            name = line[start:i]
            j = i
            if j < n and line[j] in "\"'":
                j += 1
            while j < n and line[j] in " \t":
                j += 1
            if j < n and (line[j] == "=" or (line[j] == ":" and not line.startswith("//", j + 1))):
                j += 1
                while j < n and line[j] in " \t":
                    j += 1
                quote = line[j] if j < n and line[j] in "\"'`" else ""
                j += 1 if quote else 0
                value_start = j
                while j < n and (line[j] != quote if quote else line[j] not in " \t,;)}]#"):
                    j += 1
                yield name, line[value_start:j]
                i = j
        else:
            i += 1


def connection_passwords(line):
    """Passwords in scheme://user:<password>@host, found without backtracking."""
    index = line.find("://")
    while index >= 0:
        end = index + 3
        while end < len(line) and line[end] not in " \t\"'`<>":
            end += 1
        authority = line[index + 3:end].split("/", 1)[0]
        if "@" in authority:
            credentials = authority.rsplit("@", 1)[0]
            if ":" in credentials:
                yield credentials.split(":", 1)[1]
        index = line.find("://", end)


def scan_line(text):
    found = []
    for kind, pattern in TOKEN_PATTERNS:
        for match in pattern.finditer(text):
            if not placeholder(match.group(0)):
                found.append((kind, match.group(0)))
    if "PRIVATE KEY-----" in text and "-----BEGIN" in text:
        found.append(("private-key", text.strip()))
    for password in connection_passwords(text):
        if password and not placeholder(password):
            found.append(("connection-string-password", password))
    for name, value in assignments(text):
        lowered = name.lower()
        if any(word in lowered for word in SECRET_NAME_WORDS) and len(value) >= 8 and not placeholder(value) \
                and entropy(value) >= 3.0 and not any(value == v for _, v in found):
            found.append(("secret-assignment", value))
    return found


def added_lines(text, label):
    """Yield (path, line_number, text) of every added line; the whole input when it is not a diff."""
    lines = text.splitlines()
    if not any(line.startswith("@@ ") for line in lines):
        for number, line in enumerate(lines, 1):
            yield label, number, line
        return
    path, number = label, 0
    for line in lines:
        if line.startswith("+++ "):
            target = line[4:].split("\t", 1)[0].strip()
            path = target[2:] if target.startswith("b/") else target
        elif line.startswith("@@ "):
            plus = line.split(" ")[2] if len(line.split(" ")) > 2 else "+0"
            try:
                number = int(plus[1:].split(",", 1)[0])
            except ValueError:
                number = 0
        elif line.startswith("+"):
            yield path, number, line[1:]
            number += 1
        elif line.startswith(" "):
            number += 1


def fingerprint(value):
    return "sha256:" + hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:12]


def main(argv=None):
    parser = argparse.ArgumentParser(description="Find credentials in the added lines of a diff, without printing them.",
                                     epilog="Examples: git diff --cached | diff_secrets.py -    git diff origin/main...HEAD | diff_secrets.py -  "
                                            "Exit status: 0 clean, 1 findings, 2 unreadable input.")
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="DIFF", help="diff or patch files (default: standard input)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    findings = []
    for name in options.inputs:
        try:
            if name == "-":
                data = sys.stdin.buffer.read(MAX_BYTES + 1)
            else:
                with open(name, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            print(f"diff_secrets: cannot read {name}: {error.strerror}", file=sys.stderr)
            return 2
        if len(data) > MAX_BYTES:
            print(f"diff_secrets: {name} is larger than {MAX_BYTES} bytes", file=sys.stderr)
            return 2
        for path, number, line in added_lines(data.decode("utf-8", errors="replace"), name):
            for kind, value in scan_line(line[:MAX_LINE]):
                findings.append({"path": path, "line": number, "kind": kind, "fingerprint": fingerprint(value)})
    if options.format == "json":
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            safe_path = "".join(c if c.isprintable() else "?" for c in f["path"])
            print(f"{safe_path}:{f['line']}: {f['kind']} ({f['fingerprint']}, value not shown)")
        print(f"{len(findings)} finding(s) in added lines", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
