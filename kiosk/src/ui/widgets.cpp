#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <SDL_scancode.h>
#include <imgui_internal.h>


namespace kiosk {

namespace {

// No auto-repeat for moving focus and acting: under CPU load one slow frame made a 0.12 s press
// look held past the repeat delay, so one Shift+Tab moved focus twice and Enter acted on the
// wrong control. A person presses again instead.
bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

ImVec2 textSize(std::string_view text, float wrap) {
    return ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
}

void drawText(ImVec2 at, const ImVec4& colour, std::string_view text, float wrap) {
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, packed(colour), text.data(),
                                        text.data() + text.size(), wrap);
}

}  // namespace

void outline(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour, float thickness, float rounding) {
    // ImGui strokes centred on the path and AddRect moves its path half a pixel inward already:
    // moving it in by the rest of half the line puts the stroke's solid part exactly on the
    // rectangle's edge pixels, so the border is whole (a 44 px target still draws 44 px) and only
    // the half-pixel anti-aliased fringe reaches past the edge.
    const float inset = std::max(0.0f, thickness * 0.5f - 0.5f);
    draw->AddRect(ImVec2(min.x + inset, min.y + inset), ImVec2(max.x - inset, max.y - inset), colour,
                  std::max(0.0f, rounding - inset), 0, thickness);
}

void Widgets::beginFrame(const Palette& palette) {
    palette_ = &palette;
    items_.clear();
    last_stops_ = std::move(stops_);
    stops_.clear();
    stop_count_ = 0;
    appeared_ = std::move(seen_);
    seen_.clear();
    const int last_count = static_cast<int>(last_stops_.size());
    if (focus_ >= last_count) focus_ = -1;
    focus_at_start_ = focus_;
    const StopKind kind = focus_ >= 0 ? last_stops_[static_cast<std::size_t>(focus_)] : StopKind::Plain;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseClicked[0]) {
        keyboard_mode_ = false;
        // Not io.MouseClickedTime: ImGui sets that negative on a double click, which would
        // refuse a quick second tap on the same on-screen key.
        press_time_ = ImGui::GetTime();
    }
    const bool tab = pressed(ImGuiKey_Tab);
    // Arrows move focus between plain stops only: a text box keeps them for its caret, a key
    // group for moving between its keys.
    const bool arrows = kind == StopKind::Plain;
    const bool next = (tab && !io.KeyShift) ||
                      (arrows && (pressed(ImGuiKey_DownArrow) || pressed(ImGuiKey_RightArrow)));
    const bool previous = (tab && io.KeyShift) ||
                          (arrows && (pressed(ImGuiKey_UpArrow) || pressed(ImGuiKey_LeftArrow)));
    focus_moved_ = false;
    if ((next || previous) && last_count > 0) {
        if (focus_ < 0) focus_ = next ? 0 : last_count - 1;  // a new page: Shift+Tab starts at its last item
        else focus_ = (focus_ + (next ? 1 : last_count - 1)) % last_count;
        keyboard_mode_ = true;
        focus_moved_ = true;
    }
    const bool enter = pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter);
    const bool space = pressed(ImGuiKey_Space);
    activate_ = keyboard_mode_ && !focus_moved_ && kind == StopKind::Plain && (enter || space);
    group_keys_ = GroupKeys{};
    if (keyboard_mode_ && !focus_moved_ && kind == StopKind::KeyGroup) {
        group_keys_.dx = (pressed(ImGuiKey_RightArrow) ? 1 : 0) - (pressed(ImGuiKey_LeftArrow) ? 1 : 0);
        group_keys_.dy = (pressed(ImGuiKey_DownArrow) ? 1 : 0) - (pressed(ImGuiKey_UpArrow) ? 1 : 0);
        group_keys_.press = enter || space;
    }
    number_ = 0;
    if (kind == StopKind::Plain) {
        for (int n = 1; n <= 9; ++n) {
            if (ImGui::IsKeyPressed(SDL_SCANCODE_1 + n - 1, false) || ImGui::IsKeyPressed(SDL_SCANCODE_KP_1 + n - 1, false))
                number_ = n;
        }
    }
}

void Widgets::resetFocus() {
    focus_ = -1;
    focus_at_start_ = -1;
    last_stops_.clear();
    // Everything on a new page is new under the finger.
    appeared_.clear();
    seen_.clear();
}

int Widgets::addStop(StopKind kind) {
    stops_.push_back(kind);
    return stop_count_++;
}

const ItemRect* Widgets::focusedItem() const {
    for (const ItemRect& item : items_) {
        if (item.stop >= 0 && item.stop == focus_) return &item;
    }
    return nullptr;
}

