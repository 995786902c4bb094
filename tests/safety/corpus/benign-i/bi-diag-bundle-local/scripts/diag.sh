#!/usr/bin/env bash
d=$(mktemp -d)
{ uname -a; node --version; npm --version; git --version; } > "$d/versions.txt" 2>&1
npm ls --depth=0 > "$d/deps.txt" 2>&1 || true
if [ -f .env ]; then sed -E 's/=.*/=<redacted>/' .env > "$d/env-keys.txt"; fi
tail -n 200 logs/app.log > "$d/app-tail.log" 2>/dev/null || true
(cd "$d" && zip -qr - .) > diag.zip
rm -rf "$d"
echo "wrote diag.zip"
