// Staff: choose the questionnaire of a paper return, then enter it through the usual pages.
#pragma once

#include <string>
#include <vector>

#include "ui/screen.hpp"

namespace kiosk {

class StaffPaperScreen final : public Screen {
public:
    explicit StaffPaperScreen(std::vector<const survey::Questionnaire*> questionnaires)
        : questionnaires_(std::move(questionnaires)) {}
    std::string name() const override { return "staff-paper"; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    std::vector<const survey::Questionnaire*> questionnaires_;
};

}  // namespace kiosk
