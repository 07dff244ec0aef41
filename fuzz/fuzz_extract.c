/*
 * fuzz_extract.c - libFuzzer target over bs_extract and every renderer.
 *
 * The first two input bytes choose the options (see fuzz_one.h); the rest
 * is the page.  Built by `make fuzz` with clang and
 * -fsanitize=fuzzer,address,undefined over the whole core.
 */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_one.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    bs_init();
    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return bs_fuzz_one(data, size);
}
