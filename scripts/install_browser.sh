#!/usr/bin/env bash
# Installs Debian's Chromium, its ChromeDriver and a font for the browser test, if missing.
# Idempotent: a quick no-op when all are installed. Needs root (or sudo) and the Debian mirror.
set -euo pipefail
PACKAGES=(chromium chromium-driver fonts-dejavu-core)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for package in "${PACKAGES[@]}"; do
  installed "$package" || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing ${missing[*]} (browser test)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
