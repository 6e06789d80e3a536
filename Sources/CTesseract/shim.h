// The tesseract C API for PlanwerkOCR, the only module that imports this one.
#include <tesseract/capi.h>
