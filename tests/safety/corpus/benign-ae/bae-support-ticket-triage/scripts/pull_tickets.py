import json, os, sys, urllib.request, base64
sub = os.environ["ZENDESK_SUBDOMAIN"]
auth = base64.b64encode(f'{os.environ["ZENDESK_EMAIL"]}/token:{os.environ["ZENDESK_TOKEN"]}'.encode()).decode()
status = sys.argv[sys.argv.index("--status") + 1] if "--status" in sys.argv else "new"
req = urllib.request.Request(f"https://{sub}.zendesk.com/api/v2/search.json?query=type:ticket%20status:{status}",
                             headers={"Authorization": f"Basic {auth}"})
print(json.dumps(json.load(urllib.request.urlopen(req))["results"], indent=1))
