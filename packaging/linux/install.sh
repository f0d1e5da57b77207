#!/usr/bin/env bash
# Install the desktop entry, AppStream metainfo and icons for the current user
# (or a system prefix: PREFIX=/usr/local sudo -E packaging/linux/install.sh).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
install -Dm644 "$HERE/org.coprodesk.CoProDesk.desktop" "$PREFIX/share/applications/org.coprodesk.CoProDesk.desktop"
install -Dm644 "$HERE/org.coprodesk.CoProDesk.metainfo.xml" "$PREFIX/share/metainfo/org.coprodesk.CoProDesk.metainfo.xml"
for png in "$ROOT"/resources/icons/hicolor/*/apps/coprodesk.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  install -Dm644 "$png" "$PREFIX/share/icons/hicolor/$size/apps/coprodesk.png"
done
install -Dm644 "$ROOT/resources/coprodesk.svg" "$PREFIX/share/icons/hicolor/scalable/apps/coprodesk.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
echo "Installed the CoProDesk desktop entry under $PREFIX"
