// Redaction of free-text comments: what is taken out, what is left alone, and how names are
// replaced. The corpus test (redaction_corpus_test.cpp) measures recall on 100+ comments.
#include "report/redaction.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <stdexcept>
#include <vector>
#include <string>

#include "../../export/src/redaction/name_book.hpp"

namespace report {
namespace {

std::string redacted(std::string_view text) {
    Redactor redactor;
    return redactor.redact(text);
}

TEST(Redaction, TitleKeepsTheTitleAndChangesTheName) {
    EXPECT_EQ(redacted("Thanks to Mrs Patel"), "Thanks to Mrs Ashby");
    EXPECT_EQ(redacted("I saw Dr Jane Jones today."), "I saw Dr Anna Ashby today.");
    EXPECT_EQ(redacted("mr smith was fair"), "mr Ashby was fair");
}

TEST(Redaction, NamesInAnyCaseAndAtTheStartOfASentence) {
    EXPECT_EQ(redacted("Dave said I was doing well."), "Alan said I was doing well.");
    EXPECT_EQ(redacted("jordan helped me get a flat"), "Alex helped me get a flat");
    EXPECT_EQ(redacted("My worker Dave is great."), "My worker Alan is great.");
    EXPECT_EQ(redacted("I told Sarah's manager."), "I told Anna's manager.");
    EXPECT_EQ(redacted("Thanks to Gareth\u2019s help."), "Thanks to Alan\u2019s help.");
}

TEST(Redaction, ContextCuesCatchUnlistedNames) {
    EXPECT_EQ(redacted("my PO Keisha was fair"), "my PO Alex was fair");
    EXPECT_EQ(redacted("a lady called Bernadette rang me"), "a lady called Alex rang me");
    EXPECT_EQ(redacted("Dave Okonkwo helped me."), "Alan Ashby helped me.");
}

TEST(Redaction, WordsThatAreAlsoNamesStayWords) {
    for (const std::string text :
         {"I will mark the date and hope it goes well.", "May was hard. Will I get help? I hope so.",
          "Hope is what keeps me going.", "The rose garden at the Red Lion was nice.", "I gave my NI number to the jobcentre.",
          "My PO will ring me in May.", "Mark my words, it helped.", "Probation in Chester helped me on Monday.",
          "The NHS and MAPPA too. I'm grateful.", "Diolch. I\u2019m happy with the Llys in Caerdydd."}) {
        EXPECT_EQ(redacted(text), text);
    }
}

TEST(Redaction, WordNamesCountWhenCapitalisedOrBeforeAVerb) {
    EXPECT_EQ(redacted("I was seen by Will every week."), "I was seen by Alan every week.");
    EXPECT_EQ(redacted("Rose helped me with housing."), "Anna helped me with housing.");
    EXPECT_EQ(redacted("my PO June was kind"), "my PO Anna was kind");
}

TEST(Redaction, SameNameSameSubstituteAcrossComments) {
    Redactor redactor;
    EXPECT_EQ(redactor.redact("Dave was great."), "Alan was great.");
    EXPECT_EQ(redactor.redact("Sarah and dave both helped."), "Anna and Alan both helped.");
    EXPECT_EQ(redactor.redact("Kevin was late."), "Brian was late.");
    EXPECT_TRUE(redactor.namesChanged());
}

TEST(Redaction, ASubstituteIsNeverTheRealName) {
    EXPECT_EQ(redacted("Alan was great."), "Brian was great.");
}

// The report reserves every quoted comment's real names first: "Dave" must not become "Alan"
// when a real Alan is quoted in another comment (a reader would take it for him).
TEST(Redaction, ASubstituteIsNoRealNameQuotedAnywhereInTheReport) {
    const std::vector<std::string> comments = {"Dave helped me.", "My worker Alan is great.", "Anna listened."};
    Redactor redactor;
    for (const std::string& comment : comments) redactor.reserveRealNames(comment);
    EXPECT_EQ(redactor.redact(comments[0]), "Brian helped me.");
    EXPECT_EQ(redactor.redact(comments[1]), "My worker Colin is great.");
    EXPECT_EQ(redactor.redact(comments[2]), "Beth listened.");
}

TEST(Redaction, NoNamesNoChange) {
    Redactor redactor;
    EXPECT_EQ(redactor.redact("Call me on 07700 900123."), "Call me on [phone number].");
    EXPECT_FALSE(redactor.namesChanged());
}

TEST(Redaction, PhoneNumbers) {
    EXPECT_EQ(redacted("ring 07700 900123 or 07700900123"), "ring [phone number] or [phone number]");
    EXPECT_EQ(redacted("+44 7700 900123 and +44 (0)7700 900 123"), "[phone number] and [phone number]");
    EXPECT_EQ(redacted("office (0161) 496 0000, freephone 0800-123-4567"), "office [phone number], freephone [phone number]");
    EXPECT_EQ(redacted("I did 120 hours and 0 breaches"), "I did 120 hours and 0 breaches");
}

TEST(Redaction, EmailsPostcodesAndNiNumbers) {
    EXPECT_EQ(redacted("email dave.smith@example.com."), "email [email address].");
    EXPECT_EQ(redacted("I live at CH1 2AB now, was ch65 9xy"), "I live at [postcode] now, was [postcode]");
    EXPECT_EQ(redacted("my NI number is QQ 12 34 56 C"), "my NI number is [NI number]");
    EXPECT_EQ(redacted("took the M6 2nd time"), "took the M6 2nd time");
}

TEST(Redaction, Dates) {
    EXPECT_EQ(redacted("born 12/03/1985"), "born [date]");
    EXPECT_EQ(redacted("court on 3rd March and 14 April 2010"), "court on [date] and [date]");
    EXPECT_EQ(redacted("on March 3rd, 2011 and the 5th of May"), "on [date] and the [date]");
    EXPECT_EQ(redacted("I was born in 1985"), "I was born in [date]");
    EXPECT_EQ(redacted("12 weeks and 2 years, at 10.30"), "12 weeks and 2 years, at 10.30");
}

TEST(Redaction, Addresses) {
    EXPECT_EQ(redacted("moved to 9 Oak Lane last week"), "moved to [address] last week");
    EXPECT_EQ(redacted("flat 2, 14 High Street"), "[address]");
    EXPECT_EQ(redacted("he lives on Mill Lane, she moved to Church Road"), "he lives on [address], she moved to [address]");
    EXPECT_EQ(redacted("I moved to the High Street office"), "I moved to the High Street office");
    EXPECT_EQ(redacted("3 times down the road, 2 magistrates court hearings"),
              "3 times down the road, 2 magistrates court hearings");
}

TEST(NameBook, ShippedListsParse) {
    const auto& book = redaction::shippedNameBook();
    EXPECT_GT(book.forenameCount(), 500U);
    EXPECT_GT(book.surnameCount(), 300U);
    EXPECT_EQ(book.forename("will")->clash, redaction::NameClash::Word);
    EXPECT_EQ(book.forename("may")->clash, redaction::NameClash::Proper);
}

TEST(NameBook, BadLinesNamedWithTheirNumber) {
    EXPECT_THROW(redaction::NameBook("dave x\n", ""), std::invalid_argument);
    try {
        redaction::NameBook("# c\ndave m\nDave m\n", "");
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "forenames.txt:3: \"Dave\" is not lower case");
    }
    EXPECT_THROW(redaction::NameBook("", "smith proper\n"), std::invalid_argument);
    EXPECT_THROW(redaction::NameBook("dave m\ndave m\n", ""), std::invalid_argument);
}

}  // namespace
}  // namespace report

