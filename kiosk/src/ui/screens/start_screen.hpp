// The start page: what this is, that it is anonymous, how long it takes, that any question can
// be skipped; a big Start, or a chooser ("I am on probation" ...) when several are offered.
#pragma once

#include <vector>

#include "ui/screen.hpp"

namespace kiosk {

class StartScreen final : public Screen {
public:
    explicit StartScreen(std::vector<const survey::Questionnaire*> offered) : offered_(std::move(offered)) {}
    std::string name() const override { return "start"; }
    PageText pageText(const ScreenContext& context) const override;

protected:
    void drawContent(ScreenContext& context, Intents& out) override;

private:
    // Language, Easy Read and Read aloud.
    static void drawAccessChoices(ScreenContext& context, Intents& out);

    std::vector<const survey::Questionnaire*> offered_;
};

}  // namespace kiosk
