#!/usr/bin/env python3
"""Read a PostgreSQL migration (.sql) and flag statements that take long exclusive locks, rewrite
tables or break running code: blocking index builds, volatile defaults, constraints without NOT VALID,
type changes, renames, unbatched backfills, a missing lock_timeout.

Exit status: 0 nothing found, 1 findings, 2 unreadable input or bad usage.
"""
import argparse
import json
import sys

MAX_BYTES = 5 * 1024 * 1024
VOLATILE = ("RANDOM(", "GEN_RANDOM_UUID(", "UUID_GENERATE_V4(", "UUIDV4(", "UUIDV7(", "CLOCK_TIMESTAMP(", "TIMEOFDAY(", "NEXTVAL(")


def split_statements(text):
    """Yield (line, statement) with comments removed and string contents blanked; quotes of every kind are honoured."""
    out = []
    line = 1
    start_line = None
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
        if c == "-" and text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if c == "/" and text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += text[i] == "\n"
                    i += 1
            out.append(" ")
            continue
        if c == ";":
            if start_line is not None:
                yield start_line, "".join(out)
            out, start_line = [], None
            i += 1
            continue
        if start_line is None and not c.isspace():
            start_line = line
        if c in "'\"":
            end = i + 1
            while end < n:
                if text[end] == c:
                    if end + 1 < n and text[end + 1] == c:
                        end += 2
                        continue
                    break
                end += 1
            literal = text[i:end + 1]
            line += literal.count("\n")
            out.append(literal if c == '"' else "''")
            i = end + 1
            continue
        if c == "$":
            close = text.find("$", i + 1)
            tag = text[i:close + 1] if close > 0 else ""
            if tag and all(ch.isalnum() or ch == "_" for ch in tag[1:-1]) and not tag[1:2].isdigit():
                end = text.find(tag, close + 1)
                end = n if end < 0 else end + len(tag)
                line += text.count("\n", i, end)
                out.append("$$")
                i = end
                continue
        out.append(c)
        i += 1
    if start_line is not None and "".join(out).strip():
        yield start_line, "".join(out)


def words_of(statement):
    return " ".join(statement.upper().replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split())


def check(text):
    findings = []
    created = set()
    lock_timeout = False
    in_transaction = False
    validated_not_null = set()

    def report(line, rule, message):
        findings.append({"line": line, "rule": rule, "message": message})

    for line, raw in split_statements(text):
        s = words_of(raw)
        tokens = s.split()
        if not tokens:
            continue
        head = " ".join(tokens[:3])
        if tokens[0] in ("BEGIN", "START"):
            in_transaction = True
            continue
        if tokens[0] in ("COMMIT", "END", "ROLLBACK"):
            in_transaction = False
            continue
        if tokens[0] == "SET" and "LOCK_TIMEOUT" in tokens[:3]:
            lock_timeout = True
            continue
        if head.startswith("CREATE TABLE") or head.startswith("CREATE UNLOGGED TABLE"):
            name = table_after(tokens, "TABLE")
            if name:
                created.add(name)
            continue
        table = table_after(tokens, "TABLE") if tokens[0] == "ALTER" else None
        is_index = tokens[0] == "CREATE" and "INDEX" in tokens[:4]
        locks = (tokens[0] == "ALTER" and tokens[1:2] == ["TABLE"] and table not in created) or (is_index and index_table(tokens) not in created) \
            or (tokens[0] == "DROP" and tokens[1:2] in (["TABLE"], ["INDEX"])) or tokens[0] in ("REINDEX", "CLUSTER") or head.startswith("VACUUM FULL")
        if locks and not lock_timeout:
            report(line, "no-lock-timeout", "DDL without SET lock_timeout first: if it waits for a lock, every query on the table queues behind it")
            lock_timeout = True  # once per file
        if is_index:
            if "CONCURRENTLY" not in tokens:
                if index_table(tokens) not in created:
                    report(line, "index-not-concurrent", "CREATE INDEX without CONCURRENTLY blocks writes for the whole build")
            elif in_transaction:
                report(line, "concurrently-in-transaction", "CREATE INDEX CONCURRENTLY cannot run inside a transaction block")
        if tokens[0] == "REINDEX" and "CONCURRENTLY" not in tokens:
            report(line, "reindex-blocking", "REINDEX without CONCURRENTLY blocks writes (and reads using the index)")
        if tokens[0] in ("VACUUM", "CLUSTER") and (tokens[0] == "CLUSTER" or "FULL" in tokens[:3]):
            report(line, "table-rewrite", f"{tokens[0]}{' FULL' if tokens[0] == 'VACUUM' else ''} rewrites the table under an ACCESS EXCLUSIVE lock; consider pg_repack")
        if tokens[0] == "ALTER" and table and table not in created:
            check_alter(s, tokens, line, report, validated_not_null)
        if tokens[0] in ("UPDATE", "DELETE") and " WHERE " not in f" {s} ":
            report(line, "unbatched-write", f"{tokens[0]} without WHERE touches every row in one transaction; backfill in batches")
    return findings


