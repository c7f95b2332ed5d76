// Staff: record how many paper questionnaires were handed out, per questionnaire (response rates).
#pragma once

#include <string>
#include <vector>

#include "ui/screen.hpp"

namespace kiosk {

class StaffDistributedScreen final : public Screen {
public:
    explicit StaffDistributedScreen(std::vector<const survey::Questionnaire*> questionnaires);
    std::string name() const override { return "staff-distributed"; }
    // The string id of what to do first, shown after Record with something missing; else empty.
    const std::string& problem() const { return problem_; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    std::vector<const survey::Questionnaire*> questionnaires_;
    std::string chosen_;  // questionnaire id
    std::string digits_;
    std::string problem_;  // the string id saying what to do, after Record with something missing
};

}  // namespace kiosk
