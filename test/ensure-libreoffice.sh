#!/usr/bin/env bash
# The workbook test recalculates exported .xlsx files with Debian's LibreOffice (a real spreadsheet
# engine). Installs it where it is missing and we may; otherwise fails with the command to run.
# Serialized with flock: `pretest` starts it in the background while other checks run, and the
# test calls it again, which waits for that install and then returns at once.
set -euo pipefail
soffice_path="${SOFFICE_PATH:-/usr/bin/soffice}"
[ -x "$soffice_path" ] && exit 0
lock="${TMPDIR:-/tmp}/ismap-ensure-libreoffice-$(id -u).lock"
exec 9>"$lock"
flock 9
[ -x "$soffice_path" ] && exit 0
install='apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui'
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "LibreOffice missing at $soffice_path: installing Debian's ($install)" >&2
  # apt's own lock may still be held by another install (Chromium's): wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=300 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
      --no-install-recommends libreoffice-calc-nogui >/dev/null
  if [ -x "$soffice_path" ]; then
    # Its first start builds caches (fonts, among others) and took 20 s more than later ones:
    # pay for it here, off the tests' path, by converting a one-cell file.
    warm="$(mktemp -d)"
    echo 1 >"$warm/warm.csv"
    "$soffice_path" "-env:UserInstallation=file://$warm/profile" --headless --convert-to xlsx \
      --outdir "$warm" "$warm/warm.csv" >/dev/null 2>&1 || true
    rm -rf "$warm"
    exit 0
  fi
fi
echo "No LibreOffice at $soffice_path. Install Debian's as root: $install" >&2
exit 1
