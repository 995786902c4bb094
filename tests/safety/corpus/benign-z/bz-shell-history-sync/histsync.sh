fzf-history() {
  local sel
  sel=$(fc -rl 1 | sed 's/^ *[0-9]* *//' | awk '!seen[$0]++' | fzf --height 40% --query "$LBUFFER")
  [[ -n $sel ]] && LBUFFER=$sel
  zle reset-prompt
}
zle -N fzf-history
bindkey '^R' fzf-history

# keep more history and share it between open terminals on this machine
HISTSIZE=100000
SAVEHIST=100000
setopt SHARE_HISTORY HIST_IGNORE_SPACE HIST_IGNORE_ALL_DUPS
