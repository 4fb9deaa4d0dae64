#!/usr/bin/env bash
# Prints EXPLAIN ANALYZE of every query of the dashboard and the findings list (first page, a deep page, overdue
# only, a text-filter keystroke) on a benchmark database made by run-benchmarks.sh.
# Usage: bench/explain-queries.sh [database=target/bench/portfolio-100000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.fairaudit.persistence.ExplainScreenQueries "${1:-target/bench/portfolio-100000}"
