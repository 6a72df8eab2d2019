#!/bin/sh
# deps.sh — installs Gale's build dependencies when they are missing: with apt-get when run as
# root, otherwise it prints the exact command and stops. Called by `make run` and `make test`.
set -e
need=""
command -v re2c >/dev/null 2>&1 || need="$need re2c"
command -v lemon >/dev/null 2>&1 || need="$need lemon"
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v g++ >/dev/null 2>&1 || need="$need g++"
command -v make >/dev/null 2>&1 || need="$need make"
[ -f /usr/include/gmp.h ] || [ -f /usr/include/x86_64-linux-gnu/gmp.h ] || need="$need libgmp-dev"
[ -f /usr/include/ffi.h ] || [ -f /usr/include/x86_64-linux-gnu/ffi.h ] || need="$need libffi-dev"
[ -f /usr/include/re2/re2.h ] || need="$need libre2-dev"
[ -f /usr/include/criterion/criterion.h ] || need="$need libcriterion-dev"
[ -f /usr/share/zoneinfo/America/New_York ] || need="$need tzdata" # time.LoadLocation, its tests
[ -f /usr/include/nettle/sha2.h ] || need="$need nettle-dev"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "deps: installing$need"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
else
    echo "deps: missing build dependencies. Run:"
    echo "    sudo apt-get install -y$need"
    exit 1
fi
