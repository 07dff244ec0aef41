# broadsheet - developer targets.  The Python package builds itself with
# setup.py; this Makefile builds the C core alone, its tests and tools.
#
#   make            the static library and the bsx tool
#   make check      everything CI runs: C tests, then the Python tests
#   make ctest      the Check suites
#   make asan       the C tests under AddressSanitizer + UBSan
#   make deps       install system packages (Debian) and the package

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

clean:
	rm -rf build build-asan

.PHONY: all ctest asan clean
