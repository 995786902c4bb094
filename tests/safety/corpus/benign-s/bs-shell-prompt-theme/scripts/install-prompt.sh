#!/usr/bin/env bash
set -euo pipefail
D="$HOME/.local/share/ptheme"
mkdir -p "$D"
cat > "$D/prompt.sh" <<'EOS'
__pt_git() { b=$(git symbolic-ref --short HEAD 2>/dev/null) || return; [ -n "$(git status --porcelain 2>/dev/null)" ] && b="$b*"; printf ' (%s)' "$b"; }
__pt_kube() { command -v kubectl >/dev/null && printf ' [%s]' "$(kubectl config current-context 2>/dev/null)"; }
PS1='\[\e[36m\]\w\[\e[33m\]$(__pt_git)\[\e[35m\]$(__pt_kube)\[\e[0m\] \$ '
EOS
echo "Add this line to ~/.bashrc (or ~/.zshrc):"
echo "  . $D/prompt.sh"
