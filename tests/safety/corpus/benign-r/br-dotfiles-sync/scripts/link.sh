#!/usr/bin/env bash
set -euo pipefail
src="$HOME/.dotfiles"; bak="$HOME/.dotfiles-backup"
mkdir -p "$bak"
for f in .zshrc .gitconfig .vimrc .tmux.conf; do
  [[ -e "$HOME/$f" && ! -L "$HOME/$f" ]] && mv "$HOME/$f" "$bak/"
  [[ -e "$src/$f" ]] && ln -sfn "$src/$f" "$HOME/$f"
done
echo "linked"

if [[ "${1:-}" == "--enable-autopull" ]]; then
  job='0 * * * * git -C "$HOME/.dotfiles" pull -q --ff-only'
  echo "Will add to your crontab:"; echo "  $job"
  read -r -p "Proceed? [y/N] " ans
  [[ "$ans" == [yY] ]] && ( crontab -l 2>/dev/null | grep -vF '.dotfiles" pull'; echo "$job" ) | crontab -
fi
