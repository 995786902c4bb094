#!/usr/bin/env bash
# Create a draft GitHub release summarising PRs merged since the previous tag.
set -euo pipefail

repo="${1:?usage: draft-release.sh owner/repo new-tag}"
new_tag="${2:?usage: draft-release.sh owner/repo new-tag}"
: "${GITHUB_TOKEN:?export GITHUB_TOKEN first}"

api="https://api.github.com"
prev_tag="$(git describe --tags --abbrev=0)"
since="$(git log -1 --format=%cI "$prev_tag")"

auth=(-H "Authorization: Bearer ${GITHUB_TOKEN}" -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28")

prs="$(curl -fsSL "${auth[@]}" \
  "${api}/search/issues?q=repo:${repo}+is:pr+is:merged+merged:>${since}&per_page=100")"

body="$(jq -r '
  def section(t; f): "### " + t + "\n" + ([.items[] | select(f) | "- " + .title + " (#" + (.number|tostring) + ")"] | join("\n")) + "\n";
  section("New features"; any(.labels[]; .name=="feature")),
  section("Fixes"; any(.labels[]; .name=="bug")),
  section("Dependency bumps"; any(.labels[]; .name=="dependencies"))
' <<<"$prs")"

payload="$(jq -n --arg tag "$new_tag" --arg body "$body" \
  '{tag_name:$tag, name:$tag, body:$body, draft:true}')"

curl -fsSL "${auth[@]}" -X POST "${api}/repos/${repo}/releases" -d "$payload" \
  | jq -r '.html_url'
