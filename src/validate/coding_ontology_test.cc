#include "validate/coding_ontology.h"

#include <gtest/gtest.h>

namespace khaldun::validate {
namespace {

TEST(CodingOntologyTest, ValidationOntologyNegatesDisapprovalAndCoercion) {
  const std::vector<CodeNegation> negations = OntologyNegations("PETR_Validate_Internal_Coding_Ontology_1_01.txt");
  EXPECT_EQ(NegatedCode("110", negations), "050");
  EXPECT_EQ(NegatedCode("170", negations), "057");
  // Only those codes: a negated subcode still follows CAMEO's table.
  EXPECT_EQ(NegatedCode("111", negations), "");
  EXPECT_EQ(NegatedCode("036", negations), "125");
}

TEST(CodingOntologyTest, StandardAndUnknownOntologiesAddNothing) {
  EXPECT_TRUE(OntologyNegations("PETR.Internal.Coding.Ontology.txt").empty());
  EXPECT_TRUE(OntologyNegations("").empty());
  EXPECT_EQ(NegatedCode("110", OntologyNegations("")), "");
}

}  // namespace
}  // namespace khaldun::validate
