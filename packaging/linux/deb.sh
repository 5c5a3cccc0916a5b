#!/usr/bin/env bash
# Makes a .deb of a Linux app image with dpkg-deb: the image in /opt/clipsift, `clipsift` (the CLI) and
# `clipsift-workbench` on the PATH (/usr/bin), one desktop entry (the workbench) and its icon in the
# hicolor theme. No maintainer scripts: dpkg's triggers refresh the menu and icon caches, and Depends
# lists the distribution's packages that the image's libraries link (linux/depends.sh), so the .deb fits
# the distribution it was built on.
# Usage: packaging/linux/deb.sh APP_IMAGE_DIR VERSION OUT_DIR   (Maintainer: $DEBFULLNAME <$DEBEMAIL>)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP="$1" VERSION="$2" OUT="$3"
ARCH="$(dpkg --print-architecture)"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/DEBIAN"
cp -a "$APP" "$STAGE/opt/clipsift"   # -a: the AppCDS archives check the jars' modification times
ln -s /opt/clipsift/bin/clipsift "$STAGE/usr/bin/clipsift"
ln -s /opt/clipsift/bin/ClipSift "$STAGE/usr/bin/clipsift-workbench"
cp "$HERE/clipsift.desktop" "$STAGE/usr/share/applications/clipsift.desktop"
cp "$ROOT/assets/icons/clipsift.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/clipsift.png"

cat >"$STAGE/DEBIAN/control" <<CONTROL
Package: clipsift
Version: $VERSION
Architecture: $ARCH
Maintainer: ${DEBFULLNAME:-ClipSift} <${DEBEMAIL:-clipsift@localhost}>
Section: video
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $("$HERE/depends.sh" "$APP")
Description: Curate video datasets for training video and vision-language models
 ClipSift lists, probes and samples videos from folders, S3, Hugging Face and URL
 lists, splits them into scene-coherent clips, scores, deduplicates, captions and
 shards them. The clipsift command runs the engine headless; clipsift-workbench
 is the desktop workbench. FFmpeg and OpenCV run in-process (LGPL FFmpeg build).
CONTROL
dpkg-deb --root-owner-group -Zgzip --build "$STAGE" "$OUT/clipsift_${VERSION}_$ARCH.deb"
