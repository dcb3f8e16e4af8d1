# Shared by the serve benchmarks (serve-first-answer.sh, serve-sees-amendment.sh); sourced, not run.
# serve_start JAR DB PORT LOG [java options...]: starts `sijil serve` in the background, its output
#   in LOG; sets SERVE_PID.
# serve_wait COMMAND...: runs COMMAND every 50 ms until it succeeds; exits (printing the server's
#   output) if the server dies meanwhile.
# serve_cpu: the server's CPU seconds so far (user + system, /proc/PID/stat).
# load_now: the one-minute load average.

serve_start() {
  local jar=$1 db=$2 port=$3 log=$4
  shift 4
  java "$@" -jar "$jar" serve --db "$db" --port "$port" > "$log" 2>&1 &
  SERVE_PID=$!
  SERVE_LOG=$log
}

serve_wait() {
  until "$@"; do
    sleep 0.05
    kill -0 "$SERVE_PID" 2>/dev/null || { echo "server died"; cat "$SERVE_LOG"; exit 1; }
  done
}

serve_cpu() {
  awk -v t="$(getconf CLK_TCK)" '{print ($14+$15)/t}' "/proc/$SERVE_PID/stat"
}

load_now() {
  cut -d' ' -f1 /proc/loadavg
}
