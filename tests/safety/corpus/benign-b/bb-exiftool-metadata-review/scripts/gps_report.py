#!/usr/bin/env python3
"""Print files under a folder that carry GPS coordinates or device serials, using exiftool's JSON output."""
import json
import subprocess
import sys

FIELDS = ["-GPSLatitude#", "-GPSLongitude#", "-Model", "-SerialNumber", "-BodySerialNumber", "-Author", "-Creator"]


def main(folder):
    out = subprocess.run(["exiftool", "-json", "-r", "-n", *FIELDS, folder], capture_output=True, text=True, check=False)
    records = json.loads(out.stdout or "[]")
    for rec in records:
        flags = []
        if "GPSLatitude" in rec and "GPSLongitude" in rec:
            flags.append(f"GPS {rec['GPSLatitude']:.5f},{rec['GPSLongitude']:.5f}")
        serial = rec.get("SerialNumber") or rec.get("BodySerialNumber")
        if serial:
            flags.append(f"serial {serial}")
        who = rec.get("Author") or rec.get("Creator")
        if who:
            flags.append(f"author {who}")
        if flags:
            print(f"{rec['SourceFile']}: " + "; ".join(flags))


if __name__ == "__main__":
    main(sys.argv[1])