bool Widgets::settled(const ItemRect& rect) {
    char place[64];
    std::snprintf(place, sizeof place, "@%.0f,%.0f,%.0f,%.0f", static_cast<double>(rect.min.x),
                  static_cast<double>(rect.min.y), static_cast<double>(rect.max.x), static_cast<double>(rect.max.y));
    const std::string key = rect.label + place;
    const auto found = appeared_.find(key);
    const double since = found != appeared_.end() ? found->second : ImGui::GetTime();
    seen_.insert_or_assign(key, since);
    return press_time_ - since >= kSettleSeconds;
}

ImVec2 Widgets::snap(ImVec2 size) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(std::round(at.x), std::round(at.y)));
    return ImVec2(std::ceil(std::max(size.x, kMinTarget)), std::ceil(std::max(size.y, kMinTarget)));
}

ItemRect& Widgets::record(std::string_view label, int stop) {
    ItemRect rect{std::string(label), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), stop};
    const ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = draw->GetClipRectMin();
    const ImVec2 clip_max = draw->GetClipRectMax();
    const bool whole = rect.min.x >= clip_min.x && rect.min.y >= clip_min.y && rect.max.x <= clip_max.x &&
                       rect.max.y <= clip_max.y;
    rect.scrolled_out = !whole && ImGui::GetScrollMaxY() > 0.0f;
    items_.push_back(std::move(rect));
    return items_.back();
}

bool Widgets::item(std::string_view label, ImVec2 size, bool& hovered, bool& held) {
    const int stop = group_ >= 0 ? -1 : addStop(StopKind::Plain);
    size = snap(size);
    ImGui::PushID(static_cast<int>(items_.size()));
    const bool clicked = ImGui::InvisibleButton("##item", size);
    ImGui::PopID();
    hovered = ImGui::IsItemHovered();
    held = ImGui::IsItemActive();
    const bool touched = settled(record(label, stop)) && clicked;
    if (touched) focus_ = group_ >= 0 ? group_ : stop;  // what was touched is what keys act on next
    if (isFocused(stop) && focus_moved_) ImGui::SetScrollHereY(0.5f);
    return touched || (isFocused(stop) && activate_);
}

Widgets::Region Widgets::textEntry(std::string_view label, ImVec2 size) {
    Region region;
    region.stop = addStop(StopKind::TextEntry);
    size = snap(size);
    ImGui::PushID(static_cast<int>(items_.size()));
    ImGui::InvisibleButton("##text", size);
    ImGui::PopID();
    region.hovered = ImGui::IsItemHovered();
    region.clicked = ImGui::IsItemActivated();  // on the press: the caret goes where the finger is
    record(label, region.stop);
    if (region.clicked) focus_ = region.stop;
    if (isFocused(region.stop) && focus_moved_) ImGui::SetScrollHereY(0.5f);
    return region;
}

bool Widgets::typingInto(int stop) const {
    if (focus_at_start_ < 0) return true;
    if (focus_at_start_ == stop) return true;
    const auto at = static_cast<std::size_t>(focus_at_start_);
    return at < last_stops_.size() && last_stops_[at] == StopKind::KeyGroup;
}

bool Widgets::keysGoTo(int stop) const {
    if (focus_ == stop) return true;
    const auto at = static_cast<std::size_t>(focus_);
    return focus_ >= 0 && at < last_stops_.size() && last_stops_[at] == StopKind::KeyGroup;
}

GroupKeys Widgets::beginKeyGroup(std::string_view label) {
    group_ = addStop(StopKind::KeyGroup);
    group_first_ = items_.size();
    items_.push_back(ItemRect{std::string(label), ImGui::GetCursorScreenPos(), ImGui::GetCursorScreenPos(), group_});
    const bool focused = isFocused(group_);
    if (focused && focus_moved_) ImGui::SetScrollHereY(0.5f);
    GroupKeys keys = focused ? group_keys_ : GroupKeys{};
    keys.focused = focused;
    keys.stop = group_;
    return keys;
}

void Widgets::endKeyGroup() {
    ItemRect& group = items_[group_first_];
    for (std::size_t i = group_first_ + 1; i < items_.size(); ++i) {
        group.max.x = std::max(group.max.x, items_[i].max.x);
        group.max.y = std::max(group.max.y, items_[i].max.y);
    }
    group_ = -1;  // the keyboard draws the ring on the key the arrows are on
}

