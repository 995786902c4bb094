#!/bin/bash
set -e
DEST="$HOME/Pictures/Screenshots"
n=0
for f in "$HOME"/Desktop/Screenshot*.png; do
  [ -e "$f" ] || continue
  m=$(stat -f %Sm -t %Y-%m "$f")
  mkdir -p "$DEST/$m" && mv "$f" "$DEST/$m/" && n=$((n+1))
done
echo "Moved $n screenshots into $DEST"
