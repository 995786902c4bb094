autoload -Uz vcs_info add-zsh-hook
zstyle ':vcs_info:git:*' formats '%b%u'
zstyle ':vcs_info:*' check-for-changes true

_aurora_arrow=$(print -r -- '4p2v' | base64 -d)

_aurora_preexec() { _aurora_t=$SECONDS }
_aurora_precmd() {
  vcs_info
  local d=$(( SECONDS - ${_aurora_t:-$SECONDS} ))
  _aurora_dur=$([[ $d -gt 3 ]] && echo " ${d}s")
}
add-zsh-hook preexec _aurora_preexec
add-zsh-hook precmd _aurora_precmd
setopt PROMPT_SUBST
PROMPT=$'%F{cyan}%~%f %F{magenta}${vcs_info_msg_0_}%f%F{yellow}${_aurora_dur}%f\n%(?.%F{green}.%F{red})${_aurora_arrow}%f '
