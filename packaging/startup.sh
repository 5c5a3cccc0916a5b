#!/usr/bin/env bash
# Start-up time of an app image's workbench: from launch to its main window mapped on the X display
# (found with xdotool), RUNS times; prints one line of milliseconds per start. Run it under an X server:
#   xvfb-run -a -s "-screen 0 1600x1000x24" packaging/startup.sh [--cold] [RUNS] [APP_IMAGE_DIR]
# Warm (default): one start first to fill the caches, not counted. --cold: before each start a fresh user
# home (no JavaFX or JavaCPP native cache yet, as after installing) and the kernel's page cache dropped
# (needs root). Extra JVM options for a try: CLIPSIFT_STARTUP_JAVA_OPTS (passed as JAVA_TOOL_OPTIONS).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
COLD=no
[ "${1:-}" = --cold ] && { COLD=yes; shift; }
RUNS="${1:-5}"
APP="${2:-$HERE/out/ClipSift}"
HOMES="$(mktemp -d)"
trap 'rm -rf "$HOMES"' EXIT

start_once() {  # $1: the user home; prints the milliseconds to the window
  local t0 pid
  t0=$(date +%s%N)
  HOME="$1" JAVA_TOOL_OPTIONS="-Duser.home=$1 ${CLIPSIFT_STARTUP_JAVA_OPTS:-}" "$APP/bin/ClipSift" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name '^ClipSift' >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "startup: the workbench exited before showing a window" >&2; exit 1; }
    sleep 0.01
  done
  echo $((($(date +%s%N) - t0) / 1000000))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

if [ "$COLD" = no ]; then mkdir -p "$HOMES/warm" && start_once "$HOMES/warm" >/dev/null; fi
for i in $(seq "$RUNS"); do
  if [ "$COLD" = yes ]; then
    mkdir -p "$HOMES/cold$i"; sync; echo 3 >/proc/sys/vm/drop_caches
    start_once "$HOMES/cold$i"
  else
    start_once "$HOMES/warm"
  fi
done
