// A respondent's answers and the routing rules (`when`) that decide which questions apply.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "survey/input_text.hpp"
#include "survey/questionnaire.hpp"

namespace survey {

// One given answer. Single: exactly one option id. Multi: one or more option ids, sorted,
// no repeats. Text: `text` non-empty (at most 2,000 characters), no options.
struct Answer {
    std::vector<std::string> options;
    std::string text;

    static Answer single(std::string option_id);
    static Answer multi(std::vector<std::string> option_ids);  // sorts and de-duplicates
    static Answer freeText(std::string text);
    bool includes(std::string_view option_id) const;
    bool operator==(const Answer&) const = default;
};

inline constexpr std::size_t kMaxTextLength = 2000;  // characters (UTF-8 code points)

// Characters (code points) in UTF-8 text: counts lead bytes, so it needs valid UTF-8 to mean much.
// (isValidUtf8 and the control-character rules are in input_text.hpp.)
std::size_t codePointCount(std::string_view text);

// Answers by question id. A question with no entry was skipped or not asked.
using Answers = std::map<std::string, Answer, std::less<>>;

// Whether `question`'s when-rule holds for these answers (always true with no rule).
bool isAsked(const Question& question, const Answers& answers);

// The questions that apply, in order, given the answers so far.
std::vector<const Question*> applicableQuestions(const Questionnaire& questionnaire, const Answers& answers);

// Removes answers to questions that no longer apply (after an earlier answer changed), in order,
// so chains (a rule on a question that is itself no longer asked) fall away too.
// Returns the ids removed.
std::vector<std::string> pruneInapplicable(const Questionnaire& questionnaire, Answers& answers);

// The options chosen after the respondent touches `option_id` on `question`. Single: just that
// option. Multi: toggles it, and keeps exclusive options alone: choosing an exclusive option
// ("None of these") clears the others; choosing any other option clears the exclusive ones.
std::vector<std::string> toggleChoice(const Question& question, std::vector<std::string> chosen,
                                      std::string_view option_id);

// Empty when the answer is valid for the question; otherwise what is wrong, in plain English.
std::string checkAnswer(const Question& question, const Answer& answer);

}  // namespace survey
