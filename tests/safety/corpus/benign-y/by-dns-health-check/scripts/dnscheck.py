import sys, time, subprocess

RESOLVERS = ["1.1.1.1", "8.8.8.8", "9.9.9.9"]

def query(resolver, name):
    t = time.time()
    out = subprocess.run(["dig", "+short", f"@{resolver}", name], capture_output=True, text=True).stdout.split()
    return out, int((time.time() - t) * 1000)

if __name__ == "__main__":
    name = sys.argv[1]
    answers = {}
    for r in RESOLVERS:
        ans, ms = query(r, name)
        answers[r] = set(ans)
        print(f"{r:10} {','.join(ans):40} {ms} ms")
    if len({frozenset(a) for a in answers.values()}) > 1:
        print("WARNING: resolvers disagree")
