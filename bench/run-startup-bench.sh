#!/usr/bin/env bash
# Start-up benchmark: launch → main window shown with its first screen's data, against a bare JavaFX app with one
# TableView, both started from jars RUNS times in turn (fresh JVMs, same options), each with and without an
# application class-data archive trained by one start of its own. Prepares a demo database once; starts Xvfb on a
# free display when there is no DISPLAY.
# Usage: bench/run-startup-bench.sh [runs=7] [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work="${2:-target/bench}"
mkdir -p "$work"
source bench/lib.sh
mvn -B -q -DskipTests package
# The bare app in a jar of its own, with JavaFX only: class-data archives take jars, not folders.
bare="$work/bare-tableview.jar"
jar cf "$bare" -C target/test-classes org/fairaudit/bench/BareTableViewApp.class \
  -C target/test-classes 'org/fairaudit/bench/BareTableViewApp$Main.class' \
  -C target/classes org/fairaudit/app/StartupMarker.class
bare_cp="$bare$(printf ':%s' target/lib/javafx-*.jar)"
db="$work/startup-demo"
if [ ! -f "$db.mv.db" ]; then
  java -cp "$cp" org.fairaudit.app.Launcher demo --db "$db" --profile "Bench auditor"
fi
if [ -z "${DISPLAY:-}" ]; then
  # -displayfd: Xvfb takes a free display number and writes it, so an X server already running is no clash.
  rm -f "$work/xvfb-display"
  Xvfb -displayfd 3 -screen 0 1440x900x24 3>"$work/xvfb-display" >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do [ -s "$work/xvfb-display" ] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$work/xvfb-display")"
fi
# The launchers' heap limit (-Xmx512m) for both programs.
java -cp "$cp" org.fairaudit.bench.StartupBenchmark "$db" "$runs" target/fairaudit.jar "$bare_cp" "$work" -Xmx512m
