#!/usr/bin/env bash
# Smoke test of an app image (what `mvn verify` runs after building one): its CLI starts on the image's own
# runtime with no display, answers --version, and probes a sample clip in-process (the FFmpeg natives load
# from the trimmed jars) from the image's own sample clips. Exits 1 with the reason on any other answer.
# Usage: packaging/smoke.sh [APP_IMAGE_DIR]   (default packaging/out/ClipSift)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP="${1:-$HERE/out/ClipSift}"
VERSION=0.1.0
CLI=$(find "$APP" -maxdepth 3 -type f \( -name clipsift -o -name clipsift.exe \) -perm -u+x | head -1)
fail() { echo "smoke: $*" >&2; exit 1; }
[ -n "$CLI" ] || fail "no clipsift launcher in $APP"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT

version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$CLI" --version) || fail "$CLI --version exited $?"
[[ "$version" == "clipsift $VERSION"* ]] || fail "--version said '$version', not 'clipsift $VERSION'"
echo "smoke: --version: ${version%%$'\n'*}"

# The image's own copy of the sample clips (the workbench's start page opens them).
sample=$(find "$APP" -path '*/assets/samples/bikes.mp4' | head -1)
[ -n "$sample" ] || fail "no assets/samples/bikes.mp4 in $APP (the start page's sample clips)"
probe=$(env -u DISPLAY -u WAYLAND_DISPLAY "$CLI" probe --json --quiet --no-cache --cache-dir "$SCRATCH" "$sample") \
  || fail "probe exited $?"
probe="${probe//[[:space:]]/}"
for field in '"ok":true' '"codec":"h264"' '"width":640' '"height":272'; do
  [[ "$probe" == *"$field"* ]] || fail "probe of $sample lacks $field: $probe"
done
echo "smoke: probe bikes.mp4: h264 640x272"
