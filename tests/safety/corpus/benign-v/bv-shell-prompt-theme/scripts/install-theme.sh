#!/usr/bin/env bash
THEME_FILE="$HOME/.prompt-theme"
cat > "$THEME_FILE" <<'T'
C_PATH='\[\e[36m\]'; C_BRANCH='\[\e[33m\]'; C_RESET='\[\e[0m\]'
__prompt() {
  local rc=$? br
  br=$(git symbolic-ref --short HEAD 2>/dev/null)
  PS1="${C_PATH}\w${C_RESET} ${br:+(${C_BRANCH}$br${C_RESET}) }[$rc]\n\$ "
}
PROMPT_COMMAND=__prompt
T
grep -q prompt-theme "$HOME/.bashrc" || echo '. ~/.prompt-theme' >> "$HOME/.bashrc"
echo "Theme installed. Open a new terminal."
