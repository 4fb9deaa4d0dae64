#!/usr/bin/env bash
# Excel audit report benchmark: median write time, file size and peak heap at 1,000 / 5,000 / 20,000 findings,
# redacted and encrypted; leaves sample reports in the output folder.
# Usage: bench/run-excel-bench.sh [output folder=target/sample-report]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.fairaudit.excel.ExcelReportBenchmark \
  -Dexec.args="${1:-target/sample-report}"
