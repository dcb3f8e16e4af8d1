#!/usr/bin/env bash
# Spark engine scaling on one machine (issue 19): the same 1M-record dedupe on local[1] and then
# local[2], each in its own JVM, printing wall and process CPU seconds (CompareEngines) and the
# load average before and after; /usr/bin/time adds peak RSS. Run from the repository root.
# Usage: docs/bench/spark-scaling.sh [LIST] [java options...]
#   LIST defaults to /work/quiet/synth1m.csv (1,000,000 synth records); it is written as
#   `sijil synth --records 1000000 --seed 1` when absent.
set -euo pipefail
LIST=${1:-/work/quiet/synth1m.csv}; shift || true
./mvnw -q -pl sijil-spark -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/sijil-spark/target/spark-cp.txt" -Dmdep.includeScope=test
OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' sijil-spark/pom.xml)
CP="sijil-spark/target/classes:sijil-spark/target/test-classes:$(cat sijil-spark/target/spark-cp.txt)"
for master in 'local[1]' 'local[2]'; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "peak RSS %M kB, %e s wall, %U s user, %S s system" \
    java -Xmx10g "$@" $OPTS -cp "$CP" org.sijil.spark.CompareEngines "$LIST" 1000000 1 0 "$master" \
    2>&1 | grep -E '^(load|spark|peak)'
done
