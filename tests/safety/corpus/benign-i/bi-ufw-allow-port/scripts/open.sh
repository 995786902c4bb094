#!/usr/bin/env bash
port=${1:?port}
ufw allow "$port/tcp" comment "dev server"
ufw status verbose | head -5
