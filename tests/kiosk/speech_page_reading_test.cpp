// questionPageReading / optionReading: what read-aloud says for a question page.
#include "speech/page_reading.hpp"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(PageReading, ReadsQuestionHintThenNumberedOptions) {
    const QuestionPageText page{"Were the rules of your supervision explained to you?",
                                "Supervision is the time you spend with probation",
                                {"Yes, fully", "Yes, partly", "No"}};
    EXPECT_EQ(questionPageReading(page, "en"),
              "Were the rules of your supervision explained to you? "
              "Supervision is the time you spend with probation. "
              "Press 1 for Yes, fully. Press 2 for Yes, partly. Press 3 for No.");
}

TEST(PageReading, WelshWording) {
    const QuestionPageText page{"A gawsoch chi gyfnod sefydlu?", "", {"Ie", "Na"}};
    EXPECT_EQ(questionPageReading(page, "cy"),
              "A gawsoch chi gyfnod sefydlu? Pwyswch 1 ar gyfer Ie. Pwyswch 2 ar gyfer Na.");
    EXPECT_EQ(questionPageReading(page, "cy-easy"), questionPageReading(page, "cy"));
}

TEST(PageReading, EasyReadEnglishUsesEnglishWording) {
    EXPECT_EQ(optionReading(4, "I don't know", "en-easy"), "Press 4 for I don't know.");
}

TEST(PageReading, NoHintAndNoOptionsReadsTheQuestionOnly) {
    const QuestionPageText page{"  Is there anything else you want to tell us?  ", "  ", {}};
    EXPECT_EQ(questionPageReading(page, "en"), "Is there anything else you want to tell us?");
}

TEST(PageReading, EmptyLabelKeepsTheNumbersOfTheOthers) {
    const QuestionPageText page{"Pick one", "", {"Red", "", "Blue"}};
    EXPECT_EQ(questionPageReading(page, "en"), "Pick one. Press 1 for Red. Press 3 for Blue.");
}

TEST(PageReading, EmptyPageReadsNothing) {
    EXPECT_EQ(questionPageReading(QuestionPageText{}, "en"), "");
}

}  // namespace
}  // namespace kiosk
