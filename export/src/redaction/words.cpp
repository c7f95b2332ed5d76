// Cutting a comment into words. Text is UTF-8: a right single quote (U+2019) is an apostrophe,
// curly double quotes and dashes are not part of a word, other non-ASCII letters are.
#include "redaction/words.hpp"

#include <array>
#include <cctype>

namespace report::redaction {

namespace {

constexpr std::string_view kRightQuote = "\u2019";
// Non-ASCII characters that separate words: curly quotes, dashes, the ellipsis.
constexpr std::array<std::string_view, 6> kSeparators = {"\u201C", "\u201D", "\u2018", "\u2013", "\u2014", "\u2026"};

// Length of the separator at `i`, 0 when none starts there.
std::size_t separatorAt(std::string_view text, std::size_t i) {
    for (const std::string_view s : kSeparators) {
        if (text.substr(i).starts_with(s)) return s.size();
    }
    return 0;
}

bool isWordByte(std::string_view text, std::size_t i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (u >= 0x80) return separatorAt(text, i) == 0;
    return std::isalnum(u) != 0 || text[i] == '\'' || text[i] == '-';
}

bool endsSentence(char c) { return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == ':'; }

// "Mr." does not end a sentence.
bool isAbbreviatedTitle(std::string_view lower) {
    return lower == "mr" || lower == "mrs" || lower == "ms" || lower == "dr" || lower == "mx" || lower == "st";
}

std::size_t coreEnd(std::string_view text, std::size_t begin, std::size_t end) {
    std::string_view word = text.substr(begin, end - begin);
    for (const std::string_view possessive : {std::string_view("'s"), std::string_view("\u2019s")}) {
        if (word.size() > possessive.size() && word.ends_with(possessive)) word.remove_suffix(possessive.size());
    }
    while (!word.empty()) {
        if (word.back() == '\'' || word.back() == '-') {
            word.remove_suffix(1);
        } else if (word.ends_with(kRightQuote)) {
            word.remove_suffix(kRightQuote.size());
        } else {
            break;
        }
    }
    return begin + word.size();
}

}  // namespace

std::vector<Word> wordsOf(std::string_view text) {
    std::vector<Word> words;
    bool at_start = true;
    for (std::size_t i = 0; i < text.size();) {
        if (!isWordByte(text, i)) {
            if (endsSentence(text[i]) && !(text[i] == '.' && !words.empty() && words.back().end == i &&
                                           isAbbreviatedTitle(words.back().lower))) {
                at_start = true;
            }
            const std::size_t separator = separatorAt(text, i);
            i += separator > 0 ? separator : 1;
            continue;
        }
        Word word;
        word.begin = i;
        while (i < text.size() && isWordByte(text, i)) ++i;
        // A leading apostrophe or hyphen is punctuation ("'Dave'").
        while (word.begin < i && (text[word.begin] == '\'' || text[word.begin] == '-')) ++word.begin;
        word.end = i;
        word.core_end = coreEnd(text, word.begin, word.end);
        if (word.core_end <= word.begin) continue;
        word.sentence_start = at_start;
        word.capitalised = std::isupper(static_cast<unsigned char>(text[word.begin])) != 0;
        for (std::size_t c = word.begin; c < word.core_end; ++c) {
            word.lower += static_cast<char>(std::tolower(static_cast<unsigned char>(text[c])));
        }
        at_start = false;
        words.push_back(std::move(word));
    }
    return words;
}

bool adjacent(std::string_view text, const Word& first, const Word& second, bool comma_ok) {
    if (second.sentence_start) return false;
    int commas = 0;
    for (std::size_t i = first.end; i < second.begin; ++i) {
        if (text[i] == ',' && comma_ok && ++commas == 1) continue;
        if (text[i] != ' ') return false;
    }
    return true;
}

}  // namespace report::redaction
