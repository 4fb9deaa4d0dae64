#!/usr/bin/env bash
# Whole-application benchmarks on a brand's portfolio: generates the datasets once (kept in the work dir), then runs
# the JMH database benchmarks in child JVMs and prints their table, baselines included (findingsFullList is the
# unpaged query the findings screen used before it loaded pages).
# Usage: bench/run-benchmarks.sh [work dir=target/bench] [finding counts=100000,500000]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-target/bench}"
sizes="${2:-100000,500000}"
mkdir -p "$work"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
for findings in ${sizes//,/ }; do
  db="$work/portfolio-$findings"
  if [ ! -f "$db.mv.db" ]; then
    java -cp "$cp" org.fairaudit.bench.BenchDataset "$db" "$findings"
  fi
  # the unpaged list (the reference) takes minutes a call beyond 100,000 findings: measured at 100,000 only
  reference=(); [ "$findings" -le 100000 ] || reference=(-e findingsFullList)
  java -cp "$cp" org.fairaudit.bench.DatabaseBenchmarkRunner "$db" "${reference[@]}" \
    -rf text -rff "$work/database-benchmark-$findings.txt"
done
# Start-up of the window against a bare JavaFX app (Xvfb when there is no display).
bench/run-startup-bench.sh 7 "$work"
