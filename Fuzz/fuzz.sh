#!/usr/bin/env bash
# Coverage-guided fuzzing of Planwerk (libFuzzer with AddressSanitizer and LeakSanitizer), outside the suite.
#
#   Fuzz/fuzz.sh [--runs N | --seconds S] [--parallel P] [--workers W] [TARGET...]
#
# Targets (PlanwerkFuzzing.FuzzTarget): text-path parsers xml-loaders json-config edited-record; default all.
# Each target starts from its saved corpus, Tests/PlanwerkTests/Fixtures/fuzz/<target>/ (which the suite runs
# briefly), fuzzes in a working corpus under Fuzz/.work/ (kept between runs, not committed) for N executions
# (default 1,000,000) or S seconds, with a time limit of 1 s per input (a hang) and 4 GB of memory. Then the
# saved corpus is replaced by the smallest set of old and new inputs with the same coverage (libFuzzer's
# -merge=1); every crash, leak or hang is copied to
# Tests/PlanwerkTests/Fixtures/fuzz/crashers/<target>/, where the suite runs it too. Ends with one line per
# target: executions, executions per second, crashes; exit code 1 when anything was found. P targets run at
# once (default 2), each with W libFuzzer processes sharing its working corpus (default 1; the N executions
# are split between them). A reported hang is run again alone three times: if it never takes 1 s, the
# machine stalled (shared host, or a paused fuzzer), not the input; that is said in the log and fuzzing goes
# on with the remaining executions. Real crashes and leaks always stop and are kept.
set -euo pipefail
cd "$(dirname "$0")"
runs=1000000; seconds=""; parallel=2; workers=1; targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --seconds) seconds="$2"; runs=""; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    -*) echo "unbekannte Option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(text-path parsers xml-loaders json-config edited-record corrections)
project="$(cd .. && pwd)"
saved="$project/Tests/PlanwerkTests/Fixtures/fuzz"

echo "Baue planwerk-fuzz (release, -sanitize=fuzzer,address) …"
# A path dependency's new source files are seen only with a fresh build plan.
rm -f .build/build.db .build/release.yaml
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld >.work-build.log 2>&1 \
  || { tail -20 .work-build.log; exit 1; }
binary="$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld --show-bin-path)/planwerk-fuzz"

max_len() {
  case "$1" in
    text-path) echo 4096 ;; edited-record) echo 16384 ;; xml-loaders) echo 8192 ;; json-config) echo 4096 ;; *) echo 1024 ;;
  esac
}

# One libFuzzer process of target $1 (worker $2) for $3 executions (or the seconds given); retried after a
# hang that does not reproduce. Prints the executions it made.
fuzz_worker() {
  local t="$1" w="$2" want="$3" work=".work/$1" crashes=".work/crashes/$1" log=".work/$1.$2.log"
  local done_runs=0 status=0 segment=0
  : > "$log"
  while :; do
    segment=$((segment + 1))
    local limit=(-runs=$((want - done_runs))); [ -n "$seconds" ] && limit=(-max_total_time="$seconds")
    local before; before=$(ls "$crashes" | wc -l)
    status=0
    "$binary" "${limit[@]}" -timeout=1 -rss_limit_mb=4096 -max_len="$(max_len "$t")" -print_final_stats=1 \
      -artifact_prefix="$crashes/" "$work" "$saved/$t" >>"$log" 2>&1 || status=$?
    local made; made=$(grep -E '^stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
    done_runs=$((done_runs + ${made:-0}))
    [ "$status" -eq 0 ] && break
    # A hang that is none: every artifact new in this segment a timeout that runs alone in under 1 s.
    local real=0
    for f in $(ls -t "$crashes" | head -n $(( $(ls "$crashes" | wc -l) - before ))); do
      case "$f" in
        timeout-*)
          local quick=1
          for _ in 1 2 3; do "$binary" -timeout=1 "$crashes/$f" >/dev/null 2>&1 || quick=0; done
          if [ "$quick" -eq 1 ]; then
            echo "Zeitüberschreitung von $f nicht reproduzierbar (3 Läufe unter 1 s): Maschine ausgelastet, weiter" >>"$log"
            rm -f "$crashes/$f"
          else real=1; fi ;;
        *) real=1 ;;
      esac
    done
    [ "$real" -eq 1 ] && break
    [ -n "$seconds" ] && break
    [ "$done_runs" -ge "$want" ] && break
  done
  echo "$done_runs $status" > "$log.result"
}

fuzz_one() {
  local t="$1" work=".work/$1" crashes=".work/crashes/$1" log=".work/$1.log"
  mkdir -p "$work" "$crashes" "$saved/$t"
  export PLANWERK_FUZZ_TARGET="$t" PLANWERK_PROJECT="$project" LSAN_OPTIONS="suppressions=$PWD/lsan.supp"
  export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
  local w started; started=$(date +%s)
  for w in $(seq 1 "$workers"); do fuzz_worker "$t" "$w" $(( (runs + workers - 1) / workers )) & done
  wait
  cat ".work/$t".*.log > "$log"
  local execs=0 status=0 rates=""
  for w in $(seq 1 "$workers"); do
    read -r n s < ".work/$t.$w.log.result"
    execs=$((execs + n)); [ "$s" -ne 0 ] && status="$s"
  done
  # The saved corpus becomes the smallest set of saved and new inputs that keeps all coverage.
  local minimal=".work/minimal-$t"
  rm -rf "$minimal"; mkdir -p "$minimal"
  if "$binary" -merge=1 -max_len="$(max_len "$t")" "$minimal" "$saved/$t" "$work" >>"$log" 2>&1 && [ -n "$(ls -A "$minimal")" ]; then
    rm -rf "${saved:?}/$t"; mv "$minimal" "$saved/$t"
  fi
  local found; found=$(find "$crashes" -type f | wc -l)
  if [ "$found" -gt 0 ]; then mkdir -p "$saved/crashers/$t"; cp "$crashes"/* "$saved/crashers/$t/"; fi
  local rate; rate=$(( execs / ( $(date +%s) - started + 1 ) ))
  local stalls; stalls=$(grep -c "nicht reproduzierbar" "$log" || true)
  echo "$t: $execs Ausführungen, $rate/s, $found Funde (Abbruch, Leck oder >1 s), $stalls Stockungen der Maschine übergangen, Status $status, Protokoll Fuzz/$log"
}

mkdir -p .work
summary="$(mktemp .work/summary-XXXXXX)"
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do sleep 1; done
  rm -rf ".work/crashes/$t"
  fuzz_one "$t" >> "$summary" &
done
wait
cat "$summary"
! grep -qv " 0 Funde" "$summary"
