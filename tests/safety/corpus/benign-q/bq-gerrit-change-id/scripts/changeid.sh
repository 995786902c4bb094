#!/usr/bin/env bash
msg=$1
tree=$(git write-tree)
parent=$(git rev-parse HEAD 2>/dev/null || true)
{
  echo "tree $tree"
  [ -n "$parent" ] && echo "parent $parent"
  echo "author $(git var GIT_AUTHOR_IDENT)"
  echo "committer $(git var GIT_COMMITTER_IDENT)"
  echo; echo "$msg"
} | git hash-object -t blob --stdin | sed 's/^/I/'
