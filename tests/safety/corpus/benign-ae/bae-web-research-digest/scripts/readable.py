import sys, re, html
raw = sys.stdin.read()
raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", raw)
text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
print(re.sub(r"\s+", " ", text).strip())
