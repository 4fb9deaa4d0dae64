#!/usr/bin/env bash
# Trains the app image's class-data archive (docs/decisions/0025): starts the image once on a demo database with
# -XX:ArchiveClassesAtExit, ends it when its first screen shows, and from then on starts it with
# -XX:SharedArchiveFile. The archive holds the classes loaded up to the first window, parsed and verified, which
# makes a start about 40 % shorter. It is valid only for this runtime, these jars and this folder: run this again
# wherever the image is installed. Without a display it uses Xvfb; without Xvfb it leaves the image without archive.
# Usage: installer/train-class-data.sh [app image=target/installer/FairAudit]
set -euo pipefail
image="$(cd "${1:-target/installer/FairAudit}" && pwd)"
cfg="$image/lib/app/FairAudit.cfg"
archive_option='-XX:SharedArchiveFile=$APPDIR/fairaudit.jsa'
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    echo "No display and no Xvfb: the app image starts without a class-data archive." >&2
    exit 0
  fi
  # -displayfd: Xvfb takes a free display number and writes it, so another X server is no clash.
  Xvfb -displayfd 3 -screen 0 1440x900x24 3>"$work/xvfb-display" >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 100); do [ -s "$work/xvfb-display" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$work/xvfb-display")"
fi

grep -v -e '-XX:SharedArchiveFile=' -e '-XX:ArchiveClassesAtExit=' -e '-Dfairaudit.startupMarker=' "$cfg" > "$work/plain.cfg"
cp "$work/plain.cfg" "$cfg"
rm -f "$image/lib/app/fairaudit.jsa"
"$image/bin/FairAudit" demo --db "$work/demo" --profile "Trainer" >/dev/null

# The training start: the same launcher, class path and options as every later start.
sed 's/^\[JavaOptions\]$/[JavaOptions]\njava-options=-XX:ArchiveClassesAtExit=$APPDIR\/fairaudit.jsa\njava-options=-Dfairaudit.startupMarker=true/' \
  "$work/plain.cfg" > "$cfg"
FAIRAUDIT_DB="$work/demo" "$image/bin/FairAudit" > "$work/start.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do
  grep -q '^fairaudit-startup-ms=' "$work/start.log" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.5
done
kill "$app" 2>/dev/null || true
wait "$app" || true   # ended by the signal: the archive is written on the way out

if [ -s "$image/lib/app/fairaudit.jsa" ]; then
  sed "s|^\[JavaOptions\]$|[JavaOptions]\njava-options=$archive_option|" "$work/plain.cfg" > "$cfg"
  echo "Class-data archive: $image/lib/app/fairaudit.jsa ($(du -h "$image/lib/app/fairaudit.jsa" | cut -f1))"
else
  cp "$work/plain.cfg" "$cfg"
  echo "The training start wrote no class-data archive; the app image starts without one:" >&2
  tail -5 "$work/start.log" >&2
fi
