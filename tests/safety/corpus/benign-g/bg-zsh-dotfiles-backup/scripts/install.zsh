#!/usr/bin/env zsh
setopt null_glob
repo=${0:A:h:h}/dotfiles
backup=~/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)
mkdir -p $backup
for f in $repo/.*(D); do
  target=~/${f:t}
  [[ -e $target && ! -L $target ]] && mv $target $backup/
  ln -sfn $f $target
done
print "installed; previous files in $backup"
