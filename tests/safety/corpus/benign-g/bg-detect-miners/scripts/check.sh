#!/usr/bin/env bash
echo "== top CPU"; ps -eo pid,user,pcpu,comm --sort=-pcpu | head -10
echo "== known miner names"; ps -eo pid,comm,args | grep -Ei 'xmrig|t-rex|lolminer|nbminer|kdevtmpfsi|kinsing' | grep -v grep
echo "== stratum connections"; ss -tnp | grep -E ':(3333|4444|5555|7777|14444)\b' || echo none
echo "== crontabs"; for u in $(cut -d: -f1 /etc/passwd); do crontab -l -u "$u" 2>/dev/null | sed "s/^/$u: /"; done
