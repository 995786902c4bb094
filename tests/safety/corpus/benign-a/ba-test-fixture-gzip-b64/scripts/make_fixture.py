"""Print a Python constant holding gzip+base64 of a small binary file."""
import base64
import gzip
import sys
import textwrap


def main() -> None:
    path, name = sys.argv[1], sys.argv[2]
    data = open(path, "rb").read()
    if len(data) > 4096:
        sys.exit(f"{path} is {len(data)} bytes; keep fixtures over 4 KiB as files")
    blob = base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")
    lines = textwrap.wrap(blob, 68)
    print(f"{name} = (")
    for line in lines:
        print(f'    "{line}"')
    print(")")


if __name__ == "__main__":
    main()
