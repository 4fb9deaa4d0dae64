#!/usr/bin/env bash
# Portfolio workbook benchmark on BenchDataset portfolios (1,000 suppliers, 5,000 audits; generated once into the
# work dir, shared with run-benchmarks.sh): the export, a bare POI SXSSF loop and a bare fastexcel loop writing the
# same cells from the same queries, and the queries alone, each in a child JVM with -Xmx256m (BENCH_HEAP to change),
# then the export again within -Xmx64m (BENCH_SMALL_HEAP): the heap is flat when that heap is enough at every size.
# Prints time, file size and peak heap per run, then BENCH| summary rows.
# Usage: bench/run-portfolio-bench.sh [sizes=10000,100000,500000] [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.fairaudit.bench.PortfolioBenchmark \
  -Dbench.heap="${BENCH_HEAP:-256m}" \
  -Dbench.smallHeap="${BENCH_SMALL_HEAP:-64m}" \
  -Dexec.args="${1:-10000,100000,500000} ${2:-target/bench}"
