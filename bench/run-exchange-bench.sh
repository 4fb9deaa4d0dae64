#!/usr/bin/env bash
# Exchange benchmark: export then import a package of 5,201 records and 200 attachments (targets: export <= 1 s,
# import <= 2 s), median of 3 rounds after a warm-up, in a child JVM with the application's heap (-Xmx512m).
# Usage: bench/run-exchange-bench.sh [work dir=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-target/bench}"
mkdir -p "$work"
source bench/lib.sh
java -Xmx512m -cp "$cp" \
  org.fairaudit.bench.ExchangeBenchmark "$work"
