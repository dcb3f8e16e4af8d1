#!/usr/bin/env bash
# Time from `sijil serve` to its first search answer (issue 10 / issue 14): starts the server on a
# register, polls GET /api/persons?q=محمد every 50 ms until it answers 200, then prints the wall time
# from launch, the server process's CPU seconds (/proc/PID/stat) and the load average, and the
# server's own `Loaded ...` / `Search index ...` lines.
# Usage: docs/bench/serve-first-answer.sh JAR DB [PORT] [java options...]
set -euo pipefail
JAR=$1; DB=$2; PORT=${3:-18080}; shift 3 || shift $#
. "$(dirname "$0")/serve-common.sh"
LOG="$(mktemp)"
start=$(date +%s.%N)
serve_start "$JAR" "$DB" "$PORT" "$LOG" "$@"
trap 'kill $SERVE_PID 2>/dev/null; rm -f "$LOG"' EXIT
answers() {
  curl -s -o /dev/null -w '%{http_code}' \
    "http://127.0.0.1:$PORT/api/persons?q=%D9%85%D8%AD%D9%85%D8%AF" 2>/dev/null | grep -q 200
}
serve_wait answers
end=$(date +%s.%N)
echo "first answer after $(echo "$end - $start" | bc) s wall, $(serve_cpu) s CPU (load $(load_now))"
grep -E "^Loaded|^Search index" "$LOG" || true
