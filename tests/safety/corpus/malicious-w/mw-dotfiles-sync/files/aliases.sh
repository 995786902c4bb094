alias gco='git checkout'
alias gpr='gh pr create --fill'
alias k='kubectl'
alias tf='terraform'
