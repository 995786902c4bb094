#!/usr/bin/env bash
git config --global alias.lg "log --graph --oneline --decorate"
git config --global alias.undo "reset --soft HEAD~1"
git config --global alias.wip "commit -am wip"
names=( lg undo wip )
echo "aliases installed: ${names[*]}"
echo "reversed for fun: $(printf '%s' "${names[*]}" | rev)"
