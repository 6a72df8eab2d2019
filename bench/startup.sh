#!/usr/bin/env bash
# bench/startup.sh [-n RUNS] [-a] [FILE.go] — start-up time of `gale run FILE.go`.
#
# Runs `gale run go/hello.go` (default FILE; relative to bench/) RUNS times
# (default 50, after 3 warm-ups) with hyperfine if installed, else with a
# shell loop, and prints the median wall time in milliseconds. With -a the
# anchors are measured the same way for comparison: the built Go binary and,
# when FILE is a bench program with such versions, lua5.4, luajit, python3.
# GALE, GO, LUA, LUAJIT, PYTHON as for run.sh. A missing gale is reported as
# "missing" (exit status 0).
set -euo pipefail
export LC_NUMERIC=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=50 ALL=0
while getopts n:ah opt; do
  case $opt in
    n) RUNS=$OPTARG ;;
    a) ALL=1 ;;
    *) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: -n wants a positive integer" >&2; exit 2; }
FILE=${1:-go/hello.go}
[[ -f $FILE || -f $HERE/$FILE ]] || { echo "startup.sh: no $FILE" >&2; exit 2; }
[[ -f $FILE && $FILE != /* ]] && FILE=$PWD/$FILE
GALE=${GALE:-$ROOT/build/gale}
if [[ $GALE != */* ]]; then GALE=$(command -v "$GALE" || echo "$GALE")
elif [[ $GALE != /* ]]; then GALE=$PWD/$GALE; fi
GO=${GO:-$(command -v go || echo /usr/lib/go-1.23/bin/go)}
PYTHON=${PYTHON:-$([[ -x /usr/bin/python3 ]] && echo /usr/bin/python3 || echo python3)}
cd "$HERE"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# median_ms CMD...: print the median wall time of RUNS runs in milliseconds
median_ms() {
  if command -v hyperfine >/dev/null; then
    local q
    printf -v q '%q ' "$@"
    hyperfine -N --style none --warmup 3 --runs "$RUNS" --export-json "$TMP/h.json" -- "$q" >/dev/null 2>"$TMP/hf" ||
      { cat "$TMP/hf" >&2; return 1; }
    grep -o '"median": *[0-9.eE+-]*' "$TMP/h.json" | head -n 1 |
      awk '{ printf "%.2f", $2 * 1000 }'
  else
    local i t0 t1
    for ((i = 0; i < 3; i++)); do "$@" >/dev/null; done
    for ((i = 0; i < RUNS; i++)); do
      t0=$EPOCHREALTIME
      "$@" >/dev/null
      t1=$EPOCHREALTIME
      echo $((10#${t1/./} - 10#${t0/./}))
    done | sort -n | awk '{ a[NR] = $1 }
      END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f", m / 1000 }'
  fi
}

HOW=", shell loop"
command -v hyperfine >/dev/null && HOW=", hyperfine"
report() { # LABEL CMD...
  local label=$1; shift
  printf '%-28s %8s ms  (median of %d runs%s)\n' "$label" "$(median_ms "$@")" "$RUNS" "$HOW"
}

name=$(basename "$FILE" .go)
if [[ -x $GALE ]]; then
  if "$GALE" run "$FILE" >/dev/null 2>"$TMP/err"; then report "gale run $name.go" "$GALE" run "$FILE"
  else printf '%-28s %8s     (%s)\n' "gale run $name.go" failed "$(head -n 1 "$TMP/err")"; fi
else
  printf '%-28s %8s\n' "gale run $name.go" missing
fi
if ((ALL)); then
  mkdir -p bin
  GOTOOLCHAIN=local "$GO" build -o "bin/startup-$name" "$FILE"
  report "go (built binary)" "bin/startup-$name"
  if [[ -f lua/$name.lua ]]; then
    report "lua5.4" "${LUA:-lua5.4}" "lua/$name.lua"
    report "luajit" "${LUAJIT:-luajit}" "lua/$name.lua"
  fi
  [[ -f python/$name.py ]] && report "python3" "$PYTHON" "python/$name.py"
fi
exit 0
