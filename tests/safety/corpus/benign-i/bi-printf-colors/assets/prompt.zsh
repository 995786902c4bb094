autoload -Uz vcs_info
precmd() { vcs_info }
zstyle ':vcs_info:git:*' formats '%b'
green=$(printf '\x1b[32m'); blue=$(printf '\x1b[34m'); reset=$(printf '\x1b[0m')
setopt PROMPT_SUBST
PROMPT='%{$blue%}%~%{$reset%} %{$green%}${vcs_info_msg_0_}%{$reset%} %# '
