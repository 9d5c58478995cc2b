#!/usr/bin/env bash
# What remote partitioning costs on one machine: the same night run locally (H2 and PostgreSQL), by a
# manager with one worker (--threads 2) and by a manager with two workers (--threads 1 each), all on
# this machine, PostgreSQL and RabbitMQ on loopback.
#
#   bench/remote.sh [N]        default N: 100000 articles (shared/bench/gen_corpus.py, seed 7)
#
# Prints the wall time of each `briefing` command (the workers are started and ready before the
# manager's command starts, as long-running workers are) and checks that every briefing.json equals
# the local one apart from generatedAt. Needs: python3, psql, GNU time, PostgreSQL at
# 127.0.0.1:5432 (database test, user postgres, trust) and RabbitMQ at 127.0.0.1:5672 (guest).
# Environment: MARKETWATCH_SHARED (default ../shared), BENCH_DIR (default target/bench), HEAP (1g).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${MARKETWATCH_SHARED:-../shared}
WORK=${BENCH_DIR:-target/bench}
HEAP=${HEAP:-1g}
N=${1:-100000}
JAR=target/marketwatch.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
CORPUS="$WORK/corpus-$N"
[ -d "$CORPUS/articles" ] || python3 "$SHARED/bench/gen_corpus.py" --count "$N" --out "$CORPUS" --no-gold >/dev/null
CORPUS=$(cd "$CORPUS" && pwd)
DB_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=mw_bench"
DB=(--spring.datasource.url="$DB_URL")
REMOTE=(--spring.rabbitmq.host=127.0.0.1 --marketwatch.remote.queue=marketwatch.bench)
fresh_schema() { psql -q -h 127.0.0.1 -U postgres test -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS mw_bench CASCADE; CREATE SCHEMA mw_bench"; }
timed() { # LABEL OUTPUT EXTRA... -> runs the night's briefing into OUTPUT, prints LABEL and the wall seconds
  local label=$1 out=$2; shift 2
  rm -rf "$out"
  /usr/bin/time -f "%e" -o "$WORK/remote-time" java -Xmx"$HEAP" -jar "$JAR" briefing --input "$CORPUS/articles" \
      --output "$out" --as-of 2026-01-01 --quiet "$@" >/dev/null 2>"$WORK/remote-last.err" || {
    echo "$label failed:" >&2; cat "$WORK/remote-last.err" >&2; exit 1; }
  printf "%-34s %8.1f s\n" "$label" "$(cat "$WORK/remote-time")"
}
echo "$N articles ($(find "$CORPUS/articles" -type f | wc -l) files), -Xmx$HEAP, load average $(cut -d' ' -f1-3 /proc/loadavg)"
timed "local, H2" "$WORK/remote-out-h2"
fresh_schema
timed "local, PostgreSQL" "$WORK/remote-out-pg" "${DB[@]}"
remote() { # LABEL OUTPUT WORKERS THREADS
  local label=$1 out=$2 count=$3 threads=$4 pids=() i
  fresh_schema
  for i in $(seq 1 "$count"); do
    java -Xmx"$HEAP" -jar "$JAR" worker --input-root "$CORPUS" --threads "$threads" --output "$WORK/remote-worker-$i" \
        "${DB[@]}" "${REMOTE[@]}" >"$WORK/remote-worker-$i.out" 2>&1 &
    pids+=($!)
  done
  trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
  for i in $(seq 1 "$count"); do
    until grep -q "Ready: worker" "$WORK/remote-worker-$i.out"; do
      kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { echo "worker died:" >&2; cat "$WORK/remote-worker-$i.out" >&2; exit 1; }
      sleep 0.5
    done
  done
  timed "$label" "$out" "${DB[@]}" "${REMOTE[@]}" --spring.profiles.active=remote --marketwatch.remote.input-root="$CORPUS"
  kill "${pids[@]}"; wait "${pids[@]}" 2>/dev/null || true
  trap - EXIT
}
remote "manager + 1 worker (2 threads)" "$WORK/remote-out-remote" 1 2
remote "manager + 2 workers (1 thread each)" "$WORK/remote-out-remote2" 2 1
python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
def load(name):
    d = json.load(open(f"{w}/{name}/2026-01-01/briefing.json"))
    d.pop("generatedAt", None)
    return d
same = load("remote-out-h2") == load("remote-out-pg") == load("remote-out-remote") == load("remote-out-remote2")
print("briefing.json identical (apart from generatedAt):", same)
sys.exit(0 if same else 1)
PY
