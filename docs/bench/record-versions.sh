#!/usr/bin/env bash
# The cost of record-version entries (issue 12): a second release of the same source in which 1%
# of the records changed. Steps, each timed by 'sijil-tools bench import' (same code path as
# 'sijil import', without the search index):
#   1. R2 = CSV with every 100th data row's name_en changed (an 'e' appended; 'Test' when empty):
#      10,000 changed records of 1,000,000, nothing else touched;
#   2. 'bench import --file CSV --db WORK/two.db' (the source's first release: no entries);
#   3. 'bench import --file R2 --db WORK/two.db' (the second release: a record-version entry per
#      changed record, besides the corrections and removals the release diff already logged);
#   4. the record-version entries counted in the register (DuckDB JDBC, the jar's driver).
# Usage: docs/bench/record-versions.sh [CSV] [WORK] [TOOLS_JAR]   (after ./mvnw -q -DskipTests package)
#   SIJIL_HEAP (default 3g) sets -Xmx (at 1g the second import thrashes, on main too: the release
#   diff holds both releases). CSV defaults to /work/quiet/synth1m.csv (read only).
set -euo pipefail
cd "$(dirname "$0")/../.."
CSV="${1:-/work/quiet/synth1m.csv}"
WORK="${2:-$(mktemp -d)}"
TOOLS="${3:-sijil-bench/target/sijil-tools.jar}"
HEAP="${SIJIL_HEAP:-3g}"
mkdir -p "$WORK"
R2="$WORK/r2.csv"
if [ ! -s "$R2" ]; then
  python3 - "$CSV" "$R2" <<'PY'
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f, \
     open(sys.argv[2], 'w', newline='', encoding='utf-8') as g:
    r = csv.reader(f); w = csv.writer(g, lineterminator='\n')
    header = next(r); w.writerow(header); en = header.index('name_en')
    for i, row in enumerate(r, 1):
        if i % 100 == 0:
            row[en] = row[en] + 'e' if row[en] else 'Test'
        w.writerow(row)
PY
fi
rm -f "$WORK/two.db" "$WORK/two.db.wal"
for f in "$CSV" "$R2"; do
  echo "== bench import $f (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
    java -Xmx"$HEAP" -jar "$TOOLS" bench import --file "$f" --db "$WORK/two.db"
done
cat > "$WORK/Count.java" <<'JAVA'
import java.sql.*;
public class Count {
  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[0]);
        ResultSet r = c.createStatement().executeQuery(
            "SELECT count(*) FROM log_entries WHERE position('type 14 record-version' IN CAST(entry AS VARCHAR)) > 0")) {
      r.next();
      System.out.println("record-version entries: " + r.getLong(1));
    }
  }
}
JAVA
java -cp "$TOOLS" "$WORK/Count.java" "$WORK/two.db"
