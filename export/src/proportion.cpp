// Proportion words and sentence links, as the inspection reports use them.
#include "report/proportion.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace report {

namespace {

// count/base is compared with num/den: at least (>=), or strictly more than (>).
enum class Bound { AtLeast, MoreThan };

struct ProportionRule {
    int num;
    int den;
    Bound bound;
    ProportionWords words;
};

// First row that holds wins. Exactly two-thirds and exactly half have their own words; "almost
// two-thirds" starts at 60% (three in five), "nearly all" at 90%; under a quarter is "a small
// minority" ("a minority (12%)" would overstate it).
constexpr std::array<ProportionRule, 8> kProportionRules = {{
    {9, 10, Bound::AtLeast, {"nearly all", "bron pob un", false}},
    {2, 3, Bound::MoreThan, {"the majority", "y mwyafrif", false}},
    {2, 3, Bound::AtLeast, {"two-thirds", "dwy ran o dair", false}},
    {3, 5, Bound::AtLeast, {"almost two-thirds", "bron i ddwy ran o dair", false}},
    {1, 2, Bound::MoreThan, {"over half", "dros hanner", true}},
    {1, 2, Bound::AtLeast, {"half", "hanner", true}},
    {1, 4, Bound::AtLeast, {"a minority", "lleiafrif", false}},
    {0, 1, Bound::MoreThan, {"a small minority", "lleiafrif bach", false}},
}};

bool holds(const ProportionRule& rule, long long count, long long base) {
    const long long left = count * rule.den;
    const long long right = base * rule.num;
    return rule.bound == Bound::AtLeast ? left >= right : left > right;
}

}  // namespace

std::optional<ProportionWords> proportionWords(int count, int base) {
    if (count <= 0 || count >= base) return std::nullopt;
    for (const ProportionRule& rule : kProportionRules) {
        if (holds(rule, count, base)) return rule.words;
    }
    return std::nullopt;
}

bool similarCounts(int a, int b) {
    if (a < 3 || b < 3) return false;
    const int larger = std::max(a, b);
    const int difference = std::abs(a - b);
    return difference <= 1 || 10 * difference <= larger;
}

std::string linkedCount(int previous, int count, Language language, Gender gender) {
    const bool cy = language == Language::Cy;
    const std::string n = houseNumber(count, false, language, gender);
    if (count == previous && count >= 3) return (cy ? "yr un nifer (" : "the same number (") + n + ")";
    if (similarCounts(previous, count)) return (cy ? "nifer debyg (" : "a similar number (") + n + ")";
    if (cy) return n + " arall";     // "un arall", "pump arall"
    return count == 1 ? "another" : "a further " + n;  // "a further one" reads as a count of many
}

}  // namespace report
