// A kiosk that must not take answers (see Refusal): it shows only the staff page "This kiosk
// cannot take answers" until staff close it. It has no store, so nothing can be written.
#pragma once

#include "app/frames.hpp"
#include "app/refusal.hpp"
#include "ui/screens/cannot_take_answers_screen.hpp"
#include "ui/strings.hpp"

namespace kiosk {

class RefusedKiosk final : public Frames {
public:
    explicit RefusedKiosk(Refusal refusal);

    bool prepareFrame(ImFontAtlas& atlas) override;
    void frame() override;
    std::optional<std::chrono::milliseconds> untilNextTimer() const override { return std::nullopt; }
    void requestQuit() override { screen_.askToClose(); }
    bool quitRequested() const override { return quit_; }
    std::string screenName() const override { return screen_.name(); }
    const Theme& theme() const override { return theme_; }
    const Widgets& widgets() const override { return widgets_; }

private:
    Theme theme_;
    Widgets widgets_;
    Strings strings_;  // empty: the page's wording is in Refusal (it must show when strings fail to load)
    CannotTakeAnswersScreen screen_;
    bool prepared_ = false;
    bool quit_ = false;
};

}  // namespace kiosk
