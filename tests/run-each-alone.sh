#!/usr/bin/env bash
# Shows that the tests do not lean on each other: each test class of a test project runs in a
# process of its own (nothing warmed up by other tests, its own Azurite), one after the other,
# and the classes that failed are listed. With --repeat N it runs the whole solution's tests N
# times in a row instead, and says which runs failed.
#
#   tests/run-each-alone.sh                       every class of the integration tests, alone
#   tests/run-each-alone.sh --class SpotApiPush   only the classes whose name contains that text
#   tests/run-each-alone.sh --project tests/AmtzaHaderech.Integrations.Tests
#   tests/run-each-alone.sh --repeat 5            the whole suite five times in a row
#
# It builds once (Release) unless --no-build is given. Logs and a summary go to --out
# (default artifacts/run-each-alone/). Exit code: 0 when everything passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

project=tests/AmtzaHaderech.Integrations.IntegrationTests
out=artifacts/run-each-alone
only=""
repeat=0
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --project) project="$2"; shift 2 ;;
    --class) only="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-each-alone.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

mkdir -p "$out"
summary="$out/summary.txt"
: > "$summary"
say() { echo "$*" | tee -a "$summary"; }

if [ "$build" -eq 1 ]; then
  target="$project"
  [ "$repeat" -gt 0 ] && target=AmtzaHaderech.Integrations.sln
  dotnet build "$target" -c Release -nologo -v quiet || exit 1
fi

if [ "$repeat" -gt 0 ]; then
  failed=0
  for run in $(seq 1 "$repeat"); do
    log="$out/suite-run-$run.log"
    start=$(date +%s)
    dotnet test AmtzaHaderech.Integrations.sln -c Release --no-build -nologo > "$log" 2>&1
    code=$?
    totals=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/^(Passed|Failed)! +- +//; s/, Duration.* - / in /; s/ \(net[0-9.]+\)//' | paste -sd ';' -)
    if [ "$code" -eq 0 ]; then say "run $run: passed in $(( $(date +%s) - start )) s ($totals)"
    else
      failed=$((failed + 1))
      say "run $run: FAILED in $(( $(date +%s) - start )) s ($totals); log: $log"
      grep -E '^\s+Failed [A-Za-z]' "$log" | sed 's/^ */    /' | tee -a "$summary"
    fi
  done
  say "$((repeat - failed)) of $repeat runs passed"
  [ "$failed" -eq 0 ]
  exit
fi

# The classes, from the test runner's own list (theory arguments and the method name removed).
classes=$(dotnet test "$project" -c Release --no-build --list-tests 2>/dev/null \
  | grep -E '^    [A-Za-z_]' | sed -E 's/^ +//; s/\(.*$//; s/\.[^.]+$//' | sort -u | grep -F -- "$only")
if [ -z "$classes" ]; then
  echo "run-each-alone.sh: no test class in $project matches '$only'" >&2
  exit 1
fi

count=$(echo "$classes" | wc -l)
say "$count test classes of $project, each in a process of its own ($(date -u +%FT%TZ))"
failures=()
n=0
for class in $classes; do
  n=$((n + 1))
  log="$out/${class##*.}.log"
  start=$(date +%s)
  # The trailing dot keeps a class from matching another whose name it begins.
  dotnet test "$project" -c Release --no-build -nologo --filter "FullyQualifiedName~$class." > "$log" 2>&1
  code=$?
  totals=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/^(Passed|Failed)! +- +//; s/, Duration.*//')
  if [ "$code" -eq 0 ]; then
    say "[$n/$count] pass  ${class##*.} ($totals; $(( $(date +%s) - start )) s)"
  else
    failures+=("$class")
    say "[$n/$count] FAIL  ${class##*.} (${totals:-no result}; $(( $(date +%s) - start )) s; log: $log)"
    grep -E '^\s+Failed [A-Za-z]' "$log" | sed 's/^ */    /' | tee -a "$summary"
  fi
done

if [ ${#failures[@]} -eq 0 ]; then
  say "every one of the $count classes passed alone"
  exit 0
fi
say "${#failures[@]} of $count classes failed alone: ${failures[*]##*.}"
exit 1
