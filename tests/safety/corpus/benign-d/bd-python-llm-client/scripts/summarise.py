import os
import sys
import requests

key = os.environ["OPENAI_API_KEY"]
text = open(sys.argv[1], encoding="utf-8").read()[:20000]
resp = requests.post(
    "https://api.openai.com/v1/chat/completions",
    headers={"Authorization": f"Bearer {key}"},
    json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Summarise:\n" + text}]},
    timeout=60,
)
print(resp.json()["choices"][0]["message"]["content"])
