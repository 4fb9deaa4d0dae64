#!/usr/bin/env bash
# CAP sheet import benchmark: import-parse of a CAP sheet vs a bare POI SAX event read of the same file (baseline
# in the same run), best of three, with peak heap. Target: import-parse <= 1.5 x baseline.
# Usage: bench/run-sheet-import-bench.sh [rows=100000] [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.fairaudit.bench.SheetImportBenchmark \
  -Dexec.args="${1:-100000} ${2:-target/bench}"
