#!/usr/bin/env bash
# run.sh — differential tests of the standard library: runs each program here with Go 1.23
# and with Gale and compares stdout, stderr and the exit status (Go's `go run` adds an
# "exit status N" line to stderr, which is dropped before comparing). NAME.in, when
# present, is the program's standard input.
#
#   tests/unit/stdlib/programs/run.sh GALE [PROGRAM.go...]
set -u
GO=${GO:-/usr/lib/go-1.23/bin/go}
gale=$1; shift
dir=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 0 ] && set -- "$dir"/*.go
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
for p in "$@"; do
	name=$(basename "$p" .go)
	in=/dev/null
	[ -f "$dir/$name.in" ] && in=$dir/$name.in
	(cd "$dir" && "$GO" run "$p" <"$in" >"$tmp/go.out" 2>"$tmp/go.err"); gorc=$?
	# go run reports the program's exit status N as "exit status N" and exits 1
	st=$(sed -n 's/^exit status \([0-9]*\)$/\1/p' "$tmp/go.err" | tail -1)
	[ -n "$st" ] && gorc=$st
	sed -i '/^exit status [0-9]*$/d' "$tmp/go.err"
	(cd "$dir" && "$gale" run "$p" <"$in" >"$tmp/gale.out" 2>"$tmp/gale.err"); galerc=$?
	if diff -u "$tmp/go.out" "$tmp/gale.out" && diff -u "$tmp/go.err" "$tmp/gale.err" &&
		[ $gorc = $galerc ]; then
		echo "ok    $name"
	else
		echo "FAIL  $name (exit status go $gorc, gale $galerc)"
		fail=1
	fi
done
exit $fail
