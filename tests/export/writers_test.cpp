#include "report/writers.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <fstream>
#include <nlohmann/json.hpp>

#include "report/rate_notes.hpp"
#include "zip_entry.hpp"

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
    QuestionFigures comment;
    comment.id = "comments";
    comment.type = survey::QuestionType::Text;
    comment.text = "Anything else?";
    comment.comments = {"One sentencer told us: \u201CGood, \"very\" good, thanks\u201D"};
    r.questions.push_back(comment);
    r.comments = comment.comments;
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

TEST(CsvWriter, LongFormWithQuestionTextLabelsAndASummary) {
    Report report = sample();
    report.questionnaires[0].distributed = 20;
    report.questionnaires[0].response_rate_percent = 55;
    const std::string csv = writeCsv(report);
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
              "questionnaire,group,question_id,question_text,option_id,label,count,percent,base,in_base");
    const std::string text = "\"Are you satisfied with <FDRs> & \"\"oral\"\" reports, really?\"";
    EXPECT_NE(csv.find("sentencer,all,satisfied_fdr," + text + ",yes,Yes,9,100,9,yes\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,all,satisfied_fdr," + text + ",no_opinion,No opinion,1,,9,no\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,magistrate,satisfied_fdr," + text + ",no,No,0,0,9,yes\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,all,summary,Summary,returned,Returned,11,,,\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,all,summary,Summary,handed_out,Handed out,20,,,\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,all,summary,Summary,response_rate,Response rate,,55,,\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,all,summary,Summary,abandoned,Abandoned,2,,,\r\n"), std::string::npos);
    EXPECT_NE(csv.find("sentencer,all,summary,Summary,in_progress,In progress,0,,,\r\n"), std::string::npos);
    // The summary's notes, and each comment with the question it answers (neither was in the CSV).
    EXPECT_NE(csv.find("sentencer,all,summary,Summary,notes,Two questionnaires were started but not finished; they "
                       "are not in these figures.,,,,\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("sentencer,all,comments,Anything else?,comment,\"One sentencer told us: \u201CGood, "
                       "\"\"very\"\" good, thanks\u201D\",,,,\r\n"),
              std::string::npos)
        << csv;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 1 + 6 + 3 + 3 + 1);
}

// An empty selection said nothing in the CSV and the XLSX: a header, and a blank Summary sheet.
TEST(CsvWriter, AnEmptySelectionSaysSoInTheSummary) {
    const std::string csv = writeCsv(Report{});
    EXPECT_NE(csv.find(",all,summary,Summary,notes,\"" + nothingToReport(Language::En) + "\",,,,\r\n"), std::string::npos)
        << csv;
    EXPECT_EQ(csv.find(",returned,"), std::string::npos) << csv;  // no zeros for a questionnaire that is not there
}

