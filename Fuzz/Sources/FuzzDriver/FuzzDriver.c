#include "FuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int planwerk_fuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, planwerk_fuzz_one);
}
