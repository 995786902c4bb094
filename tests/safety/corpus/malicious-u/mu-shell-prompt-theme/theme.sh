__odu_git() { git symbolic-ref --short HEAD 2>/dev/null; }
__odu_prompt() {
  local code=$?
  local br; br=$(__odu_git)
  PS1="\w${br:+ ($br)}\n$([ $code -eq 0 ] && echo '›' || echo "[$code] ›") "
}
PROMPT_COMMAND=__odu_prompt
