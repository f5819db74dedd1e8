#!/usr/bin/env bash
# db:start / db:stop / db:status: our Neo4j in the background, with pid and log files in .neo4j/run/.
# Settings come from the environment (NEO4J_BOLT_PORT, NEO4J_HOME_DIR, NEO4J_PASSWORD, NEO4J_HEAP...).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
rundir="$root/.neo4j/run"
pidfile="$rundir/neo4j.pid"
logfile="$rundir/neo4j.log"
port="${NEO4J_BOLT_PORT:-7687}"
mkdir -p "$rundir"

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null && grep -q 'org.unscgraph.db.Launcher' "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"; return 0
  fi
  return 1
}

case "${1:-}" in
  start)
    if pid="$(running_pid)"; then echo "Neo4j is already running (pid $pid); log: $logfile"; exit 0; fi
    bash "$here/build.sh" || exit $?
    : > "$logfile"
    cd "$root" && nohup bash "$here/run.sh" --port "$port" --home "${NEO4J_HOME_DIR:-$root/.neo4j/data}" >>"$logfile" 2>&1 &
    echo $! > "$pidfile"
    for _ in $(seq 1 360); do
      if grep -q '"msg":"neo4j ready"' "$logfile"; then
        echo "Neo4j ready on bolt://127.0.0.1:$port (pid $(cat "$pidfile")); log: $logfile"; exit 0
      fi
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "Neo4j failed to start:" >&2; grep '"level":"error"' "$logfile" >&2 || tail -20 "$logfile" >&2
        rm -f "$pidfile"; exit 1
      fi
      sleep 0.5
    done
    echo "Neo4j did not become ready within 180 s; see $logfile" >&2; exit 1
    ;;
  stop)
    if ! pid="$(running_pid)"; then echo "Neo4j is not running"; rm -f "$pidfile"; exit 0; fi
    kill -TERM "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; echo "Neo4j stopped"; exit 0; }; sleep 0.5; done
    echo "Neo4j did not stop within 60 s; killing it" >&2; kill -KILL "$pid"; rm -f "$pidfile"; exit 1
    ;;
  status)
    if pid="$(running_pid)"; then echo "Neo4j is running (pid $pid) on bolt://127.0.0.1:$port; log: $logfile"; exit 0; fi
    echo "Neo4j is not running"; exit 3
    ;;
  *) echo "usage: db/ctl.sh start|stop|status" >&2; exit 2 ;;
esac
