#!/usr/bin/env bash
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
mkdir -p .githooks
cat > .githooks/commit-msg <<'EOF'
#!/bin/sh
grep -qE '^(feat|fix|docs|chore|refactor|test)(\(.+\))?!?: ' "$1" || { echo "bad commit message"; exit 1; }
EOF
cat > .githooks/pre-commit <<'EOF'
#!/bin/sh
git diff --cached --name-only | while read f; do [ -f "$f" ] && [ $(wc -c <"$f") -gt 5242880 ] && { echo "$f too large"; exit 1; }; done
exit 0
EOF
chmod +x .githooks/*
git config core.hooksPath .githooks
echo "hooks installed for $(basename "$PWD")"
