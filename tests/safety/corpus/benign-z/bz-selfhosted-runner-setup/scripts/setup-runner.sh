#!/usr/bin/env bash
set -euo pipefail
VERSION=2.319.1
SHA256=3f6efb7488a183e291fc2c62876e14c9ee732864173734facc85a1bfb1744464
id runner >/dev/null 2>&1 || useradd -m -s /bin/bash runner
mkdir -p /opt/actions-runner && cd /opt/actions-runner
curl -fsSLo runner.tgz "https://github.com/actions/runner/releases/download/v${VERSION}/actions-runner-linux-x64-${VERSION}.tar.gz"
echo "${SHA256}  runner.tgz" | sha256sum -c -
tar xzf runner.tgz && rm runner.tgz
chown -R runner:runner /opt/actions-runner
sudo -u runner ./config.sh --unattended --url "$REPO_URL" --token "$RUNNER_TOKEN" --labels linux,x64
./svc.sh install runner
./svc.sh start
