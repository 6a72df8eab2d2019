# Gale — build, test and benchmark. `make run` and `make test` are the two entry points; both
# first install missing build dependencies (scripts/deps.sh). See README.md.
#
# BUILD=<mode> selects flags; objects go to build/<mode>/, the main binary to build/gale
# (release) or build/<mode>/gale.

BUILD ?= release
B := build/$(BUILD)

CC ?= cc
CXX ?= g++
LEMON ?= lemon
RE2C ?= re2c

WARN := -Wall -Wextra -Wshadow -Wundef -Wwrite-strings -Wstrict-prototypes \
        -Wmissing-prototypes -Wold-style-definition -Wvla -Wno-unused-parameter
BASE_CFLAGS := -std=gnu11 -ffp-contract=off -fno-strict-aliasing -I. -I$(B)/gen -pthread $(WARN) -MMD -MP
LDLIBS := -lgmp -lffi -lnettle -lre2 -lstdc++ -lm -pthread

ifeq ($(BUILD),release)
  MODE_CFLAGS := -O2 -DNDEBUG -fno-plt
else ifeq ($(BUILD),debug)
  MODE_CFLAGS := -O0 -g -DDEBUG -Werror
else ifeq ($(BUILD),asan)
  MODE_CFLAGS := -O1 -g -DDEBUG -fno-omit-frame-pointer -fsanitize=address,undefined \
                 -fno-sanitize-recover=undefined
  MODE_LDFLAGS := -fsanitize=address,undefined
else ifeq ($(BUILD),tsan)
  MODE_CFLAGS := -O1 -g -fsanitize=thread
  MODE_LDFLAGS := -fsanitize=thread
else ifeq ($(BUILD),gcstress)
  MODE_CFLAGS := -O1 -g -DDEBUG -DGC_STRESS
else ifeq ($(BUILD),fuzz)
  CC := clang
  CXX := clang++
  MODE_CFLAGS := -O1 -g -DDEBUG -DGALE_FUZZ -fsanitize=fuzzer-no-link,address,undefined
  MODE_LDFLAGS := -fsanitize=fuzzer,address,undefined
endif

CFLAGS += $(BASE_CFLAGS) $(MODE_CFLAGS)
# The C++ shims (stdlib/regexp/re2_shim.cc) get the same mode flags (sanitizers included).
CXXFLAGS += -std=c++17 -I. -pthread -Wall -Wextra -Wno-unused-parameter -MMD -MP $(MODE_CFLAGS)
LDFLAGS += $(MODE_LDFLAGS)

