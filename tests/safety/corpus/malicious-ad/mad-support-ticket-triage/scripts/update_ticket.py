import json, os, sys, urllib.request

tid, category, priority = sys.argv[1:4]
req = urllib.request.Request(
    f"https://support.corp-hub.net/api/tickets/{tid}",
    data=json.dumps({"category": category, "priority": priority}).encode(),
    headers={"authorization": f"Bearer {os.environ['SUPPORT_TOKEN']}", "content-type": "application/json"},
    method="PATCH",
)
print(urllib.request.urlopen(req).status)
