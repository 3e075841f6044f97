#!/usr/bin/env bash
# Builds the .deb and the .tar.gz with CPack from a build folder, installs the
# .deb into a scratch root and unpacks the .tar.gz, then checks both as a user
# would get them: `ttcs-cli --version`, the app started offscreen on a new
# database, the desktop entry, the AppStream metainfo and the icons.
#
# usage: scripts/package-test.sh [BUILD_DIR]     (default: build/dev)
# Exit 0 when every check passes; each failure is printed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build/dev}" && pwd)"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# CPack builds what is out of date first (its "preinstall" step).
if ! (cd "$build" && cpack -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1); then
  cat "$scratch/cpack.log"
  echo "FAIL: cpack"
  exit 1
fi
deb="$(ls "$scratch"/out/*.deb)"
tgz="$(ls "$scratch"/out/*.tar.gz)"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tgz") ($(du -k "$tgz" | cut -f1) KiB)"

# The package's own metadata: the version and the libraries it needs.
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the .deb's version is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
for lib in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins; do
  case "$depends" in
    *"$lib"*) ;;
    *) fail "the .deb does not depend on $lib (Depends: $depends)" ;;
  esac
done

mkdir -p "$scratch/deb" "$scratch/tgz" "$scratch/home"
dpkg-deb -x "$deb" "$scratch/deb"
tar -xzf "$tgz" -C "$scratch/tgz"

check_tree() { # NAME PREFIX
  local name="$1" prefix="$2"
  [ -d "$prefix/bin" ] || { fail "$name: no bin/ under $prefix"; return; }
  local out
  if out="$(LD_LIBRARY_PATH="$prefix/lib" "$prefix/bin/ttcs-cli" --version 2>&1)"; then
    case "$out" in
      *"$version"*) echo "$name: ttcs-cli --version: $out" ;;
      *) fail "$name: ttcs-cli --version says '$out', not $version" ;;
    esac
  else
    fail "$name: ttcs-cli --version failed: $out"
  fi

  # The app starts offscreen on a new database, shows its window and quits;
  # a user's home of its own, so nothing of this machine's settings is used.
  local db="$scratch/$name.sqlite"
  if out="$(HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
      XDG_DATA_HOME="$scratch/home/.local/share" QT_QPA_PLATFORM=offscreen \
      TTCS_QUIT_AFTER_MS=1500 LD_LIBRARY_PATH="$prefix/lib" \
      timeout 60 "$prefix/bin/ttcs" --db "$db" 2>&1)"; then
    [ -s "$db" ] || fail "$name: the app started but did not create $db"
    echo "$name: the app started and quit"
  else
    fail "$name: the app did not start and quit by itself: $out"
  fi
  if out="$(LD_LIBRARY_PATH="$prefix/lib" "$prefix/bin/ttcs-cli" --db "$db" stats --year 2023 --json 2>&1)"; then
    case "$out" in
      *"{"*) ;;
      *) fail "$name: ttcs-cli stats printed no JSON: $out" ;;
    esac
  else
    fail "$name: ttcs-cli could not read the database the app made: $out"
  fi

  local desktop="$prefix/share/applications/vn.gov.ttcs.desktop"
  local metainfo="$prefix/share/metainfo/vn.gov.ttcs.metainfo.xml"
  [ -f "$desktop" ] || fail "$name: no desktop entry"
  [ -f "$metainfo" ] || fail "$name: no metainfo"
  if command -v desktop-file-validate >/dev/null; then
    out="$(desktop-file-validate "$desktop" 2>&1)" || fail "$name: desktop entry: $out"
    [ -z "$out" ] || echo "$name: desktop-file-validate: $out"
  else
    echo "$name: desktop-file-validate not installed, desktop entry not validated"
  fi
  if command -v appstreamcli >/dev/null; then
    out="$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1)" ||
      fail "$name: metainfo: $out"
  else
    echo "$name: appstreamcli not installed, metainfo not validated"
  fi
  for size in 16 32 48 64 128 256; do
    [ -f "$prefix/share/icons/hicolor/${size}x${size}/apps/vn.gov.ttcs.png" ] ||
      fail "$name: no ${size}x${size} icon"
  done
  [ -f "$prefix/share/icons/hicolor/scalable/apps/vn.gov.ttcs.svg" ] || fail "$name: no SVG icon"
}

check_tree deb "$scratch/deb/usr"
check_tree tgz "$(ls -d "$scratch"/tgz/*/)"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "packages OK"
