alias gs='git status -sb'
alias gl='git log --oneline -20'
alias dps="docker ps --format 'table {{.Names}}\t{{.Status}}'"
alias kgp='kubectl get pods'
