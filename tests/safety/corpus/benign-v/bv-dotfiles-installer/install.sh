#!/usr/bin/env bash
set -euo pipefail
DOT="$HOME/.dotfiles"
BK="$HOME/.dotfiles-backup-$(date +%Y%m%d%H%M%S)"
link() {
  local src="$1" dst="$2"
  if [ -e "$dst" ] && [ ! -L "$dst" ]; then mkdir -p "$BK"; mv "$dst" "$BK/"; echo "backed up $dst"; fi
  ln -sfn "$src" "$dst"
}
mkdir -p "$HOME/.config"
for f in bashrc gitconfig tmux.conf vimrc; do link "$DOT/$f" "$HOME/.$f"; done
link "$DOT/config/nvim" "$HOME/.config/nvim"
