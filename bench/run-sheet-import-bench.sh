#!/usr/bin/env bash
# Sheet import benchmark: import-parse of a CAP sheet and of a code sheet, each vs a bare POI SAX event read and a
# bare fastexcel-reader read of the same file (baselines in the same run), best of seven, with peak heap.
# Targets: import <= 1.5 x POI SAX; stretch <= 1.5 x fastexcel-reader. Summary: the BENCH| rows.
# Runs in a JVM of its own (not inside Maven's), with the app's heap limit.
# Usage: bench/run-sheet-import-bench.sh [rows=100000] [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
java -Xmx512m -cp "$cp" org.fairaudit.bench.SheetImportBenchmark "${1:-100000}" "${2:-target/bench}"
