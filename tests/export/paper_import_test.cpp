// Paper returns: every cell checked against the questionnaire, every problem located by row and
// column, and a good file turned into submitted paper responses.
#include "report/paper_import.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using survey::Answer;

survey::Option option(std::string id) {
    survey::Option result;
    result.id = std::move(id);
    return result;
}

survey::Question question(std::string id, survey::QuestionType type, std::vector<std::string> options,
                          std::optional<survey::Condition> when = std::nullopt) {
    survey::Question result;
    result.id = std::move(id);
    result.type = type;
    for (auto& id_text : options) {
        result.options.push_back(option(std::move(id_text)));
    }
    result.when = std::move(when);
    return result;
}

// A small slice of the offender questionnaire, built here so these tests need no loader.
survey::Questionnaire offenderSlice() {
    using T = survey::QuestionType;
    survey::Questionnaire result;
    result.id = "offender";
    result.version = 3;
    result.definition_hash = "cafe";
    result.questions = {
        question("setting", T::Single, {"community", "custody"}),
        question("custody_induction", T::Single, {"yes", "no", "dont_know"}, survey::Condition{"setting", "custody"}),
        question("help_areas", T::Multi, {"housing", "ete", "drugs", "none"}),
        question("comments", T::Text, {}),
    };
    result.questions[2].options.back().exclusive = true;  // "None of these" stands alone
    return result;
}

const report::PaperReturnDetails kDetails{"Chester", "2011-03-04"};

std::vector<survey::Problem> problemsOf(std::string_view csv) {
    try {
        report::parsePaperReturns(csv, "returns.csv", offenderSlice(), kDetails);
    } catch (const survey::ValidationError& error) {
        return error.problems();
    }
    ADD_FAILURE() << "the CSV was accepted:\n" << csv;
    return {};
}

// The one problem a CSV has, as "FILE:ROW:COLUMN (question): message".
std::string onlyProblem(std::string_view csv) {
    const auto problems = problemsOf(csv);
    EXPECT_EQ(problems.size(), 1U);
    return problems.empty() ? std::string{} : report::describeCellProblem(problems.front());
}

