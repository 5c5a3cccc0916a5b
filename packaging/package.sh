#!/usr/bin/env bash
# Builds ClipSift's installers for the OS it runs on: a self-contained app image (jdeps -> jlink -> jpackage)
# and the OS's installer made from it (Linux: a .deb built with dpkg-deb; macOS: a .dmg; Windows, under
# Git Bash: an .msi, which needs the WiX toolset). Only this platform's natives go in.
# Output: packaging/out/ (Linux: ClipSift/bin/ClipSift the workbench, ClipSift/bin/clipsift the CLI).
# Usage: packaging/package.sh [--app-image] [--no-build]
#   --app-image  the app image only (what `mvn verify` builds and smoke-tests)
#   --no-build   use the jars a Maven build already left in app/target
set -euo pipefail
shopt -s extglob
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
VERSION=0.1.0
OUT="$HERE/out"
WORK="$HERE/build"
INPUT="$WORK/input"
INSTALLER=yes BUILD=yes
for arg in "$@"; do
  case "$arg" in
    --app-image) INSTALLER=no ;;
    --no-build) BUILD=no ;;
    *) echo "usage: packaging/package.sh [--app-image] [--no-build]" >&2; exit 1 ;;
  esac
done

# This machine's platform, in the names JavaCPP, DuckDB and ONNX Runtime give their natives.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  PLATFORM=linux-x86_64   DUCKDB=linux_amd64   ORT=linux-x64     OS=linux ;;
  Linux-aarch64) PLATFORM=linux-arm64    DUCKDB=linux_arm64   ORT=linux-aarch64 OS=linux ;;
  Darwin-arm64)  PLATFORM=macosx-arm64   DUCKDB=osx_universal ORT=osx-aarch64   OS=macos ;;
  Darwin-x86_64) PLATFORM=macosx-x86_64  DUCKDB=osx_universal ORT=osx-x64       OS=macos ;;
  MINGW*-x86_64 | MSYS*-x86_64 | CYGWIN*-x86_64) PLATFORM=windows-x86_64 DUCKDB=windows_amd64 ORT=win-x64 OS=windows ;;
  *) echo "package.sh: no build for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
echo "platform: $PLATFORM"
rm -rf "$OUT" "$WORK"
mkdir -p "$OUT" "$INPUT"

if [ "$BUILD" = yes ]; then
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests -Dnative.classifier="$PLATFORM" -pl app -am package)
fi
# The workbench's jars, less the empty javafx-*.jar stubs that only point at the per-OS javafx-*-OS.jar
# beside them, and javafx-swing while no source uses JavaFX's Swing bridge.
SWING=no
if grep -rq 'javafx\.embed\.swing' "$ROOT/app/src/main"; then SWING=yes; fi
for jar in "$ROOT"/app/target/clipsift-app-$VERSION.jar "$ROOT"/app/target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-swing-*) if [ "$SWING" = yes ]; then cp "$jar" "$INPUT/"; fi ;;
    javafx-+([a-z])-+([0-9.]).jar) ;;   # no classifier: a stub
    *) cp "$jar" "$INPUT/" ;;
  esac
done
# The shipped models (OCR, BRISQUE) and the sample clips the start page opens, with their licences:
# lib/app/assets/{models,samples}, found beside the jars (engine.Assets).
mkdir -p "$INPUT/assets" && cp -r "$ROOT/assets/models" "$ROOT/assets/samples" "$INPUT/assets/"

# What the jars carry that this platform never loads: other platforms' natives, C headers, CMake files,
# OpenCV's Python and Java bindings and tools, FFmpeg's programs (ClipSift never starts them), OpenBLAS's
# full-LAPACK JNI library, and the OpenCV modules nothing here uses (calib3d, dnn, features2d, flann,
# highgui, ml and videoio stay: the modules ClipSift uses load them).
UNUSED_OPENCV='aruco|bgsegm|bioinspired|dnn_superres|face|img_hash|intensity_transform|mcc|objdetect|optflow|phase_unwrapping|photo|plot|rapid|saliency|shape|signal|stitching|structured_light|superres|text|tracking|videostab|wechat_qrcode|xfeatures2d|ximgproc|xphoto'
if grep -rqE "org\.bytedeco\.opencv\.(global\.)?opencv_($UNUSED_OPENCV)\b" "$ROOT/core/src/main" "$ROOT/app/src/main"; then
  echo "package.sh: the sources use an OpenCV module that UNUSED_OPENCV drops; take it off the list" >&2
  exit 1