def table_after(tokens, keyword):
    if keyword not in tokens:
        return None
    rest = tokens[tokens.index(keyword) + 1:]
    while rest and rest[0] in ("IF", "NOT", "EXISTS", "ONLY"):
        rest = rest[1:]
    return rest[0].strip('"').lower() if rest else None


def index_table(tokens):
    if "ON" not in tokens:
        return None
    rest = tokens[tokens.index("ON") + 1:]
    if rest and rest[0] == "ONLY":
        rest = rest[1:]
    return rest[0].strip('"').lower() if rest else None


def check_alter(s, tokens, line, report, validated_not_null):
    padded = f" {s} "
    if " RENAME " in padded:
        report(line, "rename", "RENAME breaks code still using the old name; expand (new column/view), migrate, then contract")
    if " ALTER COLUMN " in padded and (" TYPE " in padded or " SET DATA TYPE " in padded):
        report(line, "type-change", "changing a column type usually rewrites the table under ACCESS EXCLUSIVE; add a new column and backfill instead")
    if " ADD COLUMN " in padded or (" ADD " in padded and " CONSTRAINT " not in padded and " ADD CONSTRAINT" not in padded):
        if " DEFAULT " in padded and any(v in s.replace(" (", "(") for v in VOLATILE):
            report(line, "volatile-default", "a volatile DEFAULT rewrites the whole table; add the column without it, backfill, then SET DEFAULT")
        if " NOT NULL" in padded and " DEFAULT " not in padded:
            report(line, "not-null-without-default", "ADD COLUMN ... NOT NULL without DEFAULT fails on any non-empty table")
    if " ADD CONSTRAINT " in padded or " ADD FOREIGN KEY" in padded or " ADD CHECK" in padded:
        if " NOT VALID" not in padded and (" FOREIGN KEY " in padded or " CHECK " in padded or " REFERENCES " in padded):
            report(line, "constraint-validates", "the constraint is checked against every row under lock; add it NOT VALID, then VALIDATE CONSTRAINT")
        if (" UNIQUE " in padded or " PRIMARY KEY " in padded) and " USING INDEX " not in padded:
            report(line, "constraint-builds-index", "UNIQUE/PRIMARY KEY builds its index under lock; CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX")
        if " CHECK " in padded and " IS NOT NULL" in padded:
            column = s[s.index(" CHECK ") + 7:].split()
            column = [t for t in column if t != "("]
            if column:
                validated_not_null.add(column[0].strip('"').lower())
    if " SET NOT NULL" in padded and " ALTER COLUMN " in padded:
        column = s[s.index(" ALTER COLUMN ") + 14:].split()[0].strip('"').lower()
        if column not in validated_not_null:
            report(line, "set-not-null-scan", "SET NOT NULL scans the table under ACCESS EXCLUSIVE; validate a CHECK (col IS NOT NULL) NOT VALID constraint first")
    if " DROP COLUMN " in padded:
        report(line, "drop-column", "DROP COLUMN breaks any deployed code that still reads or writes it; deploy code that ignores the column first")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Flag risky statements in PostgreSQL migrations (locks, rewrites, breaking changes).",
                                     epilog="Exit status: 0 clean, 1 findings, 2 unreadable input. Tables created in the same file are exempt.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="migration .sql file, or - for standard input")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--ignore", action="append", default=[], metavar="RULE", help="rule id to skip (repeatable)")
    options = parser.parse_args(argv)
    results = []
    for path in options.files:
        try:
            if path == "-":
                data = sys.stdin.buffer.read(MAX_BYTES + 1)
            else:
                with open(path, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            print(f"migration_check: cannot read {path}: {error.strerror}", file=sys.stderr)
            return 2
        if len(data) > MAX_BYTES:
            print(f"migration_check: {path} is larger than {MAX_BYTES} bytes", file=sys.stderr)
            return 2
        for finding in check(data.decode("utf-8", errors="replace")):
            if finding["rule"] not in options.ignore:
                results.append(dict(file=path, **finding))
    if options.format == "json":
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(f"{r['file']}:{r['line']}: [{r['rule']}] {r['message']}")
        print(f"{len(results)} finding(s)", file=sys.stderr)
    return 1 if results else 0


if __name__ == "__main__":
    sys.exit(main())
