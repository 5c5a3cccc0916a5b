#!/usr/bin/env bash
# Builds a self-contained ClipSift app image for this OS: jdeps -> jlink -> jpackage.
# Output: packaging/out/ClipSift/ (bin/ClipSift starts the workbench; bin/clipsift the CLI).
# Usage: packaging/package.sh [--type app-image|deb|rpm]   (default app-image; deb needs dpkg-deb, rpm needs rpmbuild)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
TYPE="app-image"
[ "${1:-}" = "--type" ] && TYPE="$2"
VERSION=0.1.0
OUT="$HERE/out"
WORK="$HERE/build"
rm -rf "$OUT" "$WORK"
mkdir -p "$OUT" "$WORK/input"

(cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package)
cp "$ROOT/app/target/clipsift-app-$VERSION.jar" "$ROOT"/app/target/lib/*.jar "$WORK/input/"
# The shipped models (OCR, BRISQUE) with their licences: lib/app/assets/models, found beside the jars.
mkdir -p "$WORK/input/assets" && cp -r "$ROOT/assets/models" "$WORK/input/assets/"

# The JDK modules the jars use (jdeps), plus what JavaFX and the AWS SDK load reflectively.
MODULES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps -q \
  --class-path "$WORK/input/*" "$WORK/input/clipsift-app-$VERSION.jar" "$WORK/input/clipsift-core-$VERSION.jar")
MODULES="$MODULES,jdk.unsupported,jdk.crypto.ec,jdk.localedata,java.net.http,jdk.zipfs"
echo "runtime modules: $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --output "$WORK/runtime"

jpackage --type "$TYPE" --name ClipSift --app-version "$VERSION" \
  --input "$WORK/input" --main-jar "clipsift-app-$VERSION.jar" --main-class dev.clipsift.app.Launcher \
  --runtime-image "$WORK/runtime" --java-options "-Dfile.encoding=UTF-8" \
  --add-launcher clipsift="$HERE/clipsift-cli.properties" \
  --icon "$ROOT/assets/icons/clipsift.png" \
  --description "Curate video datasets for training video and vision-language models" \
  --dest "$OUT"
echo "built: $(ls "$OUT")"
