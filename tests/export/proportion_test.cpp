// The proportion words and sentence links of docs/house-style.md, one row a threshold, so a
// changed threshold fails here and in the document's table together.
#include "report/proportion.hpp"

#include <gtest/gtest.h>

#include "report/phrasing.hpp"

namespace report {
namespace {

struct ShareRow {
    int count;
    int base;
    const char* en;  // "" when the count has no share word (nobody, everybody)
    const char* cy;
};

class ShareWords : public ::testing::TestWithParam<ShareRow> {};

TEST_P(ShareWords, FollowTheThresholds) {
    const ShareRow& row = GetParam();
    const auto words = proportionWords(row.count, row.base);
    if (std::string_view(row.en).empty()) {
        EXPECT_FALSE(words.has_value()) << row.count << " of " << row.base;
        return;
    }
    ASSERT_TRUE(words.has_value()) << row.count << " of " << row.base;
    EXPECT_EQ(words->en, row.en) << row.count << " of " << row.base;
    EXPECT_EQ(words->cy, row.cy) << row.count << " of " << row.base;
}

INSTANTIATE_TEST_SUITE_P(
    HouseStyle, ShareWords,
    ::testing::Values(ShareRow{0, 60, "", ""}, ShareRow{60, 60, "", ""},
                      ShareRow{59, 60, "nearly all", "bron pob un"},      // 98%
                      ShareRow{54, 60, "nearly all", "bron pob un"},      // 90% exactly
                      ShareRow{53, 60, "the majority", "y mwyafrif"},     // 88%
                      ShareRow{41, 60, "the majority", "y mwyafrif"},     // 68%, just over two-thirds
                      ShareRow{40, 60, "two-thirds", "dwy ran o dair"},  // exactly
                      ShareRow{39, 60, "almost two-thirds", "bron i ddwy ran o dair"},  // 65%
                      ShareRow{36, 60, "almost two-thirds", "bron i ddwy ran o dair"},  // 60% exactly
                      ShareRow{35, 60, "over half", "dros hanner"},     // 58%
                      ShareRow{31, 60, "over half", "dros hanner"},     // 52%
                      ShareRow{30, 60, "half", "hanner"},
                      ShareRow{29, 60, "a minority", "lleiafrif"},
                      ShareRow{15, 60, "a minority", "lleiafrif"},  // 25% exactly
                      ShareRow{14, 60, "a small minority", "lleiafrif bach"},
                      ShareRow{1, 60, "a small minority", "lleiafrif bach"}),
    [](const ::testing::TestParamInfo<ShareRow>& row) { return "Row" + std::to_string(row.index); });

struct LinkRow {
    int previous;
    int count;
    Language language;
    const char* expected;
};

class Links : public ::testing::TestWithParam<LinkRow> {};

TEST_P(Links, SayHowTheCountComparesWithTheOneBefore) {
    const LinkRow& row = GetParam();
    EXPECT_EQ(linkedCount(row.previous, row.count, row.language), row.expected) << row.previous << " then " << row.count;
}

INSTANTIATE_TEST_SUITE_P(
    HouseStyle, Links,
    ::testing::Values(LinkRow{2, 5, Language::En, "a further five"},         // the report's "a further five"
                      LinkRow{2, 3, Language::En, "a further three"},        // 2 and 3 are not similar
                      LinkRow{5, 6, Language::En, "a similar number (six)"},  // within one
                      LinkRow{40, 37, Language::En, "a similar number (37)"},  // within a tenth
                      LinkRow{40, 35, Language::En, "a further 35"},
                      LinkRow{5, 5, Language::En, "the same number (five)"},
                      LinkRow{1, 1, Language::En, "another"},                 // not "a further one"
                      LinkRow{1, 1, Language::Cy, "un arall"},
                      LinkRow{2, 5, Language::Cy, "pump arall"},
                      LinkRow{5, 6, Language::Cy, "nifer debyg (chwech)"},
                      LinkRow{5, 5, Language::Cy, "yr un nifer (pump)"}),
    [](const ::testing::TestParamInfo<LinkRow>& row) { return "Row" + std::to_string(row.index); });

const Nouns kOffenders{"offender", "offenders"};
const Nouns kWelshOffenders{"troseddwr", "troseddwyr"};
const Nouns kWelshGirls{"merch", "merched", Gender::Feminine};

TEST(LinkedSentences, ASimilarRunnerUpIsNamed) {
    EXPECT_EQ(similarChoiceSentence(5, 4, {"Housing"}, true, Language::En), "A similar number (four) chose \u201CHousing\u201D.");
    EXPECT_EQ(similarChoiceSentence(5, 4, {"Tai", "Arian"}, true, Language::Cy),
              "Dewisodd nifer debyg (pedwar) \u201CTai\u201D ac \u201CArian\u201D.");
}

}  // namespace
}  // namespace report
