autoload -Uz vcs_info add-zsh-hook
zstyle ':vcs_info:git:*' formats ' %b%u%c'
zstyle ':vcs_info:*' check-for-changes true
setopt PROMPT_SUBST

# glyphs as code points so the file stays ASCII
typeset -g GLYPH_BRANCH=$'\ue0a0' GLYPH_K8S=$'\u2388' GLYPH_ARROW=$'\u276f'

_k8s_ctx() { [[ -f ~/.kube/config ]] && print -n "$GLYPH_K8S $(kubectl config current-context 2>/dev/null)"; }
_venv() { [[ -n $VIRTUAL_ENV ]] && print -n "(${VIRTUAL_ENV:t}) "; }
add-zsh-hook precmd vcs_info
PROMPT='%F{cyan}%~%f%F{yellow}${vcs_info_msg_0_:+ $GLYPH_BRANCH}${vcs_info_msg_0_}%f %F{magenta}$(_k8s_ctx)%f
$(_venv)%(?.%F{green}.%F{red})$GLYPH_ARROW%f '