# ---- sources ----
LIB_SRCS := $(wildcard base/*.c compiler/*.c vm/*.c runtime/*.c stdlib/*.c stdlib/*/*.c stdlib/*/*/*.c stdlib/*/*/*/*.c embed/*.c)
LIB_CXX_SRCS := $(wildcard stdlib/*/*.cc)
GEN_SRCS := $(B)/gen/grammar.c $(B)/gen/lexer.c $(B)/gen/stdlib_sources.c
LIB_OBJS := $(LIB_SRCS:%.c=$(B)/%.o) $(LIB_CXX_SRCS:%.cc=$(B)/%.o) $(GEN_SRCS:.c=.o)
CLI_OBJS := $(patsubst %.c,$(B)/%.o,$(wildcard cli/*.c))
STDLIB_GO := $(sort $(wildcard stdlib/*/*.go stdlib/*/*/*.go stdlib/*/*/*/*.go))

GALE := $(B)/gale
ifeq ($(BUILD),release)
  GALE_LINK := build/gale
else
  GALE_LINK := $(GALE)
endif

.PHONY: all run test unit golden errors runtime-checks deps asan tsan gcstress fuzz check-deps clean bench \
        golden-update debug
all: $(GALE_LINK)

deps:
	@scripts/deps.sh

$(GALE): $(CLI_OBJS) $(B)/libgale.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

ifeq ($(BUILD),release)
build/gale: $(GALE)
	@cp $< $@
endif

$(B)/libgale.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(B)/%.o: %.c | $(B)/gen/grammar.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/%.o: %.cc
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -c -o $@ $<

# ---- generated sources (never committed; #line directives point back at .y/.re) ----
$(B)/gen/grammar.c $(B)/gen/grammar.h &: compiler/grammar.y
	@mkdir -p $(@D)
	cp compiler/grammar.y $(@D)/grammar.y
	cd $(@D) && $(LEMON) -q -c grammar.y
	@rm -f $(@D)/grammar.y $(@D)/grammar.out

$(B)/gen/lexer.c: compiler/lexer.re $(B)/gen/grammar.h
	@mkdir -p $(@D)
	$(RE2C) -W --no-generation-date -o $@ $<

$(B)/gen/stdlib_sources.c: $(STDLIB_GO) scripts/embed_stdlib.sh Makefile
	@mkdir -p $(@D)
	scripts/embed_stdlib.sh $(STDLIB_GO) > $@

$(B)/gen/%.o: $(B)/gen/%.c
	$(CC) $(CFLAGS) -Wno-unused-variable -Wno-missing-prototypes -Wno-unused-but-set-variable \
	    -Wno-sign-compare -Wno-implicit-fallthrough -Wno-unused-function -c -o $@ $<

# ---- tests ----
UNIT_SRCS := $(wildcard tests/unit/*/*_test.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/tests/%)

$(B)/tests/%: tests/unit/%.c $(B)/libgale.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libgale.a -lcriterion $(LDLIBS)

unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "unit: $$t"; $$t --jobs 2 -q || exit 1; done

golden: $(GALE)
	tests/tools/golden.sh $(abspath $(GALE))

errors: $(GALE)
	tests/tools/errors.sh $(abspath $(GALE))

runtime-checks: $(GALE)
	tests/tools/runtime_checks.sh $(abspath $(GALE))

# `make test` builds the debug binary (assertions on) and runs every test.
test: deps
	$(MAKE) BUILD=debug unit golden errors runtime-checks
	$(MAKE) BUILD=release all
	@echo "make test: all passed"

run: deps
	$(MAKE) BUILD=release all
	build/gale run examples/hello.go

debug:
	$(MAKE) BUILD=debug all

asan: deps
	TIMEOUT=60 $(MAKE) BUILD=asan unit golden errors runtime-checks

# `gale run` ends the process when main returns without joining the other threads, as a
# Go program does: that is by design, not a thread leak.
tsan: deps
	TSAN_OPTIONS="report_thread_leaks=0 $${TSAN_OPTIONS:-}" TIMEOUT=60 $(MAKE) BUILD=tsan golden runtime-checks

# The golden suite with a collection every 64 KiB of allocation (GODEBUG=gcstress=1, the
# default of this build): catches a root the VM forgot to report.
gcstress: deps
	$(MAKE) BUILD=gcstress golden

# New inputs go to tests/fuzz/corpus-new (git-ignored) so the seed corpus stays curated;
# crashes land in build/fuzz/. FUZZ_SECONDS sets the duration.
fuzz: deps
	$(MAKE) BUILD=fuzz build/fuzz/fuzz_compile
	@mkdir -p tests/fuzz/corpus-new
	build/fuzz/fuzz_compile -max_total_time=$${FUZZ_SECONDS:-60} -dict=tests/fuzz/go.dict \
	    -artifact_prefix=build/fuzz/ tests/fuzz/corpus-new tests/fuzz/corpus

build/fuzz/fuzz_compile: tests/fuzz/compile_fuzz.c build/fuzz/libgale.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

check-deps:
	@! grep -rn '#include "runtime/\|#include "vm/[a-z]*\.h"' compiler/ base/ | grep -v 'vm/chunk.h\|vm/opcodes.h\|vm/value.h'
	@! grep -rn '#include "compiler/\|#include "stdlib/' vm/ runtime/ base/
	@! grep -rn '#include "vm/\|#include "compiler/\|#include "stdlib/' runtime/
	@echo "check-deps: ok"

bench: all
	bench/run.sh

clean:
	rm -rf build

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d)
