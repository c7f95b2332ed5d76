// Redaction of free-text comments: what is taken out, and what is left alone.
#include "report/redaction.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using report::redactNames;

TEST(RedactNames, TitleAndFollowingCapitalisedWords) {
    EXPECT_EQ(redactNames("I saw Dr Jane Jones today."), "I saw [name] today.");
    EXPECT_EQ(redactNames("Thanks to Mrs Patel"), "Thanks to [name]");
}

TEST(RedactNames, CapitalisedWordInsideASentence) {
    EXPECT_EQ(redactNames("My worker Dave is great."), "My worker [name] is great.");
    EXPECT_EQ(redactNames("I told Sarah's manager."), "I told [name]'s manager.");
}

TEST(RedactNames, KeepsSentenceStartsCommonWordsPlacesAndAcronyms) {
    const std::string text = "Probation in Chester helped me on Monday. The NHS and MAPPA too. I'm grateful.";
    EXPECT_EQ(redactNames(text), text);
}

TEST(RedactNames, CurlyApostrophesAndWelshWords) {
    const std::string text = "Diolch. I\u2019m happy with the Llys in Caerdydd.";
    EXPECT_EQ(redactNames(text), text);
    EXPECT_EQ(redactNames("Thanks to Gareth\u2019s help."), "Thanks to [name]\u2019s help.");
}

TEST(RedactNames, TwoCapitalisedWordsOpeningASentenceAreAName) {
    EXPECT_EQ(redactNames("John Smith helped me."), "[name] helped me.");
}

TEST(RedactNames, LeavesLowerCaseNamesItCannotSee) {
    EXPECT_EQ(redactNames("my worker dave was late"), "my worker dave was late");
}

}  // namespace
