#!/usr/bin/env python3
"""Group the stack traces in a log by signature and count them (standard library only).

Finds Python tracebacks ("Traceback (most recent call last):" ... exception line) and "at"-style
stacks (Node.js, Java, C#: a message line followed by lines starting with "at "). Two traces have the
same signature when their exception line and innermost frames match once line numbers, numbers, hex
values and UUIDs are masked, so the same bug logged with different ids or after a deploy counts once.
Reads the file named, or standard input when the name is "-".
"""
import argparse
import sys


PY_START = "Traceback (most recent call last):"
HEX_DIGITS = set("0123456789abcdefABCDEF")


def printable(text):
    """The text with control characters (terminal escapes included) shown as '?'."""
    return "".join(c if c.isprintable() else "?" for c in str(text))


def mask(text, keep_quoted):
    """Replace numbers, 0x... values and UUID-like runs by placeholders; optionally quoted strings."""
    out, i, n = [], 0, len(text)
    while i < n:
        char = text[i]
        if char == "0" and i + 1 < n and text[i + 1] in "xX":
            j = i + 2
            while j < n and text[j] in HEX_DIGITS:
                j += 1
            out.append("0x#")
            i = j
        elif char.isdigit() or (char in HEX_DIGITS and i + 8 <= n and text[i:i + 8].isalnum() and "-" in text[i + 8:i + 9]):
            j = i
            while j < n and (text[j] in HEX_DIGITS or text[j] == "-"):
                j += 1
            chunk = text[i:j]
            if chunk.isdigit() or any(c.isdigit() for c in chunk):
                out.append("#")
                i = j
            else:
                out.append(chunk)
                i = j
        elif not keep_quoted and char in "'\"":
            j = text.find(char, i + 1)
            if j == -1:
                out.append(text[i:])
                break
            out.append(char + "…" + char)
            i = j + 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def python_frame(line):
    # '  File "/app/billing.py", line 41, in to_cents'  ->  'billing.py in to_cents'
    text = line.strip()
    path_end = text.find('"', 6)
    path = text[6:path_end] if path_end > 6 else text
    name = text[text.rfind(", in ") + 5:] if ", in " in text else "?"
    return f"{path.replace(chr(92), '/').rsplit('/', 1)[-1]} in {name}"


def at_frame(line):
    # 'at getUser (/app/src/users.js:14:22)' -> 'getUser (users.js)'; Java '(Foo.java:42)' -> '(Foo.java)'
    text = line.strip()[3:].strip()
    if text.endswith(")") and "(" in text:
        head, location = text[:text.rfind("(")], text[text.rfind("(") + 1:-1]
    else:
        head, location = "", text
    location = location.replace("\\", "/").rsplit("/", 1)[-1]
    while location and (location[-1].isdigit() or location[-1] == ":"):
        location = location[:-1]
    if " in " in head:                       # C#: 'at Ns.Type.Method() in /src/File.cs:line 12'
        head = head[:head.find(" in ")]
    return f"{head.strip()} ({location})" if head.strip() else location


def find_traces(lines):
    """Yield (first line number, exception line, innermost-first frames)."""
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if PY_START in line:
            start, frames, i = i + 1, [], i + 1
            while i < n and lines[i].startswith((" ", "\t")):
                if lines[i].strip().startswith('File "'):
                    frames.append(python_frame(lines[i]))
                i += 1
            exception = lines[i].strip() if i < n else "(traceback cut off)"
            yield start, printable(exception), [printable(f) for f in reversed(frames)]
            i += 1
        elif i + 1 < n and line.strip() and not line[0].isspace() and lines[i + 1].strip().startswith("at ") and lines[i + 1][0].isspace():
            start, exception, frames, i = i + 1, line.strip(), [], i + 1
            while i < n and lines[i][:1].isspace() and lines[i].strip().startswith(("at ", "...")):
                if lines[i].strip().startswith("at "):
                    frames.append(at_frame(lines[i]))
                i += 1
            yield start, printable(exception), [printable(f) for f in frames]
        else:
            i += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log", help="log file, or - for standard input")
    parser.add_argument("--frames", type=int, default=3, help="innermost frames in the signature (default 3)")
    parser.add_argument("--mask-quoted", action="store_true", help="also mask quoted strings in messages")
    parser.add_argument("--top", type=int, default=20, help="groups to print (default 20)")
    args = parser.parse_args()
    if args.frames < 0 or args.top < 1:
        parser.error("--frames must be 0 or more and --top at least 1")
    try:
        if args.log == "-":
            text = sys.stdin.buffer.read()
        else:
            with open(args.log, "rb") as fh:
                text = fh.read()
    except OSError as err:
        print(printable(f"group_traces: cannot read {args.log}: {err.strerror}"), file=sys.stderr)
        return 1
    lines = text.decode("utf-8", errors="replace").splitlines()

    groups = {}
    for start, exception, frames in find_traces(lines):
        key = (mask(exception, not args.mask_quoted), tuple(mask(f, True) for f in frames[:args.frames]))
        group = groups.setdefault(key, {"count": 0, "first": start, "example": exception})
        group["count"] += 1
    if not groups:
        print("no stack traces found")
        return 0
    ordered = sorted(groups.items(), key=lambda item: (-item[1]["count"], item[1]["first"]))
    total = sum(g["count"] for g in groups.values())
    print(f"{total} traces, {len(groups)} distinct")
    for (exception, frames), group in ordered[:args.top]:
        print(f"\n{group['count']:>5}x  {exception[:200]}   (first at line {group['first']})")
        for frame in frames:
            print(f"        {frame[:160]}")
    if len(ordered) > args.top:
        print(f"\n... {len(ordered) - args.top} more groups (--top)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
