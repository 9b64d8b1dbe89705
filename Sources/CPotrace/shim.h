// potrace ships no pkg-config file: the header is found on the default include path and the
// library is linked by name (module.modulemap).
#include <potracelib.h>
