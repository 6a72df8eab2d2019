#!/usr/bin/env bash
# runtime_checks.sh - checks of the runtime that a golden test cannot express, because their
# output is not deterministic or comes from outside the program (tests/signals/*.go):
#   - SIGQUIT prints every goroutine's stack in Go's format and exits with status 2, even
#     with a goroutine spinning in a loop and one blocked in read(2);
#   - SIGQUIT while goroutines keep stopping the world (runtime.GOMAXPROCS) still dumps and
#     exits with status 2;
#   - a program whose goroutine is blocked for good writing to a pipe nobody reads still ends
#     when main returns, and under GOMAXPROCS=1 a goroutine blocked in println does not stop
#     main (the write hands its P off);
#   - concurrent println calls write whole lines;
#   - a stack overflow prints Go's message and the goroutine's stack (not under sanitizers);
#   - GODEBUG=schedtrace=X prints Go's SCHED line every X ms, scheddetail=1 the P, M and G
#     lines;
#   - GODEBUG=gctrace=1 prints Go's line for every collection;
#   - with GOMEMLIMIT=200MiB, 100 MiB live and 2 GiB of garbage, the peak RSS stays within
#     10% of the limit (not under sanitizers: their shadow memory counts in RSS);
#   - RSS drops after a large structure is dropped and debug.FreeOSMemory runs.
#
#   tests/tools/runtime_checks.sh GALE
# Exit status: 0 when every check passes, 1 otherwise.
set -u
GALE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DIR=$(cd "$(dirname "$0")/../signals" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

check() { # $1 = name, $2 = file, $3 = extended regex that some line must match
	if grep -q 'Sanitizer' "$2"; then
		echo "FAIL $1: sanitizer report:"; sed 's/^/    /' "$2"; return 1
	fi
	if grep -Eq -- "$3" "$2"; then return 0; fi
	echo "FAIL $1: no line matches /$3/ in:"; sed 's/^/    /' "$2"
	return 1
}

# ---- SIGQUIT ----
sigquit() {
	cd "$DIR" || return 1
	# stdin: a pipe that stays open and empty, so that reader() blocks in read(2)
	sleep 20 | "$GALE" run sigquit.go >"$tmp/q.out" 2>"$tmp/q.err" &
	local pid=$!
	local gpid=""
	for _ in $(seq 1 200); do # up to 10 s for "ready"
		if grep -q ready "$tmp/q.out" 2>/dev/null; then break; fi
		sleep 0.05
	done
	gpid=$(pgrep -f "$GALE run sigquit.go" | head -1)
	if [ -z "$gpid" ]; then echo "FAIL sigquit: gale is not running"; return 1; fi
	kill -QUIT "$gpid"
	for _ in $(seq 1 100); do # up to 5 s to exit
		kill -0 "$gpid" 2>/dev/null || break
		sleep 0.05
	done
	if kill -0 "$gpid" 2>/dev/null; then
		echo "FAIL sigquit: still running 5 s after SIGQUIT"; kill -9 "$gpid"; return 1
	fi
	pkill -x -P "$BASHPID" sleep 2>/dev/null # our stdin feeder only
	wait "$pid" 2>/dev/null
	local ok=0
	check sigquit "$tmp/q.err" '^SIGQUIT: quit$' || ok=1
	check sigquit "$tmp/q.err" '^goroutine 1 \[sleep\]:$' || ok=1
	check sigquit "$tmp/q.err" '^goroutine [0-9]+ \[chan receive\]:$' || ok=1
	check sigquit "$tmp/q.err" '^goroutine [0-9]+ \[syscall\]:$' || ok=1
	check sigquit "$tmp/q.err" '^main\.spin\(\)$' || ok=1
	check sigquit "$tmp/q.err" '^created by main\.main in goroutine 1$' || ok=1
	check sigquit "$tmp/q.err" $'^\t.*/sigquit\\.go:[0-9]+ \\+0x[0-9a-f]+$' || ok=1
	return $ok
}

# The exit status after SIGQUIT (the pipeline's last member records it).
sigquit_status() {
	cd "$DIR" || return 1
	sleep 20 | { "$GALE" run sigquit.go >"$tmp/s.out" 2>/dev/null; echo $? >"$tmp/s.code"; } &
	for _ in $(seq 1 200); do
		if grep -q ready "$tmp/s.out" 2>/dev/null; then break; fi
		sleep 0.05
	done
	local gpid
	gpid=$(pgrep -f "$GALE run sigquit.go" | head -1)
	[ -n "$gpid" ] && kill -QUIT "$gpid"
	for _ in $(seq 1 100); do
		[ -s "$tmp/s.code" ] && break
		sleep 0.05
	done
	pkill -x -P "$BASHPID" sleep 2>/dev/null # our stdin feeder only
	wait 2>/dev/null
	local code
	code=$(cat "$tmp/s.code" 2>/dev/null || echo none)
	if [ "$code" != 2 ]; then echo "FAIL sigquit: exit status $code, want 2"; return 1; fi
}

# SIGQUIT during stop-the-worlds: five tries, each must dump and exit with status 2 in 5 s.
sigquit_stw() {
	cd "$DIR" || return 1
	local try
	for try in 1 2 3 4 5; do
		rm -f "$tmp/w.out" "$tmp/w.code"
		{ "$GALE" run sigquit_gomaxprocs.go >"$tmp/w.out" 2>"$tmp/w.err"; echo $? >"$tmp/w.code"; } &
		for _ in $(seq 1 200); do
			grep -q ready "$tmp/w.out" 2>/dev/null && break
			sleep 0.05
		done
		sleep 0.$((try * 7 % 5 + 1))
		local gpid
		gpid=$(pgrep -f "$GALE run sigquit_gomaxprocs.go" | head -1)
		[ -n "$gpid" ] && kill -QUIT "$gpid"
		for _ in $(seq 1 100); do
			[ -s "$tmp/w.code" ] && break
			sleep 0.05
		done
		if [ ! -s "$tmp/w.code" ]; then
			echo "FAIL sigquit_stw: still running 5 s after SIGQUIT (try $try)"
			pkill -9 -f "$GALE run sigquit_gomaxprocs.go"; wait 2>/dev/null; return 1
		fi
		wait 2>/dev/null
		if [ "$(cat "$tmp/w.code")" != 2 ]; then
			echo "FAIL sigquit_stw: exit status $(cat "$tmp/w.code"), want 2 (try $try)"; return 1
		fi
		check sigquit_stw "$tmp/w.err" '^SIGQUIT: quit$' || return 1
	done
}

# run_stuck NAME STREAM: runs NAME.go with STREAM (1: stdout, 2: stderr) on a pipe that is
# held open and never read, the other stream to $tmp/NAME.other; it must exit with status 0
# within 5 s.
run_stuck() {
	local name=$1 stream=$2 code=0
	cd "$DIR" || return 1
	rm -f "$tmp/fifo"; mkfifo "$tmp/fifo"
	exec 9<>"$tmp/fifo"
	if [ "$stream" = 1 ]; then
		timeout 5 "$GALE" run "$name.go" >"$tmp/fifo" 2>"$tmp/$name.other" || code=$?
	else
		timeout 5 "$GALE" run "$name.go" 2>"$tmp/fifo" >"$tmp/$name.other" || code=$?
	fi
	exec 9>&-
	if [ "$code" != 0 ]; then
		echo "FAIL $name: exit status $code (124: still running after 5 s), want 0"
		return 1
	fi
	if grep -q Sanitizer "$tmp/$name.other"; then cat "$tmp/$name.other"; return 1; fi
}

# A writer blocked for good on a pipe does not keep the program from ending.
stuck_writer() {
	run_stuck stuck_writer 1
}

# println blocked for good on a full stderr pipe under GOMAXPROCS=1 does not stop main.
stuck_println() {
	run_stuck stuck_println 2 || return 1
	check stuck_println "$tmp/stuck_println.other" '^main done$' || return 1
}

# Concurrent println calls each write a whole line.
println_atomic() {
	cd "$DIR" || return 1
	GOMAXPROCS=4 timeout 20 "$GALE" run println_atomic.go 2>"$tmp/a.err" || {
		echo "FAIL println_atomic: exit status $?"; return 1; }
	if grep -q Sanitizer "$tmp/a.err"; then cat "$tmp/a.err"; return 1; fi
	local good all
	good=$(grep -Ec '^x{300} [0-9]+ y{300}$' "$tmp/a.err")
	all=$(wc -l <"$tmp/a.err")
	if [ "$good" != 8000 ] || [ "$all" != 8000 ]; then
		echo "FAIL println_atomic: $good whole lines of $all, want 8000 of 8000"; return 1
	fi
}

# Unbounded recursion: Go's message, the goroutine's stack with its middle elided, status 2.
# (Not under the sanitizers: a 1 GB register stack and 2^26 frames are too much for them.)
stack_overflow() {
	case "$GALE" in */asan/*|*/tsan/*) return 0;; esac
	cd "$DIR" || return 1
	local code=0
	timeout 60 "$GALE" run stack_overflow.go 2>"$tmp/o.err" || code=$?
	if [ "$code" != 2 ]; then echo "FAIL stack_overflow: exit status $code, want 2"; return 1; fi
	check stack_overflow "$tmp/o.err" '^runtime: goroutine stack exceeds 1000000000-byte limit$' || return 1
	check stack_overflow "$tmp/o.err" '^fatal error: stack overflow$' || return 1
	check stack_overflow "$tmp/o.err" '^goroutine 1 \[running\]:$' || return 1
	check stack_overflow "$tmp/o.err" '^\.\.\.[0-9]+ frames elided\.\.\.$' || return 1
	check stack_overflow "$tmp/o.err" '^main\.main\(\)$' || return 1
}

# ---- GODEBUG=schedtrace ----
schedtrace() {
	cd "$DIR" || return 1
	GODEBUG=schedtrace=50 GOMAXPROCS=2 timeout 10 "$GALE" run schedtrace.go 2>"$tmp/t.err"
	local n ok=0
	n=$(grep -Ec '^SCHED [0-9]+ms: gomaxprocs=2 idleprocs=[0-2] threads=[0-9]+ spinningthreads=[0-9]+ needspinning=0 idlethreads=[0-9]+ runqueue=[0-9]+ \[[0-9]+ [0-9]+\]$' "$tmp/t.err")
	if [ "$n" -lt 3 ]; then echo "FAIL schedtrace: $n SCHED lines, want at least 3"; ok=1; fi
	check schedtrace "$tmp/t.err" '^SCHED 0ms: ' || ok=1
	GODEBUG=scheddetail=1,schedtrace=50 GOMAXPROCS=2 timeout 10 "$GALE" run schedtrace.go 2>"$tmp/d.err"
	check scheddetail "$tmp/d.err" '^SCHED [0-9]+ms: gomaxprocs=2 .* runqueue=[0-9]+ gcwaiting=(true|false) nmidlelocked=[0-9]+ stopwait=[0-9]+ sysmonwait=(true|false)$' || ok=1
	check scheddetail "$tmp/d.err" '^  P1: status=[0-4] schedtick=[0-9]+ syscalltick=[0-9]+ m=([0-9]+|nil) runqsize=[0-9]+ gfreecnt=[0-9]+ timerslen=[0-9]+$' || ok=1
	check scheddetail "$tmp/d.err" '^  M0: p=([0-9]+|nil) curg=([0-9]+|nil) mallocing=0 throwing=0 preemptoff= locks=[0-9]+ dying=0 spinning=(true|false) blocked=(true|false) lockedg=([0-9]+|nil)$' || ok=1
	check scheddetail "$tmp/d.err" '^  G1: status=4\(sleep\) m=nil lockedm=nil$' || ok=1
	check scheddetail "$tmp/d.err" '^  G2: status=4\(chan receive\) m=nil lockedm=nil$' || ok=1
	return $ok
}

# ---- the collector ----
gctrace() {
	cd "$DIR" || return 1
	GODEBUG=gctrace=1 GOMAXPROCS=2 timeout 60 "$GALE" run memlimit.go 64 >/dev/null 2>"$tmp/g.err"
	local n
	n=$(grep -Ec '^gc [0-9]+ @[0-9]+\.[0-9]{3}s [0-9]+%: [0-9.]+\+[0-9.]+\+[0-9.]+ ms clock, [0-9.]+\+[0-9.]+/[0-9.]+/[0-9.]+\+[0-9.]+ ms cpu, [0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, 2 P$' "$tmp/g.err")
	if [ "$n" -lt 3 ]; then echo "FAIL gctrace: $n gc lines, want at least 3:"; sed 's/^/    /' "$tmp/g.err"; return 1; fi
	check gctrace "$tmp/g.err" '^gc 1 @' || return 1
	# the live heap (100 MiB) shows as the third heap figure
	check gctrace "$tmp/g.err" '->(9[0-9]|1[0-9][0-9]) MB, ' || return 1
}

memlimit() {
	case "$GALE" in */asan/*|*/tsan/*) return 0;; esac
	cd "$DIR" || return 1
	local kib
	GOMEMLIMIT=200MiB /usr/bin/time -f '%M' -o "$tmp/m.rss" timeout 300 "$GALE" run memlimit.go >"$tmp/m.out" 2>&1 || {
		echo "FAIL memlimit: the program failed:"; sed 's/^/    /' "$tmp/m.out"; return 1; }
	kib=$(tail -1 "$tmp/m.rss")
	if [ "$kib" -gt $((220 << 10)) ]; then echo "FAIL memlimit: peak RSS $kib KiB, limit 200 MiB"; return 1; fi
}

rss_of() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

rss_drop() {
	cd "$DIR" || return 1
	local fifo=$tmp/rss.fifo pid before after
	mkfifo "$fifo"
	"$GALE" run rss_drop.go <"$fifo" >"$tmp/r.out" 2>&1 &
	pid=$!
	exec 7>"$fifo"
	for _ in $(seq 1 600); do grep -q allocated "$tmp/r.out" 2>/dev/null && break; sleep 0.05; done
	before=$(rss_of "$pid")
	echo >&7
	for _ in $(seq 1 600); do grep -q freed "$tmp/r.out" 2>/dev/null && break; sleep 0.05; done
	after=$(rss_of "$pid")
	echo >&7
	exec 7>&-
	wait "$pid"
	check rss_drop "$tmp/r.out" '^freed$' || return 1
	if [ -z "$before" ] || [ -z "$after" ] || [ $((before - after)) -lt $((96 << 10)) ]; then
		echo "FAIL rss_drop: RSS $before KiB before, $after KiB after FreeOSMemory"; return 1
	fi
}

for t in sigquit sigquit_status sigquit_stw stuck_writer stuck_println println_atomic stack_overflow schedtrace gctrace memlimit rss_drop; do
	if (set -u; $t); then pass=$((pass + 1)); else fail=$((fail + 1)); echo "  ($t failed)"; fi
done
echo "runtime checks: $pass passed, $fail failed"
[ "$fail" = 0 ]
