// CLibXML2: libxml2 for PlanwerkXML, its only importer.
#include <libxml/xmlversion.h>
// ICU types clash with Foundation's in a clean build; Planwerk needs no ICU from libxml2.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlIO.h>

// xmlFree is a mutable C global that Swift 6 rejects: wrap it.
static inline void planwerk_xmlFree(void *ptr) { xmlFree(ptr); }
