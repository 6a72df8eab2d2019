#!/usr/bin/env bash
# bench/run.sh — time the benchmark programs on gale and the anchor systems.
#
#   bench/run.sh [-n RUNS] [-s SIZE] [-d DIR] [-m text|markdown] [-P N] [-t SECS] [NAME...]
#
#   -n RUNS   measured runs per system (default 5)
#   -s SIZE   size argument passed to every program (default: none, i.e. each
#             program's built-in default size)
#   -d DIR    benchmark folder with go/, lua/, python/ (default: this folder;
#             a relative DIR is tried against the cwd, then the repo root)
#   -m FMT    text (default) or markdown (for docs/performance.md)
#   -P N      set GOMAXPROCS=N (only gale and go look at it); default: as in
#             the environment
#   -t SECS   kill a run after SECS seconds (default 600; 0 = no limit)
#   NAME...   programs to run (default: every DIR/go/*.go except hello)
#
# Per program: `go build` DIR/go/NAME.go into bench/bin/ once; one unmeasured
# warm-up run of every system except python3 (the Go binary's output becomes
# the reference); then RUNS rounds, each running every system once, so machine
# noise hits all systems alike. Every output is compared with the reference.
# Row: median wall seconds per system (whole process, start-up included),
# gale/lua5.4 and gale/go ratios of the medians, peak RSS (MiB, max over the
# runs, GNU time %M) per system. Cells other than numbers:
#   —         no version of the program for that system
#   missing   the system's binary is not there (e.g. no build/gale yet)
#   MISMATCH  output differs from the Go binary's (first differing line below)
#   exit N    the program failed (first stderr line below); timeout: killed
#
# Environment: GALE (default <repo>/build/gale; runs `gale run go/NAME.go`
# from DIR), GO, LUA (lua5.4), LUAJIT (luajit), PYTHON (/usr/bin/python3 if
# present: a pyenv shim on PATH adds ~0.1 s per start), TIME (/usr/bin/time).
# Exit status: 1 if any run failed or mismatched, else 0.
set -euo pipefail
export LC_NUMERIC=C   # "." decimal point in printf, awk and $EPOCHREALTIME

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit "$1"; }

RUNS=5 SIZE='' DIR=$HERE FMT=text PROCS='' TLIMIT=600
while getopts n:s:d:m:P:t:h opt; do
  case $opt in
    n) RUNS=$OPTARG ;;
    s) SIZE=$OPTARG ;;
    d) DIR=$OPTARG ;;
    m) FMT=$OPTARG ;;
    P) PROCS=$OPTARG ;;
    t) TLIMIT=$OPTARG ;;
    h) usage 0 ;;
    *) usage 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: -n wants a positive integer" >&2; exit 2; }
