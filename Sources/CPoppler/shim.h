// poppler-glib and cairo for PlanwerkPDF, the only module that imports this one.
#include <poppler.h>
#include <cairo.h>

// The GError domain is a function-like macro in C; Swift cannot call it.
static inline GQuark planwerk_poppler_error_quark(void) { return poppler_error_quark(); }
