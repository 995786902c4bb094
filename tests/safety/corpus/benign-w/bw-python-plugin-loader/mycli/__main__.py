import argparse
import sys

from . import plugins, __version__


def cmd_version(args):
    print(__version__)


def build_parser():
    p = argparse.ArgumentParser(prog="mycli")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("version", help="print the version")
    v.set_defaults(func=cmd_version)
    plugins.load(sub)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
