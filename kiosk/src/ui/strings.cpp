#include "ui/strings.hpp"
#include "survey/locale.hpp"

#include <yaml-cpp/yaml.h>

#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"
#include "survey/questionnaire.hpp"

namespace kiosk {

bool isStaffOnly(std::string_view id) { return id.starts_with("staff."); }

survey::LoadOptions respondentLocales() { return survey::LoadOptions{survey::localeKeys()}; }

Strings Strings::load(const std::filesystem::path& file, const survey::LoadOptions& options) {
    const std::string name = file.string();
    // The same limits as a questionnaire (size, lines, UTF-8, no control characters) and the
    // closing `end: strings`, checked before anything is parsed.
    const YAML::Node root = survey::readDefinitionFile(file, "strings");
    std::vector<survey::Problem> problems;
    Strings strings;
    if (!root.IsMap()) {
        problems.push_back({name, 1, 0, "", "expected a map of string ids to {en: ...} wordings"});
        throw survey::ValidationError(problems);
    }
    for (const auto& entry : root) {
        const std::string id = entry.first.as<std::string>();
        const int line = entry.first.Mark().line + 1;
        if (id == "end") continue;  // the closing `end: strings`, checked on reading
        if (!entry.second.IsMap()) {
            problems.push_back({name, line, 0, id, "expected {en: ...} with one wording per locale"});
            continue;
        }
        for (const auto& locale : entry.second) {
            if (!locale.second.IsScalar()) {
                problems.push_back({name, locale.first.Mark().line + 1, 0, id + "." + locale.first.as<std::string>(),
                                    "expected a single line of text"});
                continue;
            }
            const std::string key = locale.first.as<std::string>();
            if (survey::localeName(key).empty()) {
                problems.push_back({name, locale.first.Mark().line + 1, 0, id + "." + key,
                                    "is not a locale; use en, cy, en-easy or cy-easy"});
                continue;
            }
            std::string text = locale.second.as<std::string>();
            if (const std::optional<std::string> fault = survey::wordingFault(text)) {
                problems.push_back({name, locale.second.Mark().line + 1, locale.second.Mark().column + 1,
                                    id + "." + key, *fault});
                continue;
            }
            strings.set(id, key, std::move(text));
        }
        if (strings.texts_[id].find(survey::kEnglish) == nullptr)
            problems.push_back({name, line, 0, id, "has no English (en) wording"});
        for (const std::string& required : options.required_locales) {
            if (required == survey::kEnglish || isStaffOnly(id) || strings.texts_[id].find(required) != nullptr) continue;
            problems.push_back({name, line, 0, id,
                                "has no " + std::string(survey::localeName(required)) + " wording (" + required + ":)"});
        }
    }
    if (!problems.empty()) throw survey::ValidationError(problems);
    return strings;
}

void Strings::set(const std::string& id, const std::string& locale, std::string text) {
    texts_[id].set(locale, std::move(text));
}

const std::string& Strings::get(std::string_view id, std::string_view language, bool easy_read) const {
    const auto found = texts_.find(id);
    if (found == texts_.end()) return *missing_.emplace(id).first;
    return found->second.get(language, easy_read);
}

std::string fill(std::string_view text, const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out(text);
    for (const auto& [name, value] : values) {
        const std::string key = "{" + name + "}";
        for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
            out.replace(at, key.size(), value);
    }
    return out;
}

}  // namespace kiosk
