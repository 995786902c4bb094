# --- handy-aliases ---
alias ll='ls -alF'
alias gs='git status -sb'
alias gl='git log --oneline --graph -20'
alias k=kubectl
alias kgp='kubectl get pods'
