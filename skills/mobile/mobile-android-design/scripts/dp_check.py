#!/usr/bin/env python3
"""Convert screenshot pixels to dp, name the window size class, and flag small touch targets (stdlib only).

  dp_check.py --density 420dpi --screen 1080x2400
      the window in dp and its width and height size classes
  dp_check.py --density xxhdpi --targets measurements.csv
      each element's size in dp, flagged when under the touch-target minimum (--min, default 48 dp);
      the CSV has a header row and columns element,width_px,height_px, measured on the screenshot
  dp_check.py --icon 24
      pixel sizes of a 24 dp asset in every density bucket

--density is a bucket (ldpi, mdpi, tvdpi, hdpi, xhdpi, xxhdpi, xxxhdpi), a dpi such as 420dpi, or a scale
factor such as 2.625 (px = dp x density / 160). Width classes: compact < 600 dp, medium < 840, expanded
< 1200, large < 1600, extra-large; height classes: compact < 480 dp, medium < 900, expanded.
"""
import argparse
import csv
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

BUCKETS = {"ldpi": 120, "mdpi": 160, "tvdpi": 213, "hdpi": 240, "xhdpi": 320, "xxhdpi": 480, "xxxhdpi": 640}
WIDTH_CLASSES = [(600, "compact"), (840, "medium"), (1200, "expanded"), (1600, "large"), (float("inf"), "extra-large")]
HEIGHT_CLASSES = [(480, "compact"), (900, "medium"), (float("inf"), "expanded")]


class InputError(Exception):
    pass


def scale(text):
    value = text.strip().lower()
    if value in BUCKETS:
        return BUCKETS[value] / 160
    try:
        number = float(value[:-3]) / 160 if value.endswith("dpi") else float(value)
    except ValueError:
        raise InputError(f"--density '{text}' is not a bucket name, a dpi like 420dpi or a factor like 2.625") from None
    if not 0.5 <= number <= 6:
        raise InputError(f"--density '{text}' gives a scale of {number:g}; expected 0.5 to 6")
    return number


def size_class(dp, classes):
    return next(name for limit, name in classes if dp < limit)


def screen(text, factor):
    parts = text.lower().split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise InputError(f"--screen '{text}' must look like 1080x2400")
    width, height = (int(p) / factor for p in parts)
    return (f"window {width:.0f} x {height:.0f} dp: width {size_class(width, WIDTH_CLASSES)}, "
            f"height {size_class(height, HEIGHT_CLASSES)}")


def targets(path, factor, minimum):
    lines, small = [], 0
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if not {"element", "width_px", "height_px"} <= set(reader.fieldnames or []):
                raise InputError(f"{path}: needs the columns element,width_px,height_px")
            for row in reader:
                try:
                    width, height = float(row["width_px"]), float(row["height_px"])
                except (TypeError, ValueError):
                    raise InputError(f"{path}:{reader.line_num}: width_px and height_px must be numbers") from None
                if not (0 < width < 100_000 and 0 < height < 100_000):
                    raise InputError(f"{path}:{reader.line_num}: sizes must be positive pixel counts")
                w, h = width / factor, height / factor
                verdict = "ok" if min(w, h) >= minimum else f"under {minimum:g} dp"
                small += verdict != "ok"
                name = "".join(c if c.isprintable() else "?" for c in " ".join((row["element"] or "?").split()))[:28]
                size_px, size_dp = f"{width:.0f} x {height:.0f} px", f"{w:.1f} x {h:.1f} dp"
                lines.append(f"{name:<28} {size_px:>14} {size_dp:>16}  {verdict}")
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    except csv.Error as err:
        raise InputError(f"{path}: malformed CSV: {err}") from None
    if not lines:
        raise InputError(f"{path}: no rows")
    lines.append(f"{small} of {len(lines)} elements under the {minimum:g} dp touch target")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--density", help="bucket, dpi (420dpi) or scale factor (2.625)")
    parser.add_argument("--screen", help="screenshot or display size in px, e.g. 1080x2400")
    parser.add_argument("--targets", help="CSV of measured elements: element,width_px,height_px")
    parser.add_argument("--min", type=float, default=48, help="touch-target minimum in dp (default 48)")
    parser.add_argument("--icon", type=float, help="asset size in dp: print its px size per bucket")
    args = parser.parse_args()
    if not (args.screen or args.targets or args.icon):
        parser.error("give --screen, --targets or --icon")
    if (args.screen or args.targets) and not args.density:
        parser.error("--screen and --targets need --density")
    try:
        output = []
        factor = scale(args.density) if args.density else None
        if args.screen:
            output.append(screen(args.screen, factor))
        if args.targets:
            output += targets(args.targets, factor, args.min)
        if args.icon:
            if not 0 < args.icon <= 2000:
                raise InputError("--icon must be a size in dp between 0 and 2000")
            output.append("  ".join(f"{name} {args.icon * dpi / 160:g}px" for name, dpi in BUCKETS.items() if name not in ("ldpi", "tvdpi")))
    except InputError as err:
        print(f"dp_check: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 1
    print("\n".join(output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
