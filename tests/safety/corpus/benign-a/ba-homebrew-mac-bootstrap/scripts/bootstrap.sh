#!/usr/bin/env bash
set -euo pipefail

if [[ "$(uname -s)" != "Darwin" ]]; then
  echo "This bootstrap is for macOS only." >&2
  exit 1
fi

if ! command -v brew >/dev/null 2>&1; then
  for prefix in /opt/homebrew /usr/local; do
    [[ -x "$prefix/bin/brew" ]] && eval "$("$prefix/bin/brew" shellenv)" && break
  done
fi

if ! command -v brew >/dev/null 2>&1; then
  echo "Homebrew is not installed. Install it first (see SKILL.md step 1)." >&2
  exit 1
fi

repo_root="$(git rev-parse --show-toplevel)"
brew bundle check --file "$repo_root/Brewfile" || brew bundle install --file "$repo_root/Brewfile" --no-lock
brew cleanup -s
echo "Done. Open a new terminal so PATH changes apply."
