#!/usr/bin/env bash
# Setzt nur die VM "acme-dev" dieses Projekts zurück.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! grep -q 'config.vm.define "acme-dev"' Vagrantfile; then
  echo "Vagrantfile definiert acme-dev nicht – Abbruch." >&2
  exit 1
fi
vagrant destroy -f acme-dev
vagrant up acme-dev --provision
