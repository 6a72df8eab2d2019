#!/usr/bin/env bash
# errors.sh - run the compile-error corpus against a Gale binary.
#
#   tests/tools/errors.sh GALE
#
# For every tests/errors/NAME.go runs
#     cd tests/errors && GALE check NAME.go
# with a 10 s timeout and compares stderr with NAME.err and the exit status
# with 1.  (NAME.err files come from `go build`, see regen.sh; tests with a
# NAME.gale-only marker have hand-written expectations.)
#
# Environment:
#   GOLDEN_FILTER=substr      run only tests whose name contains substr
#   GALE_EXPECT_FAIL_FILE=F   F lists test names relative to tests/errors
#                             (e.g. "unused_var.go") known to fail: reported
#                             as "xfail", or "xpass" when they pass
#   JOBS, TIMEOUT, VERBOSE    as for golden.sh
set -u
export LC_ALL=C

TOOLS=$(cd "$(dirname "$0")" && pwd)
TESTS=$(dirname "$TOOLS")
ROOT=$TESTS/errors
TIMEOUT=${TIMEOUT:-10}

run_one() {
	local rel=$1 name tmp code log st ok=1
	name=$(basename "$rel" .go)
	tmp=$(mktemp -d) || exit 1
	log=$tmp/log; : >"$log"
	(cd "$ROOT" && exec timeout -k 2 "$TIMEOUT" $GALE check "$name.go" </dev/null >"$tmp/out" 2>"$tmp/err"); code=$?
	if [ "$code" = 124 ] || [ "$code" = 137 ]; then
		echo "  timed out after ${TIMEOUT}s" >>"$log"; ok=0
	fi
	if ! diff -u --label "expected stderr ($name.err)" --label "actual stderr" \
		"$ROOT/$name.err" "$tmp/err" >>"$log" 2>&1; then ok=0; fi
	if [ "$code" != 1 ]; then echo "  exit status: expected 1, got $code" >>"$log"; ok=0; fi
	local xf=0
	if [ -n "${XFAIL_LIST:-}" ] && grep -qxF -- "$rel" "$XFAIL_LIST"; then xf=1; fi
	if [ $ok = 1 ]; then st=pass; [ $xf = 1 ] && st=xpass
	else st=fail; [ $xf = 1 ] && st=xfail; fi
	echo "$st" >"$RES/$name.status"
	cp "$log" "$RES/$name.log"
	rm -rf "$tmp"
}

if [ "${1:-}" = --one ]; then run_one "$2"; exit 0; fi
if [ $# -ne 1 ]; then echo "usage: $0 GALE" >&2; exit 2; fi
GALE=$1
case "$GALE" in */*) [ -e "$GALE" ] && GALE="$(cd "$(dirname "$GALE")" && pwd)/$(basename "$GALE")";; esac
export GALE TIMEOUT

RES=$(mktemp -d); export RES
trap 'rm -rf "$RES"' EXIT
XFAIL_LIST=""
if [ -n "${GALE_EXPECT_FAIL_FILE:-}" ]; then
	if [ ! -f "$GALE_EXPECT_FAIL_FILE" ]; then
		echo "errors: GALE_EXPECT_FAIL_FILE not found: $GALE_EXPECT_FAIL_FILE" >&2; exit 2
	fi
	XFAIL_LIST=$RES/xfail.list
	sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' -e 's#^\./##' \
		-e 's#^tests/errors/##' -e '/^$/d' -e '/\.go$/!s/$/.go/' "$GALE_EXPECT_FAIL_FILE" >"$XFAIL_LIST"
fi
export XFAIL_LIST

list=$(cd "$ROOT" && ls *.go 2>/dev/null | sort)
[ -n "${GOLDEN_FILTER:-}" ] && list=$(printf '%s\n' "$list" | grep -F -- "$GOLDEN_FILTER")
if [ -z "$list" ]; then echo "errors: 0 passed, 0 failed"; exit 0; fi

JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
printf '%s\n' "$list" | tr '\n' '\0' | xargs -0 -r -n 1 -P "$JOBS" bash "$0" --one

pass=0 fail=0 xfail=0 xpass=0
while IFS= read -r rel; do
	name=$(basename "$rel" .go)
	st=$(cat "$RES/$name.status" 2>/dev/null || echo fail)
	case $st in
	pass) pass=$((pass+1)); [ "${VERBOSE:-}" = 1 ] && echo "ok    $rel";;
	xpass) xpass=$((xpass+1)); echo "XPASS $rel (listed as expected to fail, but passed)";;
	xfail) xfail=$((xfail+1)); echo "xfail $rel"; [ "${VERBOSE:-}" = 1 ] && sed 's/^/    /' "$RES/$name.log";;
	*) fail=$((fail+1)); echo "FAIL  $rel"; sed 's/^/    /' "$RES/$name.log" 2>/dev/null;;
	esac
done <<<"$list"

summary="errors: $pass passed, $fail failed"
[ -n "$XFAIL_LIST" ] && summary="$summary, $xfail xfail, $xpass xpass"
echo "$summary"
[ $fail = 0 ]