namespace report {
namespace {

// Random texts made of the pieces the scanners look at (digits, separators, "@", titles, month
// names, curly quotes, stray UTF-8 bytes): every detail found lies inside the text, in order,
// without overlap, and redaction never throws. Under scripts/test --sanitize this is also an
// out-of-bounds sweep of the hand-written scanners.
TEST(Redaction, RandomTextsGiveWellFormedDetails) {
    const std::array<std::string_view, 32> pieces = {
        "07700", " ", "900123", "+44", "(0)", "(", ")", "-", "@", ".", "example", "com", "flat", "2", ",", "14",
        "High", "Street", "Mr", "Dave", "’s", "3rd", "March", "/", "1985", "CH1", "2AB", "\u201C", "'", "\n", "\xE2\x80",
        "\xFF"};
    std::uint32_t state = 12345;
    auto random = [&state](std::uint32_t bound) {
        state = state * 1664525U + 1013904223U;  // a fixed LCG: the same texts every run
        return (state >> 8) % bound;
    };
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const std::uint32_t length = random(24);
        for (std::uint32_t p = 0; p < length; ++p) text += pieces[random(pieces.size())];
        const std::vector<PersonalDetail> details = findPersonalDetails(text);
        std::size_t previous_end = 0;
        for (const PersonalDetail& detail : details) {
            ASSERT_LT(detail.begin, detail.end) << text;
            ASSERT_LE(detail.end, text.size()) << text;
            ASSERT_GE(detail.begin, previous_end) << text;
            previous_end = detail.end;
        }
        Redactor redactor;
        EXPECT_NO_THROW(redactor.redact(text)) << text;
    }
}

TEST(Redaction, WelshNote) {
    EXPECT_EQ(namesChangedNote(Language::Cy), "Mae enwau wedi\u2019u newid.");
    EXPECT_EQ(namesChangedNote(Language::En), "Names have been changed.");
}

}  // namespace
}  // namespace report
