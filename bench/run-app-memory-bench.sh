#!/usr/bin/env bash
# The application's heap on a brand portfolio: the real window (headless) on a BenchDataset database in a JVM with the
# launchers' -Xmx512m shows every screen, scrolls its tables and exports the portfolio; prints the live heap per step.
# Usage: bench/run-app-memory-bench.sh [findings=500000] [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
findings="${1:-500000}"
work="${2:-target/bench}"
mkdir -p "$work"
source bench/lib.sh
db="$work/portfolio-$findings"
if [ ! -f "$db.mv.db" ]; then
  java -cp "$cp" org.fairaudit.bench.BenchDataset "$db" "$findings"
fi
java -Xmx512m -XX:+ExitOnOutOfMemoryError -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dprism.text=t2k -Djava.awt.headless=true -cp "$cp" org.fairaudit.app.AppMemoryTour "$db"
