#!/usr/bin/env bash
# Grep a PHP tree for common web-shell constructs. Read-only.
set -euo pipefail
ROOT="${1:?document root}"

patterns=(
  'eval\s*\(\s*(base64_decode|gzinflate|gzuncompress|str_rot13|strrev)\s*\('
  'assert\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)'
  '(system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*\$_(POST|GET|REQUEST|COOKIE|SERVER)'
  'preg_replace\s*\(\s*["'"'"'][^"'"'"']*/e'
  'create_function\s*\('
  '\$\w+\s*=\s*\$_(POST|GET|REQUEST)\[[^]]+\]\s*;\s*@?\$\w+\('
)

for p in "${patterns[@]}"; do
  echo "### pattern: $p"
  grep -rPn --include='*.php' --include='*.phtml' --include='*.inc' -e "$p" "$ROOT" 2>/dev/null | cut -c1-240 || true
done

echo "### long single-line files (packed code)"
find "$ROOT" -name '*.php' -size +20k -exec awk 'length > 5000 {print FILENAME; exit}' {} \;
