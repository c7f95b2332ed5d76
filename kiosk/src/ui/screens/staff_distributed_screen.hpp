// Staff: record how many paper questionnaires were handed out, per questionnaire (response rates),
// and see, and withdraw, what was recorded here today: a count typed wrong (200 for 20) is undone
// here, not left to make every rate wrong.
#pragma once

#include <string>
#include <vector>

#include "staff/staff_mode.hpp"
#include "ui/screen.hpp"

namespace kiosk {

class StaffDistributedScreen final : public Screen {
public:
    // `note`: what the last withdrawal did, shown at the top; may be empty.
    StaffDistributedScreen(std::vector<const survey::Questionnaire*> questionnaires, std::vector<CountToday> today,
                           std::string note = {});
    std::string name() const override { return "staff-distributed"; }
    // The string id of what to do first, shown after Record with something missing; else empty.
    const std::string& problem() const { return problem_; }
    const std::vector<CountToday>& today() const { return today_; }
    const std::string& note() const { return note_; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    void drawToday(ScreenContext& context, Intents& out);

    std::vector<const survey::Questionnaire*> questionnaires_;
    std::vector<CountToday> today_;
    std::string note_;
    std::string chosen_;  // questionnaire id
    std::string digits_;
    std::string problem_;  // the string id saying what to do, after Record with something missing
};

}  // namespace kiosk
