#include <png.h>
#include "guards.h"
