#!/usr/bin/env bash
# golden.sh - run the golden test corpus against a Gale binary.
#
#   tests/tools/golden.sh GALE [DIR...]
#
# For every tests/golden/**/NAME.go (oracle/ directories skipped), or only
# those under the given DIRs (paths or area names such as "fmt"), runs
#     cd <test dir> && GALE run NAME.go $(cat NAME.args) < NAME.in
# (or, when NAME.feed exists, with stdin a pipe from `bash NAME.feed`: input that arrives
# while the program runs)
# with a 10 s timeout and compares
#     stdout                  with NAME.out
#     normalize.sh(stderr)    with NAME.err   (empty when absent)
#     exit status             with NAME.code  (0 when absent)
#     stdout+stderr (2>&1)    with NAME.outerr, when present (second run)
#
# Environment:
#   GOLDEN_FILTER=substr      run only tests whose path contains substr
#   GALE_EXPECT_FAIL_FILE=F   F lists test paths relative to tests/golden
#                             (e.g. "fmt/verbs.go"; "#" comments allowed)
#                             that are known to fail: reported as "xfail",
#                             or "xpass" when they pass; neither fails the run
#   JOBS=N                    parallel jobs (default: nproc)
#   TIMEOUT=S                 per-test timeout in seconds (default 10)
#   VERBOSE=1                 also list passing tests
# Exit status: 0 when no unexpected failure, 1 otherwise, 2 on usage error.
set -u
export LC_ALL=C

TOOLS=$(cd "$(dirname "$0")" && pwd)
TESTS=$(dirname "$TOOLS")
ROOT=$TESTS/golden
TIMEOUT=${TIMEOUT:-10}

