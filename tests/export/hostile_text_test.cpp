// Reports never break on stored text (issue 12, items 2 and 6): every string from a database or
// questionnaire is inert in the HTML report, and text that is not UTF-8 cannot stop the JSON one.
#include "report/writers.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace report {
namespace {

// One report whose every string, ids included, is `text`.
Report everyStringIs(const std::string& text) {
    QuestionFigures q;
    q.id = text;
    q.text = text;
    q.base = 1;
    q.answered = 1;
    q.options = {{text, text, false, 1, 100}, {text + "2", text, true, 0, std::nullopt}};
    q.finding_options = {text};
    q.sentence = text;
    q.comments = {text};
    QuestionFigures comment_question = q;
    comment_question.type = survey::QuestionType::Text;
    QuestionnaireReport r;
    r.id = text;
    r.title = text;
    r.returned = 1;
    r.opening = text;
    r.by_question = text;
    r.questions = {q, comment_question};
    r.groups = {{text, text, 1, text, {q}}};
    r.comments = {text};
    Report report;
    report.questionnaires = {r};
    return report;
}

TEST(HostileText, ACraftedIdOrTextInTheDatabaseIsInertInTheHtmlReport) {
    for (const std::string& payload : {std::string("<img src=x onerror=alert(1)>"),
                                       std::string("\"><img src=x onerror=alert(1)>"),
                                       std::string("x\" onmouseover=\"alert(1)"), std::string("x' onfocus='alert(1)")}) {
        const std::string html = writeHtml(everyStringIs(payload));
        EXPECT_EQ(html.find("<img"), std::string::npos) << payload;
        EXPECT_EQ(html.find("\" onmouseover"), std::string::npos) << payload;
        EXPECT_EQ(html.find("' onfocus"), std::string::npos) << payload;
        EXPECT_EQ(html.find("<script"), std::string::npos) << payload;
    }
}

TEST(HostileText, TextThatIsNotUtf8DoesNotStopTheJsonReport) {
    const std::string broken = "answered \xC3\x28 yes \xFF";
    std::string json;
    ASSERT_NO_THROW(json = writeJson(everyStringIs(broken)));
    const nlohmann::json parsed = nlohmann::json::parse(json);  // valid JSON, valid UTF-8
    const std::string title = parsed["questionnaires"][0]["title"];
    EXPECT_EQ(title, "answered \xEF\xBF\xBD( yes \xEF\xBF\xBD");  // U+FFFD where the bad bytes were
}

}  // namespace
}  // namespace report
