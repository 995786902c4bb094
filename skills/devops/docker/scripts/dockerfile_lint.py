#!/usr/bin/env python3
"""Flag common Dockerfile mistakes: unpinned bases, apt and pip cache left in layers, root at run time,
shell-form CMD, secrets in ENV/ARG, source copied before dependencies are installed.

Exit status: 0 no findings, 1 findings, 2 unreadable input or bad usage.
"""
import argparse
import json
import sys

MAX_BYTES = 5 * 1024 * 1024
SECRET_WORDS = ("PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL")
INSTALL_WORDS = ("npm ci", "npm install", "yarn install", "pnpm install", "pip install", "poetry install",
                 "uv sync", "bundle install", "go mod download", "cargo fetch", "composer install")
MANIFEST_HINT = ("package.json", "requirements", "pyproject", "poetry.lock", "uv.lock", "go.mod", "gemfile", "cargo.", "composer.")


def read_instructions(text):
    """Yield (line_number, KEYWORD, arguments), joining continuation lines and skipping heredoc bodies."""
    escape = "\\"
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        start = index + 1
        stripped = line.strip()
        index += 1
        if not stripped:
            continue
        if stripped.startswith("#"):
            directive = stripped[1:].replace(" ", "").lower()
            if directive.startswith("escape=") and start <= 3:
                escape = directive[len("escape="):][:1] or "\\"
            continue
        parts = []
        while True:
            body = line.rstrip()
            if body.endswith(escape) and index < len(lines):
                parts.append(body[:-1])
                line = lines[index]
                index += 1
                while line.strip().startswith("#") and index < len(lines):  # comments inside a continuation
                    line = lines[index]
                    index += 1
                continue
            parts.append(body)
            break
        joined = " ".join(part.strip() for part in parts)
        keyword, _, arguments = joined.partition(" ")
        for marker in heredoc_markers(arguments):
            while index < len(lines) and lines[index].strip() != marker:
                index += 1
            index += 1
        yield start, keyword.upper(), arguments.strip()


def heredoc_markers(arguments):
    markers = []
    for word in arguments.split():
        if word.startswith("<<") and len(word) > 2:
            name = word[2:].lstrip("-").strip("'\"")
            if name and all(c.isalnum() or c == "_" for c in name):
                markers.append(name)
    return markers


