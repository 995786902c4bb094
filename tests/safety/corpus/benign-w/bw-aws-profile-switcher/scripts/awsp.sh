awsp() {
  if [ "${1:-}" = "-u" ]; then unset AWS_PROFILE; return; fi
  local p=${1:-}
  if [ -z "$p" ]; then
    select p in $(aws configure list-profiles); do break; done
  fi
  [ -z "$p" ] && return 1
  export AWS_PROFILE=$p
  aws sts get-caller-identity >/dev/null 2>&1 || aws sso login --profile "$p"
  PS1="(aws:$p) ${PS1#(aws:*) }"
}
