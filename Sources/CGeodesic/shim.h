// Karney's geodesic routines (C. F. F. Karney, "Algorithms for geodesics",
// J. Geodesy 87, 43-55, 2013), as shipped by PROJ (Debian: libproj-dev).
#include <geodesic.h>
