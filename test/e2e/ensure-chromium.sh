#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (never a browser a test tool downloads).
# Installs it where it is missing and we may; otherwise fails with the command to run.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
install='apt-get update && apt-get install -y chromium'
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium missing at $chromium_path: installing Debian's ($install)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi
echo "No Chromium at $chromium_path. Install Debian's as root: $install" >&2
exit 1
