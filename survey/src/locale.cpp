#include "survey/locale.hpp"

#include <algorithm>

namespace survey {

const Locale* findLocale(std::string_view key) {
    const auto* found = std::find_if(std::begin(kLocales), std::end(kLocales), [&](const Locale& l) { return l.key == key; });
    return found == std::end(kLocales) ? nullptr : found;
}

std::string_view languageOf(std::string_view key) {
    const Locale* locale = findLocale(key);
    return locale != nullptr ? locale->language : kEnglish;
}

std::string_view otherLanguage(std::string_view language) { return language == kWelsh ? kEnglish : kWelsh; }

std::vector<std::string> localeKeys() {
    std::vector<std::string> keys;
    for (const Locale& locale : kLocales) keys.emplace_back(locale.key);
    return keys;
}

}  // namespace survey
