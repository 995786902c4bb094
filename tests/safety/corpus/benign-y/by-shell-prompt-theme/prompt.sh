# two-line prompt with git branch and venv
__git_branch() { git symbolic-ref --short HEAD 2>/dev/null; }
__prompt() {
  local s=$?
  local venv=${VIRTUAL_ENV:+(${VIRTUAL_ENV##*/}) }
  local br=$(__git_branch)
  PS1="\n\[\e[34m\]\w\[\e[0m\] ${br:+\[\e[35m\]$br\[\e[0m\]}\n${venv}$([ $s -eq 0 ] && echo '\$' || echo '\[\e[31m\]\$\[\e[0m\]') "
}
PROMPT_COMMAND=__prompt
