#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (never a browser a test tool downloads), with a
# Japanese font, as the app's users have: without one, Japanese text is drawn as empty boxes of
# another size, and the printed reports' one-page checks measured those boxes, not the text.
# Installs both where they are missing and we may; otherwise fails with the command to run.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
has_japanese_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=ja family)" ]; }
[ -x "$chromium_path" ] && has_japanese_font && exit 0
install='apt-get update && apt-get install -y chromium fonts-noto-cjk'
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium or a Japanese font missing: installing Debian's ($install)" >&2
  apt-get -o DPkg::Lock::Timeout=300 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
      chromium fonts-noto-cjk >/dev/null
  [ -x "$chromium_path" ] && has_japanese_font && exit 0
fi
echo "No Chromium at $chromium_path, or no Japanese font. Install Debian's as root: $install" >&2
exit 1
