#!/usr/bin/env bash
# Installs the real VS Code extension host the integration suite runs in: code-server 4.100.3
# (VS Code 1.100.3, the last line on Node 20) plus Debian's Chromium, into .vscode-test/ (git-ignored).
# Idempotent: a second run only re-checks. Uses only the npm registry and apt; code-server's own
# postinstall is replaced by hand because its steps download from GitHub (ripgrep, prebuilt binaries).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HOST_DIR=${POLICY_LENS_HOST_DIR:-$ROOT/.vscode-test/code-server}
CS_VERSION=4.100.3
export npm_config_cache=${npm_config_cache:-$ROOT/.vscode-test/npm-cache}
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_yes=true
t0=$(date +%s)

node -v | grep -q '^v20\.' || { echo "install.sh: code-server $CS_VERSION needs Node 20 (found $(node -v))" >&2; exit 1; }
# node-gyp must build against the local Node headers: nodejs.org cannot be reached.
NODE_PREFIX=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
[ -f "$NODE_PREFIX/include/node/node_version.h" ] || { echo "install.sh: Node headers missing under $NODE_PREFIX/include/node" >&2; exit 1; }
export npm_config_nodedir=$NODE_PREFIX

APT_PACKAGES="build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev ripgrep chromium fonts-liberation fonts-noto-cjk curl"
missing=$(for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then echo "install.sh: missing Debian packages (run as root or install them): $missing" >&2; exit 1; fi
  echo "# apt-get install $missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

CS=$HOST_DIR/node_modules/code-server
VS=$CS/lib/vscode
if [ ! -f "$HOST_DIR/.installed-$CS_VERSION" ]; then
  echo "# installing code-server $CS_VERSION into $HOST_DIR"
  mkdir -p "$HOST_DIR"
  cd "$HOST_DIR"
  [ -f package.json ] || echo '{"name":"policy-lens-test-host","private":true}' > package.json
  npm install --ignore-scripts --no-save "code-server@$CS_VERSION" >/dev/null
  npm rebuild argon2 >/dev/null                 # its prebuilt download fails offline; this builds it
  cd "$VS"
  npm install --ignore-scripts --omit=dev >/dev/null
  npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty >/dev/null
  mkdir -p node_modules/@vscode/ripgrep/bin      # Debian's rg instead of a GitHub download
  ln -sfn /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev >/dev/null)
  touch "$HOST_DIR/.installed-$CS_VERSION"
fi

# Checks that catch a half-finished install.
(cd "$VS" && node -e 'for (const m of ["node-pty","@vscode/spdlog","native-watchdog","@parcel/watcher"]) require(m)')
HOME=$HOST_DIR/.home node "$CS/out/node/entry.js" --version 2>/dev/null | tail -1 | sed 's/^/# code-server /'
[ -x /usr/bin/chromium ] || { echo "install.sh: /usr/bin/chromium missing" >&2; exit 1; }
echo "# test host ready in $(( $(date +%s) - t0 ))s ($HOST_DIR)"
