# broadsheet - developer targets.  The Python package builds itself with
# setup.py; this Makefile builds the C core alone, its tests and tools.
#
#   make sample     install, then extract the bundled sample page
#   make check      install, then everything CI runs: the C tests, the
#                   Python tests, and both again under ASan + UBSan
#   make deps       install system packages (Debian) and the package
#   make            the static library and the bsx tool
#   make ctest      the Check suites
#   make asan       the Check suites under AddressSanitizer + UBSan
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

all: $(BUILD)/libbroadsheet.a $(BUILD)/bsx

$(BUILD)/obj/%.o: csrc/%.c csrc/*.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(PKG_CFLAGS) -fPIC -c $< -o $@

$(BUILD)/libbroadsheet.a: $(OBJ)
	ar rcs $@ $^

$(BUILD)/bsx: tests/c/bsx.c $(BUILD)/libbroadsheet.a
	$(CC) $(WARN) $(CFLAGS) -Icsrc $< -o $@ $(BUILD)/libbroadsheet.a $(PKG_LIBS) -lpthread

$(BUILD)/%: tests/c/%.c tests/c/*.h $(BUILD)/libbroadsheet.a
	$(CC) $(WARN) $(CFLAGS) -Icsrc $(PKG_CFLAGS) $(CHECK_CFLAGS) $< -o $@ \
	    $(BUILD)/libbroadsheet.a $(PKG_LIBS) $(CHECK_LIBS) -lpthread

ctest: $(addprefix $(BUILD)/,$(TESTS))
	@set -e; for t in $(TESTS); do echo "== $$t"; $(BUILD)/$$t; done

asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" ctest

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
	rm -rf build build-asan

.PHONY: all ctest asan clean deps sample check pytest pytest-asan
