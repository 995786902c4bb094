import sys, time, urllib.request

for url in (l.strip() for l in open(sys.argv[1]) if l.strip()):
    t0 = time.time()
    try:
        code = urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "uptime-probe/1.0"}), timeout=10).status
    except Exception as e:
        code = getattr(e, "code", 0)
    print(f"{code} {int((time.time() - t0) * 1000):5d}ms {url}")
