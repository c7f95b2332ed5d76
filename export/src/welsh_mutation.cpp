// Welsh initial mutations, and the mutation each numeral causes in the noun it counts.
#include "report/welsh_mutation.hpp"

#include <algorithm>
#include <array>

namespace report {

namespace {

// One row a consonant: what it becomes under each mutation ("" = unchanged). Longer prefixes
// come first so "ll" is matched before "l", "ch" before "c", "dd" before "d".
struct Consonant {
    std::string_view radical;
    std::string_view soft;
    std::string_view aspirate;
};

constexpr std::array<Consonant, 13> kConsonants = {{
    {"ll", "l", ""},
    {"rh", "r", ""},
    {"ch", "", ""},  // ch, ph, th, dd, ff never mutate
    {"ph", "", ""},
    {"th", "", ""},
    {"dd", "", ""},
    {"ff", "", ""},
    {"p", "b", "ph"},
    {"t", "d", "th"},
    {"c", "g", "ch"},
    {"b", "f", ""},
    {"d", "dd", ""},
    {"m", "f", ""},
}};

enum class Mutation { None, Soft, Aspirate };

std::string mutate(std::string_view word, Mutation mutation) {
    if (mutation == Mutation::None) return std::string(word);
    // "g" loses itself under the soft mutation ("gweithwyr" -> "weithwyr"); it has no table row
    // because its soft form is the empty string.
    if (mutation == Mutation::Soft && word.starts_with("g")) return std::string(word.substr(1));
    for (const Consonant& c : kConsonants) {
        if (!word.starts_with(c.radical)) continue;
        const std::string_view to = mutation == Mutation::Soft ? c.soft : c.aspirate;
        if (to.empty()) return std::string(word);
        return std::string(to) + std::string(word.substr(c.radical.size()));
    }
    return std::string(word);
}

// How a numeral (one to nine) stands before a noun, and the mutation it causes: "pump" is
// "pum" and "chwech" is "chwe" before a noun; "dau"/"dwy" soft-mutate, "tri" and "chwe"
// aspirate; a feminine noun is soft-mutated after "un" (but "ll" and "rh" keep their form).
struct NumeralRule {
    std::string_view masculine;
    Mutation masculine_mutation;
    std::string_view feminine;
    Mutation feminine_mutation;
};

constexpr std::array<NumeralRule, 10> kNumerals = {{
    {"dim", Mutation::None, "dim", Mutation::None},
    {"un", Mutation::None, "un", Mutation::Soft},
    {"dau", Mutation::Soft, "dwy", Mutation::Soft},
    {"tri", Mutation::Aspirate, "tair", Mutation::None},
    {"pedwar", Mutation::None, "pedair", Mutation::None},
    {"pum", Mutation::None, "pum", Mutation::None},
    {"chwe", Mutation::Aspirate, "chwe", Mutation::Aspirate},
    {"saith", Mutation::None, "saith", Mutation::None},
    {"wyth", Mutation::None, "wyth", Mutation::None},
    {"naw", Mutation::None, "naw", Mutation::None},
}};

// The first letter of `text` after any opening quotation marks, as its UTF-8 bytes (one byte, or
// two for â, ŵ, ŷ ...).
std::string_view firstLetter(std::string_view text) {
    for (const std::string_view quote : {"\u201C", "\u2018", "\"", "'"}) {
        while (text.starts_with(quote)) text.remove_prefix(quote.size());
    }
    if (text.empty()) return {};
    const auto lead = static_cast<unsigned char>(text.front());
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return text.substr(0, std::min(length, text.size()));
}

bool isWelshVowel(std::string_view letter) {
    static constexpr std::array<std::string_view, 31> kVowels = {
        "a", "e", "i", "o", "u", "w", "y", "A", "E", "I", "O", "U", "W", "Y",
        "\u00E2", "\u00EA", "\u00EE", "\u00F4", "\u00FB", "\u0175", "\u0177",  // â ê î ô û ŵ ŷ
        "\u00C2", "\u00CA", "\u00CE", "\u00D4", "\u00DB", "\u0174", "\u0176",  // Â Ê Î Ô Û Ŵ Ŷ
        "\u00E1", "\u00E9", "\u00EF"};                                         // á é ï
    for (const std::string_view vowel : kVowels) {
        if (letter == vowel) return true;
    }
    return false;
}

}  // namespace

std::string_view welshAnd(std::string_view next) { return isWelshVowel(firstLetter(next)) ? "ac" : "a"; }

std::string softMutation(std::string_view word) { return mutate(word, Mutation::Soft); }

std::string aspirateMutation(std::string_view word) { return mutate(word, Mutation::Aspirate); }

std::string countedNoun(int n, const WelshNoun& noun) {
    if (n == 0) return "dim " + noun.plural;
    if (n < 1 || n > 9) return houseNumber(n, false, Language::Cy) + " o " + softMutation(noun.plural);
    const NumeralRule& rule = kNumerals[static_cast<std::size_t>(n)];
    const bool feminine = noun.gender == Gender::Feminine;
    std::string counted = noun.singular;
    // "un llong", "un rhaglen": ll and rh resist the soft mutation after "un".
    const bool resists = n == 1 && (counted.starts_with("ll") || counted.starts_with("rh"));
    if (!resists) counted = mutate(counted, feminine ? rule.feminine_mutation : rule.masculine_mutation);
    return std::string(feminine ? rule.feminine : rule.masculine) + " " + counted;
}

std::string countedNounAfterArticle(int n, const WelshNoun& noun) {
    const std::string counted = countedNoun(n, noun);
    return n == 2 ? softMutation(counted) : counted;
}

std::string welshArticle(std::string_view noun) { return isWelshVowel(firstLetter(noun)) ? "yr " : "y "; }

}  // namespace report
