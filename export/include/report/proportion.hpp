// The words the reports use for a share of a group ("nearly all", "almost two-thirds", "over
// half", "a minority") and for linking a sentence to the one before it about the same question
// ("a further five", "a similar number"). One rule table each; docs/house-style.md prints the
// same thresholds.
#pragma once

#include <optional>
#include <string>

#include "report/number_words.hpp"

namespace report {

// A share of a group in words, lower case, with how Welsh joins it to the group: English "nearly
// all" + " of the offenders"; Welsh "bron pob un" + " o'r troseddwyr", "dros hanner" + " y
// troseddwyr".
struct ProportionWords {
    std::string_view en;
    std::string_view cy;
    bool cy_genitive = false;  // Welsh joins with the article alone ("hanner y"), not "o'r"
};

// The words for `count` of `base`, for 0 < count < base (everyone and nobody have their own
// count phrases); none outside that range. Thresholds: docs/house-style.md, "Proportion words".
std::optional<ProportionWords> proportionWords(int count, int base);

// How a sentence about the same question counts its respondents after one that counted
// `previous`: "a further five", "a similar number (five)", "the same number (five)"; Welsh "pump
// arall", "nifer debyg (pump)", "yr un nifer (pump)". Lower case: English callers capitalise it,
// Welsh sentences open with the verb ("Atebodd pump arall ...").
std::string linkedCount(int previous, int count, Language language, Gender gender = Gender::Masculine);

// True when two counts are close enough for "a similar number": within a tenth of the larger,
// or within one, and both at least three (two and three are not "similar", they are 50% apart).
bool similarCounts(int a, int b);

}  // namespace report
