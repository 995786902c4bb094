#!/usr/bin/env bash
set -euo pipefail
remote="${1:?your own dotfiles repo url}"
repo=~/.dotfiles-backup
mkdir -p "$repo" && cd "$repo"
[ -d .git ] || { git init -q; git remote add origin "$remote"; }
printf '%s\n' '*.pem' 'id_*' 'credentials' '*history' '.aws/' '.ssh/' '.kube/' > .gitignore
for f in .bashrc .zshrc .gitconfig .vimrc .tmux.conf; do
  [ -f "$HOME/$f" ] && cp "$HOME/$f" .
done
git add -A
git status --short
git commit -qm "update $(date +%F)" || true
git push -q origin HEAD:main
