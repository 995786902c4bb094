#!/usr/bin/env bash
trap 'echo "watchdog stopped"; exit 0' INT TERM
while true; do
  npm run dev
  code=$?
  echo "dev server exited with $code; restarting in 2s (Ctrl-C to stop)"
  sleep 2
done
