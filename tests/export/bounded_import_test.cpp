// Bounded paper-returns import (issue 12, item 5): hostile CSVs are refused quickly, with bounded
// memory and a located message; control characters and blank rows never reach the store.
#include "report/paper_import.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../../export/src/csv/csv_reader.hpp"

namespace {

survey::Questionnaire offenderSlice() {
    survey::Questionnaire result;
    result.id = "offender";
    result.version = 1;
    survey::Question setting;
    setting.id = "setting";
    for (const char* id : {"community", "custody"}) {
        survey::Option option;
        option.id = id;
        setting.options.push_back(option);
    }
    survey::Question comments;
    comments.id = "comments";
    comments.type = survey::QuestionType::Text;
    result.questions = {setting, comments};
    return result;
}

const report::PaperReturnDetails kDetails{"Chester", "2011-03-04"};

survey::ValidationError refusal(std::string_view csv) {
    try {
        report::parsePaperReturns(csv, "returns.csv", offenderSlice(), kDetails);
    } catch (const survey::ValidationError& error) {
        return error;
    }
    ADD_FAILURE() << "the CSV was accepted";
    return survey::ValidationError({});
}

std::string firstProblem(std::string_view csv) {
    const survey::ValidationError error = refusal(csv);
    return error.problems().empty() ? std::string() : report::describeCellProblem(error.problems().front());
}

bool contains(const std::string& text, std::string_view words) { return text.find(words) != std::string::npos; }

TEST(BoundedImport, SixteenMegabytesOfCommasAreRefusedBeforeParsing) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "perspective_commas.csv";
    std::ofstream(file, std::ios::binary | std::ios::trunc) << std::string(16 * 1024 * 1024, ',');
    try {
        report::readPaperReturns(file, offenderSlice(), kDetails);
        ADD_FAILURE() << "accepted";
    } catch (const survey::ValidationError& error) {
        ASSERT_EQ(error.problems().size(), 1U);
        EXPECT_TRUE(contains(error.problems()[0].describe(), "is larger than 8 MiB")) << error.what();
    }
    std::filesystem::remove(file);
}

TEST(BoundedImport, AMillionColumnsStopAtTheColumnLimitWithOneProblem) {
    const std::string csv = "setting," + std::string(1'000'000, ',') + "\n";
    const survey::ValidationError error = refusal(csv);
    ASSERT_EQ(error.total(), 1U);
    EXPECT_EQ(report::describeCellProblem(error.problems()[0]),
              "returns.csv:1:257: more than 256 columns; a questionnaire has far fewer questions");
}

TEST(BoundedImport, ReaderLimitsAreLocated) {
    report::csv::Limits small;
    small.records = 2;
    EXPECT_THROW(report::csv::parse("a\nb\nc\n", small), report::csv::SyntaxError);
    small = {};
    small.line_bytes = 10;
    try {
        report::csv::parse("a,b\n\"12345\n6789012345678\"\n", small);
        ADD_FAILURE() << "a long line inside a quoted field was accepted";
    } catch (const report::csv::SyntaxError& error) {
        EXPECT_EQ(error.line(), 3);
    }
    small = {};
    small.cells = 5;
    EXPECT_THROW(report::csv::parse("a,b\nc,d\ne,f\n", small), report::csv::SyntaxError);
    EXPECT_NO_THROW(report::csv::parse("a,b\nc,d\n", small));
}

TEST(BoundedImport, AtMostAFewProblemsAreKeptThenTheRestCounted) {
    std::string csv = "setting\n";
    for (int row = 0; row < 5000; ++row) csv += "nowhere\n";
    const survey::ValidationError error = refusal(csv);
    EXPECT_EQ(error.problems().size(), survey::kMaxReportedProblems);
    EXPECT_EQ(error.total(), 5000U);
    EXPECT_EQ(error.unreported(), "and 4,980 more problems");
    EXPECT_EQ(error.problems().front().line, 2);  // the first rows of the file, in order
}

TEST(BoundedImport, ANulByteInACommentIsRefusedWithItsLine) {
    const std::string csv = std::string("setting,comments\ncommunity,fine\ncustody,\"bad \0 byte\"\n", 52);
    EXPECT_TRUE(contains(firstProblem(csv), "returns.csv:3: the file contains a NUL byte")) << firstProblem(csv);
}

TEST(BoundedImport, AnAnsiEscapeInACommentIsRefused) {
    const std::string problem = firstProblem("setting,comments\ncustody,\"\x1b[2J\x1b[31mgotcha\"\n");
    EXPECT_TRUE(contains(problem, "returns.csv:2: the file contains an escape character")) << problem;
}

TEST(BoundedImport, InvalidUtf8IsRefused) {
    EXPECT_TRUE(contains(firstProblem("setting,comments\ncustody,caf\xE9\n"), "returns.csv:2: the file is not valid UTF-8"));
}

TEST(BoundedImport, AnAllBlankRowIsRefusedNotCountedAsAQuestionnaire) {
    const std::string problem = firstProblem("setting,comments\ncustody,ok\n , \n");
    EXPECT_TRUE(contains(problem, "returns.csv:3:1: every cell of the row is blank")) << problem;
}

TEST(BoundedImport, LineBreaksAndTabsInCommentsAreKept) {
    const auto responses = report::parsePaperReturns("setting,comments\ncustody,\"two\nlines\tand a tab\"\n",
                                                     "returns.csv", offenderSlice(), kDetails);
    ASSERT_EQ(responses.size(), 1U);
    EXPECT_EQ(responses[0].answers.at("comments").text, "two\nlines\tand a tab");
}

}  // namespace