[[ $TLIMIT =~ ^[0-9]+$ ]] || { echo "run.sh: -t wants seconds" >&2; exit 2; }
case $FMT in text | markdown) ;; md) FMT=markdown ;; *) usage 2 ;; esac
if [[ -d $DIR ]]; then DIR=$(cd "$DIR" && pwd)
elif [[ $DIR != /* && -d $ROOT/$DIR ]]; then DIR=$(cd "$ROOT/$DIR" && pwd)
else echo "run.sh: no folder $DIR" >&2; exit 2; fi
[[ -d $DIR/go ]] || { echo "run.sh: $DIR has no go/ folder" >&2; exit 2; }
if [[ -n $PROCS ]]; then export GOMAXPROCS=$PROCS; fi

GALE=${GALE:-$ROOT/build/gale}
if [[ $GALE != */* ]]; then GALE=$(command -v "$GALE" || echo "$GALE")
elif [[ $GALE != /* ]]; then GALE=$PWD/$GALE; fi   # we run from DIR
GO=${GO:-$(command -v go || echo /usr/lib/go-1.23/bin/go)}
LUA=${LUA:-lua5.4}
LUAJIT=${LUAJIT:-luajit}
if [[ -z ${PYTHON:-} ]]; then
  if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi
TIME=${TIME:-/usr/bin/time}
[[ -x $TIME ]] || { echo "run.sh: GNU time not found at $TIME (apt-get install time)" >&2; exit 2; }
TIMEOUT=()
if ((TLIMIT > 0)) && command -v timeout >/dev/null; then TIMEOUT=(timeout -k 5 "$TLIMIT"); fi

if [[ $DIR == "$HERE" ]]; then BIN=$HERE/bin
else BIN=$HERE/bin/ext-$(printf '%s' "$DIR" | cksum | cut -d' ' -f1); fi
mkdir -p "$BIN"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

SYSTEMS=(gale lua5.4 luajit-joff luajit python3 go)
declare -A LABEL=([gale]=gale [lua5.4]=lua5.4 [luajit-joff]="luajit -joff" [luajit]=luajit [python3]=python3 [go]=go)
declare -A SHORT=([gale]=gale [lua5.4]=lua5.4 [luajit-joff]=lj-joff [luajit]=luajit [python3]=python3 [go]=go)
declare -A TOOL=([gale]=$GALE [lua5.4]=$LUA [luajit-joff]=$LUAJIT [luajit]=$LUAJIT [python3]=$PYTHON [go]=$GO)
declare -A HAVE=()
for s in "${SYSTEMS[@]}"; do
  if [[ $s == gale ]]; then [[ -x $GALE ]] && HAVE[$s]=1
  else command -v "${TOOL[$s]}" >/dev/null && HAVE[$s]=1; fi
done

if (($# > 0)); then PROGS=("${@%.go}")
else
  PROGS=()
  for f in "$DIR"/go/*.go; do
    p=$(basename "$f" .go)
    [[ $p == hello ]] || PROGS+=("$p")
  done
fi

# set_cmd SYS PROG: CMD = the command line (relative to DIR), empty if SYS has no version
set_cmd() {
  CMD=()
  case $1 in
    gale) [[ -f go/$2.go ]] && CMD=("$GALE" run "go/$2.go") ;;
    lua5.4) [[ -f lua/$2.lua ]] && CMD=("$LUA" "lua/$2.lua") ;;
    luajit-joff) [[ -f lua/$2.lua ]] && CMD=("$LUAJIT" -joff "lua/$2.lua") ;;
    luajit) [[ -f lua/$2.lua ]] && CMD=("$LUAJIT" "lua/$2.lua") ;;
    python3) [[ -f python/$2.py ]] && CMD=("$PYTHON" "python/$2.py") ;;
    go) CMD=("$BIN/$2") ;;
  esac
  if ((${#CMD[@]} > 0)) && [[ -n $SIZE ]]; then CMD+=("$SIZE"); fi
  return 0
}

# measure CMD...: run once; sets US (wall microseconds), KB (peak RSS KiB), RC
measure() {
  local t0 t1
  t0=$EPOCHREALTIME
  if "${TIMEOUT[@]}" "$TIME" -f %M -o "$TMP/rss" "$@" <"/dev/null" >"$TMP/out" 2>"$TMP/err"; then RC=0; else RC=$?; fi
  t1=$EPOCHREALTIME
  US=$((10#${t1/./} - 10#${t0/./}))
  KB=$(tail -n 1 "$TMP/rss" 2>/dev/null || true)
  [[ $KB =~ ^[0-9]+$ ]] || KB=0
}

# first_diff WANT GOT: describe the first line where two files differ
first_diff() {
  local -a a b
  local i n
  mapfile -t a <"$1"
  mapfile -t b <"$2"
  n=$((${#a[@]} > ${#b[@]} ? ${#a[@]} : ${#b[@]}))
  for ((i = 0; i < n; i++)); do
    if [[ ${a[i]-<no line>} != "${b[i]-<no line>}" ]]; then
      printf 'line %d: got "%.120s", want "%.120s"' $((i + 1)) "${b[i]-<no line>}" "${a[i]-<no line>}"
      return
    fi
  done
  printf 'outputs differ in the final newline or NUL bytes'
}

NOTES=() FAILED=0
declare -A ST=() TS=() MX=()

# run_one SYS PROG MEASURED(0|1): one run of SYS, with output check and bookkeeping
run_one() {
  local s=$1 p=$2
  set_cmd "$s" "$p"
  measure "${CMD[@]}"
  if ((RC != 0)); then
    if ((RC == 124)); then ST[$s]=timeout; else ST[$s]="exit $RC"; fi
    local why
    why=$(head -c 300 "$TMP/err" | head -n 1)
    NOTES+=("$p/${LABEL[$s]}: ${ST[$s]}${why:+: $why}")
    FAILED=1
    return
  fi
  if [[ ! -f $TMP/ref ]]; then
    cp "$TMP/out" "$TMP/ref"
    [[ $s == go ]] || NOTES+=("$p: no Go binary output; outputs compared with ${LABEL[$s]}'s")
  elif ! cmp -s "$TMP/ref" "$TMP/out"; then
    ST[$s]=MISMATCH
    NOTES+=("$p/${LABEL[$s]}: MISMATCH: $(first_diff "$TMP/ref" "$TMP/out")")
    FAILED=1
    return
  fi
  if (($3)); then
    TS[$s]+=" $US"
    ((KB > ${MX[$s]:-0})) && MX[$s]=$KB
  fi
  return 0
}

median_s() { # microsecond values -> median in seconds
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 }
    END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m / 1e6 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "—" }'; }

version_of() {
  local v
  case $1 in
    gale)
      [[ -n ${HAVE[gale]:-} ]] || { echo missing; return; }
      v=$(timeout 5 "$GALE" version 2>/dev/null | head -n 1 || true)
      [[ -n $v ]] || v=$(timeout 5 "$GALE" --version 2>/dev/null | head -n 1 || true)
      echo "${v:-gale (no version)}$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null | sed 's/^/ @ /' || true)" ;;
    go) "$GO" version 2>/dev/null | sed 's/^go version //' ;;
    lua5.4) "$LUA" -v 2>&1 | awk '{ print $1, $2 }' ;;
    luajit) "$LUAJIT" -v 2>&1 | awk '{ print $1, $2 }' ;;
    python3) "$PYTHON" --version 2>&1 ;;
  esac
}

header() {
  local cpu date vs="" s
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
  date=$(date '+%Y-%m-%d %H:%M %Z')
  for s in gale go lua5.4 luajit python3; do
    if [[ $s == gale || -n ${HAVE[$s]:-} ]]; then vs+="${vs:+; }$s: $(version_of "$s")"
    else vs+="${vs:+; }$s: missing"; fi
  done
  local what="median of $RUNS runs after 1 warm-up (none for python3), whole-process wall time"
  what+=", size ${SIZE:-default}${PROCS:+, GOMAXPROCS=$PROCS}; folder ${DIR#"$ROOT"/}"
  if [[ $FMT == markdown ]]; then
    printf 'Measured %s on %s CPUs (%s); %s.\n\nVersions: %s.\n\n' "$date" "$(nproc)" "${cpu:-unknown CPU}" "$what" "$vs"
    local h="| program |" sep="| --- |"
    for s in "${SYSTEMS[@]}"; do h+=" ${LABEL[$s]} s |"; sep+=" ---: |"; done
    h+=" gale/lua5.4 | gale/go |"; sep+=" ---: | ---: |"
    for s in "${SYSTEMS[@]}"; do h+=" ${LABEL[$s]} MiB |"; sep+=" ---: |"; done
    printf '%s\n%s\n' "$h" "$sep"
  else
    printf '# %s, %s CPUs, %s\n# %s\n# %s\n' "$date" "$(nproc)" "${cpu:-unknown CPU}" "$what" "$vs"
    printf '%-10s %-77s %s\n' "" "median wall seconds" "peak RSS MiB"
    printf '%-10s' program
    for s in "${SYSTEMS[@]}"; do printf ' %9s' "${SHORT[$s]}"; done
    printf ' %8s %8s' gale/lua gale/go
    for s in "${SYSTEMS[@]}"; do printf ' %7s' "${SHORT[$s]}"; done
    printf '\n'
  fi
}

# cell WIDTH TEXT: right-aligned cell; "—" is 3 bytes but one column wide
cell() {
  local w=$1
  [[ $2 == *—* ]] && w=$((w + 2))
  printf ' %*s' "$w" "$2"
}

row() {
  local p=$1 s g=${ST[gale]} t=() r=()
  for s in "${SYSTEMS[@]}"; do
    if [[ ${ST[$s]} == ok ]]; then
      # shellcheck disable=SC2086  # TS holds space-separated numbers
      t+=("$(median_s ${TS[$s]})")
      r+=("$(awk -v k="${MX[$s]}" 'BEGIN { printf "%.1f", k / 1024 }')")
    else
      t+=("${ST[$s]}")
      r+=("—")
    fi
  done
  local gl=— gg=—
  [[ $g == ok && ${ST[lua5.4]} == ok ]] && gl=$(ratio "${t[0]}" "${t[1]}")
  [[ $g == ok && ${ST[go]} == ok ]] && gg=$(ratio "${t[0]}" "${t[5]}")
  if [[ $FMT == markdown ]]; then
    printf '| %s |' "$p"
    printf ' %s |' "${t[@]}" "$gl" "$gg" "${r[@]}"
    printf '\n'
  else
    printf '%-10s' "$p"
    for s in "${t[@]}"; do cell 9 "$s"; done
    cell 8 "$gl"
    cell 8 "$gg"
    for s in "${r[@]}"; do cell 7 "$s"; done
    printf '\n'
  fi
}

header
cd "$DIR"
for p in "${PROGS[@]}"; do
  ST=() TS=() MX=()
  rm -f "$TMP/ref"
  [[ -f go/$p.go ]] || { NOTES+=("$p: no go/$p.go in $DIR"); FAILED=1; continue; }
  for s in "${SYSTEMS[@]}"; do
    set_cmd "$s" "$p"
    if ((${#CMD[@]} == 0)); then ST[$s]=—
    elif [[ -z ${HAVE[$s]:-} ]]; then ST[$s]=missing
    else ST[$s]=ok; fi
  done
  if [[ ${ST[go]} == ok ]] && ! GOTOOLCHAIN=local "$GO" build -o "$BIN/$p" "go/$p.go" 2>"$TMP/build"; then
    ST[go]="build failed"
    NOTES+=("$p/go: go build failed: $(head -n 1 "$TMP/build")")
    FAILED=1
  fi
  for s in go gale lua5.4 luajit-joff luajit python3; do   # warm-up; go first: reference
    [[ ${ST[$s]} == ok && $s != python3 ]] && run_one "$s" "$p" 0
  done
  for ((i = 1; i <= RUNS; i++)); do
    for s in "${SYSTEMS[@]}"; do
      [[ ${ST[$s]} == ok ]] && run_one "$s" "$p" 1
    done
  done
  row "$p"
done

if ((${#NOTES[@]} > 0)); then
  printf '\n'
  for n in "${NOTES[@]}"; do
    if [[ $FMT == markdown ]]; then printf -- '- %s\n' "$n"; else printf '! %s\n' "$n"; fi
  done
fi
exit "$FAILED"
