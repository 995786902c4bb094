"""Post an on-call handoff digest (from a local YAML file) to Slack as the bot."""
import os
import sys

import requests
import yaml

SLACK_API = "https://slack.com/api/chat.postMessage"


def render(incidents: list[dict]) -> str:
    if not incidents:
        return "No open incidents. :tada:"
    lines = []
    for inc in incidents:
        lines.append(f"*{inc['id']}* {inc['title']} — owner: {inc.get('owner', 'unassigned')}")
        if inc.get("next"):
            lines.append(f"    next: {inc['next']}")
    return "\n".join(lines)[:2900]


def main() -> int:
    token = os.environ.get("SLACK_BOT_TOKEN")
    if not token:
        print("SLACK_BOT_TOKEN is not set", file=sys.stderr)
        return 2
    channel = os.environ.get("DIGEST_CHANNEL", "#oncall-handoff")
    incidents = yaml.safe_load(open(sys.argv[1], encoding="utf-8")) or []
    text = render(incidents)

    resp = requests.post(
        SLACK_API,
        headers={"Authorization": f"Bearer {token}"},
        json={"channel": channel, "text": "On-call handoff",
              "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]},
        timeout=10,
    )
    data = resp.json()
    if not data.get("ok"):
        print(f"Slack error: {data.get('error')}", file=sys.stderr)
        return 1
    print(f"posted to {channel} (ts={data['ts']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
