#!/usr/bin/env bash
# Same answers (issue 19 item 2, issue 15 item 6): `bench dedupe` of one list with a reference
# tools jar (e.g. main's, built before a change) and with this tree's, then a byte comparison of
# the fitted model JSON and of the row,cluster file. Prints each run's phase table and exits 1 on
# any difference. Run from the repository root after `./mvnw -q -pl sijil-bench -am -DskipTests
# package`.
# Usage: docs/bench/dedupe-same-answers.sh REFERENCE_TOOLS_JAR LIST [heap, default 4g]
set -euo pipefail
REF=$1
LIST=$2
HEAP=${3:-4g}
NEW=sijil-bench/target/sijil-tools.jar
OUT=$(mktemp -d)
for side in ref new; do
  jar=$REF
  [ "$side" = new ] && jar=$NEW
  echo "== $side: $jar ($(uptime))"
  java -Xmx"$HEAP" -jar "$jar" bench dedupe "$LIST" \
    --save-model "$OUT/$side-model.json" --out "$OUT/$side-clusters.csv"
done
cmp "$OUT/ref-model.json" "$OUT/new-model.json"
cmp "$OUT/ref-clusters.csv" "$OUT/new-clusters.csv"
echo "same model and clusters ($OUT)"
