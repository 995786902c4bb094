#!/usr/bin/env bash
re='^(feat|fix|docs|chore|refactor|test|perf|ci|build)(\([a-z0-9-]+\))?!?: .{3,}'
head -n1 "$1" | grep -Eq "$re" && exit 0
echo "commit message must follow Conventional Commits: type(scope): subject" >&2
exit 1
