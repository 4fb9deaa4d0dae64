#!/usr/bin/env bash
# Crash soak: a writer JVM commits edits and is killed with SIGKILL at random moments; after each kill the database
# is reopened and every edit reported as committed must be there. Alternates a plain and an encrypted database.
# Prints one line per trial (acknowledged edits, lost edits, reopen time) and a summary; exit 1 if anything was lost.
# Usage: bench/run-crash-soak.sh [trials=20] [work dir=target/crash-soak]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
exec java -cp "$cp" org.fairaudit.persistence.CrashSoak "${1:-20}" "${2:-target/crash-soak}"
