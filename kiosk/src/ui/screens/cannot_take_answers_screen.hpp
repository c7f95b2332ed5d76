// "This kiosk cannot take answers": the one page a kiosk shows when it must not collect answers
// (no inspectorate key, an answers file that fails its start check, a full or read-only disk, its
// own files missing). For staff: what is wrong, what to do, the exact command. No header, so no
// respondent page is reachable from it; "Close the kiosk" (confirmed) is the only action.
#pragma once

#include "app/refusal.hpp"
#include "ui/screen.hpp"

namespace kiosk {

class CannotTakeAnswersScreen final : public Screen {
public:
    explicit CannotTakeAnswersScreen(Refusal refusal) : refusal_(std::move(refusal)) {}
    std::string name() const override { return "cannot-take-answers"; }
    // Escape, Alt+F4 or the window's close button: ask to confirm, as the button does.
    void askToClose() { confirming_close_ = true; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }
    bool showsHeader() const override { return false; }

private:
    Refusal refusal_;
    bool confirming_close_ = false;
};

}  // namespace kiosk
