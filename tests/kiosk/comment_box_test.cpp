// The comment box (ui/text_box) on the free-text question: words wrap at every font and size,
// the caret's line stays in view, the limit stops typing with a message and what is shown is
// what is stored, editing keys, the on-screen keyboard as one Tab stop, and text kept by Back.
#include <gtest/gtest.h>

#include <SDL_scancode.h>

#include "harness.hpp"
#include "survey/answers.hpp"
#include "ui/screens/question_screen.hpp"
#include "ui/text_box.hpp"

namespace kiosk::test {
namespace {

const QuestionScreen& questionScreen(Harness& harness) {
    const auto* screen = dynamic_cast<const QuestionScreen*>(&harness.app().pageScreen());
    if (screen == nullptr) throw std::runtime_error("not a question page: " + harness.app().screenName());
    return *screen;
}

std::string commentLabel(Harness& harness) { return harness.app().session()->current()->text.get("en"); }

// Starts the offender questionnaire at its comment question.
void toComment(Harness& harness) {
    harness.app().apply(StartQuestionnaire{"offender"});
    while (harness.app().session()->current()->type != survey::QuestionType::Text) harness.app().apply(SkipQuestion{});
    harness.step(2);
}

std::string storedComment(Harness& harness) {
    for (const survey::StoredResponse& response : harness.responses()) {
        for (const auto& [question, answer] : response.answers) {
            if (question == "comments") return answer.text;
        }
    }
    return "(none)";
}

const std::string kSentence = "The staff at the office were kind and they listened when I explained about my housing. ";

TEST(CommentBoxWrap, EveryLineFitsAndBreaksBetweenWordsInEveryFontAndSize) {
    Harness harness({"offender"});
    const std::string text = kSentence + kSentence + "\nA second paragraph.\n";
    for (const FontChoice font : kFonts) {
        for (const TextSize size : kTextSizes) {
            DisplaySettings settings;
            settings.font = font;
            settings.text_size = size;
            harness.app().apply(ChangeDisplay{settings});
            harness.step(2);
            const ImFont& body = *harness.app().theme().body();
            const float px = harness.app().theme().bodyPixels();
            const float width = px * 12.0f;
            const std::vector<TextLine> lines = wrapText(body, px, text, width);
            ASSERT_GT(lines.size(), 4u) << fontName(font) << " " << percent(size);
            std::size_t at = 0;
            for (const TextLine& line : lines) {
                EXPECT_EQ(line.begin, at) << "lines cover the text in order";
                const std::string drawn = text.substr(line.begin, line.end - line.begin);
                EXPECT_LE(body.CalcTextSizeA(px, FLT_MAX, -1.0f, drawn.c_str()).x, width) << drawn;
                // A break falls between words: at a space, at a new line, or at the very end.
                EXPECT_TRUE(line.end == text.size() || text[line.end] == ' ' || text[line.end] == '\n') << drawn;
                at = line.next;
            }
            EXPECT_EQ(at, text.size());
            EXPECT_EQ(lines.back().begin, text.size()) << "the text ends with a new line: an empty last line";
        }
    }
}

TEST(CommentBox, TypingALongCommentWrapsAndKeepsTheCaretLineInView) {
    Harness harness({"offender"}, Timings{}, ImVec2(1024.0f, 768.0f));
    toComment(harness);
    for (int i = 0; i < 12; ++i) harness.type(kSentence);
    const TextBox& box = questionScreen(harness).textBox();
    ASSERT_GT(box.lines().size(), box.linesShown()) << "more lines than the box shows";
    const std::size_t caret_line = lineOf(box.lines(), box.caret());
    EXPECT_EQ(caret_line, box.lines().size() - 1) << "typing at the end";
    EXPECT_GE(caret_line, box.firstShown());
    EXPECT_LT(caret_line, box.firstShown() + box.linesShown()) << "the last typed line is in view";
    harness.continueOn();
    EXPECT_EQ(storedComment(harness), [&] {
        std::string all;
        for (int i = 0; i < 12; ++i) all += kSentence;
        return all;
    }());
}

TEST(CommentBox, TypingStopsAtTheLimitAndWhatIsShownIsWhatIsStored) {
    Harness harness({"offender"});
    toComment(harness);
    std::string typed;
    while (typed.size() < 2050) typed += "abcdefghij";
    harness.type(typed);
    const QuestionScreen& screen = questionScreen(harness);
    EXPECT_EQ(survey::codePointCount(screen.text()), survey::kMaxTextLength);
    EXPECT_TRUE(screen.textBox().atLimit()) << "the limit message shows";
    harness.press(SDL_SCANCODE_BACKSPACE);
    EXPECT_FALSE(questionScreen(harness).textBox().atLimit()) << "deleting makes room again";
    harness.type("XY");
    const std::string shown = questionScreen(harness).text();
    EXPECT_EQ(survey::codePointCount(shown), survey::kMaxTextLength);
    EXPECT_EQ(shown.back(), 'X') << "one character fitted, the second was refused";
    harness.continueOn();
    EXPECT_EQ(storedComment(harness), shown);
}

TEST(CommentBox, ArrowsHomeEndBackspaceAndDeleteEditAtTheCaret) {
    Harness harness({"offender"});
    toComment(harness);
    harness.type("abc");
    harness.press(SDL_SCANCODE_LEFT);
    harness.press(SDL_SCANCODE_BACKSPACE);
    EXPECT_EQ(questionScreen(harness).text(), "ac");
    harness.press(SDL_SCANCODE_HOME);
    harness.press(SDL_SCANCODE_DELETE);
    EXPECT_EQ(questionScreen(harness).text(), "c");
    harness.press(SDL_SCANCODE_END);
    harness.type("d");
    harness.press(SDL_SCANCODE_RETURN);  // in the box, Enter starts a new line
    harness.type("e");
    EXPECT_EQ(questionScreen(harness).text(), "cd\ne");
    harness.press(SDL_SCANCODE_UP);
    harness.type("!");
    EXPECT_EQ(questionScreen(harness).text(), "c!d\ne") << "Up keeps the caret's place across the line";
    ImGui::GetIO().AddInputCharacter(0x0175);  // ŵ: stored as UTF-8
    harness.step();
    EXPECT_EQ(questionScreen(harness).text(), "c!\xC5\xB5" "d\ne");
}

TEST(CommentBox, KeysTypedInTheSameFrameAsTabStayInTheBox) {
    // Under load several key events reach one frame: "help" then Tab must not lose "help".
    Harness harness({"offender"});
    toComment(harness);
    harness.type("Thanks for the ");
    ImGuiIO& io = ImGui::GetIO();
    for (const char c : std::string("help")) io.AddInputCharacter(static_cast<unsigned>(c));
    io.KeysDown[SDL_SCANCODE_TAB] = true;
    harness.step();
    io.KeysDown[SDL_SCANCODE_TAB] = false;
    harness.step();
    EXPECT_EQ(questionScreen(harness).text(), "Thanks for the help");
    harness.type("x");  // focus has moved on, to the on-screen keyboard: typing still goes to the box
    EXPECT_EQ(questionScreen(harness).text(), "Thanks for the helpx");
}

TEST(CommentBoxKeyboard, TheOnScreenKeyboardIsOneTabStopAndArrowsMoveInsideIt) {
    Harness harness({"offender"});
    toComment(harness);
    const Widgets& widgets = harness.app().widgets();
    int keys = 0;
    for (const ItemRect& item : widgets.items()) keys += item.stop < 0 ? 1 : 0;
    EXPECT_EQ(keys, 43);
    EXPECT_LT(widgets.stopCount(), 12) << "header, box, keyboard, footer: not one stop per key";
    harness.click(commentLabel(harness));
    harness.press(SDL_SCANCODE_TAB);
    ASSERT_NE(widgets.focusedItem(), nullptr);
    EXPECT_EQ(widgets.focusedItem()->label, "On-screen keyboard");
    harness.press(SDL_SCANCODE_RIGHT);
    harness.press(SDL_SCANCODE_RIGHT);
    harness.press(SDL_SCANCODE_DOWN);  // from "1" to "3", then down to "e"
    harness.press(SDL_SCANCODE_RETURN);
    harness.press(SDL_SCANCODE_SPACE);
    EXPECT_EQ(questionScreen(harness).text(), "ee");
    harness.press(SDL_SCANCODE_TAB);
    EXPECT_EQ(widgets.focusedItem()->label, "Continue") << "one Tab leaves all 43 keys";
}

TEST(CommentBoxKeyboard, EnterOnContinueContinuesAndTypesNothing) {
    Harness harness({"offender"});
    toComment(harness);
    harness.click(commentLabel(harness));
    harness.type("Fine");
    harness.press(SDL_SCANCODE_TAB);
    harness.press(SDL_SCANCODE_TAB);
    ASSERT_EQ(harness.app().widgets().focusedItem()->label, "Continue");
    harness.press(SDL_SCANCODE_RETURN);
    EXPECT_EQ(harness.app().page(), Page::CheckAnswers);
    EXPECT_EQ(storedComment(harness), "Fine");
}

TEST(CommentBox, TextSurvivesBackAndChange) {
    Harness harness({"offender"});
    toComment(harness);
    harness.type("Kept through Back");
    harness.click("Back");
    EXPECT_EQ(storedComment(harness), "Kept through Back") << "saved with the response, not only on screen";
    harness.continueOn();
    ASSERT_EQ(harness.app().session()->current()->type, survey::QuestionType::Text);
    EXPECT_EQ(questionScreen(harness).text(), "Kept through Back");
    harness.type(" and Change");
    harness.continueOn();
    ASSERT_EQ(harness.app().page(), Page::CheckAnswers);
    harness.click("Change comments");
    EXPECT_EQ(questionScreen(harness).text(), "Kept through Back and Change");
}

}  // namespace
}  // namespace kiosk::test
