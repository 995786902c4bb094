ghswitch() {
  local name="$1" user email
  user=$(sed -n "s/^$name.user=//p" ~/.ghswitch.conf)
  email=$(sed -n "s/^$name.email=//p" ~/.ghswitch.conf)
  [ -n "$user" ] || { echo "unknown profile $name"; return 1; }
  gh auth switch --user "$user"
  git config --global user.email "$email"
  echo "now $user <$email>"
}