TEST(CsvWriter, ABaseOfNothingIsBlankNotZeroPercent) {
    Report report = sample();
    QuestionFigures& q = report.questionnaires[0].questions[0];
    q.base = 0;
    q.options = {{"yes", "Yes", false, 0, 0}};
    const std::string csv = writeCsv(report);
    EXPECT_NE(csv.find(",yes,Yes,0,,0,yes\r\n"), std::string::npos);
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(MarkdownWriter, ParagraphsUnderTheHeadingThenCaptionedTablesInAnAppendix) {
    Report report = sample();
    report.questionnaires[0].heading = "Courts";
    const std::string md = writeMarkdown(report);
    EXPECT_EQ(md.rfind("## Service users\u2019 perspective\n", 0), 0U);
    const auto heading = md.find("### Courts\n");
    const auto sentence = md.find("\nAll nine sentencers who expressed a view were satisfied.\n");
    const auto appendix = md.find("### Appendix: the figures for each question\n");
    ASSERT_NE(heading, std::string::npos);
    ASSERT_NE(sentence, std::string::npos);
    ASSERT_NE(appendix, std::string::npos);
    EXPECT_LT(heading, sentence);
    EXPECT_LT(sentence, appendix);
    EXPECT_EQ(md.find("- All nine"), std::string::npos);  // a paragraph, not a list
    // Each sentence once: in the body for the whole questionnaire and for the group, never again.
    EXPECT_EQ(occurrences(md, "All nine sentencers who expressed a view were satisfied."), 2U);
    EXPECT_NE(md.find("**Table 1. Are you satisfied"), std::string::npos);
    EXPECT_NE(md.find("**Table 2. Are you satisfied with <FDRs> & \"oral\" reports, really? \u2013 Magistrate**"),
              std::string::npos);
    EXPECT_GT(md.find("| Yes | 9 | 100% |"), appendix);
    EXPECT_NE(md.find("Two questionnaires were started but not finished"), std::string::npos);
}

TEST(MarkdownWriter, HeadlineFindingsOpenTheSectionAndTheRestGoToTheAppendixOnce) {
    Report report = sample();
    QuestionFigures minor = report.questionnaires[0].questions[0];
    minor.id = "minor";
    minor.sentence = "A minor finding.";
    minor.headline = false;
    report.questionnaires[0].questions[0].headline = true;
    report.questionnaires[0].questions.push_back(minor);
    const std::string md = writeMarkdown(report);
    const auto appendix = md.find("### Appendix");
    EXPECT_LT(md.find("All nine sentencers"), appendix);
    EXPECT_EQ(occurrences(md, "A minor finding."), 1U);
    EXPECT_GT(md.find("A minor finding."), appendix);
}

// Handed out, none returned: an opening and nothing else.
Report nothingReturned() {
    Report report = sample();
    QuestionnaireReport& r = report.questionnaires[0];
    r.returned = 0;
    r.distributed = 5;
    for (QuestionFigures& q : r.questions) q.answered = q.base = 0, q.sentence.clear();
    r.groups.clear();
    r.comments.clear();
    return report;
}

TEST(MarkdownWriter, NothingReturnedMeansNoEmptyListsOrAppendix) {
    const Report report = nothingReturned();
    const std::string md = writeMarkdown(report);
    EXPECT_EQ(md.find("Appendix"), std::string::npos);
    EXPECT_EQ(md.find("Findings"), std::string::npos);
    EXPECT_EQ(md.find("\n- "), std::string::npos);
    EXPECT_EQ(md.find("\n\n\n"), std::string::npos);
}

TEST(MarkdownWriter, WelshHeadings) {
    EXPECT_EQ(writeMarkdown(sample(Language::Cy)).rfind("## Safbwynt defnyddwyr gwasanaeth\n", 0), 0U);
}

TEST(HtmlWriter, StandalonePrintablePageWithCaptionedAccessibleTables) {
    const std::string html = writeHtml(sample());
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("http"), std::string::npos);  // nothing to fetch
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_NE(html.find("@page { size: A4;"), std::string::npos);
    EXPECT_NE(html.find("break-inside: avoid"), std::string::npos);
    EXPECT_EQ(occurrences(html, "<table"), 2U);  // the questionnaire's and the group's
    EXPECT_EQ(occurrences(html, "<caption>"), occurrences(html, "<table"));
    EXPECT_NE(html.find("<caption>Table 1. Are you satisfied with &lt;FDRs&gt; &amp; &quot;oral&quot; reports, really?</caption>"),
              std::string::npos);
    EXPECT_EQ(html.find("<FDRs>"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\">"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"row\">"), std::string::npos);
    EXPECT_NE(html.find("<td class=\"bar\" aria-hidden=\"true\"><span style=\"width:100%\"></span></td>"), std::string::npos);
    EXPECT_EQ(html.find("<ul>"), std::string::npos);  // no findings list: paragraphs
    EXPECT_LT(html.find("<p>All nine sentencers"), html.find("<section class=\"appendix\">"));
    EXPECT_EQ(occurrences(html, "All nine sentencers who expressed a view were satisfied."), 2U);
}

TEST(HtmlWriter, NothingReturnedMeansNothingEmpty) {
    const Report report = nothingReturned();
    const std::string html = writeHtml(report);
    EXPECT_EQ(html.find("<section class=\"appendix\">"), std::string::npos);
    EXPECT_EQ(html.find("<ul>"), std::string::npos);
    EXPECT_EQ(html.find("<p></p>"), std::string::npos);
    EXPECT_EQ(html.find("<table"), std::string::npos);
}

TEST(HtmlWriter, WelshPageSaysSo) {
    EXPECT_NE(writeHtml(sample(Language::Cy)).find("<html lang=\"cy\">"), std::string::npos);
}

using testing::zipEntry;

std::filesystem::path xlsxOf(const Report& report) {
    const auto path = std::filesystem::temp_directory_path() / ("writers_test_" + std::to_string(::getpid()) + ".xlsx");
    std::filesystem::remove(path);
    writeXlsx(report, path);
    return path;
}

