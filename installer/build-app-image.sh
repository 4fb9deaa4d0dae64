#!/usr/bin/env bash
# Builds a Linux app image (target/installer/FairAudit) with the JDK's jpackage.
# Full installers for every system come later; this is the first step they build on.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -DskipTests package
input=target/installer-input
rm -rf "$input" target/installer/FairAudit
mkdir -p "$input"
cp target/fairaudit.jar "$input/"
cp -r target/lib "$input/lib"

jpackage @installer/linux/app-image.args --input "$input"
echo "App image: target/installer/FairAudit (run target/installer/FairAudit/bin/FairAudit)"
