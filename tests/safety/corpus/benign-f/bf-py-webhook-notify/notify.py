import json, os, sys, urllib.request
status = sys.argv[1]
branch = os.environ.get('GITHUB_REF_NAME', 'unknown')
req = urllib.request.Request(os.environ['SLACK_WEBHOOK_URL'], data=json.dumps({'text': f'build {status} on {branch}'}).encode(), headers={'content-type': 'application/json'})
urllib.request.urlopen(req)
