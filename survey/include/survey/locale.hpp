// The locales Perspective speaks, in one table: each key as files, the store and the voice spell
// it, its language, whether it is Easy Read, and its name for messages. Everything that asks
// "is this Welsh?" or lists the locales asks here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace survey {

inline constexpr std::string_view kEnglish = "en";
inline constexpr std::string_view kWelsh = "cy";

struct Locale {
    std::string_view key;       // "cy-easy"
    std::string_view language;  // "cy"
    bool easy_read;
    std::string_view name;      // "Easy Read Welsh"
};

inline constexpr Locale kLocales[] = {
    {"en", kEnglish, false, "English"},
    {"cy", kWelsh, false, "Welsh"},
    {"en-easy", kEnglish, true, "Easy Read English"},
    {"cy-easy", kWelsh, true, "Easy Read Welsh"},
};
inline constexpr std::string_view kLanguages[] = {kEnglish, kWelsh};

// The table's row for `key`, or nullptr when it names no locale.
const Locale* findLocale(std::string_view key);
// The language of a locale key ("cy-easy" -> "cy"); English for a key the table does not know.
std::string_view languageOf(std::string_view key);
// The other of the two languages: the header's and start page's language switch.
std::string_view otherLanguage(std::string_view language);
// Every locale key, in table order ("en", "cy", "en-easy", "cy-easy").
std::vector<std::string> localeKeys();

}  // namespace survey
