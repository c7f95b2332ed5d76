#include "report/number_words.hpp"

#include <gtest/gtest.h>

namespace report {
namespace {

TEST(NumberWords, SpellsOneToTwenty) {
    EXPECT_EQ(numberWords(0), "zero");
    EXPECT_EQ(numberWords(1), "one");
    EXPECT_EQ(numberWords(9), "nine");
    EXPECT_EQ(numberWords(12), "twelve");
    EXPECT_EQ(numberWords(19), "nineteen");
    EXPECT_EQ(numberWords(20), "twenty");
}

TEST(NumberWords, HyphenatesTensAndUnits) {
    EXPECT_EQ(numberWords(26), "twenty-six");
    EXPECT_EQ(numberWords(58), "fifty-eight");
    EXPECT_EQ(numberWords(99), "ninety-nine");
}

TEST(NumberWords, HundredsTakeAnd) {
    EXPECT_EQ(numberWords(100), "one hundred");
    EXPECT_EQ(numberWords(101), "one hundred and one");
    EXPECT_EQ(numberWords(150), "one hundred and fifty");
    EXPECT_EQ(numberWords(999), "nine hundred and ninety-nine");
}

TEST(NumberWords, EveryNumberToNineHundredNinetyNineIsWordsOnly) {
    for (int n = 0; n <= 999; ++n) {
        const std::string words = numberWords(n);
        EXPECT_EQ(words.find_first_of("0123456789"), std::string::npos) << n;
        EXPECT_FALSE(words.empty()) << n;
        EXPECT_EQ(words.find("  "), std::string::npos) << n;
    }
}

TEST(NumberWords, BeyondNineHundredNinetyNineStaysFigures) {
    EXPECT_EQ(numberWords(1000), "1000");
    EXPECT_EQ(numberWords(-1), "-1");
}

TEST(HouseNumber, WordsForOneToNineFiguresFromTen) {
    EXPECT_EQ(houseNumber(1, false), "one");
    EXPECT_EQ(houseNumber(9, false), "nine");
    EXPECT_EQ(houseNumber(10, false), "10");
    EXPECT_EQ(houseNumber(34, false), "34");
}

TEST(HouseNumber, ThousandsAreGroupedWithCommas) {
    EXPECT_EQ(houseNumber(1000, false), "1,000");
    EXPECT_EQ(houseNumber(242583, false), "242,583");
    EXPECT_EQ(houseNumber(1000000, true), "1,000,000");
    EXPECT_EQ(houseNumber(999, false), "999");
}

TEST(HouseNumber, OpeningASentenceIsSpelledWithACapital) {
    EXPECT_EQ(houseNumber(26, true), "Twenty-six");
    EXPECT_EQ(houseNumber(68, true), "Sixty-eight");
    EXPECT_EQ(houseNumber(4, true), "Four");
    EXPECT_EQ(houseNumber(150, true), "One hundred and fifty");
}

TEST(WelshNumberWords, UsesDecimalForms) {
    EXPECT_EQ(numberWords(1, Language::Cy), "un");
    EXPECT_EQ(numberWords(10, Language::Cy), "deg");
    EXPECT_EQ(numberWords(11, Language::Cy), "un deg un");
    EXPECT_EQ(numberWords(20, Language::Cy), "dau ddeg");
    EXPECT_EQ(numberWords(28, Language::Cy), "dau ddeg wyth");
    EXPECT_EQ(numberWords(35, Language::Cy), "tri deg pump");
    EXPECT_EQ(numberWords(50, Language::Cy), "pum deg");
    EXPECT_EQ(numberWords(60, Language::Cy), "chwe deg");
    EXPECT_EQ(numberWords(68, Language::Cy), "chwe deg wyth");
}

TEST(WelshNumberWords, HundredsMutateAndJoinWithA) {
    EXPECT_EQ(numberWords(100, Language::Cy), "cant");
    EXPECT_EQ(numberWords(200, Language::Cy), "dau gant");
    EXPECT_EQ(numberWords(300, Language::Cy), "tri chant");
    EXPECT_EQ(numberWords(600, Language::Cy), "chwe chant");
    EXPECT_EQ(numberWords(101, Language::Cy), "cant ac un");
    EXPECT_EQ(numberWords(103, Language::Cy), "cant a thri");
    EXPECT_EQ(numberWords(105, Language::Cy), "cant a phump");
    EXPECT_EQ(numberWords(150, Language::Cy), "cant a phum deg");
    EXPECT_EQ(numberWords(999, Language::Cy), "naw cant naw deg naw");
}

TEST(WelshNumberWords, FeminineFormsOfTwoThreeFour) {
    EXPECT_EQ(numberWords(2, Language::Cy, Gender::Feminine), "dwy");
    EXPECT_EQ(numberWords(3, Language::Cy, Gender::Feminine), "tair");
    EXPECT_EQ(numberWords(4, Language::Cy, Gender::Feminine), "pedair");
    EXPECT_EQ(numberWords(24, Language::Cy, Gender::Feminine), "dau ddeg pedair");
}

TEST(WelshNumberWords, EveryNumberToNineHundredNinetyNineIsWordsOnly) {
    for (int n = 0; n <= 999; ++n) {
        EXPECT_EQ(numberWords(n, Language::Cy).find_first_of("0123456789"), std::string::npos) << n;
    }
}

TEST(WelshHouseNumber, CapitalisedAtSentenceStart) {
    EXPECT_EQ(houseNumber(28, true, Language::Cy), "Dau ddeg wyth");
    EXPECT_EQ(houseNumber(28, false, Language::Cy), "28");
    EXPECT_EQ(houseNumber(3, false, Language::Cy), "tri");
}

}  // namespace
}  // namespace report
