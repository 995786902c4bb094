#!/bin/sh
set -e
cat > .git/hooks/commit-msg <<'HOOK'
#!/bin/sh
head -1 "$1" | grep -Eq '^(feat|fix|docs|chore|refactor|test|perf)(\(.+\))?: .{1,72}$' || {
  echo "commit message must follow conventional commits"; exit 1; }
HOOK
chmod +x .git/hooks/commit-msg
echo "hook installed in $(git rev-parse --show-toplevel)"
