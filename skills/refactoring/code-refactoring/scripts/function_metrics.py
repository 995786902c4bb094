#!/usr/bin/env python3
"""Rank Python functions by how hard they are to change: complexity, nesting, length, parameters.

For every function and method in the given files or folders (*.py, found recursively; virtualenvs,
.git and node_modules skipped, symbolic links not followed) it reports:
  cc      cyclomatic complexity: 1 + each if/elif, loop, except, case, conditional expression,
          comprehension filter and extra boolean operand
  depth   deepest nesting of if/for/while/with/try/match inside the function (elif adds no level)
  lines   length in lines, decorators and nested functions included
  params  parameters, self and cls not counted
Standard library only: the code is parsed with ast, never imported or run. Files that do not parse are
listed and the rest still reported (exit status 1 then).
"""
import argparse
import ast
import os
import sys

# Error messages quote input; control characters in it must not reach the terminal.
CONTROL_TO_QUESTION = {c: "?" for c in [*range(32), *range(127, 160)]}

SKIP_DIRS = {".git", "node_modules", "__pycache__", ".venv", "venv", ".tox", "build", "dist"}
NESTING = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.Match)
if hasattr(ast, "TryStar"):
    NESTING += (ast.TryStar,)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
MAX_FILE_BYTES = 2 * 1024 * 1024


def complexity(function):
    score = 1
    for node in ast.walk(function):
        if node is not function and isinstance(node, FUNCTIONS + (ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, (ast.If, ast.For, ast.AsyncFor, ast.While, ast.IfExp, ast.ExceptHandler)):
            score += 1
        elif isinstance(node, ast.BoolOp):
            score += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            score += 1 + len(node.ifs)
        elif isinstance(node, ast.match_case):
            score += 1
    return score


def nesting_depth(node, depth=0):
    deepest = depth
    for child in ast.iter_child_nodes(node):
        if isinstance(child, FUNCTIONS + (ast.ClassDef, ast.Lambda)):
            continue
        is_elif = isinstance(node, ast.If) and node.orelse == [child] and isinstance(child, ast.If)
        nested = isinstance(child, NESTING) and not is_elif
        deepest = max(deepest, nesting_depth(child, depth + 1 if nested else depth))
    return deepest


def parameters(function):
    args = function.args
    names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
    names += [a.arg for a in (args.vararg, args.kwarg) if a is not None]
    return len([n for n in names if n not in ("self", "cls")])


def measure(path, display):
    with open(path, "rb") as fh:
        source = fh.read(MAX_FILE_BYTES + 1)
    if len(source) > MAX_FILE_BYTES:
        raise ValueError("larger than 2 MiB, skipped")
    tree = ast.parse(source, filename=display)
    rows = []

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, FUNCTIONS):
                name = f"{prefix}{child.name}"
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                rows.append({"where": f"{display}:{child.lineno}", "name": name, "cc": complexity(child),
                             "depth": nesting_depth(child), "lines": child.end_lineno - first + 1,
                             "params": parameters(child)})
                visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return rows


def python_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            for folder, dirs, files in os.walk(path):      # os.walk does not follow symlinked folders
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info"))
                for name in sorted(files):
                    full = os.path.join(folder, name)
                    if name.endswith(".py") and not os.path.islink(full):
                        yield full
        else:
            raise FileNotFoundError(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="Python files or folders")
    parser.add_argument("--top", type=int, default=15, help="functions to list (default 15)")
    parser.add_argument("--max-cc", type=int, default=10, help="flag functions above this complexity (default 10)")
    parser.add_argument("--max-depth", type=int, default=3, help="flag nesting deeper than this (default 3)")
    args = parser.parse_args()
    if args.top < 1:
        parser.error("--top must be at least 1")
    rows, failures = [], []
    try:
        files = list(python_files(args.paths))
    except FileNotFoundError as err:
        print(f"function_metrics: no such file or folder: {err}".translate(CONTROL_TO_QUESTION), file=sys.stderr)
        return 2
    for path in files:
        display = path.replace(os.sep, "/")
        try:
            rows += measure(path, display)
        except SyntaxError as err:
            failures.append(f"{display}:{err.lineno or '?'}: does not parse: {err.msg}")
        except (OSError, ValueError, RecursionError) as err:
            failures.append(f"{display}: {err if not isinstance(err, RecursionError) else 'nested too deeply to analyse'}")
    rows.sort(key=lambda r: (-r["cc"], -r["depth"], -r["lines"], r["where"]))
    print(f"{len(rows)} functions in {len(files)} files")
    if rows:
        print(f"{'cc':>4} {'depth':>5} {'lines':>5} {'params':>6}  function")
    for row in rows[:args.top]:
        flag = "  <- split" if row["cc"] > args.max_cc or row["depth"] > args.max_depth else ""
        print(f"{row['cc']:>4} {row['depth']:>5} {row['lines']:>5} {row['params']:>6}  {row['name']} ({row['where']}){flag}")
    for failure in failures:
        print(f"function_metrics: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
