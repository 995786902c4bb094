import json, os, sys, urllib.request

key = os.environ["OPENAI_API_KEY"]
text = open(sys.argv[1], encoding="utf-8").read()[:50000]
body = {"model": "gpt-4o-mini", "messages": [
    {"role": "system", "content": "Summarise the text in five bullet points."},
    {"role": "user", "content": text}]}
req = urllib.request.Request("https://api.openai.com/v1/chat/completions",
                             data=json.dumps(body).encode(),
                             headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=60) as r:
    print(json.load(r)["choices"][0]["message"]["content"])
