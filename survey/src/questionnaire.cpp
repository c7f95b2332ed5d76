// Lookups on the questionnaire value types, and the fallback rules for wording per locale.
#include "survey/questionnaire.hpp"
#include "survey/locale.hpp"

#include <algorithm>
#include <utility>

namespace survey {

namespace {
const std::string kNoText;  // what get() returns when a text has no wording at all
}  // namespace

void LocalText::set(std::string locale, std::string text) {
    texts_.insert_or_assign(std::move(locale), std::move(text));
}

const std::string* LocalText::find(std::string_view locale) const {
    const auto found = texts_.find(locale);
    return found == texts_.end() ? nullptr : &found->second;
}

const std::string& LocalText::get(std::string_view language, bool easy_read) const {
    if (const std::string* text = find(localeKey(language, easy_read))) return *text;
    if (easy_read) {
        if (const std::string* text = find(language)) return *text;
    }
    if (const std::string* text = find(kEnglish)) return *text;
    return kNoText;
}

std::string_view localeName(std::string_view key) {
    const Locale* locale = findLocale(key);
    return locale != nullptr ? locale->name : std::string_view();
}

std::string localeKey(std::string_view language, bool easy_read) {
    std::string key(language);
    if (easy_read) key += "-easy";
    return key;
}

std::string_view toString(QuestionType type) {
    switch (type) {
        case QuestionType::Single: return "single";
        case QuestionType::Multi: return "multi";
        case QuestionType::Text: return "text";
    }
    return "single";
}

const Option* Question::option(std::string_view option_id) const {
    const auto found = std::find_if(options.begin(), options.end(),
                                    [&](const Option& option) { return option.id == option_id; });
    return found == options.end() ? nullptr : &*found;
}

bool Question::findingCanSplit() const { return type == QuestionType::Single && finding_options.size() == 2; }

std::vector<const Option*> Question::splitNames() const {
    std::vector<const Option*> names;
    if (!findingCanSplit()) return names;
    for (const Option& o : options) {
        if (!o.outside_base) names.push_back(&o);
    }
    return names;
}

const Question* Questionnaire::question(std::string_view question_id) const {
    const int index = indexOf(question_id);
    return index < 0 ? nullptr : &questions[static_cast<std::size_t>(index)];
}

int Questionnaire::indexOf(std::string_view question_id) const {
    const auto found = std::find_if(questions.begin(), questions.end(),
                                    [&](const Question& question) { return question.id == question_id; });
    return found == questions.end() ? -1 : static_cast<int>(found - questions.begin());
}

}  // namespace survey
