#!/usr/bin/env bash
# Benchmarks the real jar on the synthetic corpus and writes the table into docs/benchmarks.md.
#
#   bench/run.sh [N ...]          default sizes: 1000 10000 100000
#
# For each N: generates the corpus once (shared/bench/gen_corpus.py, deterministic), then runs,
# RUNS times each, alternating:
#   floor     MW floor --input DIR   (read every file, split into sentences and words, nothing else)
#   briefing  MW briefing --input DIR --output OUT --quiet (fresh OUT: briefing.json, PDF, workbook)
# where MW is, by LAUNCH:
#   launcher  JAVA_OPTS=-Xmx$HEAP bin/marketwatch   (the default: the tuned JVM settings, class-data sharing)
#   jar       java -Xmx$HEAP -jar target/marketwatch.jar   (the JVM's defaults)
# and reports the median wall time, articles per second, median peak RSS and the ratio to the floor.
# Needs: python3, GNU time (/usr/bin/time). Environment: MARKETWATCH_SHARED (default ../shared),
# BENCH_DIR (default target/bench), RUNS (default 3), HEAP (default 512m), LAUNCH (default launcher).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${MARKETWATCH_SHARED:-../shared}
WORK=${BENCH_DIR:-target/bench}
RUNS=${RUNS:-3}
HEAP=${HEAP:-512m}
LAUNCH=${LAUNCH:-launcher}
JAR=target/marketwatch.jar
SIZES=${*:-1000 10000 100000}

[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
mkdir -p "$WORK"
case "$LAUNCH" in
  launcher) export JAVA_OPTS="-Xmx$HEAP"; MW=(bin/marketwatch); bin/marketwatch --version >/dev/null ;;  # unpack and train first
  jar) MW=(java -Xmx"$HEAP" -jar "$JAR") ;;
  *) echo "LAUNCH must be launcher or jar" >&2; exit 2 ;;
esac

# measure LABEL COMMAND... -> prints "wall_seconds peak_rss_kb"
measure() {
  local log="$WORK/time.log"
  /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null 2>"$WORK/last-stderr.log" || {
    local rc=$?
    # exit code 3 = done with skipped input: still a completed run
    [ "$rc" -eq 3 ] || { echo "command failed ($rc): $*" >&2; cat "$WORK/last-stderr.log" >&2; exit 1; }
  }
  tail -n 1 "$log"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

rows=()
for n in $SIZES; do
  corpus="$WORK/corpus-$n"
  if [ ! -d "$corpus/articles" ]; then
    python3 "$SHARED/bench/gen_corpus.py" --count "$n" --out "$corpus" --no-gold
  fi
  out="$WORK/out-$n"
  floor_t=(); floor_m=(); full_t=(); full_m=()
  for _ in $(seq "$RUNS"); do
    read -r t m < <(measure "${MW[@]}" floor --input "$corpus/articles")
    floor_t+=("$t"); floor_m+=("$m")
    rm -rf "$out"
    read -r t m < <(measure "${MW[@]}" briefing --input "$corpus/articles" --output "$out" \
      --as-of 2026-01-01 --quiet)
    full_t+=("$t"); full_m+=("$m")
  done
  ft=$(printf '%s\n' "${floor_t[@]}" | median); fm=$(printf '%s\n' "${floor_m[@]}" | median)
  bt=$(printf '%s\n' "${full_t[@]}" | median); bm=$(printf '%s\n' "${full_m[@]}" | median)
  rows+=("$(awk -v n="$n" -v bt="$bt" -v bm="$bm" -v ft="$ft" -v fm="$fm" 'BEGIN {
    printf "| %\047d | %.1f s | %\047d | %d MB | %.1f s | %d MB | %.2f |", n, bt, n / bt, bm / 1024, ft, fm / 1024, bt / ft }')")
  echo "${rows[-1]}"
done

{
  echo "| articles | briefing wall | articles/s | briefing peak RSS | floor wall | floor peak RSS | ratio to floor |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} > "$WORK/table.md"
echo "($LAUNCH, RUNS=$RUNS, -Xmx$HEAP)" >> "$WORK/table.md"
echo "table written to $WORK/table.md (copy it into docs/benchmarks.md with the machine's description)"
