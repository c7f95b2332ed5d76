// The kiosk's own words (assets/kiosk/strings.yaml): id -> wording per locale, looked up with the
// same language / Easy Read fallback as the questionnaires (survey::LocalText).
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "survey/questionnaire.hpp"
#include "survey/questionnaire_file.hpp"

namespace kiosk {

class Strings {
public:
    // Throws survey::ValidationError naming file, line and id for a malformed file, an unknown
    // locale, or an id missing a wording in one of options.required_locales (English always).
    static Strings load(const std::filesystem::path& file, const survey::LoadOptions& options = {});

    void set(const std::string& id, const std::string& locale, std::string text);
    bool has(std::string_view id) const { return texts_.find(id) != texts_.end(); }
    // The wording for this language; an unknown id shows as the id itself (and is remembered
    // in missing(), which the tests check stays empty) so a typo never crashes a kiosk.
    const std::string& get(std::string_view id, std::string_view language, bool easy_read) const;
    const std::set<std::string, std::less<>>& missing() const { return missing_; }

private:
    std::map<std::string, survey::LocalText, std::less<>> texts_;
    mutable std::set<std::string, std::less<>> missing_;
};

// What a respondent may choose (en, cy, en-easy, cy-easy): the kiosk loads its strings and the
// questionnaires requiring every one, so no page ever falls back to another language.
survey::LoadOptions respondentLocales();
// "staff.*" ids are seen only by staff: English is enough for them whatever the required locales.
bool isStaffOnly(std::string_view id);

// Fills "{name}" placeholders: fill("Question {n} of {total}", {{"n", "3"}, {"total", "14"}}).
std::string fill(std::string_view text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace kiosk
