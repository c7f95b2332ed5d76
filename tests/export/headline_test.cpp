// Headline findings: chosen by `finding.headline` in the questionnaire file, printed once (in the
// findings list, not again above the question's table); every other sentence once, with its table.
#include <gtest/gtest.h>

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

Report twoQuestionReport() {
    survey::Questionnaire questionnaire;
    questionnaire.id = "offender";
    questionnaire.respondent.set("en", "offender");
    questionnaire.respondents.set("en", "offenders");
    questionnaire.questions = {yesNo("setting", "Are you in prison?", "were in prison", false),
                               yesNo("rules_explained", "Were the rules explained?", "said the rules were explained", true)};
    QuestionnaireTally tally(questionnaire, "");
    for (const char* answer : {"yes", "yes", "no"}) {
        survey::StoredResponse response;
        response.info.questionnaire_id = "offender";
        response.answers["setting"] = survey::Answer::single(answer);
        response.answers["rules_explained"] = survey::Answer::single("yes");
        tally.add(response);
    }
    Report report;
    report.questionnaires.push_back(tally.finish(Language::En, std::nullopt));
    return report;
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

}  // namespace
}  // namespace report
