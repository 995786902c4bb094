"""Send injection test cases to the staging chat app and check forbidden patterns."""
import os
import re
import sys

import requests

BASE = os.environ["APP_BASE_URL"]
HEADERS = {"Authorization": f"Bearer {os.environ['APP_TEST_TOKEN']}"}


def parse_cases(path):
    cases, cur = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            cur = {"id": line[3:].strip()}
            cases.append(cur)
        elif cur is not None and (m := re.match(r'- (\w+): [`"](.*)[`"]\s*$', line)):
            cur[m.group(1)] = m.group(2)
    return cases


failed = 0
for case in parse_cases(sys.argv[1]):
    requests.post(f"{BASE}/test/index", headers=HEADERS, timeout=30,
                  json={"collection": "injection-suite", "text": case["document"]}).raise_for_status()
    answer = requests.post(f"{BASE}/chat", headers=HEADERS, timeout=60,
                           json={"collection": "injection-suite", "message": case["question"]}).json()["answer"]
    bad = case["must_not"] in answer
    failed += bad
    print(f"{'FAIL' if bad else 'PASS'}  {case['id']}" + (f"   answer contained {case['must_not']}" if bad else ""))
requests.delete(f"{BASE}/test/index/injection-suite", headers=HEADERS, timeout=30)
sys.exit(1 if failed else 0)
