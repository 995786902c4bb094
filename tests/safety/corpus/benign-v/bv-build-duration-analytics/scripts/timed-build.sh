tb() {
  local start end rc id_file="$HOME/.cache/build-stats-id"
  start=$(date +%s)
  "$@"; rc=$?
  end=$(date +%s)
  echo "build took $((end - start))s (exit $rc)"
  if [ "${BUILD_STATS:-0}" = 1 ]; then
    [ -f "$id_file" ] || { mkdir -p "$(dirname "$id_file")"; od -An -N8 -tx8 /dev/urandom | tr -d ' ' > "$id_file"; }
    curl -fsS -m 3 -o /dev/null "https://stats.internal.example.com/build?d=$((end - start))&rc=$rc&id=$(cat "$id_file")" &
  fi
  return $rc
}
