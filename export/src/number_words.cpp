// Number words in English and Welsh (decimal system, as official Welsh publications use it).
#include "report/number_words.hpp"

#include <array>
#include <cctype>

namespace report {

std::string_view toString(Language language) { return language == Language::Cy ? "cy" : "en"; }

namespace {

constexpr std::array<std::string_view, 20> kEnglishSmall = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kEnglishTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

std::string englishBelowHundred(int n) {
    if (n < 20) return std::string(kEnglishSmall[static_cast<std::size_t>(n)]);
    std::string words(kEnglishTens[static_cast<std::size_t>(n / 10)]);
    if (n % 10 != 0) words += "-" + std::string(kEnglishSmall[static_cast<std::size_t>(n % 10)]);
    return words;
}

std::string english(int n) {
    if (n < 100) return englishBelowHundred(n);
    std::string words = std::string(kEnglishSmall[static_cast<std::size_t>(n / 100)]) + " hundred";
    if (n % 100 != 0) words += " and " + englishBelowHundred(n % 100);
    return words;
}

// Welsh units; 2, 3 and 4 have feminine forms.
std::string welshUnit(int n, Gender gender) {
    constexpr std::array<std::string_view, 10> kUnits = {
        "dim", "un", "dau", "tri", "pedwar", "pump", "chwech", "saith", "wyth", "naw"};
    if (gender == Gender::Feminine) {
        if (n == 2) return "dwy";
        if (n == 3) return "tair";
        if (n == 4) return "pedair";
    }
    return std::string(kUnits[static_cast<std::size_t>(n)]);
}

// The forms before "deg" and "cant": "pum deg", "chwe chant", "dau ddeg" (soft mutation after
// dau), "tri chant" (aspirate mutation after tri and chwe).
std::string welshMultiple(int n, std::string_view unit_word) {
    const bool is_cant = unit_word == "cant";
    switch (n) {
        case 1: return std::string(unit_word);
        case 2: return is_cant ? "dau gant" : "dau ddeg";
        case 3: return is_cant ? "tri chant" : "tri deg";
        case 5: return "pum " + std::string(unit_word);
        case 6: return is_cant ? "chwe chant" : "chwe deg";
        default: return welshUnit(n, Gender::Masculine) + " " + std::string(unit_word);
    }
}

std::string welshBelowHundred(int n, Gender gender) {
    if (n < 10) return welshUnit(n, gender);
    if (n % 10 == 0) return welshMultiple(n / 10, "deg");
    // 11..19 are "un deg un" .. "un deg naw" in the decimal system.
    const std::string tens = n < 20 ? "un deg" : welshMultiple(n / 10, "deg");
    return tens + " " + welshUnit(n % 10, gender);
}

// "a" becomes "ac" before a vowel and causes the aspirate mutation (a thri, a phump).
std::string welshAnd(const std::string& next) {
    const char first = next.empty() ? ' ' : next.front();
    std::string joined;
    if (std::string_view("aeiouwy").find(first) != std::string_view::npos) return joined.append("ac ").append(next);
    const bool aspirate = first == 'p' || first == 't' || (first == 'c' && !next.starts_with("ch"));
    if (!aspirate) return joined.append("a ").append(next);
    // p -> ph, t -> th, c -> ch: keep the consonant and add an h after it.
    return joined.append("a ").append(1, first).append("h").append(next, 1, std::string::npos);
}

std::string welsh(int n, Gender gender) {
    if (n < 100) return welshBelowHundred(n, gender);
    std::string words = welshMultiple(n / 100, "cant");
    const int rest = n % 100;
    if (rest == 0) return words;
    // "cant a dau" for 101..110 and round tens ("cant a deg"); "cant dau ddeg tri" otherwise.
    if (rest < 10 || rest % 10 == 0) return words + " " + welshAnd(welshBelowHundred(rest, gender));
    return words + " " + welshBelowHundred(rest, gender);
}

}  // namespace

std::string numberWords(int n, Language language, Gender gender) {
    if (n < 0 || n > 999) return std::to_string(n);
    return language == Language::Cy ? welsh(n, gender) : english(n);
}

std::string houseNumber(int n, bool sentence_start, Language language, Gender gender) {
    if (sentence_start && n >= 0 && n <= 999) return capitalise(numberWords(n, language, gender));
    if (n >= 1 && n <= 9) return numberWords(n, language, gender);
    // Figures from 10, with a comma between thousands ("242,583") as both languages print them.
    const std::string digits = std::to_string(n);
    std::string grouped;
    const std::size_t first = n < 0 ? 1U : 0U;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > first && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

std::string capitalise(std::string text) {
    if (!text.empty()) text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
    return text;
}

}  // namespace report
