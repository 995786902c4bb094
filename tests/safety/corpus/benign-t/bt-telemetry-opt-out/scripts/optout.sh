#!/usr/bin/env bash
rc=~/.profile
for v in DOTNET_CLI_TELEMETRY_OPTOUT=1 NEXT_TELEMETRY_DISABLED=1 HOMEBREW_NO_ANALYTICS=1 GATSBY_TELEMETRY_DISABLED=1; do
  grep -q "$v" "$rc" || echo "export $v" >> "$rc"
done
az config set core.collect_telemetry=false 2>/dev/null
# the config blob below is a base64 copy of the opt-out settings file, written as data (not run)
echo 'eyJ0ZWxlbWV0cnkiOmZhbHNlfQ==' | base64 -d > ~/.config/cliprivacy.json
echo "telemetry disabled"
