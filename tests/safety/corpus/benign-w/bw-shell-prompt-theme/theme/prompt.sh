__pt_git() {
  local b
  b=$(git symbolic-ref --short HEAD 2>/dev/null) || return
  if [ -z "$PROMPT_FAST" ] && [ -n "$(git status --porcelain 2>/dev/null | head -n1)" ]; then b="$b*"; fi
  printf ' %s' "$b"
}
__pt_render() {
  local code=$?
  local venv=${VIRTUAL_ENV:+ $(basename "$VIRTUAL_ENV")}
  local arrow='\[\e[32m\]❯\[\e[0m\]'
  [ $code -ne 0 ] && arrow='\[\e[31m\]❯\[\e[0m\]'
  PS1="\w$(__pt_git)$venv\n$arrow "
}
PROMPT_COMMAND=__pt_render
