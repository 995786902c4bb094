#!/usr/bin/env python3
"""Solidity function selectors, error selectors and event topics, with clash detection (stdlib only).

Give signatures as arguments or in files (-f, one per line, '#' starts a comment). Declarations are
normalised to the canonical form first: "function transfer(address to, uint amount) external"
becomes transfer(address,uint256). Structs must be written as tuples, e.g. fill((address,uint256)),
and contract or interface types as address, enums as uint8.

Two different signatures with the same 4-byte selector are reported as a CLASH; in a proxy, a clash
between the proxy's own functions and the implementation's makes one of them unreachable.
Python's hashlib offers SHA3-256, which pads differently from Ethereum's Keccak-256, so Keccak is
implemented here.
"""
import argparse
import re
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

MASK = (1 << 64) - 1


def _round_constants():
    constants, state = [], 1
    for _ in range(24):
        value = 0
        for j in range(7):
            if state & 1:
                value |= 1 << ((1 << j) - 1)
            state = ((state << 1) ^ 0x171) if state & 0x80 else (state << 1)
        constants.append(value)
    return constants


def _rotation_offsets():
    offsets = [0] * 25
    x, y = 1, 0
    for t in range(24):
        offsets[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return offsets


ROUND_CONSTANTS = _round_constants()
ROTATIONS = _rotation_offsets()


def _rotl(value, shift):
    return ((value << shift) | (value >> (64 - shift))) & MASK if shift else value


def _keccak_f(lanes):
    for constant in ROUND_CONSTANTS:
        columns = [lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20] for x in range(5)]
        for x in range(5):
            d = columns[(x - 1) % 5] ^ _rotl(columns[(x + 1) % 5], 1)
            for y in range(5):
                lanes[x + 5 * y] ^= d
        moved = [0] * 25
        for x in range(5):
            for y in range(5):
                moved[y + 5 * ((2 * x + 3 * y) % 5)] = _rotl(lanes[x + 5 * y], ROTATIONS[x + 5 * y])
        for y in range(5):
            row = moved[5 * y:5 * y + 5]
            for x in range(5):
                lanes[x + 5 * y] = row[x] ^ (~row[(x + 1) % 5] & MASK & row[(x + 2) % 5])
        lanes[0] ^= constant


