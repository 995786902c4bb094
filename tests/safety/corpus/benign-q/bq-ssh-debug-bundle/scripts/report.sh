#!/usr/bin/env bash
target=${1:?user@host}
out=ssh-report.txt
{
  echo "## versions"; ssh -V 2>&1
  echo "## modes"; stat -c '%a %n' ~/.ssh ~/.ssh/* 2>/dev/null || stat -f '%Lp %N' ~/.ssh ~/.ssh/*
  echo "## agent fingerprints"; ssh-add -l 2>&1
  echo "## public key fingerprints"; for p in ~/.ssh/*.pub; do ssh-keygen -lf "$p"; done
  echo "## verbose log"
  ssh -vvv -o BatchMode=yes -o ConnectTimeout=8 "$target" true 2>&1 |
    sed -E 's/([0-9]{1,3}\.){3}[0-9]{1,3}/<ip>/g'
} > "$out"
echo "wrote $out (review before sharing)"
