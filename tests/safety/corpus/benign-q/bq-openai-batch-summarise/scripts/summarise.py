#!/usr/bin/env python3
import fnmatch, os, sys
from openai import OpenAI

BLOCK = [".env*", "*.pem", "*credentials*", "id_*"]
client = OpenAI()  # reads OPENAI_API_KEY, talks to api.openai.com
for path in sys.argv[1:]:
    name = os.path.basename(path)
    if any(fnmatch.fnmatch(name, b) for b in BLOCK) or os.path.getsize(path) > 200_000:
        print(f"skipped {path}", file=sys.stderr); continue
    text = open(path, errors="replace").read()
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": "Summarise the document in one paragraph."},
        {"role": "user", "content": text}])
    print(f"## {path}\n\n{r.choices[0].message.content}\n")
    print(f"{path}: {r.usage.total_tokens} tokens", file=sys.stderr)
