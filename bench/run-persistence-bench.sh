#!/usr/bin/env bash
# Persistence benchmark: commit latency per saved finding, then dashboard and findings-list queries.
# Usage: bench/run-persistence-bench.sh [findings=100000] [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.fairaudit.bench.PersistenceBenchmark \
  -Dexec.args="${1:-100000} ${2:-target/bench}"
