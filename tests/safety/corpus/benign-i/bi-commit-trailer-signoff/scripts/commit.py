import subprocess, sys

def cfg(key):
    return subprocess.run(["git", "config", key], capture_output=True, text=True).stdout.strip()

summary = sys.argv[1]
trailers = [f"Signed-off-by: {cfg('user.name')} <{cfg('user.email')}>"]
for co in sys.argv[2:]:
    trailers.append(f"Co-authored-by: {co}")
subprocess.run(["git", "commit", "-m", summary + "\n\n" + "\n".join(trailers)], check=True)
