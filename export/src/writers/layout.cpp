// The body/appendix split the md and html writers share.
#include "layout.hpp"

#include <algorithm>

#include "report/same_figure_sentences.hpp"

namespace report {

namespace {

constexpr std::size_t kMaxSentences = 4;  // the reports' paragraphs run to three or four findings

// Whether the questionnaire file marks headline findings, whether or not anyone answered them.
bool anyHeadline(const std::vector<QuestionFigures>& questions) {
    return std::any_of(questions.begin(), questions.end(), [](const QuestionFigures& q) { return q.headline; });
}

// A file that marks no headline (a questionnaire of a deployment's own) has every finding in the
// body; one that does has its headlines only, so when none of them was answered the body is the
// opening line alone. Either way a question about who answered ("Of the one offender who
// answered, none were in prison") is never a finding of the body.
bool bodyCandidate(const QuestionFigures& q, bool headlines_chosen) {
    return q.type != survey::QuestionType::Text && !q.about_you && q.base > 0 && !q.sentence.empty() &&
           (!headlines_chosen || q.headline);
}

}  // namespace

std::vector<Paragraph> bodyParagraphs(const std::vector<QuestionFigures>& questions) {
    const bool headlines_chosen = anyHeadline(questions);
    std::vector<Paragraph> paragraphs;
    for (const QuestionFigures& q : questions) {
        if (!bodyCandidate(q, headlines_chosen)) continue;
        if (paragraphs.empty() || paragraphs.back().size() >= kMaxSentences || paragraphs.back().back()->asked != q.asked) {
            paragraphs.emplace_back();
        }
        paragraphs.back().push_back(&q);
    }
    return paragraphs;
}

std::string paragraphText(const Paragraph& paragraph, Language language) {
    std::string text;
    for (const std::string& sentence : joinSameFigures(paragraph, language)) text += (text.empty() ? "" : " ") + sentence;
    return text;
}

bool inBody(const QuestionFigures& question, const std::vector<QuestionFigures>& questions) {
    return bodyCandidate(question, anyHeadline(questions));
}

bool hasTable(const QuestionFigures& question) {
    return question.type != survey::QuestionType::Text && !question.options.empty() && question.answered > 0;
}

const std::vector<GroupFigures>& groupsInBody(const QuestionnaireReport& questionnaire) {
    static const std::vector<GroupFigures> none;
    const bool any_shown =
        std::any_of(questionnaire.groups.begin(), questionnaire.groups.end(), [](const GroupFigures& g) { return !g.withheld; });
    return any_shown ? questionnaire.groups : none;
}

bool hasTables(const QuestionnaireReport& questionnaire) {
    const auto any = [](const std::vector<QuestionFigures>& questions) {
        return std::any_of(questions.begin(), questions.end(), hasTable);
    };
    return any(questionnaire.questions) ||
           std::any_of(questionnaire.groups.begin(), questionnaire.groups.end(), [&](const GroupFigures& g) { return any(g.questions); });
}

std::string caption(const Labels& labels, int number, const QuestionFigures& question, const std::string& group_label) {
    std::string text = labels.table + " " + std::to_string(number) + ". " + (question.text.empty() ? question.id : question.text);
    if (!group_label.empty()) text += " \u2013 " + group_label;
    return text;
}

std::string headingOf(const QuestionnaireReport& questionnaire) {
    if (!questionnaire.heading.empty()) return questionnaire.heading;
    return questionnaire.title.empty() ? questionnaire.id : questionnaire.title;
}

}  // namespace report