fi
trim() { java "$HERE/TrimJar.java" "$1" "$2"; }
trim "$INPUT"/duckdb_jdbc-*.jar "^libduckdb_java\.so_(?!$DUCKDB$)"
trim "$INPUT"/onnxruntime-*.jar "^ai/onnxruntime/native/(?!$ORT/)|\.dSYM/"
trim "$INPUT"/opencv-*-$PLATFORM.jar \
  "/(include|share|python|sdk|lib/cmake)/|/opencv_[a-z_-]+(\.exe)?$|(jni)?opencv_(java|python3)|(jni)?opencv_($UNUSED_OPENCV)[0-9.]"
trim "$INPUT"/ffmpeg-*-$PLATFORM*.jar "/include/|/(ffmpeg|ffprobe)(\.exe)?$"
trim "$INPUT"/openblas-*-$PLATFORM.jar "/include/|/lib/cmake/|jniopenblas_full\."

# The JDK modules the jars use (jdeps), plus what is loaded reflectively (JavaFX, the AWS SDK, logback's
# configurator: java.naming); the locale data of the most spoken languages only; the class files zipped
# (--compress=2: 29 MB less, no slower to start, as the JDK classes a start needs come from the CDS
# archive: the JDK's own classes, for a faster start, less the copy for heaps over 32 GB); no symbol tables.
MODULES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps -q \
  --class-path "$INPUT/*" "$INPUT/clipsift-app-$VERSION.jar" "$INPUT/clipsift-core-$VERSION.jar")
MODULES="$MODULES,java.naming,jdk.crypto.ec,jdk.localedata,jdk.zipfs"
echo "runtime modules: $MODULES"
jlink --add-modules "$MODULES" --include-locales=en,de,fr,es,it,pt,nl,pl,sv,ru,ja,zh,ko --compress=2 \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$WORK/runtime"
rm -f "$WORK/runtime/lib/server/classes_nocoops.jsa"
if [ "$OS" = linux ] && command -v strip >/dev/null; then find "$WORK/runtime" -name '*.so' -exec strip --strip-unneeded {} +; fi

case "$OS" in
  linux) ICON="$ROOT/assets/icons/clipsift.png" INSTALLER_TYPE=deb ;;
  macos) ICON="$HERE/macos/ClipSift.icns" INSTALLER_TYPE=dmg ;;
  windows) ICON="$HERE/windows/ClipSift.ico" INSTALLER_TYPE=msi ;;
esac
jpackage --type app-image --name ClipSift --app-version "$VERSION" \
  --input "$INPUT" --main-jar "clipsift-app-$VERSION.jar" --main-class dev.clipsift.app.Launcher \
  --runtime-image "$WORK/runtime" --java-options "-Dfile.encoding=UTF-8" \
  --add-launcher clipsift="$HERE/clipsift-cli.properties" \
  --icon "$ICON" --description "Curate video datasets for training video and vision-language models" \
  --dest "$OUT"
echo "app image: $OUT/$(ls "$OUT") ($(du -sh "$OUT" | cut -f1))"
[ "$INSTALLER" = yes ] || exit 0

if [ "$OS" = linux ]; then
  "$HERE/linux/deb.sh" "$OUT/ClipSift" "$VERSION" "$OUT"
else
  jpackage --type "$INSTALLER_TYPE" --app-image "$OUT"/ClipSift* --name ClipSift --app-version "$VERSION" \
    --description "Curate video datasets for training video and vision-language models" --dest "$OUT"
fi
ls -l "$OUT"
