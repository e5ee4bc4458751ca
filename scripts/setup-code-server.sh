#!/usr/bin/env bash
# Prepares code-server 4.100.3 (VS Code 1.100.3, last release allowing Node 20) for the desktop-host runner
# (scripts/test-desktop.mjs), offline except the npm registry and Debian apt. Not a project dependency:
# installed into a scratch folder (default: cs/ next to package.json). Idempotent. ~90 s, ~320 MB.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$here/cs}"
ver=4.100.3

need=()
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)   # headers for the kerberos addon
if ((${#need[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

mkdir -p "$dest"
cd "$dest"
[ -f package.json ] || echo '{"name":"code-server-scratch","private":true}' > package.json
# its postinstall downloads/builds things and fails offline as root: skip it and redo the needed parts
npm i --ignore-scripts --no-audit --no-fund "code-server@$ver"
npm rebuild argon2

vs="$dest/node_modules/code-server/lib/vscode"
cd "$vs"
npm install --omit=dev --ignore-scripts --no-audit --no-fund
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg   # @vscode/ripgrep would download rg from GitHub
npm_config_yes=true npm rebuild kerberos @parcel/watcher @vscode/deviceid @vscode/spdlog native-watchdog node-pty
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
cd extensions
npm install --omit=dev --no-audit --no-fund
echo "code-server $ver ready: $dest/node_modules/code-server/out/node/entry.js"
