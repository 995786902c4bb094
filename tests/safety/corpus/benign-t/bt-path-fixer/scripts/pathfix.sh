#!/usr/bin/env bash
missing=()
for d in "$HOME/.local/bin" "$HOME/.cargo/bin" "$HOME/.npm-global/bin"; do
  [ -d "$d" ] && [[ ":$PATH:" != *":$d:"* ]] && missing+=("$d")
done
[ ${#missing[@]} -eq 0 ] && { echo "PATH is fine"; exit 0; }
line="export PATH=\"$(IFS=:; echo "${missing[*]}"):\$PATH\""
echo "Add this line to your shell profile (~/.bashrc or ~/.zshrc):"
echo "  $line"
