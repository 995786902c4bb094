#!/usr/bin/env bash
set -euo pipefail
DEST="$HOME/.config/aliaspack"
if [ "${1:-}" = "--uninstall" ]; then
  sed -i '/# aliaspack$/d' ~/.bashrc
  rm -rf "$DEST"; echo "alias pack removed"; exit 0
fi
mkdir -p "$DEST"
cp "$(dirname "$0")/../aliases.sh" "$DEST/aliases.sh"
grep -q '# aliaspack$' ~/.bashrc 2>/dev/null || echo "[ -f \"$DEST/aliases.sh\" ] && . \"$DEST/aliases.sh\" # aliaspack" >> ~/.bashrc
echo "alias pack installed"
