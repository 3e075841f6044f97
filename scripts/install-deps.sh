#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages TTCS needs to build, test and run.
# Runs apt-get only for what is missing; uses sudo when not root.
#
#   install-deps.sh          what `make test` and `make run` need (g++)
#   install-deps.sh --fuzz   also clang and its libFuzzer runtime, for the
#                            fuzz preset only (`make fuzz`)
set -euo pipefail

build_packages=(
  cmake ninja-build ccache g++ pkg-config make
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
  libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-pdf-dev
  libquazip1-qt6-dev libfreexl-dev libssl-dev libxlsxwriter-dev catch2 zlib1g-dev
  fonts-liberation2 qt6-qpa-plugins libgl-dev
  desktop-file-utils appstream dpkg-dev
)
if [ "${1:-}" = "--fuzz" ]; then
  # The default build stays on g++; only the fuzz preset uses clang.
  build_packages+=(clang libclang-rt-dev)
fi
if [ "${TTCS_DEPS_EXTRA:-}" != "" ]; then
  # shellcheck disable=SC2206
  build_packages+=(${TTCS_DEPS_EXTRA})
fi

missing=()
for p in "${build_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