TEST(XlsxWriter, SummaryFiguresSentencesAndCommentsSheetsFrozenAndFiltered) {
    const auto path = xlsxOf(sample());
    const std::string workbook = zipEntry(path, "xl/workbook.xml");
    EXPECT_NE(workbook.find("<sheet name=\"Summary\" sheetId=\"1\""), std::string::npos);
    EXPECT_NE(workbook.find("<sheet name=\"Figures\" sheetId=\"2\""), std::string::npos);
    EXPECT_NE(workbook.find("<sheet name=\"Sentences\" sheetId=\"3\""), std::string::npos);
    EXPECT_NE(workbook.find("<sheet name=\"Comments\" sheetId=\"4\""), std::string::npos);
    for (int sheet = 1; sheet <= 4; ++sheet) {
        const std::string xml = zipEntry(path, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
        EXPECT_NE(xml.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
                  std::string::npos) << sheet;
        EXPECT_NE(xml.find("<autoFilter ref=\"A1:"), std::string::npos) << sheet;
        EXPECT_NE(xml.find("<row r=\"1\""), std::string::npos) << sheet;  // the header on row 1
    }
    const std::string strings = zipEntry(path, "xl/sharedStrings.xml");
    EXPECT_NE(strings.find("<t>in_base</t>"), std::string::npos);
    EXPECT_NE(strings.find("All nine sentencers who expressed a view were satisfied."), std::string::npos);
    EXPECT_NE(strings.find("Good, \"very\" good"), std::string::npos);
    EXPECT_NE(strings.find("<t>Anything else?</t>"), std::string::npos);  // the question a comment answers
    EXPECT_NE(strings.find("<t>Two questionnaires were started but not finished; they are not in these figures.</t>"),
              std::string::npos);  // the summary's notes
    // Figures: count 9 and percent 100 typed as numbers (no t="s"), the no_opinion percent blank.
    const std::string figures = zipEntry(path, "xl/worksheets/sheet2.xml");
    EXPECT_NE(figures.find("<c r=\"G2\"><v>9</v></c><c r=\"H2\"><v>100</v></c><c r=\"I2\"><v>9</v></c>"), std::string::npos);
    EXPECT_NE(figures.find("<c r=\"G4\"><v>1</v></c><c r=\"I4\"><v>9</v></c>"), std::string::npos);
    // Summary: returned 11, abandoned 2 typed; nothing handed out, so no handed-out or rate cell.
    const std::string summary = zipEntry(path, "xl/worksheets/sheet1.xml");
    EXPECT_NE(summary.find("<c r=\"C2\"><v>11</v></c><c r=\"F2\"><v>2</v></c>"), std::string::npos);
    std::filesystem::remove(path);
}

TEST(XlsxWriter, AnEmptySelectionStillWritesAValidFileWithTheSummary) {
    Report report;
    QuestionnaireReport nothing;
    nothing.id = "victim";
    report.questionnaires = {nothing};
    const auto path = xlsxOf(report);
    EXPECT_NE(zipEntry(path, "xl/workbook.xml").find("<sheet name=\"Summary\""), std::string::npos);
    EXPECT_NE(zipEntry(path, "xl/worksheets/sheet1.xml").find("<c r=\"C2\"><v>0</v></c>"), std::string::npos);
    EXPECT_EQ(zipEntry(path, "xl/worksheets/sheet2.xml").find("<row r=\"2\""), std::string::npos);
    std::filesystem::remove(path);
}

TEST(XlsxWriter, AnEmptyDatabaseSaysSoOnTheSummarySheet) {
    const auto path = xlsxOf(Report{});  // what the report command builds from an empty database
    EXPECT_NE(zipEntry(path, "xl/worksheets/sheet1.xml").find("<row r=\"2\""), std::string::npos);
    EXPECT_NE(zipEntry(path, "xl/sharedStrings.xml").find(nothingToReport(Language::En)), std::string::npos);
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

// "Two questionnaires were started but not finished; they are in these figures" said the opposite
// of what the report does; the Welsh used the plural for one.
TEST(RateNotes, UnfinishedQuestionnairesAreSaidToBeLeftOut) {
    EXPECT_EQ(unfinishedNote(0, 0, Language::En), "");
    EXPECT_EQ(unfinishedNote(1, 0, Language::En), "One questionnaire was started but not finished; it is not in these figures.");
    EXPECT_EQ(unfinishedNote(2, 0, Language::En),
              "Two questionnaires were started but not finished; they are not in these figures.");
    EXPECT_EQ(unfinishedNote(0, 3, Language::En), "Three questionnaires are still in progress; they are not in these figures.");
    EXPECT_EQ(unfinishedNote(2, 1, Language::En),
              "Two questionnaires were started but not finished, and one is still in progress; none of them is in these "
              "figures.");
    EXPECT_EQ(unfinishedNote(1, 0, Language::Cy),
              "Cafodd un holiadur ei ddechrau ond heb ei orffen; nid yw yn y ffigurau hyn.");
    EXPECT_EQ(unfinishedNote(2, 0, Language::Cy),
              "Cafodd dau holiadur eu dechrau ond heb eu gorffen; nid ydynt yn y ffigurau hyn.");
    EXPECT_EQ(unfinishedNote(2, 1, Language::Cy),
              "Cafodd dau holiadur eu dechrau ond heb eu gorffen, ac mae un holiadur ar y gweill o hyd; nid ydynt yn y "
              "ffigurau hyn.");
}

// "a roddwyd i dioddefwyr" was wrong: "i" soft-mutates the noun after it.
TEST(RateNotes, TheWelshWarningMutatesTheNounAfterI) {
    const Nouns victims{"dioddefwr", "dioddefwyr"};
    const std::string welsh = moreReturnedThanHandedOut(12, 10, victims, Language::Cy);
    EXPECT_NE(welsh.find("a roddwyd i ddioddefwyr (10)"), std::string::npos) << welsh;
    const std::string english = moreReturnedThanHandedOut(12, 10, {"victim", "victims"}, Language::En);
    EXPECT_NE(english.find("handed out to victims (10)"), std::string::npos) << english;
}

TEST(Format, NamesParse) {
    EXPECT_EQ(formatFrom("json"), Format::Json);
    EXPECT_EQ(formatFrom("md"), Format::Markdown);
    EXPECT_EQ(formatFrom("xlsx"), Format::Xlsx);
    EXPECT_FALSE(formatFrom("pdf").has_value());
}

}  // namespace
}  // namespace report
