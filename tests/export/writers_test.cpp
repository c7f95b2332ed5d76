#include "report/writers.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "report/rate_notes.hpp"

namespace report {
namespace {

// A small report built by hand: one questionnaire, one question with an option outside the base,
// a group, and a comment with characters every format must escape.
Report sample(Language language = Language::En) {
    QuestionFigures q;
    q.id = "satisfied_fdr";
    q.text = "Are you satisfied with <FDRs> & \"oral\" reports, really?";
    q.asked = 11;
    q.answered = 10;
    q.skipped = 1;
    q.base = 9;
    q.options = {{"yes", "Yes", false, 9, 100}, {"no", "No", false, 0, 0}, {"no_opinion", "No opinion", true, 1, std::nullopt}};
    q.finding_options = {"yes"};
    q.finding_count = 9;
    q.finding_percent = 100;
    q.sentence = "All nine sentencers who expressed a view were satisfied.";
    q.headline = true;  // printed in the findings list (and only there)
    QuestionnaireReport r;
    r.id = "sentencer";
    r.title = "Sentencers' views";
    r.returned = 11;
    r.abandoned = 2;
    r.unfinished = unfinishedNote(r.abandoned, r.in_progress, Language::En);
    r.opening = "Eleven sentencers completed a questionnaire.";
    r.questions = {q};
    r.by_question = "role";
    r.groups = {{"magistrate", "Magistrate", 11, "Eleven questionnaires were returned by magistrates.", {q}}};
    r.comments = {"One sentencer told us: \u201CGood, \"very\" good, thanks\u201D"};
    Report report;
    report.language = language;
    report.questionnaires = {r};
    return report;
}

TEST(JsonWriter, HasTheContractKeys) {
    const auto json = nlohmann::json::parse(writeJson(sample()));
    const auto& q = json.at("questionnaires").at(0);
    for (const char* key : {"id", "returned", "abandoned", "distributed", "response_rate_percent", "opening",
                            "questions", "groups", "comments"}) {
        EXPECT_TRUE(q.contains(key)) << key;
    }
    EXPECT_TRUE(q.at("distributed").is_null());
    EXPECT_TRUE(q.at("response_rate_percent").is_null());
    const auto& question = q.at("questions").at(0);
    for (const char* key : {"id", "asked", "answered", "skipped", "base", "counts", "percent", "sentence"}) {
        EXPECT_TRUE(question.contains(key)) << key;
    }
    EXPECT_EQ(question.at("counts").at("no_opinion"), 1);
    EXPECT_FALSE(question.at("percent").contains("no_opinion"));
    EXPECT_EQ(q.at("groups").at("magistrate").at("questions").at(0).at("base"), 9);
}

TEST(CsvWriter, OneRowPerQuestionnaireQuestionOptionAndGroup) {
    const std::string csv = writeCsv(sample());
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "questionnaire,group,question,option,count,percent,base");
    EXPECT_NE(csv.find("sentencer,all,satisfied_fdr,yes,9,100,9\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,all,satisfied_fdr,no_opinion,1,,9\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,magistrate,satisfied_fdr,no,0,0,9\r\n"), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1 + 3 + 3);
}

TEST(MarkdownWriter, SectionHeadingSentencesAndATable) {
    const std::string md = writeMarkdown(sample());
    EXPECT_EQ(md.rfind("## Service users\u2019 perspective\n", 0), 0U);
    EXPECT_NE(md.find("### Sentencers' views"), std::string::npos);
    EXPECT_NE(md.find("- All nine sentencers who expressed a view were satisfied."), std::string::npos);
    EXPECT_NE(md.find("| Yes | 9 | 100% |"), std::string::npos);
    EXPECT_NE(md.find("Two questionnaires were started but not finished"), std::string::npos);
}

TEST(MarkdownWriter, WelshHeadings) {
    EXPECT_EQ(writeMarkdown(sample(Language::Cy)).rfind("## Safbwynt defnyddwyr gwasanaeth\n", 0), 0U);
}

TEST(HtmlWriter, StandalonePageWithNoScriptAndAChartWithATextAlternative) {
    const std::string html = writeHtml(sample());
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    // The only address is the SVG namespace, which is a name, not a file to fetch.
    std::size_t addresses = 0;
    for (auto at = html.find("http"); at != std::string::npos; at = html.find("http", at + 1)) {
        EXPECT_EQ(html.compare(at, 26, "http://www.w3.org/2000/svg"), 0);
        ++addresses;
    }
    EXPECT_EQ(addresses, 2U);  // two charts
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("role=\"img\""), std::string::npos);
    EXPECT_NE(html.find("<title id="), std::string::npos);
    EXPECT_NE(html.find("<desc id="), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\">"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"row\">"), std::string::npos);
    EXPECT_NE(html.find("&lt;FDRs&gt; &amp; &quot;oral&quot;"), std::string::npos);
    EXPECT_EQ(html.find("<FDRs>"), std::string::npos);
}

TEST(HtmlWriter, WelshPageSaysSo) {
    EXPECT_NE(writeHtml(sample(Language::Cy)).find("<html lang=\"cy\">"), std::string::npos);
}

TEST(XlsxWriter, WritesAZipFileWithASheetPerQuestionnaire) {
    const auto path = std::filesystem::temp_directory_path() / ("writers_test_" + std::to_string(::getpid()) + ".xlsx");
    writeXlsx(sample(), path);
    std::ifstream file(path, std::ios::binary);
    char magic[2] = {};
    file.read(magic, 2);
    EXPECT_EQ(std::string(magic, 2), "PK");
    std::filesystem::remove(path);
}

TEST(XlsxWriter, AnUnwritablePathThrowsNamingIt) {
    try {
        writeXlsx(sample(), "/nonexistent-dir/report.xlsx");
        FAIL() << "expected an error";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("/nonexistent-dir/report.xlsx"), std::string::npos);
    }
}

TEST(Format, NamesParse) {
    EXPECT_EQ(formatFrom("json"), Format::Json);
    EXPECT_EQ(formatFrom("md"), Format::Markdown);
    EXPECT_EQ(formatFrom("xlsx"), Format::Xlsx);
    EXPECT_FALSE(formatFrom("pdf").has_value());
}

}  // namespace
}  // namespace report
