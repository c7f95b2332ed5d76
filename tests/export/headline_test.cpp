// Headline findings: chosen by `finding.headline` in the questionnaire file, printed once (in the
// findings list, not again above the question's table); every other sentence once, with its table.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_run.hpp"
#include "test_dir.hpp"
#include "report/tally.hpp"
#include "report/writers.hpp"

namespace report {
namespace {

survey::Question yesNo(const char* id, const char* text, const char* finding, bool headline) {
    survey::Question question;
    question.id = id;
    question.type = survey::QuestionType::Single;
    question.text.set("en", text);
    question.finding.set("en", finding);
    question.finding_options = {"yes"};
    question.headline = headline;
    for (const char* option_id : {"yes", "no"}) {
        survey::Option option;
        option.id = option_id;
        option.label.set("en", option_id);
        question.options.push_back(option);
    }
    return question;
}

// The offender questionnaire with just these questions, its report on these responses.
Report reportOf(std::vector<survey::Question> questions, const std::vector<survey::Answers>& responses) {
    survey::Questionnaire questionnaire;
    questionnaire.id = "offender";
    questionnaire.respondent.set("en", "offender");
    questionnaire.respondents.set("en", "offenders");
    questionnaire.questions = std::move(questions);
    QuestionnaireTally tally(questionnaire, "");
    for (const survey::Answers& answers : responses) {
        survey::StoredResponse response;
        response.info.questionnaire_id = "offender";
        response.answers = answers;
        tally.add(response);
    }
    Report report;
    report.questionnaires.push_back(tally.finish(Language::En, std::nullopt));
    return report;
}

Report twoQuestionReport(bool headline = true) {
    survey::Question setting = yesNo("setting", "Are you in prison?", "were in prison", false);
    setting.about_you = true;
    std::vector<survey::Answers> responses;
    for (const char* answer : {"yes", "yes", "no"}) {
        responses.push_back({{"setting", survey::Answer::single(answer)}, {"rules_explained", survey::Answer::single("yes")}});
    }
    return reportOf({setting, yesNo("rules_explained", "Were the rules explained?", "said the rules were explained", headline)},
                    responses);
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

TEST(Headlines, OnlyFlaggedQuestionsAreHeadlines) {
    const Report report = twoQuestionReport();
    const auto& questions = report.questionnaires.at(0).questions;
    EXPECT_FALSE(questions.at(0).headline);  // setting: about who answered
    EXPECT_TRUE(questions.at(1).headline);
}

TEST(Headlines, EverySentenceIsPrintedOnce) {
    const Report report = twoQuestionReport();
    const std::string markdown = writeMarkdown(report);
    const std::string html = writeHtml(report);
    for (const QuestionFigures& q : report.questionnaires.at(0).questions) {
        ASSERT_FALSE(q.sentence.empty());
        EXPECT_EQ(occurrences(markdown, q.sentence), 1U) << q.sentence << "\n" << markdown;
        EXPECT_EQ(occurrences(html, q.sentence), 1U) << q.sentence;
    }
    // The headline opens the section; the other sentence waits for its table in the appendix.
    const auto appendix = markdown.find("### Appendix");
    ASSERT_NE(appendix, std::string::npos) << markdown;
    EXPECT_LT(markdown.find("All three offenders said the rules were explained."), appendix) << markdown;
}

// The section's text before the appendix: its heading, opening and body.
std::string bodyOf(const std::string& markdown) {
    const auto start = markdown.find("\n### ");
    return markdown.substr(start, markdown.find("### Appendix") - start);
}

// A file that marks no headline (a deployment's own questionnaire) has every finding in the body,
// but never a question about who answered.
TEST(Headlines, WithoutHeadlinesEveryFindingButWhoAnsweredIsInTheBody) {
    const std::string body = bodyOf(writeMarkdown(twoQuestionReport(false)));
    EXPECT_NE(body.find("All three offenders said the rules were explained."), std::string::npos) << body;
    EXPECT_EQ(body.find("in prison"), std::string::npos) << body;
}

// A file that marks headlines keeps the body to them when none was answered: another finding is
// not promoted in their place (was: every sentence, as for a file that marks none).
TEST(Headlines, NoHeadlineAnsweredPromotesNoOtherFinding) {
    const Report report =
        reportOf({yesNo("other_services", "Have you worked with anyone else?", "said they had worked with others", false),
                  yesNo("rules_explained", "Were the rules explained?", "said the rules were explained", true)},
                 {{{"other_services", survey::Answer::single("yes")}}});
    const std::string body = bodyOf(writeMarkdown(report));
    EXPECT_EQ(body.find("worked with others"), std::string::npos) << body;
}

// One offender answered only `setting`, which is about who answered: no headline was answered,
// so the body is the opening line alone (was: "Of the one offender who answered, none were in
// prison." as the section's finding).
TEST(Headlines, NoHeadlineAnsweredLeavesTheOpeningAlone) {
    namespace fs = std::filesystem;
    const fs::path dir = testing::freshTestDir("headline");
    const std::string db = (dir / "w.db").string();
    const std::string questionnaires = (fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires").string();
    std::ofstream(dir / "one.csv") << "setting\ncommunity\n";
    ASSERT_EQ(testing::runCli({"import", "--db", db, "--questionnaire", "offender", "--questionnaires", questionnaires,
                               "--date", "2011-03-01", (dir / "one.csv").string()})
                  .code,
              0);
    ASSERT_EQ(testing::runCli({"distributed", "--db", db, "--questionnaire", "offender", "--count", "3", "--date",
                               "2011-03-01"})
                  .code,
              0);
    const auto result = testing::runCli({"report", "--db", db, "--questionnaires", questionnaires, "--format", "md"});
    fs::remove_all(dir);
    ASSERT_EQ(result.code, 0) << result.err;
    const std::string body = bodyOf(result.out);
    EXPECT_EQ(body.find("prison"), std::string::npos) << body;
    // The heading and the opening line (the counts; no rate, with three handed out), nothing else.
    EXPECT_EQ(body, "\n### Offenders\n\nOut of three questionnaires handed out, one was completed and returned.\n\n");
    EXPECT_NE(result.out.find("### Appendix"), std::string::npos);  // the figures are still there
}

}  // namespace
}  // namespace report
