#include "ui/screens/check_answers_screen.hpp"

namespace kiosk {

CheckAnswersScreen::CheckAnswersScreen(const survey::Questionnaire& questionnaire, const survey::Answers& answers) {
    for (const survey::Question* question : survey::applicableQuestions(questionnaire, answers)) {
        const auto found = answers.find(question->id);
        rows_.push_back(Row{question, found == answers.end() ? std::nullopt : std::optional(found->second)});
    }
}

std::string CheckAnswersScreen::answerText(const ScreenContext& context, const Row& row) const {
    if (!row.answer) return context.text("check.not_answered");
    if (row.question->type == survey::QuestionType::Text) return row.answer->text;
    std::string text;
    for (const std::string& id : row.answer->options) {
        const survey::Option* option = row.question->option(id);
        if (!text.empty()) text += "\n";
        text += option != nullptr ? context.local(option->label) : id;
    }
    return text;
}

PageText CheckAnswersScreen::pageText(const ScreenContext& context) const {
    PageText text = {{TextRole::Heading, context.text("check.title"), ""}, {TextRole::Paragraph, context.text("check.intro"), ""}};
    for (const Row& row : rows_) {
        text.push_back({TextRole::Hint, context.local(row.question->text), row.question->id});
        text.push_back({TextRole::Paragraph, answerText(context, row), row.question->id});
    }
    text.push_back({TextRole::Action, context.text("check.submit"), "submit"});
    return text;
}

void CheckAnswersScreen::drawContent(ScreenContext& context, Intents& out) {
    const ImU32 rule = packed(context.theme.colours().option_border);
    const auto drawRule = [&] {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddLine(top, ImVec2(top.x + ImGui::GetContentRegionAvail().x, top.y), rule, 2.0f);
    };
    for (const PagePart& part : pageText(context)) {
        if (part.key.empty()) {  // the title and the introduction
            drawPart(context, part);
        } else if (part.role == TextRole::Hint) {  // a row begins: its question
            drawRule();
            ImGui::Dummy(em(0.0f, 0.2f));
            drawPart(context, part);
        } else if (part.role == TextRole::Paragraph) {  // the row's answer, then "Change"
            drawPart(context, part);
            // Recorded as "Change <question id>" so a test can find each row; the visible word is "Change".
            if (context.widgets.button(context.text("check.change"), ButtonStyle::Secondary, 0.0f, "Change " + part.key))
                out.emplace_back(ChangeAnswer{part.key});
        } else {
            // As GOV.UK does, the button follows the answers, so it is reached only after them and
            // never appears where Continue was a moment before.
            drawRule();
            ImGui::Dummy(em(0.0f, 0.4f));
            if (context.widgets.button(part.text, ButtonStyle::Primary)) out.emplace_back(SubmitAnswers{});
        }
    }
}

}  // namespace kiosk
