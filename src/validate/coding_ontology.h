// The PETRARCH internal coding ontologies (PICO) a validation file's
// <Environment> names in <PICOfile>.
//
// PETRARCH-2 codes a negated verb group by arithmetic on the code's value in
// its ontology: the negated code is the one whose value is the code's value
// less 0xFFFF, if any. Its standard ontology gives from this CAMEO's own
// refusals (06x -> 121x, 08x -> 124x), which Khaldun's reject table
// (code/negation.h) already has. The ontology of PETRARCH-2's validation
// suite also defines disapproval (110) as the negation of diplomatic
// cooperation (050) and coercion (170) as that of 057, so its records
// expect a negated 110 verb ("Rohan did not scold Gondor") as 050. That
// file is not in the shared reference data; what it defines beyond the
// standard ontology is written here.
#ifndef KHALDUN_VALIDATE_CODING_ONTOLOGY_H_
#define KHALDUN_VALIDATE_CODING_ONTOLOGY_H_

#include <string_view>
#include <vector>

#include "code/negation.h"

namespace khaldun::validate {

// The negations the ontology file named `pico_file` (as written in
// <PICOfile>, without a directory) defines beyond CAMEO's reject codes;
// empty for the standard ontology and for any file not known here.
std::vector<CodeNegation> OntologyNegations(std::string_view pico_file);

}  // namespace khaldun::validate

#endif  // KHALDUN_VALIDATE_CODING_ONTOLOGY_H_
