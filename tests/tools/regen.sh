#!/usr/bin/env bash
# regen.sh - regenerate every expected-output file from the real Go toolchain.
#
#   tests/tools/regen.sh [golden|errors]... [PATH-SUBSTRING...]
#
# With no arguments everything is regenerated; "golden"/"errors" restrict the
# kind, and any other argument keeps only tests whose path contains it.
#
# Golden tests (tests/golden/AREA/NAME.go, oracle/ directories skipped):
#   each program is built with `go build` into a temporary directory and run
#   from inside its own directory with the arguments from NAME.args (one per
#   line) and stdin from NAME.in (or /dev/null, or a pipe from `bash NAME.feed`).  It writes
#     NAME.out     stdout (always written, may be empty)
#     NAME.err     stderr passed through normalize.sh (only when non-empty)
#     NAME.code    exit status (only when nonzero)
#     NAME.outerr  stdout+stderr through one pipe, normalised
#                  (only for tests in tests/golden/output/)
#   Script-mode tests (tests/golden/script/NAME.go) are not Go; their outputs
#   come from the equivalent Go program tests/golden/script/oracle/NAME.go,
#   which is still run from tests/golden/script/.
#
# Error tests (tests/errors/NAME.go): NAME.err is the stderr of
#   `go build NAME.go` run in tests/errors, minus the leading
#   "# command-line-arguments" line and with the "./" prefix removed.
#   Tests with a NAME.gale-only marker have hand-written .err files and are
#   left alone.
#
# Environment: GO (default: go on PATH, else /usr/lib/go-1.23/bin/go),
#   JOBS (parallelism, default nproc).
# Running it twice produces identical files.
set -u

TOOLS=$(cd "$(dirname "$0")" && pwd)
TESTS=$(dirname "$TOOLS")
if [ -z "${GO:-}" ]; then
	if [ -x /usr/lib/go-1.23/bin/go ]; then GO=/usr/lib/go-1.23/bin/go
	else GO=$(command -v go || echo go); fi
fi
export GO GOTOOLCHAIN=local GOFLAGS= GO111MODULE=on GOWORK=off
export LC_ALL=C

regen_golden() { # $1 = path of NAME.go (absolute)
	local f=$1 dir name src tmp code
	dir=$(dirname "$f"); name=$(basename "$f" .go)
	src=$f
	if [ "$(basename "$dir")" = script ]; then src=$dir/oracle/$name.go; fi
	if [ ! -f "$src" ]; then echo "regen: missing oracle $src" >&2; return 1; fi
	tmp=$(mktemp -d) || return 1
	if ! (cd "$(dirname "$src")" && "$GO" build -o "$tmp/prog" "$(basename "$src")") 2>"$tmp/build"; then
		echo "regen: go build failed for ${f#"$TESTS"/}:" >&2; cat "$tmp/build" >&2
		rm -rf "$tmp"; return 1
	fi
	local -a args=()
	if [ -f "$dir/$name.args" ]; then mapfile -t args <"$dir/$name.args"; fi
	local in=/dev/null
	[ -f "$dir/$name.in" ] && in=$dir/$name.in
	if [ -f "$dir/$name.feed" ]; then
		(cd "$dir" && bash "$name.feed") | (cd "$dir" && exec timeout 10 "$tmp/prog" \
			${args[@]+"${args[@]}"} >"$tmp/out" 2>"$tmp/err"); code=${PIPESTATUS[1]}
	else
		(cd "$dir" && exec timeout 10 "$tmp/prog" ${args[@]+"${args[@]}"} <"$in" >"$tmp/out" 2>"$tmp/err"); code=$?
	fi
	if [ "$code" = 124 ]; then echo "regen: ${f#"$TESTS"/} timed out" >&2; rm -rf "$tmp"; return 1; fi
	rm -f "$dir/$name.out" "$dir/$name.err" "$dir/$name.code" "$dir/$name.outerr"
	cp "$tmp/out" "$dir/$name.out"
	"$TOOLS/normalize.sh" <"$tmp/err" >"$tmp/nerr"
	[ -s "$tmp/nerr" ] && cp "$tmp/nerr" "$dir/$name.err"
	[ "$code" != 0 ] && echo "$code" >"$dir/$name.code"
	case "$dir" in
	*/golden/output)
		(cd "$dir" && exec timeout 10 "$tmp/prog" ${args[@]+"${args[@]}"} <"$in" >"$tmp/outerr" 2>&1)
		"$TOOLS/normalize.sh" <"$tmp/outerr" >"$dir/$name.outerr";;
	esac
	rm -rf "$tmp"
}

regen_error() { # $1 = path of NAME.go (absolute)
	local f=$1 dir name tmp code
	dir=$(dirname "$f"); name=$(basename "$f" .go)
	[ -f "$dir/$name.gale-only" ] && return 0
	tmp=$(mktemp -d) || return 1
	(cd "$dir" && exec "$GO" build -o "$tmp/prog" "$name.go") >"$tmp/o" 2>"$tmp/e"; code=$?
	if [ "$code" = 0 ]; then
		echo "regen: error test $name.go compiled without errors" >&2; rm -rf "$tmp"; return 1
	fi
	sed -e '1{/^# command-line-arguments$/d;}' -e 's#^\./##' -e 's#\([[:space:]]\)\./\([^/[:space:]]*\.go:\)#\1\2#g' "$tmp/e" >"$dir/$name.err"
	rm -rf "$tmp"
}

if [ "${1:-}" = --one ]; then
	case "$2" in
	golden) regen_golden "$3";;
	errors) regen_error "$3";;
	esac
	exit $?
fi

kinds=() filters=()
for a in "$@"; do
	case "$a" in
	golden|errors) kinds+=("$a");;
	-h|--help) sed -n '2,/^set -u/p' "$0" | sed -e '/^set -u/d' -e 's/^# \{0,1\}//'; exit 0;;
	*) filters+=(-e "$a");;
	esac
done
[ ${#kinds[@]} = 0 ] && kinds=(golden errors)
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}

status=0
for k in "${kinds[@]}"; do
	if [ "$k" = golden ]; then
		list=$(find "$TESTS/golden" -name oracle -prune -o -type f -name '*.go' -print | sort)
	else
		list=$(find "$TESTS/errors" -maxdepth 1 -type f -name '*.go' | sort)
	fi
	[ ${#filters[@]} -gt 0 ] && list=$(printf '%s\n' "$list" | grep -F "${filters[@]}")
	[ -z "$list" ] && continue
	n=$(printf '%s\n' "$list" | wc -l)
	printf '%s\n' "$list" | tr '\n' '\0' | xargs -0 -r -n 1 -P "$JOBS" bash "$0" --one "$k" || status=1
	echo "regen: $k: $n tests processed"
done
exit $status
