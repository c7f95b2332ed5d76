// Welsh mutations and numerals counting a noun, one row a rule (welsh_mutation.hpp). Each row
// is a form the issue found wrong ("dau o droseddwyr", "o tri o holiaduron") or its neighbour.
#include "report/welsh_mutation.hpp"

#include <gtest/gtest.h>

namespace report {
namespace {

struct MutationRow {
    const char* radical;
    const char* soft;
    const char* aspirate;
};

class Mutations : public ::testing::TestWithParam<MutationRow> {};

TEST_P(Mutations, ChangeTheFirstConsonantOnly) {
    const MutationRow& row = GetParam();
    EXPECT_EQ(softMutation(row.radical), row.soft);
    EXPECT_EQ(aspirateMutation(row.radical), row.aspirate);
}

INSTANTIATE_TEST_SUITE_P(
    Welsh, Mutations,
    ::testing::Values(MutationRow{"troseddwyr", "droseddwyr", "throseddwyr"},
                      MutationRow{"plentyn", "blentyn", "phlentyn"},
                      MutationRow{"cymydog", "gymydog", "chymydog"},
                      MutationRow{"bachgen", "fachgen", "bachgen"},
                      MutationRow{"dioddefwyr", "ddioddefwyr", "dioddefwyr"},
                      MutationRow{"gweithwyr", "weithwyr", "gweithwyr"},
                      MutationRow{"merch", "ferch", "merch"},
                      MutationRow{"llys", "lys", "llys"},
                      MutationRow{"rhaglen", "raglen", "rhaglen"},
                      MutationRow{"chwaer", "chwaer", "chwaer"},
                      MutationRow{"ddoe", "ddoe", "ddoe"},
                      MutationRow{"ffrind", "ffrind", "ffrind"},
                      MutationRow{"ynadon", "ynadon", "ynadon"},
                      MutationRow{"holiadur", "holiadur", "holiadur"}),
    [](const ::testing::TestParamInfo<MutationRow>& row) { return "Row" + std::to_string(row.index); });

const WelshNoun kOffender{"troseddwr", "troseddwyr", Gender::Masculine};
const WelshNoun kQuestionnaire{"holiadur", "holiaduron", Gender::Masculine};
const WelshNoun kGirl{"merch", "merched", Gender::Feminine};
const WelshNoun kShip{"llong", "llongau", Gender::Feminine};
const WelshNoun kChild{"plentyn", "plant", Gender::Masculine};

struct CountRow {
    int n;
    const WelshNoun* noun;
    const char* counted;
    const char* after_article;
};

class CountedNouns : public ::testing::TestWithParam<CountRow> {};

TEST_P(CountedNouns, TakeTheSingularWithTheNumeralsMutation) {
    const CountRow& row = GetParam();
    EXPECT_EQ(countedNoun(row.n, *row.noun), row.counted);
    EXPECT_EQ(countedNounAfterArticle(row.n, *row.noun), row.after_article);
}

INSTANTIATE_TEST_SUITE_P(
    Welsh, CountedNouns,
    ::testing::Values(CountRow{1, &kOffender, "un troseddwr", "un troseddwr"},
                      CountRow{2, &kOffender, "dau droseddwr", "ddau droseddwr"},
                      CountRow{3, &kOffender, "tri throseddwr", "tri throseddwr"},
                      CountRow{4, &kOffender, "pedwar troseddwr", "pedwar troseddwr"},
                      CountRow{5, &kOffender, "pum troseddwr", "pum troseddwr"},
                      CountRow{6, &kChild, "chwe phlentyn", "chwe phlentyn"},
                      CountRow{8, &kOffender, "wyth troseddwr", "wyth troseddwr"},
                      CountRow{10, &kOffender, "10 o droseddwyr", "10 o droseddwyr"},
                      CountRow{1250, &kOffender, "1,250 o droseddwyr", "1,250 o droseddwyr"},
                      CountRow{3, &kQuestionnaire, "tri holiadur", "tri holiadur"},
                      CountRow{60, &kQuestionnaire, "60 o holiaduron", "60 o holiaduron"},
                      CountRow{1, &kGirl, "un ferch", "un ferch"},
                      CountRow{1, &kShip, "un llong", "un llong"},  // ll resists after "un"
                      CountRow{2, &kGirl, "dwy ferch", "ddwy ferch"},
                      CountRow{3, &kGirl, "tair merch", "tair merch"},
                      CountRow{4, &kGirl, "pedair merch", "pedair merch"},
                      CountRow{0, &kOffender, "dim troseddwyr", "dim troseddwyr"}),
    [](const ::testing::TestParamInfo<CountRow>& row) { return "Row" + std::to_string(row.index); });

// "Allan o tri o holiaduron" was wrong: "o" soft-mutates the numeral.
TEST(CountedNouns, AfterOTheNumeralMutates) {
    EXPECT_EQ("o " + softMutation(countedNoun(3, kQuestionnaire)), "o dri holiadur");
    EXPECT_EQ("o " + softMutation(countedNoun(2, kGirl)), "o ddwy ferch");
    EXPECT_EQ("o " + softMutation(countedNoun(4, kOffender)), "o bedwar troseddwr");
}

// “Tai” a “Addysg” was wrong: "and" is "ac" before a vowel, quoted or not, accented or not.
TEST(WelshAnd, IsAcBeforeAVowel) {
    EXPECT_EQ(welshAnd("\u201CAddysg\u201D"), "ac");
    EXPECT_EQ(welshAnd("Arian"), "ac");
    EXPECT_EQ(welshAnd("wyth"), "ac");
    EXPECT_EQ(welshAnd("\u201C\u00D4l-ofal\u201D"), "ac");
    EXPECT_EQ(welshAnd("\u0175yr"), "ac");
    EXPECT_EQ(welshAnd("\u201CTai\u201D"), "a");
    EXPECT_EQ(welshAnd("hefyd"), "a");
    EXPECT_EQ(welshAnd(""), "a");
}

}  // namespace
}  // namespace report
