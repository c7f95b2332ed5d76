#include "ui/screens/question_screen.hpp"

#include <algorithm>

#include "speech/page_reading.hpp"

namespace kiosk {

QuestionScreen::QuestionScreen(const survey::Question& question, int position, int count,
                               const survey::Answer* saved, bool can_go_back)
    : question_(&question), position_(position), count_(count), can_go_back_(can_go_back) {
    if (saved != nullptr) {
        selected_ = saved->options;
        text_ = saved->text;
    }
}

namespace {

float wrappedHeight(ImFont* font, std::string_view text, float width) {
    ImGui::PushFont(font);
    const float height = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, width).y;
    ImGui::PopFont();
    return height;
}

// The on-screen keys: tall enough to hit and to read, never under 44 px.
float fullKeyHeight(const ScreenContext& context) {
    return std::max(Widgets::kMinTarget, context.theme.chromePixels() * 1.7f);
}

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n'; });
}

}  // namespace

float QuestionScreen::promptHeight(ScreenContext& context, float width) const {
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    float height = wrappedHeight(context.theme.chrome(), "Question", width) + gap;
    height += wrappedHeight(context.theme.heading(), context.local(question_->text), width) + gap + em(0.1f) + gap;
    if (!question_->hint.empty()) height += wrappedHeight(context.theme.body(), context.local(question_->hint), width) + gap;
    return height + em(0.1f) + gap;
}

bool QuestionScreen::compact(ScreenContext& context) const {
    if (question_->type != survey::QuestionType::Text) return false;
    const Widgets& widgets = context.widgets;
    if (!widgets.hasFocus(box_.stop()) && !widgets.hasFocus(keyboard_.stop())) return false;
    const float width = ImGui::GetContentRegionAvail().x;
    const float box = TextBox::heightFor(3.0f);
    const float keys = OnScreenKeyboard::height(fullKeyHeight(context));
    const float needed = promptHeight(context, width) + box + keys + ImGui::GetTextLineHeightWithSpacing() * 2.0f;
    return needed > ImGui::GetContentRegionAvail().y;
}

void QuestionScreen::drawContent(ScreenContext& context, Intents& out) {
    // The room left in view below the prompt (the page ends with a half-line margin).
    const auto room = [] {
        return ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - em(0.5f) - ImGui::GetStyle().ItemSpacing.y * 2.0f;
    };
    if (compact(context)) {
        // One small line of the question above the box and the keys, all in view together.
        ImGui::SetScrollY(0.0f);
        ImGui::PushFont(context.theme.chrome());
        paragraph(context.local(question_->text));
        ImGui::PopFont();
        drawTextEntry(context, room());
        return;
    }
    // "Question 3 of 12" in the header's size (at most 150%): at 250% the room goes to the question.
    ImGui::PushFont(context.theme.chrome());
    // The total only once it is final (survey::Progress): a count that jumps misleads.
    hint(context, count_ > 0 ? fill(context.text("question.count"),
                                    {{"n", std::to_string(position_)}, {"total", std::to_string(count_)}})
                             : fill(context.text("question.number"), {{"n", std::to_string(position_)}}));
    ImGui::PopFont();
    for (const PagePart& part : pageText(context)) drawPart(context, part);
    ImGui::Dummy(em(0.0f, 0.1f));
    if (question_->type == survey::QuestionType::Text) drawTextEntry(context, room());
    else drawOptions(context, out);
}

