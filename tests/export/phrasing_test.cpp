#include "report/phrasing.hpp"

#include <gtest/gtest.h>

namespace report {
namespace {

const Nouns kOffenders{"offender", "offenders"};
const Nouns kSentencers{"sentencer", "sentencers"};
const Nouns kVictims{"victim", "victims"};
const Nouns kWelshOffenders{"troseddwr", "troseddwyr"};

std::string say(int count, int base, const Nouns& nouns, std::string_view finding, bool view = false) {
    return findingSentence({count, base, view}, nouns, finding, Language::En);
}

TEST(Phrasing, EveryoneIsAllWithTheBase) {
    EXPECT_EQ(say(22, 22, kSentencers, "were satisfied with FDRs"), "All 22 sentencers were satisfied with FDRs.");
    EXPECT_EQ(say(9, 9, kSentencers, "were satisfied"), "All nine sentencers were satisfied.");
}

TEST(Phrasing, OneRespondentWhoAgreesIsTheOne) {
    EXPECT_EQ(say(1, 1, kVictims, "felt safer"), "The one victim felt safer.");
}

TEST(Phrasing, TwoOfTwoIsBoth) {
    EXPECT_EQ(say(2, 2, kVictims, "felt safer"), "Both victims felt safer.");
}

TEST(Phrasing, OneTwoOrThreeShortIsAllBut) {
    EXPECT_EQ(say(59, 60, kOffenders, "said so"), "All but one of the 60 offenders said so.");
    EXPECT_EQ(say(58, 60, kOffenders, "said so"), "All but two of the 60 offenders said so.");
    EXPECT_EQ(say(57, 60, kOffenders, "said so"), "All but three of the 60 offenders said so.");
    EXPECT_EQ(say(7, 8, kOffenders, "said so"), "All but one of the eight offenders said so.");
}

TEST(Phrasing, FourShortIsNotAllBut) {
    EXPECT_EQ(say(56, 60, kOffenders, "said so"), "Nearly all (93%) of the 60 offenders said so.");
    EXPECT_EQ(say(30, 34, kOffenders, "said so"), "The majority of the offenders (30 out of 34) said so.");
}

TEST(Phrasing, AllButNeedsAGroupOfFive) {
    EXPECT_EQ(say(3, 4, kOffenders, "said so"), "Three out of four offenders said so.");
}

TEST(Phrasing, NoneOfTheBase) {
    EXPECT_EQ(say(0, 5, kVictims, "had heard of MAPPA"), "None of the five victims had heard of MAPPA.");
}

TEST(Phrasing, SmallCountUnderHalfIsOnly) {
    EXPECT_EQ(say(4, 22, kSentencers, "knew"), "Only four of the 22 sentencers knew.");
    EXPECT_EQ(say(1, 22, kSentencers, "knew"), "Only one of the 22 sentencers knew.");
}

// Where the subject is one person the finding's words for one end the sentence (`finding.one`
// in the questionnaire file): "were magistrates" cannot follow "Only one of the 22 sentencers".
struct OneRow {
    int count;
    int base;
    const char* english;
    const char* welsh;
};

class OnePerson : public testing::TestWithParam<OneRow> {};

TEST_P(OnePerson, TakesTheFindingForOne) {
    const OneRow& row = GetParam();
    const Nouns welsh_sentencers{"dedfrydwr", "dedfrydwyr"};
    EXPECT_EQ(findingSentence({row.count, row.base, false}, kSentencers, "were magistrates", Language::En,
                              "was a magistrate"),
              row.english);
    EXPECT_EQ(findingSentence({row.count, row.base, false}, welsh_sentencers, "yn ynadon", Language::Cy, "yn ynad"),
              row.welsh);
}

INSTANTIATE_TEST_SUITE_P(
    Phrasing, OnePerson,
    testing::Values(OneRow{1, 1, "The one sentencer was a magistrate.", "Roedd yr unig ddedfrydwr yn ynad."},
                    OneRow{1, 22, "Only one of the 22 sentencers was a magistrate.",
                           "Dim ond un o'r 22 o ddedfrydwyr oedd yn ynad."},
                    OneRow{1, 2, "One of the two sentencers was a magistrate.", "Roedd un o'r ddau ddedfrydwr yn ynad."},
                    OneRow{0, 2, "Neither of the two sentencers was a magistrate.",
                           "Nid oedd yr un o'r ddau ddedfrydwr yn ynad."},
                    OneRow{0, 22, "None of the 22 sentencers were magistrates.",
                           "Nid oedd yr un o'r 22 o ddedfrydwyr yn ynad."},
                    // Many: the finding as written.
                    OneRow{2, 22, "Only two of the 22 sentencers were magistrates.",
                           "Dim ond dau o'r 22 o ddedfrydwyr oedd yn ynadon."},
                    OneRow{21, 22, "All but one of the 22 sentencers were magistrates.",
                           "Roedd pob un ond un o'r 22 o ddedfrydwyr yn ynadon."},
                    OneRow{0, 1, "Of the one sentencer who answered, none were magistrates.",
                           "Nid oedd yr unig ddedfrydwr a atebodd yn ynad."}));

TEST(Phrasing, AFindingThatReadsAfterOneIsUsedForOne) {
    EXPECT_EQ(findingSentence({1, 22, false}, kSentencers, "knew", Language::En), "Only one of the 22 sentencers knew.");
}

TEST(Phrasing, SmallCountAtHalfOrMoreIsOutOf) {
    EXPECT_EQ(say(4, 8, kSentencers, "knew"), "Four out of eight sentencers knew.");
}

TEST(Phrasing, FromABaseOfTenTheShareInWordsThenTheFigures) {
    EXPECT_EQ(say(26, 34, kOffenders, "thought they were less likely to reoffend"),
              "The majority of the offenders (26 out of 34) thought they were less likely to reoffend.");
    EXPECT_EQ(say(13, 22, kSentencers, "were aware"), "Over half of the sentencers (13 out of 22) were aware.");
}

TEST(Phrasing, BelowABaseOfTenTheFiguresAloneSpelledAtTheStart) {
    EXPECT_EQ(say(5, 8, kOffenders, "said so"), "Five out of eight offenders said so.");
    EXPECT_EQ(say(6, 9, kOffenders, "said so"), "Six out of nine offenders said so.");
}

TEST(Phrasing, LargeBaseIsAPercentageWithItsShareInWords) {
    EXPECT_EQ(say(130, 150, kOffenders, "said so"), "The majority (87%) of the 150 offenders said so.");
    EXPECT_EQ(say(40, 150, kOffenders, "said so"), "A minority (27%) of the 150 offenders said so.");
}

TEST(Phrasing, OutsideBaseChosenSaysWhoExpressedAView) {
    EXPECT_EQ(say(9, 9, kSentencers, "were satisfied with the quality of fast delivery reports", true),
              "All nine sentencers who expressed a view were satisfied with the quality of fast delivery reports.");
    EXPECT_EQ(say(19, 20, kSentencers, "said so", true), "All but one of the 20 sentencers who expressed a view said so.");
}

TEST(Phrasing, NoBaseSaysNobodyAnswered) {
    EXPECT_EQ(say(0, 0, kOffenders, "said so"), "No offenders answered this question.");
}

TEST(Phrasing, FindingWithAFullStopIsNotDoubled) {
    EXPECT_EQ(say(22, 22, kSentencers, "agreed."), "All 22 sentencers agreed.");
}

TEST(Percent, RoundsHalfUp) {
    EXPECT_EQ(percentOf(1, 8), 13);   // 12.5
    EXPECT_EQ(percentOf(7, 8), 88);   // 87.5
    EXPECT_EQ(percentOf(58, 60), 97); // 96.67
    EXPECT_EQ(percentOf(1, 3), 33);
    EXPECT_EQ(percentOf(0, 0), 0);
}

TEST(OpeningLine, ReturnedOnly) {
    EXPECT_EQ(openingLine(68, std::nullopt, kOffenders, Language::En), "Sixty-eight offenders completed a questionnaire.");
    EXPECT_EQ(openingLine(1, std::nullopt, kOffenders, Language::En), "One offender completed a questionnaire.");
    EXPECT_EQ(openingLine(0, std::nullopt, kOffenders, Language::En), "No offenders completed a questionnaire.");
}

TEST(OpeningLine, ThousandsDoNotOpenWithFigures) {
    EXPECT_EQ(openingLine(1250, std::nullopt, kOffenders, Language::En), "A total of 1,250 offenders completed a questionnaire.");
    EXPECT_EQ(openingLine(242583, 500000, kVictims, Language::En),
              "Out of 500,000 questionnaires handed out, 242,583 were completed and returned (a response rate of 49%).");
}

TEST(OpeningLine, WithDistributed) {
    EXPECT_EQ(openingLine(13, 150, kSentencers, Language::En), "Out of 150 questionnaires handed out, 13 were completed and returned (a response rate of 9%).");
    EXPECT_EQ(openingLine(0, 20, kVictims, Language::En), "Twenty questionnaires were sent to victims; none were returned.");
}

TEST(GroupOpeningLine, NamesTheAnswerAndTheQuestion) {
    EXPECT_EQ(groupOpeningLine(8, kOffenders, "In prison", "Where are you?", Language::En),
              "Eight questionnaires were returned by offenders who answered \u201CIn prison\u201D to \u201CWhere are you?\u201D.");
    EXPECT_EQ(groupOpeningLine(1, kOffenders, "", "Where are you?", Language::En),
              "One questionnaire was returned by offenders who did not answer \u201CWhere are you?\u201D.");
    EXPECT_EQ(groupOpeningLine(8, kWelshOffenders, "Yn y carchar", "Ble rydych chi?", Language::Cy),
              "Dychwelwyd wyth holiadur gan droseddwyr a atebodd \u201CYn y carchar\u201D i\u2019r cwestiwn "
              "\u201CBle rydych chi?\u201D.");
}

TEST(Comments, QuotedAsGiven) {
    // Redaction happens before quoting (redaction_test.cpp, and the tally's CommentsBecomeQuotes).
    EXPECT_EQ(quoteComment("Mr Ashby was very helpful.", kOffenders, Language::En),
              "One offender told us: \u201CMr Ashby was very helpful.\u201D");
    EXPECT_EQ(commentCountSentence(12, kOffenders, Language::En), "Twelve offenders left comments.");
    EXPECT_EQ(commentCountSentence(1, kOffenders, Language::En), "One offender left a comment.");
}

TEST(WelshPhrasing, AllButAndOutOf) {
    EXPECT_EQ(findingSentence({58, 60, false}, kWelshOffenders, "wedi dweud hynny", Language::Cy),
              "Roedd pob un ond dau o'r 60 o droseddwyr wedi dweud hynny.");
    EXPECT_EQ(findingSentence({26, 34, false}, kWelshOffenders, "wedi dweud hynny", Language::Cy),
              "Roedd y mwyafrif o'r troseddwyr (26 allan o 34) wedi dweud hynny.");
    EXPECT_EQ(findingSentence({13, 22, false}, kWelshOffenders, "wedi dweud hynny", Language::Cy),
              "Roedd dros hanner y troseddwyr (13 allan o 22) wedi dweud hynny.");
    EXPECT_EQ(findingSentence({5, 8, false}, kWelshOffenders, "wedi dweud hynny", Language::Cy),
              "Roedd pump o'r wyth troseddwr wedi dweud hynny.");
    EXPECT_EQ(findingSentence({4, 22, true}, kWelshOffenders, "wedi dweud hynny", Language::Cy),
              "Dim ond pedwar o'r 22 o droseddwyr a fynegodd farn oedd wedi dweud hynny.");
}

TEST(WelshPhrasing, OpeningLines) {
    EXPECT_EQ(openingLine(68, std::nullopt, kWelshOffenders, Language::Cy), "Cwblhaodd 68 o droseddwyr holiadur.");
    EXPECT_EQ(openingLine(13, 150, kWelshOffenders, Language::Cy),
              "Allan o 150 o holiaduron a roddwyd, cafodd 13 eu cwblhau a'u dychwelyd (cyfradd ymateb o 9%).");
}

}  // namespace
}  // namespace report
