// The staff menu: site name, questionnaires offered, counts per questionnaire (never anyone's
// answers), and the staff actions (paper handed out, paper return, helped by staff, leave, close).
#pragma once

#include <string>
#include <vector>

#include "ui/screen.hpp"

namespace kiosk {

struct StaffMenuRow {
    const survey::Questionnaire* questionnaire = nullptr;
    bool offered = false;
    int submitted = 0;
    int abandoned = 0;
};

struct StaffMenuView {
    std::string site;
    std::vector<StaffMenuRow> rows;  // every questionnaire loaded
    bool next_assisted = false;      // "Next person is helped by staff" is pending
    std::string note;                // what the last action did, already worded
    std::string recipient;           // inspectorate key fingerprint the answers are sealed to
    std::string kiosk_key;           // this kiosk's signing key fingerprint (handover files)
};

class StaffMenuScreen final : public Screen {
public:
    explicit StaffMenuScreen(StaffMenuView view) : view_(std::move(view)) {}
    std::string name() const override { return "staff-menu"; }
    const StaffMenuView& view() const { return view_; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    // "Return to kiosk" and "Close the kiosk" stay on screen below the scrolling menu.
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    StaffMenuView view_;
    bool confirming_close_ = false;  // "Close the kiosk" pressed: asking "Yes, close" or "No"
};

}  // namespace kiosk
