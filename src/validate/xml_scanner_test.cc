#include "validate/xml_scanner.h"

#include <gtest/gtest.h>

namespace khaldun::validate {
namespace {

TEST(XmlScanner, TagsAttributesAndLines) {
  XmlScanner scanner("<a x=\"1\" y = '2'>\ntext\n<b z=3/></a>");
  XmlTag tag;
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "a");
  EXPECT_FALSE(tag.closing);
  ASSERT_NE(tag.Find("x"), nullptr);
  EXPECT_EQ(*tag.Find("x"), "1");
  EXPECT_EQ(*tag.Find("y"), "2");
  EXPECT_EQ(tag.Find("w"), nullptr);
  EXPECT_EQ(tag.line, 1u);
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "b");
  EXPECT_TRUE(tag.self_closing);
  EXPECT_EQ(*tag.Find("z"), "3");
  EXPECT_EQ(tag.line, 3u);
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "a");
  EXPECT_TRUE(tag.closing);
  EXPECT_FALSE(scanner.Next(&tag));
}

TEST(XmlScanner, NestedCommentIsSkippedWhole) {
  XmlScanner scanner("<!-- outer <!-- inner --> <Sentence id=\"no\"> still outer -->\n<Sentence id=\"yes\">");
  XmlTag tag;
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(*tag.Find("id"), "yes");
  EXPECT_EQ(tag.line, 2u);
  EXPECT_FALSE(scanner.Next(&tag));
}

TEST(XmlScanner, UnbalancedCommentEndsAtFirstClose) {
  XmlScanner scanner("<!-- a <!-- b --> <c/>");
  XmlTag tag;
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "c");
}

TEST(XmlScanner, StrayLessThanAndDeclarationsAreSkipped) {
  XmlScanner scanner("<?xml version='1.0'?>\n# 3 < 4 and <EventCoding...> notes\n<d/>");
  XmlTag tag;
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "EventCoding");  // junk after the name is ignored
  EXPECT_TRUE(tag.attributes.empty());
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "d");
}

TEST(XmlScanner, ReadUntilDecodesAndStops) {
  XmlScanner scanner("<Text>\nA &amp; B &lt;x&gt; &#233;\n</Text><Parse>(unclosed <Sentence id=\"2\">");
  XmlTag tag;
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(scanner.ReadUntil("</Text>"), "\nA & B <x> \xC3\xA9\n");
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "Parse");
  EXPECT_EQ(scanner.ReadUntil("</Parse>", "<Sentence"), "(unclosed ");
  ASSERT_TRUE(scanner.Next(&tag));
  EXPECT_EQ(tag.name, "Sentence");
}

TEST(XmlScanner, UnknownEntitiesStay) { EXPECT_EQ(DecodeXmlEntities("&TIETYPE; &foo &#xZZ;"), "&TIETYPE; &foo &#xZZ;"); }

}  // namespace
}  // namespace khaldun::validate
