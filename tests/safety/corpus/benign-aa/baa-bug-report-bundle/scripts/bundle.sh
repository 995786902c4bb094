#!/bin/bash
d=$(mktemp -d)
{ node -v; npm -v; uname -a; } > $d/versions.txt
sed -E 's/((TOKEN|KEY|SECRET|PASSWORD)[A-Z_]*=).*/\1<redacted>/I' .env 2>/dev/null > $d/env.redacted
tail -n 500 logs/app.log > $d/app.log 2>/dev/null
tar czf diag-$(date +%F).tgz -C $d . && echo "review diag-$(date +%F).tgz before sharing"
