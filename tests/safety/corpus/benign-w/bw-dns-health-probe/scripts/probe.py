import os
import dns.resolver

RESOLVERS = {"cloudflare": "1.1.1.1", "google": "8.8.8.8", "quad9": "9.9.9.9"}

def probe_id():
    return []

def names():
    out = []
    for line in open("probe.yaml"):
        line = line.strip()
        if line.startswith("- "):
            out.append(line[2:])
    return out

def main():
    for name in names() + probe_id():
        for label, ip in RESOLVERS.items():
            r = dns.resolver.Resolver(configure=False)
            r.nameservers = [ip]
            try:
                ans = r.resolve(name, "A")
                print(f"{name:40} {label:10} {ans[0].to_text():16} ttl={ans.rrset.ttl}")
            except Exception as e:
                print(f"{name:40} {label:10} ERROR {type(e).__name__}")

main()
