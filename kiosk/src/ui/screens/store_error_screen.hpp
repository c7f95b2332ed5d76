// Shown when the database cannot be written: a calm message asking for a member of staff.
#pragma once

#include "ui/screen.hpp"

namespace kiosk {

class StoreErrorScreen final : public Screen {
public:
    std::string name() const override { return "store-error"; }
    PageText pageText(const ScreenContext& context) const override;

protected:
    void drawContent(ScreenContext& context, Intents& out) override;
};

}  // namespace kiosk
