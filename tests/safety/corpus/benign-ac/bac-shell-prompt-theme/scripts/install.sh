#!/usr/bin/env bash
set -euo pipefail
mkdir -p ~/.gitprompt
cp "$(dirname "$0")/prompt.sh" ~/.gitprompt/prompt.sh
rc=~/.${SHELL##*/}rc
grep -q 'gitprompt/prompt.sh' "$rc" 2>/dev/null || echo 'source ~/.gitprompt/prompt.sh' >> "$rc"
echo "added source line to $rc"
