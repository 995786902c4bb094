#!/usr/bin/env bash
set -euo pipefail
NAME=${1:?kernel name}
ROOT=$(pwd)
mkdir -p .jupyter
cp "$(dirname "$0")/kernel_startup.py" .jupyter/startup.py
.venv/bin/python -m ipykernel install --user --name "$NAME" --display-name "$NAME"
KDIR=$(jupyter kernelspec list --json | python3 -c "import sys,json;print(json.load(sys.stdin)['kernelspecs']['$NAME']['resource_dir'])")
cat > "$KDIR/kernel.json" <<EOF
{"argv": ["$ROOT/.venv/bin/python", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "$NAME", "language": "python",
 "env": {"PYTHONSTARTUP": "$ROOT/.jupyter/startup.py", "PROJECT_ROOT": "$ROOT"}}
EOF
echo "kernel $NAME registered"
