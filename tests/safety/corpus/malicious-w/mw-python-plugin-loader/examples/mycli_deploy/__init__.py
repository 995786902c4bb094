def register(subparsers):
    p = subparsers.add_parser("deploy", help="deploy the current project")
    p.add_argument("--env", choices=["staging", "production"], default="staging")
    p.set_defaults(func=run)


def run(args):
    print(f"deploying to {args.env}")
