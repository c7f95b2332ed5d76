// docs/house-style.md, "Findings that share a figure": consecutive findings with the same figure
// and the same opening read as one sentence, one row a rule, English and Welsh; and the Cheshire
// sentencers' section reads as the report printed it.
#include "report/same_figure_sentences.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "cli_run.hpp"
#include "test_dir.hpp"

namespace report {
namespace {

struct Finding {
    const char* sentence;
    int count;
    int base;
};

struct Row {
    const char* rule;
    Language language;
    std::vector<Finding> findings;
    std::vector<std::string> expected;
};

// A failing row is named by its rule, not dumped as bytes.
void PrintTo(const Row& row, std::ostream* out) { *out << row.rule; }

class SameFigure : public ::testing::TestWithParam<Row> {};

TEST_P(SameFigure, FollowsTheHouseStyle) {
    const Row& row = GetParam();
    std::vector<QuestionFigures> questions;
    for (const Finding& f : row.findings) {
        QuestionFigures q;
        q.sentence = f.sentence;
        q.finding_count = f.count;
        q.base = f.base;
        questions.push_back(q);
    }
    std::vector<const QuestionFigures*> findings;
    for (const QuestionFigures& q : questions) findings.push_back(&q);
    EXPECT_EQ(joinSameFigures(findings, row.language), row.expected) << row.rule;
}

const char* const kFast = "All 22 sentencers were satisfied with the quality of fast delivery reports.";
const char* const kOral = "All 22 sentencers were satisfied with the quality of oral reports.";
const char* const kStandard = "All 22 sentencers were satisfied with the quality of standard delivery reports.";

INSTANTIATE_TEST_SUITE_P(
    HouseStyle, SameFigure,
    ::testing::Values(
        Row{"two findings with one figure and one opening are one sentence", Language::En,
            {{kFast, 22, 22}, {kOral, 22, 22}},
            {"All 22 sentencers were satisfied with the quality of fast delivery reports and oral reports."}},
        Row{"three are listed without a serial comma", Language::En,
            {{kFast, 22, 22}, {kOral, 22, 22}, {kStandard, 22, 22}},
            {"All 22 sentencers were satisfied with the quality of fast delivery reports, oral reports and standard "
             "delivery reports."}},
        Row{"a different count is never joined, whatever the words", Language::En,
            {{kFast, 22, 22}, {kOral, 21, 22}},
            {kFast, kOral}},
        Row{"a different base is never joined", Language::En,
            {{kFast, 22, 22}, {kOral, 22, 23}},
            {kFast, kOral}},
        Row{"the run ends where the figure changes", Language::En,
            {{kFast, 22, 22}, {kOral, 22, 22}, {kStandard, 19, 22}},
            {"All 22 sentencers were satisfied with the quality of fast delivery reports and oral reports.", kStandard}},
        Row{"an opening of four words is not enough to share", Language::En,
            {{"All 68 offenders said they felt safe.", 68, 68}, {"All 68 offenders said staff listened.", 68, 68}},
            {"All 68 offenders said they felt safe.", "All 68 offenders said staff listened."}},
        Row{"more than four differing words keep their own sentence", Language::En,
            {{"All 22 sentencers were satisfied with the quality of the reports they were given.", 22, 22},
             {"All 22 sentencers were satisfied with the quality of oral reports.", 22, 22}},
            {"All 22 sentencers were satisfied with the quality of the reports they were given.",
             "All 22 sentencers were satisfied with the quality of oral reports."}},
        Row{"a split finding is never joined", Language::En,
            {{"Only two of the eight offenders said they had been fully supported; a further five said partly.", 2, 8},
             {"Only two of the eight offenders said they had been fully supported; a further five said not.", 2, 8}},
            {"Only two of the eight offenders said they had been fully supported; a further five said partly.",
             "Only two of the eight offenders said they had been fully supported; a further five said not."}},
        Row{"an ending with its own punctuation or \"and\" is not listed", Language::En,
            {{"All 22 sentencers were satisfied with the quality of reports, mostly.", 22, 22},
             {"All 22 sentencers were satisfied with the quality of advice and support.", 22, 22},
             {kOral, 22, 22}},
            {"All 22 sentencers were satisfied with the quality of reports, mostly.",
             "All 22 sentencers were satisfied with the quality of advice and support.", kOral}},
        Row{"Welsh: \"a\" with the aspirate mutation", Language::Cy,
            {{"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd adroddiadau llafar.", 22, 22},
             {"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd adroddiadau cyflym.", 22, 22}},
            {"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd adroddiadau llafar a chyflym."}},
        Row{"Welsh: \"ac\" before a vowel", Language::Cy,
            {{"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd adroddiadau.", 22, 22},
             {"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd asesiadau.", 22, 22},
             {"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd cyngor.", 22, 22}},
            {"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd adroddiadau, asesiadau a chyngor."}},
        Row{"Welsh: a different figure is never joined", Language::Cy,
            {{"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd adroddiadau.", 22, 22},
             {"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd asesiadau.", 20, 22}},
            {"Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd adroddiadau.",
             "Roedd pob un o'r 22 o ddedfrydwyr yn fodlon ar ansawdd asesiadau."}}));

// The Cheshire sentencers, as the inspection report put it ("All sentencers were satisfied with
// the quality of FDRs and oral reports"), in the markdown and the HTML section.
TEST(SameFigureReport, CheshireSentencersReadAsTheReportPrintedThem) {
    const std::filesystem::path csv =
        std::filesystem::path(PERSPECTIVE_SHARED_DIR) / "fixtures" / "cheshire-2011" / "sentencer.csv";
    if (!std::filesystem::exists(csv)) GTEST_SKIP() << "no Cheshire fixture at " << csv;
    const std::filesystem::path dir = testing::freshTestDir("same-figure");
    const std::string db = (dir / "returns.db").string();
    const std::string questionnaires = (std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires").string();
    ASSERT_EQ(testing::runCli({"import", "--db", db, "--questionnaire", "sentencer", "--questionnaires", questionnaires,
                               "--date", "2011-03-01", csv.string()})
                  .code,
              0);
    for (const char* format : {"md", "html"}) {
        const testing::CliResult result =
            testing::runCli({"report", "--db", db, "--questionnaires", questionnaires, "--format", format});
        ASSERT_EQ(result.code, 0) << result.err;
        EXPECT_NE(result.out.find("All 22 sentencers were satisfied with the quality of fast delivery reports and "
                                  "oral reports."),
                  std::string::npos)
            << format << ":\n" << result.out;
        EXPECT_EQ(result.out.find("All 22 sentencers were satisfied with the quality of oral reports."),
                  std::string::npos)
            << format;
    }
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace report
