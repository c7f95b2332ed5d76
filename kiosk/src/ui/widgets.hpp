// Touch-first widgets: full-width choice rows, large checkboxes, buttons of at least 44x44 px;
// plus the kiosk's own keyboard focus (Tab/Shift+Tab, arrows, Enter/Space, 1-9).
// Every interactive item records its rectangle so tests can find it by label and check its size.
//
// Focus moves between "stops": a button or choice is one stop, a text box is one stop (it keeps
// arrows, Enter and Space for editing), and a key group (the on-screen keyboard) is one stop
// whose arrows move between its keys. Whatever holds focus is the only thing keys act on.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "ui/theme.hpp"

namespace kiosk {

enum class ButtonStyle { Primary, Secondary, Leave, Header };
enum class ChoiceKind { Radio, Checkbox };
enum class StopKind { Plain, TextEntry, KeyGroup };

struct ItemRect {
    std::string label;
    ImVec2 min;
    ImVec2 max;
    int stop = -1;  // its place in the Tab order; -1 for a key inside a key group
    // Partly scrolled out of its window's view (a long page): drawn cut short on purpose.
    bool scrolled_out = false;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

// What a key group (the on-screen keyboard) reads while it holds keyboard focus.
struct GroupKeys {
    int stop = -1;
    bool focused = false;  // the group holds keyboard focus: show which key the arrows are on
    int dx = 0;  // -1 left, +1 right
    int dy = 0;  // -1 up, +1 down
    bool press = false;  // Enter or Space
};

// A rectangle's border drawn wholly inside it: ImGui's AddRect strokes centred on the edge (half
// the line and its anti-aliased fringe fall outside), which a region's clip cuts off at its sides.
void outline(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour, float thickness, float rounding = 0.0f);

class Widgets {
public:
    static constexpr float kMinTarget = 44.0f;  // px, WCAG 2.5.5
    // A press on a control that appeared (or moved) under the pointer less than this long ago is
    // ignored: "Send my answers" replacing Continue must not catch the second tap of a double tap.
    static constexpr double kSettleSeconds = 0.5;

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
    // height 0: one line of the label plus padding.
    bool button(std::string_view label, ButtonStyle style, float width = 0.0f, std::string_view recorded = {},
                float height = 0.0f);
    // The height button() gives a one-line label in the current font.
    static float buttonHeight();
    // Puts the next button on this line when a button labelled `next` still fits, else on the next.
    void sameLineIfFits(std::string_view next) const;
    void sameLineIfFits(float width) const;

    // A text box: one stop of kind TextEntry. Returns its stop; `clicked` is set when a press
    // landed in it this frame (the box places its caret there).
    struct Region {
        int stop = -1;
        bool clicked = false;
        bool hovered = false;
    };
    Region textEntry(std::string_view label, ImVec2 size);
    // Whether typed characters this frame belong to the text box at `stop`: it held focus when the
    // frame began (so keys typed just before a Tab still land in it), or its key group did, or
    // nothing did (a keyboard user just types).
    bool typingInto(int stop) const;
    // Whether the box's editing keys (arrows, Home, End, Backspace, Delete, Enter) act on it.
    bool editing(int stop) const { return focus_at_start_ == stop && focus_ == stop; }
    void focus(int stop) { focus_ = stop; }
    // Keys typed now go to the text box at `stop`: it, or a key group, holds focus.
    bool keysGoTo(int stop) const;

    // A key group: one stop; the buttons drawn between begin and end are its keys, no stops of
    // their own. begin returns the keys to act on when the group holds keyboard focus.
    GroupKeys beginKeyGroup(std::string_view label);
    void endKeyGroup();
    // True while the group or its text box holds focus: the keyboard is in use.
    bool hasFocus(int stop) const { return focus_ == stop; }

    // 1-9 when that number key was pressed this frame (not while typing), else 0.
    int numberPressed() const { return number_; }
    const std::vector<ItemRect>& items() const { return items_; }
    int focused() const { return focus_; }
    int stopCount() const { return stop_count_; }
    // The item that is the focused stop this frame, or null.
    const ItemRect* focusedItem() const;
    bool keyboardMode() const { return keyboard_mode_; }
    void drawFocus(const ItemRect& rect) const;

private:
    // Registers an interactive item of `size` at the cursor; returns whether it was activated
    // by pointer or by keyboard; `hovered`/`held` describe the pointer.
    bool item(std::string_view label, ImVec2 size, bool& hovered, bool& held);
    bool isFocused(int stop) const { return keyboard_mode_ && stop >= 0 && focus_ == stop; }
    int addStop(StopKind kind);
    // A press that began on this item soon after it appeared at this place does not count.
    bool settled(const ItemRect& rect);
    // Records the last ImGui item as `label`, whole pixels, noting whether scrolling hides part of it.
    ItemRect& record(std::string_view label, int stop);
    // Places the next item on whole pixels with a whole-pixel size of at least kMinTarget, so it is
    // drawn as large as it is recorded (no edge lost to a fraction of a pixel).
    static ImVec2 snap(ImVec2 size);

    const Palette* palette_ = nullptr;
    std::vector<ItemRect> items_;
    std::vector<StopKind> stops_;       // this frame's stops, in Tab order
    std::vector<StopKind> last_stops_;  // last frame's
    int stop_count_ = 0;
    int focus_ = -1;
    int focus_at_start_ = -1;  // the stop that held focus when this frame began
    bool keyboard_mode_ = false;
    bool focus_moved_ = false;
    bool activate_ = false;
    GroupKeys group_keys_;
    int group_ = -1;           // the key group being drawn, or -1
    std::size_t group_first_ = 0;  // its first key in items_
    int number_ = 0;
    // When each control was first seen at its place (label and rectangle), in ImGui time.
    std::map<std::string, double> appeared_;
    std::map<std::string, double> seen_;
    double press_time_ = 0.0;  // when the pointer last went down, in ImGui time
};

}  // namespace kiosk
