#include "ui/screens/check_answers_screen.hpp"

#include "speech/page_reading.hpp"

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

std::string CheckAnswersScreen::reading(const ScreenContext& context) const {
    std::vector<std::string> answers;  // owns the texts the parts below point into
    answers.reserve(rows_.size());
    for (const Row& row : rows_) answers.push_back(answerText(context, row));
    std::vector<std::string_view> parts = {context.text("check.title"), context.text("check.intro")};
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        parts.push_back(context.local(rows_[i].question->text));
        parts.push_back(answers[i]);
    }
    parts.push_back(context.text("check.submit"));
    return sentences(parts);
}

void CheckAnswersScreen::drawContent(ScreenContext& context, Intents& out) {
    heading(context, context.text("check.title"));
    paragraph(context.text("check.intro"));
    const ImU32 rule = packed(context.theme.colours().option_border);
    for (const Row& row : rows_) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddLine(top, ImVec2(top.x + ImGui::GetContentRegionAvail().x, top.y), rule, 2.0f);
        ImGui::Dummy(em(0.0f, 0.2f));
        hint(context, context.local(row.question->text));
        paragraph(answerText(context, row));
        // Recorded as "Change <question id>" so a test can find each row; the visible word is "Change".
        if (context.widgets.button(context.text("check.change"), ButtonStyle::Secondary, 0.0f,
                                   "Change " + row.question->id))
            out.emplace_back(ChangeAnswer{row.question->id});
    }
    // As GOV.UK does, the button follows the answers, so it is reached only after them and
    // never appears where Continue was a moment before.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(top, ImVec2(top.x + ImGui::GetContentRegionAvail().x, top.y), rule, 2.0f);
    ImGui::Dummy(em(0.0f, 0.4f));
    if (context.widgets.button(context.text("check.submit"), ButtonStyle::Primary)) out.emplace_back(SubmitAnswers{});
}

}  // namespace kiosk
