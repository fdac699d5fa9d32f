// Where the geolocation stage finds its compiled gazetteer.
#ifndef KHALDUN_GEO_GEO_DATA_PATHS_H_
#define KHALDUN_GEO_GEO_DATA_PATHS_H_

#include <string>

namespace khaldun {

// The first of these that exists (else the last, so the load error names it):
//   $KHALDUN_GAZETTEER                      an explicit file
//   $KHALDUN_DATA_DIR/geo/gazetteer.bin     a data directory chosen at run time
//   <build tree>/src/geo/gazetteer.bin      where the build compiled it
//   <prefix>/share/khaldun/geo/gazetteer.bin where `cmake --install` put it
std::string GazetteerPath();

}  // namespace khaldun

#endif  // KHALDUN_GEO_GEO_DATA_PATHS_H_
