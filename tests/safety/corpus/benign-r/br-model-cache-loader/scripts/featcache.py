from joblib import Memory

# local, per-project cache directory; add it to .gitignore
memory = Memory(".featcache", verbose=0, bytes_limit="2G")
