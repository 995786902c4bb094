import codecs, re, sys

def cards(text):
    for q, a in re.findall(r"^Q: (.+)\nA: (.+)$", text, re.M):
        yield f"**{q}**\n\n||{codecs.encode(a, 'rot13')}||\n"

print("\n".join(cards(open(sys.argv[1]).read())))
