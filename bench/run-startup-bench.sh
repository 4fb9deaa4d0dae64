#!/usr/bin/env bash
# Start-up benchmark: launch → main window shown with its first screen's data, against a bare JavaFX app with one
# TableView, both started RUNS times in turn (fresh JVMs, same options). Prepares a demo database once; starts
# Xvfb on :95 when there is no DISPLAY.
# Usage: bench/run-startup-bench.sh [runs=7] [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work="${2:-target/bench}"
mkdir -p "$work"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
db="$work/startup-demo"
if [ ! -f "$db.mv.db" ]; then
  java -cp "$cp" org.fairaudit.app.Launcher demo --db "$db" --profile "Bench auditor"
fi
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :95 -screen 0 1440x900x24 &
  xvfb=$!
  trap 'kill "$xvfb"' EXIT
  export DISPLAY=:95
  sleep 1
fi
# The launchers' heap limit (-Xmx512m) for both programs.
java -cp "$cp" org.fairaudit.bench.StartupBenchmark "$db" "$runs" -Xmx512m
