// The sentence of each question, as docs/house-style.md says: which options a finding counts,
// when a strong answer is reported apart from the partial one, the most common answer of a
// question without a finding, and the wording a finding ends with.
#include "report/question_sentence.hpp"

#include <algorithm>

#include "report/proportion.hpp"

namespace report {

namespace {

std::string languageKey(Language language) { return std::string(toString(language)); }

}  // namespace

std::string wording(const survey::LocalText& text, Language language) {
    if (const std::string* exact = text.find(languageKey(language))) return *exact;
    return text.get("en");
}

namespace {

const OptionFigure* figureOf(const QuestionFigures& q, std::string_view option_id) {
    for (const OptionFigure& figure : q.options) {
        if (figure.id == option_id) return &figure;
    }
    return nullptr;
}

// After a split strong/partial finding, the rest of the base: " The remainder, three offenders,
// answered “No”." Empty when nobody is left.
std::string remainderOf(const QuestionFigures& q, const OptionFigure& strong, const OptionFigure& partial,
                        const Nouns& nouns, Language language) {
    const int remainder = q.base - strong.count - partial.count;
    if (remainder <= 0) return {};
    std::string label;  // the one answer they all gave, if they did
    for (const OptionFigure& option : q.options) {
        if (!option.outside_base && option.count == remainder && &option != &strong && &option != &partial) {
            label = option.label;
        }
    }
    return " " + remainderSentence(remainder, label, nouns, language);
}

}  // namespace

std::string questionSentence(const survey::Question& question, QuestionFigures& q, FindingFigures figures,
                             const Nouns& nouns, Language language) {
    if (q.finding_options.empty()) {
        int top = 0;
        for (const OptionFigure& option : q.options) {
            if (!option.outside_base) top = std::max(top, option.count);
        }
        q.finding_count = top;
        if (top == 0 || q.base == 0) return findingSentence(figures, nouns, "", language);
        std::vector<std::string> labels;
        std::vector<std::string> ids;
        for (const OptionFigure& option : q.options) {
            if (!option.outside_base && option.count == top) {
                labels.push_back(option.label);
                ids.push_back(option.id);
            }
        }
        if (ids.size() == 1 && top == q.base) {  // everyone chose it: "All 12 offenders chose ..."
            figures.count = top;
            return findingSentence(figures, nouns, findingText(question, ids, language), language);
        }
        std::string sentence = mostCommonSentence(labels, top, q.base, nouns, language);
        // A single top answer with a close second: "A similar number (four) chose “Work”."
        int next = 0;
        for (const OptionFigure& option : q.options) {
            if (!option.outside_base && option.count < top) next = std::max(next, option.count);
        }
        if (ids.size() == 1 && similarCounts(top, next)) {
            std::vector<std::string> next_labels;
            for (const OptionFigure& option : q.options) {
                if (!option.outside_base && option.count == next) next_labels.push_back(option.label);
            }
            sentence += " " + similarChoiceSentence(top, next, next_labels, question.type == survey::QuestionType::Multi,
                                                    language);
        }
        return sentence;
    }
    const bool strong_and_partial = question.type == survey::QuestionType::Single && q.finding_options.size() == 2;
    if (strong_and_partial) {
        const OptionFigure* strong = figureOf(q, q.finding_options[0]);
        const OptionFigure* partial = figureOf(q, q.finding_options[1]);
        if (strong && partial && partial->count > 0 && 3 * strong->count < 2 * q.finding_count) {
            survey::Question by_labels = question;  // the merged wording would hide the split
            by_labels.finding = {};
            figures.count = strong->count;
            return findingSentence(figures, nouns, findingText(by_labels, {strong->id}, language), language) + " " +
                   furtherSentence(strong->count, partial->count, partial->label, language) +
                   remainderOf(q, *strong, *partial, nouns, language);
        }
    }
    figures.count = q.finding_count;
    return findingSentence(figures, nouns, findingText(question, q.finding_options, language), language);
}


std::string findingText(const survey::Question& question, const std::vector<std::string>& options,
                        Language language) {
    if (const std::string* exact = question.finding.find(languageKey(language))) return *exact;
    std::string labels;
    for (std::size_t i = 0; i < options.size(); ++i) {
        const survey::Option* option = question.option(options[i]);
        const std::string label = option && !option->label.empty() ? wording(option->label, language) : options[i];
        if (i > 0) labels += language == Language::Cy ? " neu " : " or ";
        labels += "\u201C" + label + "\u201D";
    }
    const std::string text = question.text.empty() ? question.id : wording(question.text, language);
    // Welsh sentences open with "Roedd", so the Welsh ending is a predicate ("wedi ateb ...").
    const bool multi = question.type == survey::QuestionType::Multi;
    if (language == Language::Cy) {
        return (multi ? "wedi dewis " : "wedi ateb ") + labels + (multi ? " wrth ateb \u201C" : " i\u2019r cwestiwn \u201C") +
               text + "\u201D";
    }
    return (multi ? "chose " : "answered ") + labels + (multi ? " in answer to \u201C" : " to \u201C") + text + "\u201D";
}

Nouns nounsOf(const survey::Questionnaire& questionnaire, Language language) {
    Nouns nouns;
    nouns.singular = questionnaire.respondent.empty() ? (language == Language::Cy ? "ymatebydd" : "respondent")
                                                      : wording(questionnaire.respondent, language);
    nouns.plural = questionnaire.respondents.empty() ? (language == Language::Cy ? "ymatebwyr" : "respondents")
                                                     : wording(questionnaire.respondents, language);
    // Gender matters only to Welsh numbers; the file gives it for the Welsh noun.
    if (language == Language::Cy && questionnaire.respondent_gender == survey::NounGender::Feminine) {
        nouns.gender = Gender::Feminine;
    }
    return nouns;
}

}  // namespace report