abspath_cmd() { # make a GALE given as a relative path usable after cd
	case "$1" in
	*/*) if [ -e "$1" ]; then echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; else echo "$1"; fi;;
	*) echo "$1";;
	esac
}

run_one() { # $1 = test path relative to ROOT; writes $RES/<id>.{status,log}
	local rel=$1 dir name id tmp code exp_code log st
	dir=$ROOT/$(dirname "$rel"); name=$(basename "$rel" .go)
	id=$(printf '%s' "$rel" | tr '/' '@')
	tmp=$(mktemp -d) || exit 1
	log=$tmp/log; : >"$log"
	local -a args=()
	[ -f "$dir/$name.args" ] && mapfile -t args <"$dir/$name.args"
	local in=/dev/null
	[ -f "$dir/$name.in" ] && in=$dir/$name.in
	if [ -f "$dir/$name.feed" ]; then
		# stdin is a pipe fed by that command, while the program runs
		(cd "$dir" && bash "$name.feed") | (cd "$dir" && exec timeout -k 2 "$TIMEOUT" $GALE run \
			"$name.go" ${args[@]+"${args[@]}"} >"$tmp/out" 2>"$tmp/err"); code=${PIPESTATUS[1]}
	else
		(cd "$dir" && exec timeout -k 2 "$TIMEOUT" $GALE run "$name.go" ${args[@]+"${args[@]}"} \
			<"$in" >"$tmp/out" 2>"$tmp/err"); code=$?
	fi
	local ok=1
	if [ "$code" = 124 ] || [ "$code" = 137 ]; then
		echo "  timed out after ${TIMEOUT}s (exit status $code)" >>"$log"; ok=0
	fi
	if ! diff -u --label "expected stdout ($name.out)" --label "actual stdout" \
		"$dir/$name.out" "$tmp/out" >>"$log" 2>&1; then ok=0; fi
	"$TOOLS/normalize.sh" <"$tmp/err" >"$tmp/nerr"
	local experr=/dev/null
	[ -f "$dir/$name.err" ] && experr=$dir/$name.err
	if ! diff -u --label "expected stderr ($name.err)" --label "actual stderr (normalised)" \
		"$experr" "$tmp/nerr" >>"$log" 2>&1; then ok=0; fi
	exp_code=0
	[ -f "$dir/$name.code" ] && exp_code=$(tr -d ' \n\r' <"$dir/$name.code")
	if [ "$code" != "$exp_code" ]; then
		echo "  exit status: expected $exp_code, got $code" >>"$log"; ok=0
	fi
	if [ -f "$dir/$name.outerr" ]; then
		(cd "$dir" && exec timeout -k 2 "$TIMEOUT" $GALE run "$name.go" ${args[@]+"${args[@]}"} \
			<"$in" >"$tmp/outerr" 2>&1)
		"$TOOLS/normalize.sh" <"$tmp/outerr" >"$tmp/nouterr"
		if ! diff -u --label "expected stdout+stderr ($name.outerr)" --label "actual stdout+stderr" \
			"$dir/$name.outerr" "$tmp/nouterr" >>"$log" 2>&1; then ok=0; fi
	fi
	local xf=0
	if [ -n "${XFAIL_LIST:-}" ] && grep -qxF -- "$rel" "$XFAIL_LIST"; then xf=1; fi
	if [ $ok = 1 ]; then st=pass; [ $xf = 1 ] && st=xpass
	else st=fail; [ $xf = 1 ] && st=xfail; fi
	echo "$st" >"$RES/$id.status"
	cp "$log" "$RES/$id.log"
	rm -rf "$tmp"
}

if [ "${1:-}" = --one ]; then run_one "$2"; exit 0; fi

if [ $# -lt 1 ]; then
	echo "usage: $0 GALE [DIR...]" >&2; exit 2
fi
GALE=$(abspath_cmd "$1"); shift
export GALE TIMEOUT

dirs=()
for d in "$@"; do
	if [ -d "$d" ]; then dirs+=("$(cd "$d" && pwd)")
	elif [ -d "$ROOT/$d" ]; then dirs+=("$ROOT/$d")
	else echo "golden: no such directory: $d" >&2; exit 2; fi
done
[ ${#dirs[@]} = 0 ] && dirs=("$ROOT")

RES=$(mktemp -d); export RES
trap 'rm -rf "$RES"' EXIT
XFAIL_LIST=""
if [ -n "${GALE_EXPECT_FAIL_FILE:-}" ]; then
	if [ ! -f "$GALE_EXPECT_FAIL_FILE" ]; then
		echo "golden: GALE_EXPECT_FAIL_FILE not found: $GALE_EXPECT_FAIL_FILE" >&2; exit 2
	fi
	XFAIL_LIST=$RES/xfail.list
	sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e 's#^\./##' \
		-e 's#^tests/golden/##' -e '/^$/d' -e '/\.go$/!s/$/.go/' "$GALE_EXPECT_FAIL_FILE" >"$XFAIL_LIST"
fi
export XFAIL_LIST

list=$(find "${dirs[@]}" -name oracle -prune -o -type f -name '*.go' -print | sed "s#^$ROOT/##" | sort -u)
[ -n "${GOLDEN_FILTER:-}" ] && list=$(printf '%s\n' "$list" | grep -F -- "$GOLDEN_FILTER")
if [ -z "$list" ]; then echo "golden: 0 passed, 0 failed"; exit 0; fi

JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
printf '%s\n' "$list" | tr '\n' '\0' | xargs -0 -r -n 1 -P "$JOBS" bash "$0" --one

pass=0 fail=0 xfail=0 xpass=0
while IFS= read -r rel; do
	id=$(printf '%s' "$rel" | tr '/' '@')
	st=$(cat "$RES/$id.status" 2>/dev/null || echo fail)
	case $st in
	pass) pass=$((pass+1)); [ "${VERBOSE:-}" = 1 ] && echo "ok    $rel";;
	xpass) xpass=$((xpass+1)); echo "XPASS $rel (listed as expected to fail, but passed)";;
	xfail) xfail=$((xfail+1)); echo "xfail $rel"; [ "${VERBOSE:-}" = 1 ] && sed 's/^/    /' "$RES/$id.log";;
	*) fail=$((fail+1)); echo "FAIL  $rel"; sed 's/^/    /' "$RES/$id.log" 2>/dev/null;;
	esac
done <<<"$list"

summary="golden: $pass passed, $fail failed"
[ -n "$XFAIL_LIST" ] && summary="$summary, $xfail xfail, $xpass xpass"
echo "$summary"
[ $fail = 0 ]
