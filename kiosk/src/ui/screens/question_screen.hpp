// One question per page: "Question 3 of 14", the question, a hint, the options as full-width
// rows (radio or checkbox) or a text box with an on-screen keyboard; Continue, Skip, Back.
// The pending choice lives here until Continue; the App saves it.
#pragma once

#include <string>
#include <vector>

#include "survey/answers.hpp"
#include "ui/screen.hpp"
#include "ui/screens/on_screen_keyboard.hpp"
#include "ui/text_box.hpp"

namespace kiosk {

class QuestionScreen final : public Screen {
public:
    // `count`: 0 while answers still to come can change it ("Question 3" rather than "3 of 14").
    QuestionScreen(const survey::Question& question, int position, int count, const survey::Answer* saved,
                   bool can_go_back);
    std::string name() const override { return "question-" + question_->id; }
    // The question, its hint and, for a multi-choice, "Choose all that apply"; the options are
    // the choice rows, read as "Press n for ...".
    PageText pageText(const ScreenContext& context) const override;
    std::string reading(const ScreenContext& context) const override;

    const std::vector<std::string>& selected() const { return selected_; }
    const std::string& text() const { return text_; }
    int position() const { return position_; }
    int count() const { return count_; }
    const TextBox& textBox() const { return box_; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    void drawOptions(ScreenContext& context, Intents& out);
    // The box, its count as the limit nears, and the keyboard, fitted to `room` px of height.
    void drawTextEntry(ScreenContext& context, float room);
    // While the box or its keys are in use and the whole page would not fit, the question
    // shrinks to one small line so the box and the keys are on screen together.
    bool compact(ScreenContext& context) const;
    float promptHeight(ScreenContext& context, float width) const;
    void toggle(const std::string& option_id);
    Intent continueIntent() const;
    Intent goBackIntent() const;

    const survey::Question* question_;
    int position_;
    int count_;
    bool can_go_back_;
    std::vector<std::string> selected_;
    std::string text_;
    TextBox box_{survey::kMaxTextLength};
    OnScreenKeyboard keyboard_;
};

}  // namespace kiosk
