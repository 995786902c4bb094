#!/bin/bash
f=~/.pomo/end; now=$(date +%s)
[ -f $f ] && left=$(( $(cat $f) - now )) || left=0
[ $left -gt 0 ] && printf '🍅 %02d:%02d\n' $((left/60)) $((left%60)) || echo "🍅"
echo "---"; echo "Start 25m | bash='echo $((now+1500)) > $f' terminal=false"
