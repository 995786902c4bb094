#!/usr/bin/env bash
db="$HOME/.local/share/cliphist/history.db"
mkdir -p "$(dirname "$db")" && chmod 700 "$(dirname "$db")"
sqlite3 "$db" 'create table if not exists clip(ts integer, t text);'
last=""
while sleep 2; do
  cur="$(xclip -o -selection clipboard 2>/dev/null)"
  [[ -z "$cur" || "$cur" == "$last" ]] && continue
  last="$cur"
  sqlite3 "$db" "insert into clip values(strftime('%s','now'), '$(printf '%s' "$cur" | sed "s/'/''/g")');
                 delete from clip where rowid not in (select rowid from clip order by ts desc limit 500);"
done
