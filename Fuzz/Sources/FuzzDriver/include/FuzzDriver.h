// FuzzDriver: starts libFuzzer from planwerk-fuzz's entry point. SwiftPM links every executable with its
// own main symbol (planwerk_fuzz_main), so libFuzzer's main is not used; LLVMFuzzerRunDriver is.
#include <stddef.h>
#include <stdint.h>

/// The Swift side: one input.
int planwerk_fuzz_one(const uint8_t *data, size_t size);
