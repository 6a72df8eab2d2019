#!/usr/bin/env bash
# gale-via-go.sh - a stand-in for the gale binary, backed by the real Go
# toolchain, used to self-test the corpus and the runner scripts:
#
#   tests/tools/golden.sh tests/tools/gale-via-go.sh
#   tests/tools/errors.sh tests/tools/gale-via-go.sh
#
# Implements the two sub-commands the runners use:
#   gale-via-go.sh run FILE.go [ARGS...]   build and run FILE.go (script-mode
#                                          files run their oracle/FILE.go)
#   gale-via-go.sh check FILE.go           type-check; print errors in the
#                                          form of tests/errors/*.err, exit 1
# It does not know about Gale-only behaviour (e.g. the generics error).
set -u
GO=${GO:-/usr/lib/go-1.23/bin/go}
command -v "$GO" >/dev/null 2>&1 || GO=go
export GOTOOLCHAIN=local GOFLAGS= GO111MODULE=on GOWORK=off
cmd=${1:?usage: gale-via-go.sh run|check FILE.go [ARGS...]}; shift
file=${1:?missing FILE.go}; shift
src=$file
if [ "$cmd" = run ] && [ "$(basename "$(pwd)")" = script ] && [ -f "oracle/$file" ]; then
	src=oracle/$file
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
case $cmd in
run)
	if ! (cd "$(dirname "$src")" && "$GO" build -o "$tmp/prog" "$(basename "$src")") 2>"$tmp/e"; then
		sed -e '1{/^# command-line-arguments$/d;}' -e 's#^\./##' "$tmp/e" >&2; exit 1
	fi
	"$tmp/prog" "$@"; exit $?;;
check)
	if "$GO" build -o "$tmp/prog" "$src" 2>"$tmp/e"; then exit 0; fi
	sed -e '1{/^# command-line-arguments$/d;}' -e 's#^\./##' \
		-e 's#\([[:space:]]\)\./\([^/[:space:]]*\.go:\)#\1\2#g' "$tmp/e" >&2
	exit 1;;
*) echo "gale-via-go.sh: unknown command $cmd" >&2; exit 2;;
esac
