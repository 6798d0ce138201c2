// libxml2's HTML parser, for reading saved web pages.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, whose headers then come in through
// encoding.h and clash with Foundation's own copy of ICU's types. Entente
// never touches the converters those declarations describe.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
