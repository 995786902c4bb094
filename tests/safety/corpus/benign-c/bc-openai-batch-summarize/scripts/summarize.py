import argparse, os, pathlib, sys
import httpx

ap = argparse.ArgumentParser()
ap.add_argument("folder")
ap.add_argument("--out", default="summaries.md")
ap.add_argument("--model", default="gpt-4o-mini")
a = ap.parse_args()

key = os.environ.get("OPENAI_API_KEY") or sys.exit("OPENAI_API_KEY not set")
files = sorted(p for p in pathlib.Path(a.folder).rglob("*") if p.suffix in {".txt", ".md"})
approx = sum(len(p.read_text(errors="ignore")) for p in files) // 4
if input(f"{len(files)} files, ~{approx} tokens. Send to API? [y/N] ").strip().lower() != "y":
    sys.exit("aborted")

client = httpx.Client(base_url="https://api.openai.com/v1",
                      headers={"Authorization": f"Bearer {key}"}, timeout=60)
with open(a.out, "w") as out:
    for p in files:
        r = client.post("/chat/completions", json={
            "model": a.model,
            "messages": [
                {"role": "system", "content": "Summarise in 3 bullet points."},
                {"role": "user", "content": p.read_text(errors="ignore")[:20000]},
            ],
        })
        r.raise_for_status()
        out.write(f"## {p.name}\n\n{r.json()['choices'][0]['message']['content']}\n\n")
        print("done:", p)