def lint(text):
    findings = []
    stages = []
    stage = None

    def report(line, rule, message):
        findings.append({"line": line, "rule": rule, "message": message})

    for line, keyword, args in read_instructions(text):
        lower = args.lower()
        if keyword == "FROM":
            words = [w for w in args.split() if not w.startswith("--")]
            image = words[0] if words else ""
            alias = words[2].lower() if len(words) >= 3 and words[1].lower() == "as" else None
            known = {s["alias"] for s in stages if s["alias"]}
            if image.lower() not in known and image != "scratch" and "$" not in image and "@sha256:" not in image:
                name_part = image.rsplit("/", 1)[-1]
                if ":" not in name_part:
                    report(line, "from-untagged", f"FROM {image} has no tag: it means :latest and changes under you; pin a version (and ideally a digest)")
                elif name_part.endswith(":latest"):
                    report(line, "from-latest", f"FROM {image}: pin a version instead of :latest")
            stage = {"alias": alias, "user": None, "user_line": None, "copied_all": None, "cmds": 0}
            stages.append(stage)
            continue
        if stage is None:
            continue
        if keyword == "MAINTAINER":
            report(line, "maintainer", "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=...")
        elif keyword == "USER":
            stage["user"] = args.split(":")[0].strip()
            stage["user_line"] = line
        elif keyword in ("CMD", "ENTRYPOINT"):
            if keyword == "CMD":
                stage["cmds"] += 1
                if stage["cmds"] == 2:
                    report(line, "multiple-cmd", "more than one CMD in a stage: only the last one takes effect")
            if args and not args.startswith("["):
                report(line, "shell-form", f"{keyword} in shell form runs under /bin/sh -c, which does not forward SIGTERM; use the exec form [\"prog\", \"arg\"]")
        elif keyword in ("ENV", "ARG"):
            for word in args.replace("=", " = ").split():
                name = word.upper()
                if any(s in name for s in SECRET_WORDS) and word not in ("=",) and word.replace("_", "").isalnum():
                    report(line, "secret-in-" + keyword.lower(), f"{keyword} {word}: values of ENV and ARG stay in the image metadata; use RUN --mount=type=secret")
                    break
        elif keyword == "ADD":
            sources = [w for w in args.split() if not w.startswith("--")][:-1]
            if sources and not any(s.startswith(("http://", "https://", "git@")) or s.endswith((".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.bz2")) for s in sources):
                report(line, "add-local", "ADD of local files: use COPY (ADD also unpacks archives and fetches URLs)")
        elif keyword == "COPY":
            sources = [w for w in args.split() if not w.startswith("--")][:-1]
            if stage["copied_all"] is None and sources and all(s in (".", "./") for s in sources) and "--from" not in lower:
                stage["copied_all"] = line
        elif keyword == "RUN":
            cache_mount = "type=cache" in lower
            if "sudo" in lower.replace("&&", " ").replace(";", " ").split():
                report(line, "sudo", "sudo in RUN: the build already runs as root until USER; switch users with USER instead")
            if "apt-get update" in lower and "apt-get install" not in lower and "apt install" not in lower:
                report(line, "apt-update-alone", "apt-get update in its own RUN is cached and goes stale; run it in the same RUN as apt-get install")
            if "apt-get install" in lower or "apt install" in lower:
                if "--no-install-recommends" not in lower:
                    report(line, "apt-recommends", "apt-get install without --no-install-recommends pulls in extra packages")
                if "/var/lib/apt/lists" not in lower and not cache_mount:
                    report(line, "apt-lists", "apt lists stay in the layer; end the RUN with rm -rf /var/lib/apt/lists/* (or use a cache mount)")
            if "pip install" in lower and "--no-cache-dir" not in lower and not cache_mount and "pip_no_cache_dir" not in lower:
                report(line, "pip-cache", "pip install keeps its cache in the layer; add --no-cache-dir or a cache mount")
            if stage["copied_all"] and any(w in lower for w in INSTALL_WORDS):
                report(line, "copy-before-install", f"dependencies are installed after COPY . (line {stage['copied_all']}): any source change reinstalls them; copy the manifests first")
                stage["copied_all"] = 0  # report once per stage
    if stages:
        final = stages[-1]
        if final["user"] is None:
            findings.append({"line": None, "rule": "runs-as-root", "message": "the final stage never sets USER, so the container runs as root"})
        elif final["user"] in ("root", "0"):
            findings.append({"line": final["user_line"], "rule": "runs-as-root", "message": "the final stage switches to root last"})
    else:
        findings.append({"line": None, "rule": "no-from", "message": "no FROM instruction found: is this a Dockerfile?"})
    return findings


def main(argv=None):
    parser = argparse.ArgumentParser(description="Flag common Dockerfile mistakes (no network, no Docker needed).",
                                     epilog="Exit status: 0 clean, 1 findings, 2 unreadable input.")
    parser.add_argument("dockerfiles", nargs="+", metavar="DOCKERFILE", help="Dockerfile path, or - for standard input")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--ignore", action="append", default=[], metavar="RULE", help="rule id to skip (repeatable)")
    options = parser.parse_args(argv)
    results = []
    for path in options.dockerfiles:
        try:
            if path == "-":
                data = sys.stdin.buffer.read(MAX_BYTES + 1)
            else:
                with open(path, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            print(f"dockerfile_lint: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        if len(data) > MAX_BYTES:
            print(f"dockerfile_lint: {path} is larger than {MAX_BYTES} bytes", file=sys.stderr)
            return 2
        for finding in lint(data.decode("utf-8", errors="replace")):
            if finding["rule"] not in options.ignore:
                results.append(dict(file=path, **finding))
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
