// Staff: "Save answers for the inspectorate" — choose a drive or folder, see the verified result,
// then (confirmed) delete the saved responses from the kiosk.
#pragma once

#include "staff/handover_flow.hpp"
#include "ui/screen.hpp"

namespace kiosk {

class StaffHandoverScreen final : public Screen {
public:
    explicit StaffHandoverScreen(HandoverView view) : view_(std::move(view)) {}
    std::string name() const override { return "staff-handover"; }
    const HandoverView& view() const { return view_; }

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
    void drawFooter(ScreenContext& context, Intents& out) override;
    bool hasFooter() const override { return true; }

private:
    HandoverView view_;
};

}  // namespace kiosk