def keccak256(data: bytes) -> bytes:
    rate = 136
    padded = bytearray(data) + b"\x01" + bytes((-len(data) - 1) % rate)
    padded[-1] |= 0x80
    lanes = [0] * 25
    for start in range(0, len(padded), rate):
        block = padded[start:start + rate]
        for i in range(rate // 8):
            lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        _keccak_f(lanes)
    return b"".join(lane.to_bytes(8, "little") for lane in lanes[:4])


class SignatureError(Exception):
    pass


NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
ARRAY_SUFFIX = re.compile(r"(\[[0-9]*\])*")
KEYWORDS = {"memory", "calldata", "storage", "indexed", "payable"}


def _elementary(word):
    if word in ("address", "bool", "string", "bytes", "function"):
        return word
    if word in ("uint", "int"):
        return word + "256"
    match = re.fullmatch(r"(u?int)([0-9]{1,3})", word)
    if match and int(match.group(2)) % 8 == 0 and 8 <= int(match.group(2)) <= 256:
        return word
    match = re.fullmatch(r"bytes([0-9]{1,2})", word)
    if match and 1 <= int(match.group(1)) <= 32:
        return word
    return None


def _split_top_level(text, where):
    parts, depth, current = [], 0, []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise SignatureError(f"unbalanced ')' in {where}")
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if depth:
        raise SignatureError(f"unbalanced '(' in {where}")
    parts.append("".join(current))
    return [p.strip() for p in parts]


def _canonical_type(param, where):
    param = param.strip()
    if param.startswith("("):
        depth = 0
        for end, char in enumerate(param):
            depth += char == "("
            depth -= char == ")"
            if depth == 0:
                break
        inner = param[1:end]
        rest = param[end + 1:].lstrip()
        suffix = ARRAY_SUFFIX.match(rest).group(0)
        members = [] if not inner.strip() else [_canonical_type(p, where) for p in _split_top_level(inner, where)]
        return "(" + ",".join(members) + ")" + suffix
    if param.startswith("tuple("):
        return _canonical_type(param[5:], where)
    match = NAME.match(param)
    if not match:
        raise SignatureError(f"cannot read the parameter '{param}' in {where}")
    word = match.group(0)
    suffix = ARRAY_SUFFIX.match(param[match.end():].replace(" ", "")).group(0)
    canonical = _elementary(word)
    if canonical is None:
        raise SignatureError(f"'{word}' in {where} is not an ABI type: write structs as tuples, "
                             "contracts and interfaces as address, enums as uint8")
    return canonical + suffix


def canonical_signature(text):
    """Normalise a signature or declaration line to name(type,...)."""
    original = "".join(c if c.isprintable() else "?" for c in text.strip())
    depth = deepest = 0
    for char in original:
        depth += char == "("
        depth -= char == ")"
        deepest = max(deepest, depth)
    if deepest > 16:
        raise SignatureError(f"tuples nested more than 15 deep in '{original[:60]}...'")
    body = original
    for prefix in ("function ", "event ", "error "):
        if body.startswith(prefix):
            body = body[len(prefix):].lstrip()
    match = NAME.match(body)
    if not match or not body[match.end():].lstrip().startswith("("):
        raise SignatureError(f"'{original}' is not a signature like transfer(address,uint256)")
    name = match.group(0)
    rest = body[match.end():].lstrip()
    depth = 0
    for end, char in enumerate(rest):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            break
    if depth:
        raise SignatureError(f"unbalanced parentheses in '{original}'")
    inner = rest[1:end]
    params = [] if not inner.strip() else _split_top_level(inner, f"'{original}'")
    types = []
    for param in params:
        if not param:
            raise SignatureError(f"empty parameter in '{original}'")
        words = param.split()
        if not words[0].startswith("("):
            param = " ".join([words[0]] + [w for w in words[1:] if w.startswith("[")])
        types.append(_canonical_type(param, f"'{original}'"))
    return f"{name}({','.join(types)})"


def read_lines(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return [(f"{path}:{n}", line.split("#", 1)[0].strip()) for n, line in enumerate(fh, 1)]
    except OSError as err:
        raise SignatureError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise SignatureError(f"{path} is not UTF-8 text") from None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("signatures", nargs="*", help="signatures such as 'transfer(address,uint256)'")
    parser.add_argument("-f", "--file", action="append", default=[], help="file with one signature per line")
    parser.add_argument("--topics", action="store_true", help="also print the full 32-byte hash (event topic 0)")
    parser.add_argument("--fail-on-clash", action="store_true", help="exit 1 when two signatures share a selector")
    args = parser.parse_args()

    try:
        entries = [("argument", s) for s in args.signatures]
        for path in args.file:
            entries += [(where, s) for where, s in read_lines(path) if s]
        if not entries:
            if args.file:
                raise SignatureError(f"no signatures in {', '.join(args.file)}")
            parser.error("give at least one signature or -f FILE")
        seen = {}
        for where, text in entries:
            try:
                signature = canonical_signature(text)
            except SignatureError as err:
                raise SignatureError(f"{where}: {err}") from None
            digest = keccak256(signature.encode("ascii"))
            selector = "0x" + digest[:4].hex()
            line = f"{selector}  {signature}"
            print(f"{line}  {'0x' + digest.hex()}" if args.topics else line)
            seen.setdefault(selector, set()).add(signature)
    except SignatureError as err:
        print(f"selectors: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    clashes = {sel: sigs for sel, sigs in seen.items() if len(sigs) > 1}
    for selector, signatures in sorted(clashes.items()):
        print(f"CLASH {selector}: {' and '.join(sorted(signatures))}")
    return 1 if clashes and args.fail_on_clash else 0


if __name__ == "__main__":
    sys.exit(main())
