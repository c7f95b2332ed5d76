// Touch-first widgets: full-width choice rows, large checkboxes, buttons of at least 44x44 px,
// a text box; plus the kiosk's own keyboard focus (Tab/Shift+Tab, arrows, Enter/Space, 1-9).
// Every interactive item records its rectangle so tests can find it by label and check its size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "ui/theme.hpp"

namespace kiosk {

enum class ButtonStyle { Primary, Secondary, Leave, Header };
enum class ChoiceKind { Radio, Checkbox };

struct ItemRect {
    std::string label;
    ImVec2 min;
    ImVec2 max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

class Widgets {
public:
    static constexpr float kMinTarget = 44.0f;  // px, WCAG 2.5.5

    // Once per frame, before any screen draws: reads the keys and forgets last frame's items.
    void beginFrame(const Palette& palette);
    // Focus goes to nothing; the next Tab focuses the first item. Called when the screen changes.
    void resetFocus();

    // A whole-row choice: radio (single) or checkbox (multi). Returns true when activated.
    // width 0: the whole row; otherwise fits the label (for short choices set side by side).
    bool choice(std::string_view label, bool selected, ChoiceKind kind, bool fit = false);
    // The width choice(..., fit = true) takes, for sameLineIfFits.
    float choiceWidth(std::string_view label) const;
    // width 0: fits the label. Returns true when activated. `recorded` names the item in items()
    // when the visible label is not unique ("Change" on every row of check-answers).
    bool button(std::string_view label, ButtonStyle style, float width = 0.0f, std::string_view recorded = {});
    // Puts the next button on this line when a button labelled `next` still fits, else on the next.
    void sameLineIfFits(std::string_view next) const;
    void sameLineIfFits(float width) const;
    // A multi-line text box; returns true when the text changed.
    bool textBox(std::string_view label, std::string& text, float height);

    // 1-9 when that number key was pressed this frame (not while typing), else 0.
    int numberPressed() const { return number_; }
    const std::vector<ItemRect>& items() const { return items_; }
    int focused() const { return focus_; }

private:
    // Registers an interactive item of `size` at the cursor; returns whether it was activated
    // by pointer or by keyboard; `hovered`/`held` describe the pointer.
    bool item(std::string_view label, ImVec2 size, bool& hovered, bool& held);
    void drawFocus(const ItemRect& rect) const;
    bool isFocused(int index) const { return keyboard_mode_ && focus_ == index; }

    const Palette* palette_ = nullptr;
    std::vector<ItemRect> items_;
    int last_count_ = 0;
    int focus_ = -1;
    bool keyboard_mode_ = false;
    bool focus_moved_ = false;
    bool activate_ = false;
    int number_ = 0;
};

}  // namespace kiosk
