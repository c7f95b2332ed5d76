// "Check your answers": every question that applies, its answer or "Not answered", and a
// "Change" button; then, after them, "Send my answers". Holds a copy of the answers, not the session.
#pragma once

#include <optional>
#include <vector>

#include "survey/answers.hpp"
#include "ui/screen.hpp"

namespace kiosk {

class CheckAnswersScreen final : public Screen {
public:
    CheckAnswersScreen(const survey::Questionnaire& questionnaire, const survey::Answers& answers);
    std::string name() const override { return "check-answers"; }
    PageText pageText(const ScreenContext& context) const override;

protected:
    void drawContent(ScreenContext& context, Intents& out) override;

private:
    struct Row {
        const survey::Question* question;
        std::optional<survey::Answer> answer;
    };
    std::string answerText(const ScreenContext& context, const Row& row) const;

    std::vector<Row> rows_;
};

}  // namespace kiosk
