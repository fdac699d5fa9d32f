#include "validate/coding_ontology.h"

namespace khaldun::validate {

std::vector<CodeNegation> OntologyNegations(std::string_view pico_file) {
  // PETRARCH-2's validation ontology gives 110 the value of 050 plus
  // 0xFFFF and 170 that of 057 plus 0xFFFF: negating them subtracts it.
  if (pico_file == "PETR_Validate_Internal_Coding_Ontology_1_01.txt") {
    return {{"110", "050"}, {"170", "057"}};
  }
  return {};
}

}  // namespace khaldun::validate
