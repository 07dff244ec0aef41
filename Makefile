# broadsheet - developer targets.  The Python package builds itself with
# setup.py; this Makefile builds the C core alone, its tests and tools.
#
#   make sample     install, then extract the bundled sample page
#   make check      install, then everything CI runs: the C tests, the
#                   Python tests, and both again under ASan + UBSan
#   make deps       install system packages (Debian) and the package
#   make            the static library, the bsx tool and bsbench
#   make ctest      the Check suites
#   make asan       the Check suites under AddressSanitizer + UBSan
#   make clang-check  the Check suites built by clang
#   make pytest     the Python tests against the installed package
#   make pytest-asan  the Python tests against an ASan + UBSan build

CC ?= cc
PKGS = libxml-2.0 jansson
CFLAGS ?= -O2 -g
WARN = -std=c11 -Wall -Wextra -Wpedantic -Werror
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null)
BUILD ?= build
PYTHON ?= python3

SRC := $(wildcard csrc/*.c)
OBJ := $(patsubst csrc/%.c,$(BUILD)/obj/%.o,$(SRC))
TESTS := $(patsubst tests/c/%.c,%,$(wildcard tests/c/test_*.c))

all: $(BUILD)/libbroadsheet.a $(BUILD)/bsx $(BUILD)/bsbench

$(BUILD)/obj/%.o: csrc/%.c csrc/*.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(PKG_CFLAGS) -fPIC -c $< -o $@

$(BUILD)/libbroadsheet.a: $(OBJ)
	ar rcs $@ $^

$(BUILD)/bsx: tests/c/bsx.c $(BUILD)/libbroadsheet.a
	$(CC) $(WARN) $(CFLAGS) -Icsrc $< -o $@ $(BUILD)/libbroadsheet.a $(PKG_LIBS) -lpthread

$(BUILD)/bsbench: bench/bsbench.c $(BUILD)/libbroadsheet.a
	$(CC) $(WARN) $(CFLAGS) -Icsrc $< -o $@ $(BUILD)/libbroadsheet.a $(PKG_LIBS) -lpthread

$(BUILD)/%: tests/c/%.c tests/c/*.h fuzz/fuzz_one.h $(BUILD)/libbroadsheet.a
	$(CC) $(WARN) $(CFLAGS) -Icsrc $(PKG_CFLAGS) $(CHECK_CFLAGS) $< -o $@ \
	    $(BUILD)/libbroadsheet.a $(PKG_LIBS) $(CHECK_LIBS) -lpthread

ctest: $(addprefix $(BUILD)/,$(TESTS))
	@set -e; for t in $(TESTS); do echo "== $$t"; $(BUILD)/$$t; done

# (code under the sanitizers runs two to three times slower: the hostile
# suite's time bounds, set to catch quadratic work, scale by 3)
asan:
	BS_TIME_SCALE=3 $(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" ctest

# The same suites built by clang, whose warnings (-Werror) differ from gcc's
CLANG ?= $(shell command -v clang-14 2>/dev/null || command -v clang 2>/dev/null)
clang-check:
	@test -n "$(CLANG)" || { echo "clang not found: apt-get install clang-14"; exit 1; }
	$(MAKE) BUILD=build-clang CC=$(CLANG) all ctest

deps:
	.ci/install-deps

sample: deps
	cd /tmp && $(PYTHON) -m broadsheet --sample

check: deps
	$(MAKE) all
	$(MAKE) ctest
	$(MAKE) asan
	$(MAKE) pytest
	$(MAKE) pytest-asan

pytest:
	cd tests && $(PYTHON) -m pytest -q -p no:cacheprovider python

# The extension built with sanitizers into build-asan/py, run with the
# ASan runtime preloaded (Python itself is not instrumented; its leaks
# are not ours, so leak detection is left to the C suites).
ASAN_LIB = $(shell $(CC) -print-file-name=libasan.so)
UBSAN_LIB = $(shell $(CC) -print-file-name=libubsan.so)
pytest-asan:
	BROADSHEET_SANITIZE=1 $(PYTHON) setup.py -q build --build-base build-asan/setup \
	    build_py --build-lib build-asan/py build_ext --build-lib build-asan/py
	cd tests && PYTHONPATH=$(CURDIR)/build-asan/py \
	    LD_PRELOAD="$(ASAN_LIB) $(UBSAN_LIB)" \
	    ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 \
	    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    BROADSHEET_EXPECT_ASAN=1 $(PYTHON) -m pytest -q -p no:cacheprovider python

clean:
	rm -rf build build-asan build-clang

.PHONY: all ctest asan clang-check clean deps sample check pytest pytest-asan

# ---- hardening: fuzzing and leak checks (issue 7) --------------------------
#   make fuzz        libFuzzer + ASan + UBSan over bs_extract and every
#                    renderer for FUZZ_SECONDS (default 3600); needs clang
#                    and libclang-rt-14-dev (apt); corpus in build/fuzz/
#   make fuzz-ci     the same for 120 s (CI)
#   make fuzz-replay the regression inputs of fuzz/regressions/ only
#   make leakcheck   the Check suites under valgrind --leak-check=full
FUZZ_CC ?= $(shell command -v clang-14 2>/dev/null || command -v clang 2>/dev/null)
FUZZ_SECONDS ?= 3600
FUZZ_FLAGS ?= -timeout=10 -rss_limit_mb=2560 -max_len=65536
FUZZ_DIR = build/fuzz
FUZZ_SAN = -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

$(FUZZ_DIR)/fuzz_extract: fuzz/fuzz_extract.c fuzz/fuzz_one.h csrc/*.c csrc/*.h
	@test -n "$(FUZZ_CC)" || { echo "clang not found: apt-get install clang-14 libclang-rt-14-dev"; exit 1; }
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 -Wall -Wextra -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN) \
	    -Icsrc $(PKG_CFLAGS) fuzz/fuzz_extract.c $(SRC) -o $@ $(PKG_LIBS) -lpthread

fuzz: $(FUZZ_DIR)/fuzz_extract
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(PYTHON) fuzz/make_corpus.py $(FUZZ_DIR)/seeds
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(FUZZ_DIR)/fuzz_extract -dict=fuzz/html.dict -max_total_time=$(FUZZ_SECONDS) \
	    $(FUZZ_FLAGS) -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/artifacts/ \
	    $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds

fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=120

fuzz-replay: $(FUZZ_DIR)/fuzz_extract
	$(FUZZ_DIR)/fuzz_extract $(FUZZ_FLAGS) fuzz/regressions/*

VALGRIND ?= valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect,possible \
	--errors-for-leak-kinds=definite,indirect,possible --error-exitcode=1
leakcheck: $(addprefix $(BUILD)/,$(TESTS))
	@set -e; for t in $(TESTS); do echo "== valgrind $$t"; \
	    CK_DEFAULT_TIMEOUT=1200 BS_TIME_SCALE=40 $(VALGRIND) $(BUILD)/$$t; done

.PHONY: fuzz fuzz-ci fuzz-replay leakcheck
