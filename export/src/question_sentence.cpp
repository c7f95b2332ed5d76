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

// `finding.split` wording for one option (the loader requires it for every option named).
std::string splitWording(const survey::Question& question, std::string_view option_id, Language language) {
    const auto found = question.split_finding.find(option_id);
    return found == question.split_finding.end() ? std::string() : wording(found->second, language);
}

// The parts of a split finding in the file's words: each answer inside the base other than the
// strong and the partial one, in the order of the question's options.
std::vector<SplitPart> restOf(const survey::Question& question, const QuestionFigures& q, Language language) {
    std::vector<SplitPart> rest;
    for (const survey::Option* option : question.splitNames()) {
        if (option->id == q.finding_options[0] || option->id == q.finding_options[1]) continue;
        const OptionFigure* figure = figureOf(q, option->id);
        rest.push_back({figure ? figure->count : 0, splitWording(question, option->id, language)});
    }
    return rest;
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
        std::string sentence = mostCommonSentence(labels, top, q.base, nouns, language, baseQualifier(figures, language));
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
    if (question.findingCanSplit() && !question.split_finding.empty()) {
        const OptionFigure* strong = figureOf(q, q.finding_options[0]);
        const OptionFigure* partial = figureOf(q, q.finding_options[1]);
        // One person is never split ("none said fully; one said partly"). Their strong answer is
        // said in its own words, which open a split sentence and so stand alone; any other answer
        // as the finding ("fully or partly"), since the other split wordings lean on the words
        // before them ("said they had been partly explained").
        if (q.base == 1 && strong && strong->count == 1) {
            figures.count = 1;
            return findingSentence(figures, nouns, splitWording(question, strong->id, language), language);
        }
        if (q.base > 1 && strong && partial && partial->count > 0 && 3 * strong->count < 2 * q.finding_count) {
            figures.count = strong->count;
            return splitSentence(figures, nouns, {strong->count, splitWording(question, strong->id, language)},
                                 {partial->count, splitWording(question, partial->id, language)},
                                 restOf(question, q, language), language);
        }
    }
    figures.count = q.finding_count;
    const std::string* one = question.finding_one.find(languageKey(language));
    return findingSentence(figures, nouns, findingText(question, q.finding_options, language), language,
                           one != nullptr ? std::string_view(*one) : std::string_view());
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
