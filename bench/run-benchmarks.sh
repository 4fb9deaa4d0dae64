#!/usr/bin/env bash
# Every benchmark of issue 6 in one run: generates the BenchDataset portfolios once (kept in the work dir), runs the
# database (JMH), portfolio, sheet-import, exchange, start-up and app-memory benchmarks, each with its baseline
# measured in the same run, and prints one summary table of their BENCH| rows (also saved to WORK/summary.md).
# Usage: bench/run-benchmarks.sh [work dir=target/bench] [finding counts=100000,500000]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-target/bench}"
sizes="${2:-100000,500000}"
largest="${sizes##*,}"
mkdir -p "$work"
rm -f "$work"/log-*.txt
source bench/lib.sh

# Runs one benchmark, showing its output and keeping it for the summary.
step() {
  local name="$1"; shift
  echo "== $name"
  "$@" 2>&1 | tee "$work/log-$name.txt"
}

for findings in ${sizes//,/ }; do
  db="$work/portfolio-$findings"
  if [ ! -f "$db.mv.db" ]; then
    java -cp "$cp" org.fairaudit.bench.BenchDataset "$db" "$findings"
  fi
  # the unpaged list (the reference) takes minutes a call beyond 100,000 findings: measured at 100,000 only
  reference=(); [ "$findings" -le 100000 ] || reference=(-e findingsFullList)
  step "database-$findings" java -cp "$cp" org.fairaudit.bench.DatabaseBenchmarkRunner "$db" "${reference[@]}" \
    -rf text -rff "$work/database-benchmark-$findings.txt"
done
step portfolio bench/run-portfolio-bench.sh "10000,$sizes" "$work"
step sheet-import bench/run-sheet-import-bench.sh 100000 "$work"
step exchange bench/run-exchange-bench.sh "$work"
step startup bench/run-startup-bench.sh 7 "$work"
step app-memory bench/run-app-memory-bench.sh "$largest" "$work"

{
  echo "| measure | figure | baseline (same run) | target | |"
  echo "|---|---|---|---|---|"
  cat "$work"/log-*.txt | grep '^BENCH|' | sed 's/^BENCH|//; s/|/ | /g; s/^/| /; s/$/ |/'
} > "$work/summary.md"
echo; echo "Summary (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"; cat "$work/summary.md"
