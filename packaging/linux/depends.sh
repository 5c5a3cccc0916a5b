#!/usr/bin/env bash
# Prints the Debian packages an app image needs (a control file's Depends, comma-separated), as
# dpkg-shlibdeps would: the libraries that the image's ELF files (the natives inside its jars too: JavaFX,
# JavaCPP, ONNX Runtime, DuckDB) name as NEEDED, found by ldd, each mapped to its package with dpkg -S.
# Libraries the image carries itself do not count. Usage: packaging/linux/depends.sh APP_IMAGE_DIR
set -euo pipefail
APP="$(cd "$1" && pwd)"
NATIVES="$(mktemp -d)"
trap 'rm -rf "$NATIVES"' EXIT
for jar in "$APP"/lib/app/*.jar; do
  unzip -qq -o "$jar" '*.so' '*.so.*' -d "$NATIVES/$(basename "$jar")" 2>/dev/null || true
done
ELVES=$(find "$APP" "$NATIVES" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -exec sh -c \
  'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
# The image's own libraries resolve among themselves (JavaCPP loads them in order from one folder).
BUNDLED=$(find "$APP" "$NATIVES" -type f -name '*.so*' -printf '%h\n' | sort -u | tr '\n' ':')
# shellcheck disable=SC2086
NEEDED=$(readelf -d $ELVES 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
# shellcheck disable=SC2086
LD_LIBRARY_PATH="$BUNDLED" ldd $ELVES 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u |
  grep -F -w -f <(echo "$NEEDED") | cut -d' ' -f2 | sort -u |
  grep -v -e "^$APP/" -e "^$NATIVES/" |
  while read -r lib; do
    real="$(readlink -f "$lib")"
    for candidate in "$lib" "$real" "${lib#/usr}" "${real#/usr}" "/usr$lib" "/usr$real"; do
      owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && { echo "$owner"; break; }
    done || echo "depends.sh: no package owns $lib" >&2
  done | sort -u | paste -sd, - | sed 's/,/, /g'
