#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks it without installing it:
# the files it carries, its dependencies, and that the unpacked binary runs.
# Usage: packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
cd "$build"
rm -f tunnelscope_*.deb
cpack -G DEB >/dev/null
deb=$(ls tunnelscope_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/tunnelscope ./usr/share/applications/io.github.tunnelscope.Tunnelscope.desktop \
         ./usr/share/metainfo/io.github.tunnelscope.Tunnelscope.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.tunnelscope.Tunnelscope.svg \
         ./usr/share/tunnelscope/schemas/profile.schema.json \
         ./usr/share/tunnelscope/prometheus/tunnelscope-rules.yml \
         ./usr/share/tunnelscope/grafana/tunnelscope-dashboard.json \
         ./usr/share/tunnelscope/schemas/watch-summary.schema.json \
         ./usr/lib/systemd/system/tunnelscope-watch.service \
         ./usr/share/tunnelscope/examples/tunnelscope-watch.default; do
    grep -q " $f\$" <<<"$contents" || { echo "missing in $deb: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q libqt6websockets6 <<<"$depends" || { echo "Depends lacks Qt WebSockets: $depends"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
version=$("$tmp/usr/bin/tunnelscope" --version)
# The service unit as systemd reads it, pointed at the unpacked binary.
if command -v systemd-analyze >/dev/null 2>&1; then
    mkdir "$tmp/unit"
    sed "s|/usr/bin/tunnelscope|$tmp/usr/bin/tunnelscope|" "$tmp/usr/lib/systemd/system/tunnelscope-watch.service" \
        >"$tmp/unit/tunnelscope-watch.service"
    systemd-analyze verify "$tmp/unit/tunnelscope-watch.service" || { echo "tunnelscope-watch.service does not verify"; exit 1; }
fi
[[ $version == "tunnelscope "* ]] || { echo "unexpected --version: $version"; exit 1; }
echo "$deb: $(wc -c <"$deb") bytes; $version; Depends: $depends"
