#!/usr/bin/env bash
# Coverage-guided fuzzing of Planwerk (libFuzzer with AddressSanitizer and LeakSanitizer), outside the suite.
#
#   Fuzz/fuzz.sh [--runs N | --seconds S] [--parallel P] [TARGET...]
#
# Targets (PlanwerkFuzzing.FuzzTarget): text-path parsers xml-loaders json-config edited-record; default all.
# Each target starts from its saved corpus, Tests/PlanwerkTests/Fixtures/fuzz/<target>/ (which the suite runs
# briefly), fuzzes in a working corpus under Fuzz/.work/ (kept between runs, not committed) for N executions
# (default 1,000,000) or S seconds, with a time limit of 1 s per input (a hang) and 4 GB of memory. Then the
# saved corpus is replaced by the smallest set of old and new inputs with the same coverage (libFuzzer's
# -merge=1); every crash, leak or hang is copied to
# Tests/PlanwerkTests/Fixtures/fuzz/crashers/<target>/, where the suite runs it too. Ends with one line per
# target: executions, executions per second, crashes; exit code 1 when anything was found. Never pause a
# running fuzzer (SIGSTOP): libFuzzer counts the pause into the input's time and reports a false hang.
set -euo pipefail
cd "$(dirname "$0")"
runs=1000000; seconds=""; parallel=2; targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --seconds) seconds="$2"; runs=""; shift 2 ;;
    --parallel) parallel="$2"; shift 2 ;;
    -*) echo "unbekannte Option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(text-path parsers xml-loaders json-config edited-record)
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

fuzz_one() {
  local t="$1" work=".work/$1" crashes=".work/crashes/$1" log=".work/$1.log"
  mkdir -p "$work" "$crashes" "$saved/$t"
  local limit=(-runs="$runs"); [ -n "$seconds" ] && limit=(-max_total_time="$seconds")
  export PLANWERK_FUZZ_TARGET="$t" PLANWERK_PROJECT="$project" LSAN_OPTIONS="suppressions=$PWD/lsan.supp"
  export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
  local status=0
  "$binary" "${limit[@]}" -timeout=1 -rss_limit_mb=4096 -max_len="$(max_len "$t")" -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$work" "$saved/$t" >"$log" 2>&1 || status=$?
  # The saved corpus becomes the smallest set of saved and new inputs that keeps all coverage.
  local minimal=".work/minimal-$t"
  rm -rf "$minimal"; mkdir -p "$minimal"
  if "$binary" -merge=1 -max_len="$(max_len "$t")" "$minimal" "$saved/$t" "$work" >>"$log" 2>&1 && [ -n "$(ls -A "$minimal")" ]; then
    rm -rf "${saved:?}/$t"; mv "$minimal" "$saved/$t"
  fi
  local found; found=$(find "$crashes" -type f | wc -l)
  if [ "$found" -gt 0 ]; then mkdir -p "$saved/crashers/$t"; cp "$crashes"/* "$saved/crashers/$t/"; fi
  local execs rate
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
  rate=$(grep -E '^stat::average_exec_per_sec' "$log" | tail -1 | awk '{print $2}')
  echo "$t: ${execs:-?} Ausführungen, ${rate:-?}/s, $found Funde (Abbruch, Leck oder >1 s), Status $status, Protokoll Fuzz/$log"
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
