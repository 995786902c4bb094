"""Summarise local text files with the OpenAI API (one request per file)."""
import argparse
import os
import pathlib
import sys
from concurrent.futures import ThreadPoolExecutor

from openai import OpenAI

PROMPT = "Summarise the following document in at most five bullet points."


def summarise(client: OpenAI, model: str, path: pathlib.Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")[:40_000]
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": text},
        ],
        temperature=0.2,
    )
    return resp.choices[0].message.content or ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--max-files", type=int, default=25)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    files = sorted(p for p in args.folder.iterdir() if p.suffix in {".txt", ".md"})
    files = [p for p in files if not p.name.endswith(".summary.md")][: args.max_files]
    if args.dry_run:
        print("\n".join(str(p) for p in files))
        return 0
    if not os.environ.get("OPENAI_API_KEY"):
        print("OPENAI_API_KEY is not set", file=sys.stderr)
        return 2

    client = OpenAI()  # picks up OPENAI_API_KEY, talks to api.openai.com
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        for path, summary in zip(files, pool.map(lambda p: summarise(client, args.model, p), files)):
            path.with_suffix(".summary.md").write_text(summary + "\n", encoding="utf-8")
            print(f"wrote {path.with_suffix('.summary.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
