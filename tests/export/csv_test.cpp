// The RFC 4180 reader: quoting, doubled quotes, line endings, a BOM, and located syntax errors.
#include "../../export/src/csv/csv_reader.hpp"

#include <gtest/gtest.h>

namespace {

using report::csv::parse;
using report::csv::SyntaxError;
using Fields = std::vector<std::string>;

TEST(CsvReader, SplitsPlainFieldsAndKeepsEmptyOnes) {
    const auto records = parse("a,b,c\n1,,3\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[0].fields, (Fields{"a", "b", "c"}));
    EXPECT_EQ(records[1].fields, (Fields{"1", "", "3"}));
    EXPECT_EQ(records[1].line, 2);
}

TEST(CsvReader, TrailingCommaMeansAnEmptyLastField) {
    EXPECT_EQ(parse("a,\n")[0].fields, (Fields{"a", ""}));
}

TEST(CsvReader, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
    const auto records = parse("x,y\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");
    ASSERT_EQ(records.size(), 4U);
    EXPECT_EQ(records[1].fields, (Fields{"a, b", "say \"hi\""}));
    EXPECT_EQ(records[2].fields, (Fields{"two\nlines", "z"}));
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[3].line, 5);  // the line count includes the break inside the quotes
}

TEST(CsvReader, AcceptsCrlfABomAndNoFinalLineBreak) {
    const auto records = parse("\xEF\xBB\xBFid,name\r\n1,\"a\"\r\n2,b");
    ASSERT_EQ(records.size(), 3U);
    EXPECT_EQ(records[0].fields, (Fields{"id", "name"}));
    EXPECT_EQ(records[1].fields, (Fields{"1", "a"}));
    EXPECT_EQ(records[2].fields, (Fields{"2", "b"}));
    EXPECT_EQ(records[2].line, 3);
}

TEST(CsvReader, SkipsBlankLines) {
    const auto records = parse("a\n\n\nb\n");
    ASSERT_EQ(records.size(), 2U);
    EXPECT_EQ(records[1].line, 4);
}

TEST(CsvReader, EmptyTextHasNoRecords) { EXPECT_TRUE(parse("").empty()); }

void expectSyntaxError(std::string_view text, int line, int column) {
    try {
        parse(text);
        FAIL() << "parsed malformed CSV";
    } catch (const SyntaxError& error) {
        EXPECT_EQ(error.line(), line);
        EXPECT_EQ(error.column(), column);
        EXPECT_FALSE(std::string(error.what()).empty());
    }
}

TEST(CsvReader, UnclosedQuoteIsReportedWhereItOpens) { expectSyntaxError("a,b\n1,\"open\n2,3\n", 2, 2); }

TEST(CsvReader, QuoteInsideAnUnquotedFieldIsAnError) { expectSyntaxError("a,b\n1,x\"y\n", 2, 2); }

TEST(CsvReader, TextAfterAClosingQuoteIsAnError) { expectSyntaxError("a,b,c\n1,2,\"x\"y\n", 2, 3); }

}  // namespace
