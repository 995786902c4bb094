#!/usr/bin/env bash
set -euo pipefail
command -v dot >/dev/null || { echo "install graphviz first"; exit 1; }
terraform graph -type=plan | dot -Tsvg > stack.svg
terraform state list | cut -d. -f1-2 | sort | uniq -c | sort -rn | head -20
echo "wrote stack.svg"