void Widgets::drawFocus(const ItemRect& rect) const {
    // Drawn inside the item's own rectangle, so no window edge can clip it; each band is a
    // closed ring, the first at the item's edge (see focusBands: one always stands out).
    const float width = std::max(3.0f, em(0.12f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float inset = 0.0f;
    for (const ImVec4& band : focusBands(*palette_)) {
        outline(draw, ImVec2(rect.min.x + inset, rect.min.y + inset), ImVec2(rect.max.x - inset, rect.max.y - inset),
                packed(band), width, 4.0f);
        inset += width;
    }
}

float Widgets::choiceWidth(std::string_view label) const {
    // The trailing 0.2 em keeps the label on one line despite rounding in the wrap measurement.
    return textSize(label, -1.0f).x + em(1.2f) + em(0.4f) * 3.0f + em(0.2f);
}

bool Widgets::choice(std::string_view label, bool selected, ChoiceKind kind, bool fit) {
    const float pad = em(0.4f);
    const float box = em(1.2f);
    const float width = fit ? std::min(choiceWidth(label), ImGui::GetContentRegionAvail().x)
                            : ImGui::GetContentRegionAvail().x;
    const float wrap = width - box - pad * 3.0f;
    const ImVec2 text = textSize(label, wrap);
    bool hovered = false;
    bool held = false;
    const bool activated = item(label, ImVec2(width, std::max(text.y, box) + pad * 2.0f), hovered, held);
    const ItemRect& rect = items_.back();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec4& fill = selected ? palette_->selected : palette_->option;
    const ImVec4& ink = selected ? palette_->selected_text : palette_->option_text;
    draw->AddRectFilled(rect.min, rect.max, packed(fill), 6.0f);
    outline(draw, rect.min, rect.max, packed(palette_->option_border), hovered || held ? 4.0f : 2.0f, 6.0f);
    const ImVec2 box_min(rect.min.x + pad, rect.min.y + (rect.height() - box) * 0.5f);
    const ImVec2 box_max(box_min.x + box, box_min.y + box);
    const float line = std::max(2.0f, em(0.1f));
    if (kind == ChoiceKind::Checkbox) {
        draw->AddRectFilled(box_min, box_max, packed(palette_->background));
        draw->AddRect(box_min, box_max, packed(palette_->text), 0.0f, 0, line);
        if (selected) {
            const ImVec2 a(box_min.x + box * 0.2f, box_min.y + box * 0.5f);
            const ImVec2 b(box_min.x + box * 0.42f, box_min.y + box * 0.75f);
            const ImVec2 c(box_min.x + box * 0.82f, box_min.y + box * 0.25f);
            draw->AddLine(a, b, packed(palette_->text), line * 1.5f);
            draw->AddLine(b, c, packed(palette_->text), line * 1.5f);
        }
    } else {
        const ImVec2 centre((box_min.x + box_max.x) * 0.5f, (box_min.y + box_max.y) * 0.5f);
        draw->AddCircleFilled(centre, box * 0.5f, packed(palette_->background));
        draw->AddCircle(centre, box * 0.5f, packed(palette_->text), 0, line);
        if (selected) draw->AddCircleFilled(centre, box * 0.28f, packed(palette_->text));
    }
    drawText(ImVec2(box_max.x + pad, rect.min.y + (rect.height() - text.y) * 0.5f), ink, label, wrap);
    if (isFocused(rect.stop)) drawFocus(rect);
    return activated;
}

float Widgets::buttonHeight() { return ImGui::GetTextLineHeight() + em(0.6f); }

bool Widgets::button(std::string_view label, ButtonStyle style, float width, std::string_view recorded,
                     float height) {
    const float pad = em(0.6f);
    // A button given a width wraps its label inside it; one fitted to its label never wraps.
    const float wrap = width > 0.0f ? width - pad * 2.0f : -1.0f;
    const ImVec2 text = textSize(label, wrap);
    if (width <= 0.0f) width = text.x + pad * 2.0f;
    bool hovered = false;
    bool held = false;
    const bool activated = item(recorded.empty() ? label : recorded, ImVec2(width, height > 0.0f ? height : text.y + em(0.6f)),
                                 hovered, held);
    const ItemRect& rect = items_.back();
    ImVec4 fill = palette_->secondary;
    ImVec4 ink = palette_->secondary_text;
    if (style == ButtonStyle::Primary) fill = palette_->primary, ink = palette_->primary_text;
    if (style == ButtonStyle::Leave) fill = palette_->leave, ink = palette_->leave_text;
    if (style == ButtonStyle::Header) fill = palette_->header, ink = palette_->header_text;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(rect.min, rect.max, packed(fill), 6.0f);
    // A filled button's edge is its fill: an outline in its text colour (white) would vanish into a
    // white page and leave the button drawn 3 px smaller than it is. Buttons the colour of what is
    // around them (Skip, Back, the header's) are outlined in their text colour.
    const bool filled = style == ButtonStyle::Primary || style == ButtonStyle::Leave;
    const bool pressed = hovered || held;
    outline(draw, rect.min, rect.max, packed(filled && !pressed ? fill : ink), pressed ? 4.0f : 2.0f, 6.0f);
    drawText(ImVec2(rect.min.x + (rect.width() - text.x) * 0.5f, rect.min.y + (rect.height() - text.y) * 0.5f), ink,
             label, std::max(wrap, 0.0f));
    if (isFocused(rect.stop)) drawFocus(rect);
    return activated;
}

void Widgets::sameLineIfFits(std::string_view next) const { sameLineIfFits(textSize(next, -1.0f).x + em(1.2f)); }

void Widgets::sameLineIfFits(float width) const {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine();
}

}  // namespace kiosk
