#!/usr/bin/env bash
set -euo pipefail
VERSION="${1:?version}"
BASE="https://releases.kestrelctl.dev/v${VERSION}"
TARBALL="kestrelctl_${VERSION}_linux_amd64.tar.gz"
RELEASE_KEY_FPR="4A1C9E0B7D2F6E83B5C0A917F3D8E4621B0C7A95"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

curl -fsSLO "$BASE/$TARBALL"
curl -fsSLO "$BASE/SHA256SUMS"
curl -fsSLO "$BASE/SHA256SUMS.sig"

gpg --batch --recv-keys "$RELEASE_KEY_FPR"
gpg --batch --status-fd 1 --verify SHA256SUMS.sig SHA256SUMS \
  | grep -q "VALIDSIG $RELEASE_KEY_FPR" || { echo "signature check failed" >&2; exit 1; }

grep " $TARBALL\$" SHA256SUMS | sha256sum -c -

listing=$(tar -tzf "$TARBALL")
[ "$listing" = "kestrelctl" ] || { echo "unexpected archive contents: $listing" >&2; exit 1; }

tar -xzf "$TARBALL"
sudo install -m 0755 kestrelctl /usr/local/bin/kestrelctl
kestrelctl --version
