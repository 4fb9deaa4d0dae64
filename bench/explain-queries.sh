#!/usr/bin/env bash
# Prints EXPLAIN ANALYZE of every query of the dashboard and the findings list (first page, a deep page, overdue
# only, a text-filter keystroke) on a benchmark database made by run-benchmarks.sh.
# Usage: bench/explain-queries.sh [database=target/bench/portfolio-100000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
java -cp "$cp" \
  org.fairaudit.persistence.ExplainScreenQueries "${1:-target/bench/portfolio-100000}"