bool startsWith(const std::string& text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

TEST(PaperImport, AGoodFileBecomesSubmittedPaperResponses) {
    const auto responses = report::parsePaperReturns(
        "setting,custody_induction,help_areas,comments\r\n"
        "custody,yes,drugs;housing,\r\n"
        "community,,,\"Good, \"\"really\"\" good\"\r\n",
        "returns.csv", offenderSlice(), kDetails);
    ASSERT_EQ(responses.size(), 2U);
    const auto& first = responses[0];
    EXPECT_EQ(first.info.questionnaire_id, "offender");
    EXPECT_EQ(first.info.questionnaire_version, 3);
    EXPECT_EQ(first.info.definition_hash, "cafe");
    EXPECT_EQ(first.info.channel, survey::Channel::Paper);
    EXPECT_EQ(first.info.status, survey::Status::Submitted);
    EXPECT_EQ(first.info.language, "en");
    EXPECT_EQ(first.info.site, "Chester");
    EXPECT_EQ(first.info.date, "2011-03-04");
    EXPECT_EQ(first.answers.at("setting"), Answer::single("custody"));
    EXPECT_EQ(first.answers.at("custody_induction"), Answer::single("yes"));
    EXPECT_EQ(first.answers.at("help_areas"), Answer::multi({"drugs", "housing"}));
    EXPECT_EQ(responses[1].answers.at("comments"), Answer::freeText("Good, \"really\" good"));
}

TEST(PaperImport, ColumnsMayComeInAnyOrderAndSomeMayBeMissing) {
    const auto responses =
        report::parsePaperReturns("help_areas,setting\nnone,community\n", "returns.csv", offenderSlice(), kDetails);
    ASSERT_EQ(responses.size(), 1U);
    EXPECT_EQ(responses[0].answers.size(), 2U);
}

TEST(PaperImport, UnknownColumnIsReportedOnTheHeader) {
    EXPECT_TRUE(startsWith(onlyProblem("setting,settting\ncommunity,\n"), "returns.csv:1:2 (settting): unknown column"));
}

// Returns typed up from paper: the wording people see, or a letter out. Each row: the CSV, and
// the suggestion its one problem should make ("" for none).
struct SuggestionRow {
    const char* csv;
    const char* suggestion;
};

class ImportSuggestion : public ::testing::TestWithParam<SuggestionRow> {};

TEST_P(ImportSuggestion, TheProblemSaysWhatWasMeant) {
    survey::Questionnaire slice = offenderSlice();
    slice.questions[0].text.set("en", "Where are you now?");
    slice.questions[0].text.set("cy", "Ble rydych chi nawr?");
    slice.questions[0].options[1].label.set("en", "In prison");
    slice.questions[2].options[0].label.set("en", "Somewhere to live");
    std::string message;
    try {
        report::parsePaperReturns(GetParam().csv, "returns.csv", slice, kDetails);
        ADD_FAILURE() << "accepted";
    } catch (const survey::ValidationError& error) {
        ASSERT_EQ(error.problems().size(), 1U);
        message = report::describeCellProblem(error.problems().front());
    }
    const std::string suggestion = GetParam().suggestion;
    if (suggestion.empty()) {
        EXPECT_EQ(message.find("did you mean"), std::string::npos) << message;
    } else {
        EXPECT_NE(message.find("did you mean '" + suggestion + "'?"), std::string::npos) << message;
    }
}

INSTANTIATE_TEST_SUITE_P(
    PaperImport, ImportSuggestion,
    ::testing::Values(SuggestionRow{"settting\ncommunity\n", "setting"},            // a letter too many
                      SuggestionRow{"Setting\ncommunity\n", "setting"},             // another case
                      SuggestionRow{"Where are you now?\ncommunity\n", "setting"},  // the wording
                      SuggestionRow{"ble rydych chi nawr\ncommunity\n", "setting"},  // in Welsh, any case
                      SuggestionRow{"shoe_size\ncommunity\n", ""},                  // nothing near
                      SuggestionRow{"setting\nCommunity\n", "community"},
                      SuggestionRow{"setting\nIn Prison\n", "custody"},             // the option's label
                      SuggestionRow{"setting\ncustdy\n", "custody"},
                      SuggestionRow{"setting\nprison\n", ""},
                      SuggestionRow{"help_areas\ndrugs;Somewhere to live\n", "housing"},  // multi-choice
                      SuggestionRow{"help_areas\ndrugs;huosing\n", "housing"},
                      SuggestionRow{"help_areas\ndrugs;money\n", ""}));

TEST(PaperImport, DuplicateColumnIsReported) {
    EXPECT_TRUE(startsWith(onlyProblem("setting,help_areas,setting\ncommunity,,\n"),
                           "returns.csv:1:3 (setting): duplicate column"));
}

TEST(PaperImport, UnknownOptionIsReportedWithTheExpectedOnes) {
    const auto message = onlyProblem("setting\ncommunity\nprison\n");
    EXPECT_TRUE(startsWith(message, "returns.csv:3:1 (setting): unknown option 'prison'")) << message;
    EXPECT_NE(message.find("community, custody"), std::string::npos) << message;
}

TEST(PaperImport, AnswerToAQuestionNotAskedIsReported) {
    const auto message = onlyProblem("setting,custody_induction\ncommunity,yes\n");
    EXPECT_TRUE(startsWith(message, "returns.csv:2:2 (custody_induction): answered, but")) << message;
    EXPECT_NE(message.find("setting = custody"), std::string::npos) << message;
}

TEST(PaperImport, BadMultiSyntaxIsReported) {
    EXPECT_TRUE(startsWith(onlyProblem("help_areas\nhousing;;drugs\n"), "returns.csv:2:1 (help_areas): empty item"));
    EXPECT_TRUE(startsWith(onlyProblem("help_areas\nhousing;\n"), "returns.csv:2:1 (help_areas): empty item"));
    EXPECT_TRUE(
        startsWith(onlyProblem("help_areas\ndrugs;drugs\n"), "returns.csv:2:1 (help_areas): option 'drugs' is given twice"));
    EXPECT_TRUE(startsWith(onlyProblem("help_areas\ndrugs;pets\n"), "returns.csv:2:1 (help_areas): unknown option 'pets'"));
}

TEST(PaperImport, SeveralOptionsInASingleChoiceCellAreReported) {
    EXPECT_TRUE(startsWith(onlyProblem("setting\ncommunity;custody\n"),
                           "returns.csv:2:1 (setting): several options"));
}

TEST(PaperImport, AnExclusiveOptionWithAnotherIsRefusedAtItsRowAndColumn) {
    const auto message = onlyProblem("setting,help_areas\ncommunity,none\ncustody,housing;none\n");
    EXPECT_TRUE(startsWith(message, "returns.csv:3:2 (help_areas): 'none' cannot be chosen together with other options"))
        << message;
}

TEST(PaperImport, TextOverTwoThousandCharactersIsReported) {
    const std::string fits(survey::kMaxTextLength, 'x');
    EXPECT_NO_THROW(report::parsePaperReturns("comments\n" + fits + "\n", "returns.csv", offenderSlice(), kDetails));
    EXPECT_TRUE(startsWith(onlyProblem("comments\n" + fits + "y\n"), "returns.csv:2:1 (comments): text is 2001"));
    // Characters, not bytes: 2,000 Welsh letters with a circumflex fit.
    std::string welsh;
    for (std::size_t i = 0; i < survey::kMaxTextLength; ++i) {
        welsh += "\xC5\xB5";  // ŵ
    }
    EXPECT_NO_THROW(report::parsePaperReturns("comments\n" + welsh + "\n", "returns.csv", offenderSlice(), kDetails));
}

TEST(PaperImport, RowWithTheWrongNumberOfCellsIsReported) {
    EXPECT_TRUE(startsWith(onlyProblem("setting,help_areas\ncommunity\n"), "returns.csv:2:2: the row has 1 cells"));
    EXPECT_TRUE(startsWith(onlyProblem("setting,help_areas\ncommunity,none,extra\n"), "returns.csv:2:3: the row has 3"));
}

TEST(PaperImport, CsvSyntaxErrorIsLocated) {
    EXPECT_TRUE(startsWith(onlyProblem("setting,comments\ncommunity,\"never closed\n"), "returns.csv:2:2: "));
}

TEST(PaperImport, EmptyFileIsReported) { EXPECT_TRUE(startsWith(onlyProblem(""), "returns.csv:1:1: the file is empty")); }

TEST(PaperImport, EveryProblemInTheFileIsReported) {
    const auto problems = problemsOf(
        "setting,custody_induction,help_areas,bogus\n"
        "community,yes,drugs,\n"          // line 2: not asked
        "custody,maybe,,\n"               // line 3: unknown option
        "custody,no,ete;;none,\n"         // line 4: empty item
        "community,,,\n");                // fine
    std::vector<std::string> where;
    for (const auto& problem : problems) {
        where.push_back(std::to_string(problem.line) + ":" + std::to_string(problem.column));
    }
    std::sort(where.begin(), where.end());
    EXPECT_EQ(where, (std::vector<std::string>{"1:4", "2:2", "3:2", "4:3"}));
}

}  // namespace
