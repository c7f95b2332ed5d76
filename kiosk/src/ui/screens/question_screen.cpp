#include "ui/screens/question_screen.hpp"

#include <algorithm>

#include "speech/page_reading.hpp"
#include "ui/screens/on_screen_keyboard.hpp"

namespace kiosk {

QuestionScreen::QuestionScreen(const survey::Question& question, int position, int count,
                               const survey::Answer* saved, bool can_go_back)
    : question_(&question), position_(position), count_(count), can_go_back_(can_go_back) {
    if (saved != nullptr) {
        selected_ = saved->options;
        text_ = saved->text;
    }
}

void QuestionScreen::drawContent(ScreenContext& context, Intents& out) {
    // "Question 3 of 12" in the header's size (at most 150%): at 250% the room goes to the question.
    ImGui::PushFont(context.theme.chrome());
    // The total only once it is final (survey::Progress): a count that jumps misleads.
    hint(context, count_ > 0 ? fill(context.text("question.count"),
                                    {{"n", std::to_string(position_)}, {"total", std::to_string(count_)}})
                             : fill(context.text("question.number"), {{"n", std::to_string(position_)}}));
    ImGui::PopFont();
    heading(context, context.local(question_->text));
    if (!question_->hint.empty()) hint(context, context.local(question_->hint));
    if (question_->type == survey::QuestionType::Multi) hint(context, context.text("question.choose_any"));
    ImGui::Dummy(em(0.0f, 0.1f));
    if (question_->type == survey::QuestionType::Text) drawTextEntry(context);
    else drawOptions(context, out);
}

void QuestionScreen::drawFooter(ScreenContext& context, Intents& out) {
    Widgets& widgets = context.widgets;
    if (widgets.button(context.text("question.continue"), ButtonStyle::Primary)) out.push_back(continueIntent());
    widgets.sameLineIfFits(context.text("question.skip"));
    if (widgets.button(context.text("question.skip"), ButtonStyle::Secondary)) out.emplace_back(SkipQuestion{});
    if (!can_go_back_) return;
    widgets.sameLineIfFits(context.text("question.back"));
    if (widgets.button(context.text("question.back"), ButtonStyle::Secondary)) out.emplace_back(GoBack{});
}

void QuestionScreen::drawOptions(ScreenContext& context, Intents& out) {
    const ChoiceKind kind =
        question_->type == survey::QuestionType::Multi ? ChoiceKind::Checkbox : ChoiceKind::Radio;
    const int number = context.widgets.numberPressed();
    for (std::size_t i = 0; i < question_->options.size(); ++i) {
        const survey::Option& option = question_->options[i];
        const bool chosen = std::find(selected_.begin(), selected_.end(), option.id) != selected_.end();
        const std::string& label = context.local(option.label);
        const bool picked = context.widgets.choice(label, chosen, kind) || number == static_cast<int>(i) + 1;
        if (!picked) continue;
        toggle(option.id);
        // Read out at once and selected at once: the page never waits for the voice.
        out.emplace_back(Speak{optionReading(static_cast<int>(i) + 1, label, context.locale())});
    }
}

std::string QuestionScreen::reading(const ScreenContext& context) const {
    std::string hint_text = context.local(question_->hint);
    if (question_->type == survey::QuestionType::Multi) hint_text = sentences({hint_text, context.text("question.choose_any")});
    QuestionPageText page{context.local(question_->text), hint_text, {}};
    for (const survey::Option& option : question_->options) page.options.push_back(context.local(option.label));
    return questionPageReading(page, context.locale());
}

void QuestionScreen::toggle(const std::string& option_id) {
    selected_ = survey::toggleChoice(*question_, std::move(selected_), option_id);  // exclusive options stand alone
}

void QuestionScreen::drawTextEntry(ScreenContext& context) {
    context.widgets.textBox(context.local(question_->text), text_, em(4.0f));
    hint(context, fill(context.text("question.characters"),
                       {{"count", std::to_string(survey::codePointCount(text_))}, {"max", std::to_string(survey::kMaxTextLength)}}));
    drawOnScreenKeyboard(context, text_, capitals_);
}

Intent QuestionScreen::continueIntent() const {
    if (question_->type == survey::QuestionType::Text) {
        const bool blank = std::all_of(text_.begin(), text_.end(), [](char c) { return c == ' ' || c == '\n'; });
        if (blank) return SkipQuestion{};
        return AnswerGiven{survey::Answer::freeText(text_)};
    }
    if (selected_.empty()) return SkipQuestion{};
    if (question_->type == survey::QuestionType::Multi) return AnswerGiven{survey::Answer::multi(selected_)};
    return AnswerGiven{survey::Answer::single(selected_.front())};
}

}  // namespace kiosk
