// The on-screen keyboard under a text box: a touch kiosk has no physical keyboard. It is one
// stop in the Tab order; while it holds keyboard focus the arrows move between its keys and
// Enter or Space presses the key they are on. Keys type into the TextBox at its caret.
#pragma once

#include <string>

#include "ui/screen.hpp"
#include "ui/text_box.hpp"

namespace kiosk {

class OnScreenKeyboard {
public:
    static constexpr int kRows = 5;

    explicit OnScreenKeyboard(bool capitals = false) : capitals_(capitals) {}  // four rows of ten keys, then Capitals, Space, Delete

    // The height of the keys at `key_height` px each, with the gaps between rows.
    static float height(float key_height);
    // Draws the keys across the available width in the header's font.
    void draw(ScreenContext& context, TextBox& box, std::string& text, float key_height);
    int stop() const { return stop_; }

private:
    void move(int dx, int dy);

    bool capitals_ = false;
    int row_ = 0;  // the key the arrows are on
    int column_ = 0;
    int stop_ = -1;
};

}  // namespace kiosk
