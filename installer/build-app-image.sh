#!/usr/bin/env bash
# Builds a Linux app image (target/installer/FairAudit) with the JDK's jpackage, then trains its class-data archive.
# Full installers for every system come later; this is the first step they build on.
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf target/lib # copy-dependencies only adds: jars of replaced versions would ship too
mvn -B -q -DskipTests package
input=target/installer-input
image=target/installer/FairAudit
rm -rf "$input" "$image"
mkdir -p "$input"
cp target/fairaudit.jar "$input/"
cp -r target/lib "$input/lib"

jpackage @installer/linux/app-image.args --input "$input"
installer/train-class-data.sh "$image"
echo "App image: $image (run $image/bin/FairAudit)"
