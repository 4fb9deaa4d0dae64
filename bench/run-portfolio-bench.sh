#!/usr/bin/env bash
# Portfolio workbook benchmark: generates databases of 10,000 / 100,000 / 500,000 findings (batched SQL), then
# exports the portfolio, a bare POI SXSSF loop and fastexcel writing the same cells, each in a child JVM with
# -Xmx256m; prints time, file size and peak heap per size.
# Usage: bench/run-portfolio-bench.sh [sizes=10000,100000,500000] [work dir=target/portfolio-bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.fairaudit.bench.PortfolioBenchmark \
  -Dexec.args="${1:-10000,100000,500000} ${2:-target/portfolio-bench}"
