// Welsh uses "ar gyfer" ("for") rather than "am": "am" softly mutates the word after it
// ("am Ddim"), which a label written for the button cannot be relied on to carry.
#include "speech/page_reading.hpp"
#include "survey/locale.hpp"

#include <cctype>

namespace kiosk {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// Appends `part` as its own sentence: a space before it, a full stop after unless it ends
// in punctuation that already makes espeak pause.
void appendSentence(std::string& out, std::string_view part) {
    part = trimmed(part);
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
    const char last = part.back();
    if (last != '.' && last != '?' && last != '!' && last != ':') out += '.';
}

}  // namespace

std::string sentences(const std::vector<std::string_view>& parts) {
    std::string out;
    for (std::string_view part : parts) appendSentence(out, part);
    return out;
}

std::string optionReading(int number, std::string_view label, std::string_view language) {
    const bool welsh = survey::languageOf(language) == survey::kWelsh;
    std::string out = welsh ? "Pwyswch " : "Press ";
    out += std::to_string(number);
    out += welsh ? " ar gyfer " : " for ";
    std::string sentence;
    appendSentence(sentence, label);
    out += sentence;
    return out;
}

std::string questionPageReading(const QuestionPageText& page, std::string_view language) {
    std::string out;
    appendSentence(out, page.question);
    appendSentence(out, page.hint);
    int number = 1;
    for (std::string_view label : page.options) {
        if (!trimmed(label).empty()) appendSentence(out, optionReading(number, label, language));
        ++number;
    }
    return out;
}

}  // namespace kiosk
