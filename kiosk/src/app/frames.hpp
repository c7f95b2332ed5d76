// What a runner draws: the kiosk taking answers (App) or the staff page saying why it cannot
// (RefusedKiosk). The SDL run loop and the headless test driver see only this.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <imgui.h>

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace kiosk {

class Frames {
public:
    virtual ~Frames() = default;
    // Before ImGui::NewFrame(): rebuilds the font atlas when needed. True when it did, so a GL
    // runner re-uploads the font texture. Throws MissingFont.
    virtual bool prepareFrame(ImFontAtlas& atlas) = 0;
    // Between NewFrame and Render: draws the frame and acts on what was pressed.
    virtual void frame() = 0;
    // How long until a timer is due; none when idle (the runner then sleeps until an event).
    virtual std::optional<std::chrono::milliseconds> untilNextTimer() const = 0;
    // The window's close button, Alt+F4: never closes at once (staff confirm first).
    virtual void requestQuit() = 0;
    // Staff confirmed "Close the kiosk": the runner ends the program.
    virtual bool quitRequested() const = 0;
    // A stable name for screenshots and tests: "start", "question-setting", "cannot-take-answers".
    virtual std::string screenName() const = 0;
    virtual const Theme& theme() const = 0;
    virtual const Widgets& widgets() const = 0;
};

}  // namespace kiosk
