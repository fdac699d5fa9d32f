// Finding the read-only reference data (../shared) the validation suites
// and the gold set come from, and the suite files inside it.
#ifndef KHALDUN_VALIDATE_SHARED_DIR_H_
#define KHALDUN_VALIDATE_SHARED_DIR_H_

#include <optional>
#include <string>

namespace khaldun::validate {

// The shared folder: `given` when set (whether or not it exists, so the
// caller can say which path is missing); else $KHALDUN_SHARED; else
// "../shared" when the current directory has one; else the source tree's
// sibling "<source>/../shared". Returns nullopt when none of the defaults
// exists.
std::optional<std::string> FindSharedDir(const std::optional<std::string>& given);

// The suite files under a shared folder.
std::string TabariProjectPath(const std::string& shared_dir);    // anchors/tabari/validation/Validate.project
std::string Petrarch1RecordsPath(const std::string& shared_dir);  // anchors/petrarch1-validation/PETR.UnitTest.records.xml
std::string Petrarch2RecordsPath(const std::string& shared_dir);  // anchors/petrarch2-validation/PETR_Validate_records_2_02.xml

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_SHARED_DIR_H_
