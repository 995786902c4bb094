#!/usr/bin/env python3
"""Audit GitHub Actions workflow files for the usual security mistakes: third-party actions not pinned
to a commit SHA, no top-level permissions, untrusted event text expanded inside run: scripts, and
pull_request_target workflows that check out the pull request's code.

Reads the files line by line (no YAML library needed), so it also works on files that do not parse.
Exit status: 0 nothing found, 1 findings, 2 unreadable input or bad usage.
"""
import argparse
import json
import os
import sys

MAX_BYTES = 2 * 1024 * 1024
UNTRUSTED = ("github.event.pull_request.title", "github.event.pull_request.body", "github.event.pull_request.head.ref",
             "github.event.pull_request.head.label", "github.event.issue.title", "github.event.issue.body",
             "github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
             "github.event.head_commit.message", "github.event.head_commit.author", "github.event.commits",
             "github.event.pages", "github.event.discussion.title", "github.event.discussion.body",
             "github.event.workflow_run.head_branch", "github.event.workflow_run.head_commit", "github.head_ref")
TRUSTED_OWNERS = ("actions/", "github/")


def indentation(line):
    return len(line) - len(line.lstrip(" "))


def value_after(line, key):
    rest = line.split(key, 1)[1].strip()
    if rest.startswith(("'", '"')):
        rest = rest[1:].split(rest[0], 1)[0]
    else:
        rest = rest.split(" #", 1)[0].strip()
    return rest


def audit(text):
    findings = []
    lines = text.splitlines()

    def report(number, rule, message):
        findings.append({"line": number, "rule": rule, "message": message})

    has_top_permissions = any(l.startswith("permissions:") for l in lines)
    target_trigger = any("pull_request_target" in l.split("#", 1)[0] for l in lines)
    run_indent = None  # indentation of the key of the run: block being read
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        code = line.split(" #", 1)[0] if not stripped.startswith("#") else ""
        if run_indent is not None and stripped and indentation(line) <= run_indent:
            run_indent = None
        body = stripped.lstrip("- ").strip()
        if body.startswith("run:"):
            inline = body[4:].strip()
            if inline[:1] in ("|", ">"):
                run_indent = indentation(line) + (2 if stripped.startswith("- ") else 0)
            else:
                check_script(inline, number, report)
            continue
        if run_indent is not None:
            check_script(stripped, number, report)
            continue
        if body.startswith("uses:"):
            target = value_after(body, "uses:")
            if target.startswith("./"):
                continue
            if target.startswith("docker://"):
                if "@sha256:" not in target:
                    report(number, "unpinned-image", f"{target} is not pinned to a digest (@sha256:...)")
                continue
            name, _, ref = target.partition("@")
            if not ref:
                report(number, "unpinned-action", f"{target} has no ref at all")
            elif not (len(ref) == 40 and all(c in "0123456789abcdef" for c in ref)):
                if not name.startswith(TRUSTED_OWNERS):
                    report(number, "unpinned-action", f"{name}@{ref}: pin third-party actions to a full commit SHA (keep the tag in a comment)")
        if code.strip() in ("permissions: write-all", "permissions: 'write-all'", 'permissions: "write-all"'):
            report(number, "write-all", "permissions: write-all gives the token every scope; list the scopes the job needs")
        if target_trigger and "ref:" in code and ("github.event.pull_request.head" in code or "github.head_ref" in code or "refs/pull/" in code):
            report(number, "pull-request-target-checkout", "a pull_request_target workflow checks out the pull request's code: it runs with secrets and a write token")
        if "ACTIONS_ALLOW_UNSECURE_COMMANDS" in code:
            report(number, "unsecure-commands", "ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env/add-path, which untrusted output can abuse")
    if not has_top_permissions:
        report(None, "no-top-level-permissions", "no top-level permissions: the token gets the repository's default scopes; start from contents: read")
    return findings


def check_script(text, number, report):
    start = text.find("${{")
    while start >= 0:
        end = text.find("}}", start)
        expression = text[start + 3:end if end >= 0 else len(text)].strip()
        if any(expression.startswith(u) or f"({u}" in expression or f" {u}" in expression for u in UNTRUSTED):
            report(number, "script-injection", f"${{{{ {expression} }}}} is expanded into the script before it runs; pass it through env: and quote \"$VAR\"")
        start = text.find("${{", end if end >= 0 else len(text))


def workflow_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                full = os.path.join(path, name)
                if name.endswith((".yml", ".yaml")) and os.path.isfile(full):
                    yield full
        else:
            yield path


def main(argv=None):
    parser = argparse.ArgumentParser(description="Find unpinned actions, missing permissions and script injection in GitHub Actions workflows.",
                                     epilog="Exit status: 0 clean, 1 findings, 2 unreadable input.")
    parser.add_argument("paths", nargs="*", default=[".github/workflows"], metavar="PATH",
                        help="workflow files or folders (default: .github/workflows)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    options = parser.parse_args(argv)
    results = []
    for path in workflow_files(options.paths):
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            print(f"workflow_audit: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        if len(data) > MAX_BYTES:
            print(f"workflow_audit: {path} is larger than {MAX_BYTES} bytes", file=sys.stderr)
            return 2
        results += [dict(file=path, **f) for f in audit(data.decode("utf-8", errors="replace"))]
    if options.format == "json":
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            where = f"{r['file']}:{r['line']}" if r["line"] else r["file"]
            print(f"{where}: [{r['rule']}] {r['message']}")
        print(f"{len(results)} finding(s)", file=sys.stderr)
    return 1 if results else 0


if __name__ == "__main__":
    sys.exit(main())