void QuestionScreen::drawFooter(ScreenContext& context, Intents& out) {
    Widgets& widgets = context.widgets;
    if (widgets.button(context.text("question.continue"), ButtonStyle::Primary)) out.push_back(continueIntent());
    widgets.sameLineIfFits(context.text("question.skip"));
    if (widgets.button(context.text("question.skip"), ButtonStyle::Secondary)) out.emplace_back(SkipQuestion{});
    if (!can_go_back_) return;
    widgets.sameLineIfFits(context.text("question.back"));
    if (widgets.button(context.text("question.back"), ButtonStyle::Secondary)) out.emplace_back(goBackIntent());
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

PageText QuestionScreen::pageText(const ScreenContext& context) const {
    PageText text = {{TextRole::Heading, context.local(question_->text), ""}};
    if (!question_->hint.empty()) text.push_back({TextRole::Hint, context.local(question_->hint), ""});
    if (question_->type == survey::QuestionType::Multi) text.push_back({TextRole::Hint, context.text("question.choose_any"), ""});
    return text;
}

std::string QuestionScreen::reading(const ScreenContext& context) const {
    const PageText text = pageText(context);
    std::vector<std::string_view> hints;
    for (const PagePart& part : text) {
        if (part.role == TextRole::Hint) hints.push_back(part.text);
    }
    const std::string hint_text = sentences(hints);
    QuestionPageText page{text.front().text, hint_text, {}};
    for (const survey::Option& option : question_->options) page.options.push_back(context.local(option.label));
    return questionPageReading(page, context.locale());
}

void QuestionScreen::toggle(const std::string& option_id) {
    selected_ = survey::toggleChoice(*question_, std::move(selected_), option_id);  // exclusive options stand alone
}

void QuestionScreen::drawTextEntry(ScreenContext& context, float room) {
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    const std::size_t used = survey::codePointCount(text_);
    const std::size_t max = box_.limit();
    // The count appears as the limit nears (the last tenth); at the limit, a plain message.
    const bool near = used + max / 10 >= max;
    const float line = context.theme.chromePixels();
    const float message = near ? line * (box_.atLimit() ? 3.0f : 1.0f) + gap : 0.0f;
    const float full_keys = fullKeyHeight(context);
    // Share the room: the keys first at their full height, the box at least two lines; when
    // that does not fit, the keys give way down to 44 px and the box to one line.
    const float min_box = TextBox::heightFor(2.0f);
    float keys = full_keys;
    float box = room - message - OnScreenKeyboard::height(keys) - gap;
    if (box < min_box) {
        keys = std::max(Widgets::kMinTarget, (room - message - min_box - gap -
                                              OnScreenKeyboard::height(0.0f)) / OnScreenKeyboard::kRows);
        box = room - message - OnScreenKeyboard::height(keys) - gap;
    }
    box = std::clamp(box, TextBox::heightFor(1.0f), TextBox::heightFor(6.0f));
    box_.draw(context.widgets, context.theme.colours(), context.local(question_->text), text_, box);
    if (near) {
        ImGui::PushFont(context.theme.chrome());
        if (box_.atLimit() || used >= max) {
            // In the leave colour with a bar at its left, as GOV.UK marks a message to act on.
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::Indent(em(0.6f));
            paragraph(fill(context.text("question.limit_reached"), {{"max", std::to_string(max)}}));
            ImGui::Unindent(em(0.6f));
            ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + em(0.25f), ImGui::GetItemRectMax().y),
                                                      packed(context.theme.colours().leave));
        } else {
            hint(context, fill(context.text("question.characters_left"), {{"left", std::to_string(max - used)}}));
        }
        ImGui::PopFont();
    }
    keyboard_.draw(context, box_, text_, keys);
}

Intent QuestionScreen::goBackIntent() const {
    // A comment is kept as typed (blank: none), so Back and then Continue shows it again.
    if (question_->type != survey::QuestionType::Text) return GoBack{};
    return GoBack{blank(text_) ? std::string() : text_};
}

Intent QuestionScreen::continueIntent() const {
    if (question_->type == survey::QuestionType::Text) {
        if (blank(text_)) return SkipQuestion{};
        return AnswerGiven{survey::Answer::freeText(text_)};
    }
    if (selected_.empty()) return SkipQuestion{};
    if (question_->type == survey::QuestionType::Multi) return AnswerGiven{survey::Answer::multi(selected_)};
    return AnswerGiven{survey::Answer::single(selected_.front())};
}

}  // namespace kiosk
