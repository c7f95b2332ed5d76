// Answers and routing: which questions a respondent is asked, given what they have said so far.
#include "survey/answers.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

namespace survey {

std::size_t codePointCount(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

namespace {

std::string checkOptions(const Question& question, const Answer& answer) {
    for (const std::string& id : answer.options) {
        if (!question.hasOption(id)) return "'" + id + "' is not an option of question '" + question.id + "'";
    }
    return {};
}

// An exclusive option ("None of these") stands alone in a multi-choice answer.
std::string checkExclusive(const Question& question, const Answer& answer) {
    if (answer.options.size() < 2) return {};
    for (const std::string& id : answer.options) {
        if (question.option(id)->exclusive)
            return "'" + id + "' cannot be chosen together with other options of question '" + question.id + "'";
    }
    return {};
}

}  // namespace

Answer Answer::single(std::string option_id) {
    Answer answer;
    answer.options.push_back(std::move(option_id));
    return answer;
}

Answer Answer::multi(std::vector<std::string> option_ids) {
    std::sort(option_ids.begin(), option_ids.end());
    option_ids.erase(std::unique(option_ids.begin(), option_ids.end()), option_ids.end());
    Answer answer;
    answer.options = std::move(option_ids);
    return answer;
}

Answer Answer::freeText(std::string text) {
    Answer answer;
    answer.text = std::move(text);
    return answer;
}

bool Answer::includes(std::string_view option_id) const {
    return std::find(options.begin(), options.end(), option_id) != options.end();
}

bool isAsked(const Question& question, const Answers& answers) {
    if (!question.when) return true;
    const auto found = answers.find(question.when->question_id);
    return found != answers.end() && found->second.includes(question.when->option_id);
}

std::vector<const Question*> applicableQuestions(const Questionnaire& questionnaire, const Answers& answers) {
    // A rule holds only if the question it names is itself asked: an answer left over from a
    // question that no longer applies must not open the questions that hang from it.
    std::set<std::string_view> asked;
    std::vector<const Question*> result;
    for (const Question& question : questionnaire.questions) {
        if (question.when && !asked.contains(question.when->question_id)) continue;
        if (!isAsked(question, answers)) continue;
        asked.insert(question.id);
        result.push_back(&question);
    }
    return result;
}

std::vector<std::string> pruneInapplicable(const Questionnaire& questionnaire, Answers& answers) {
    const std::vector<const Question*> applicable = applicableQuestions(questionnaire, answers);
    std::vector<std::string> removed;
    for (const Question& question : questionnaire.questions) {
        if (std::find(applicable.begin(), applicable.end(), &question) != applicable.end()) continue;
        if (answers.erase(question.id) > 0) removed.push_back(question.id);
    }
    return removed;
}

std::vector<std::string> toggleChoice(const Question& question, std::vector<std::string> chosen,
                                      std::string_view option_id) {
    if (question.type != QuestionType::Multi) return {std::string(option_id)};
    const auto found = std::find(chosen.begin(), chosen.end(), option_id);
    if (found != chosen.end()) {
        chosen.erase(found);
        return chosen;
    }
    const Option* touched = question.option(option_id);
    const bool alone = touched != nullptr && touched->exclusive;
    // Whatever cannot stay beside the new choice: everything for an exclusive one, else only
    // the exclusive ones.
    std::erase_if(chosen, [&](const std::string& id) {
        const Option* option = question.option(id);
        return alone || (option != nullptr && option->exclusive);
    });
    chosen.emplace_back(option_id);
    return chosen;
}

std::string checkAnswer(const Question& question, const Answer& answer) {
    switch (question.type) {
        case QuestionType::Single:
            if (!answer.text.empty()) return "question '" + question.id + "' takes an option, not text";
            if (answer.options.size() != 1) return "question '" + question.id + "' takes exactly one option";
            return checkOptions(question, answer);
        case QuestionType::Multi: {
            if (!answer.text.empty()) return "question '" + question.id + "' takes options, not text";
            if (answer.options.empty()) return "question '" + question.id + "' needs at least one option";
            const std::set<std::string_view> unique(answer.options.begin(), answer.options.end());
            if (unique.size() != answer.options.size()) return "an option is given twice for question '" + question.id + "'";
            if (std::string problem = checkOptions(question, answer); !problem.empty()) return problem;
            return checkExclusive(question, answer);
        }
        case QuestionType::Text: {
            if (!answer.options.empty()) return "question '" + question.id + "' takes text, not options";
            if (answer.text.empty()) return "the answer to question '" + question.id + "' is empty";
            // Line breaks and tabs are a respondent's own; NUL, escapes and other controls are not.
            if (const auto fault = findTextFault(answer.text, LineBreaks::Allowed)) {
                return "the answer to question '" + question.id + "' " + fault->message;
            }
            if (const std::size_t length = codePointCount(answer.text); length > kMaxTextLength) {
                return "the answer to question '" + question.id + "' is " + std::to_string(length) +
                       " characters long; at most " + std::to_string(kMaxTextLength) + " are kept";
            }
            return {};
        }
    }
    return {};
}

}  // namespace survey
