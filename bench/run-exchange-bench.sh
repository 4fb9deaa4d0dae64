#!/usr/bin/env bash
# Exchange benchmark: export then import a package of 5,000 records and 200 attachments (targets: export <= 1 s,
# import <= 2 s). Usage: bench/run-exchange-bench.sh [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.fairaudit.bench.ExchangeBenchmark \
  -Dexec.args="${1:-target/bench}"
