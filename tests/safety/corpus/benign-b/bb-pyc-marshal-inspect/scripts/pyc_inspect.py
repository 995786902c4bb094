#!/usr/bin/env python3
import dis
import importlib.util
import marshal
import sys
import types


def walk(code: types.CodeType, depth=0):
    pad = "  " * depth
    print(f"{pad}code object {code.co_name!r} (line {code.co_firstlineno})")
    print(f"{pad}  names:  {sorted(set(code.co_names))}")
    consts = [c for c in code.co_consts if isinstance(c, (str, bytes, int)) and c not in (None,)]
    for c in consts:
        text = repr(c)
        print(f"{pad}  const:  {text[:160]}{'…' if len(text) > 160 else ''}")
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, depth + 1)


def main(path):
    with open(path, "rb") as fh:
        magic = fh.read(4)
        fh.read(12)  # flags, mtime/hash, size
        body = fh.read()
    same = magic == importlib.util.MAGIC_NUMBER
    print(f"magic {magic.hex()} ({'matches' if same else 'DOES NOT match'} this interpreter)")
    if not same:
        sys.exit("re-run under the Python version that produced this file")
    code = marshal.loads(body)
    walk(code)
    print("\n--- disassembly of module body ---")
    dis.dis(code)


if __name__ == "__main__":
    main(sys.argv[1])
