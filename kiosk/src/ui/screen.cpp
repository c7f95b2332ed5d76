#include "ui/screen.hpp"

#include "speech/page_reading.hpp"
#include "survey/locale.hpp"

#include <algorithm>
#include <vector>

namespace kiosk {

const std::string& ScreenContext::text(std::string_view id) const {
    const DisplaySettings& s = theme.settings();
    return strings.get(id, s.language, s.easy_read);
}

const std::string& ScreenContext::local(const survey::LocalText& local_text) const {
    const DisplaySettings& s = theme.settings();
    return local_text.get(s.language, s.easy_read);
}

std::string ScreenContext::locale() const {
    const DisplaySettings& s = theme.settings();
    return survey::localeKey(s.language, s.easy_read);
}

namespace {

struct HeaderButton {
    std::string label;
    std::string recorded;  // the name tests click it by
    ButtonStyle style;
    Intent intent;
    float width = 0.0f;
};

// A loudspeaker with two sound waves, drawn in the space the read-aloud label leaves at its start.
void drawSpeaker(const ItemRect& rect, ImU32 ink) {
    const float s = ImGui::GetFontSize();
    const float x = rect.min.x + em(0.6f);
    const float y = rect.centre().y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(x, y - s * 0.14f), ImVec2(x + s * 0.18f, y + s * 0.14f), ink);
    draw->AddQuadFilled(ImVec2(x + s * 0.16f, y - s * 0.14f), ImVec2(x + s * 0.42f, y - s * 0.36f),
                        ImVec2(x + s * 0.42f, y + s * 0.36f), ImVec2(x + s * 0.16f, y + s * 0.14f), ink);
    for (const float radius : {0.2f, 0.36f}) {
        draw->PathArcTo(ImVec2(x + s * 0.46f, y), s * radius, -0.8f, 0.8f, 12);
        draw->PathStroke(ink, 0, s * 0.07f);
    }
}

}  // namespace

void Screen::drawHeader(ScreenContext& context, Intents& out) {
    ImGui::PushFont(context.theme.chrome());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const Palette& p = context.theme.colours();
    const DisplaySettings& settings = context.theme.settings();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float pad = em(1.2f);  // the button's own padding either side of its label
    // Room for the loudspeaker drawn before the words.
    const std::string speaker_room = "       ";

    // Each button's width is the widest of its Easy Read and plain wording, and "Leave this page"
    // keeps its place (top right) on pages that do not show it: so no button ever moves between
    // pages or when Easy Read is switched, and a tap meant for one never lands on another.
    const auto widest = [&](std::string_view id, std::string_view prefix = {}) {
        float width = 0.0f;
        for (const bool easy : {false, true}) {
            const std::string label = std::string(prefix) + context.strings.get(id, settings.language, easy);
            width = std::max(width, ImGui::CalcTextSize(label.c_str()).x + pad + 1.0f);  // +1: never wraps
        }
        return width;
    };
    std::vector<HeaderButton> buttons;  // from the right
    buttons.push_back({context.text("header.leave"), "", ButtonStyle::Leave, LeaveNow{}, widest("header.leave")});
    buttons.push_back({context.text("header.display_options"), "", ButtonStyle::Header, OpenDisplayOptions{},
                       widest("header.display_options")});
    DisplaySettings language = settings;
    language.language = survey::otherLanguage(settings.language);
    const std::string language_id = "options.language." + language.language;
    buttons.push_back({context.text(language_id), "header:language", ButtonStyle::Header, ChangeDisplay{language},
                       widest(language_id)});
    DisplaySettings speech = settings;
    speech.read_aloud = !speech.read_aloud;
    buttons.push_back({speaker_room + context.text("header.read_aloud"), "header:read-aloud",
                       settings.read_aloud ? ButtonStyle::Primary : ButtonStyle::Header, ChangeDisplay{speech},
                       widest("header.read_aloud", speaker_room)});
    const std::string& staff = context.text("header.staff");
    // Kept clear on every page, shown or not, so the rows break the same way everywhere.
    const float staff_width = ImGui::CalcTextSize(staff.c_str()).x + pad + spacing;

    // Rows filled from the top right leftwards, each clear of "Staff"; a button that does not fit
    // starts the next row, again from the right.
    // The bar's own narrow margin, not the page's (a whole body em, 70 px at 250%), so at large
    // text the buttons still fit on one row on a 1280 px screen.
    const float left = std::min(em(0.4f), ImGui::GetWindowContentRegionMin().x);
    const float right = ImGui::GetWindowWidth() - left;
    const float room = right - left - staff_width;
    struct Placed {
        const HeaderButton* button;
        std::size_t row;
        float x;
    };
    std::vector<Placed> placed;
    std::size_t row = 0;
    float used = 0.0f;
    for (const HeaderButton& button : buttons) {
        const float need = used == 0.0f ? button.width : used + spacing + button.width;
        if (used > 0.0f && need > room) {
            ++row;
            used = button.width;
        } else {
            used = need;
        }
        placed.push_back({&button, row, std::max(left, right - used)});
    }
    const float height = ImGui::GetTextLineHeight() + em(0.6f);  // a button
    const float gap = em(0.2f);
    const float bar = gap + static_cast<float>(row + 1) * (height + gap) + gap;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();  // the bar runs edge to edge, over the window padding
    draw->AddRectFilled(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + bar),
                        packed(p.header));
    draw->PopClipRect();
    // The buttons sit in the window's padding, which ImGui clips by half: lift the clip for them.
    ImGui::PushClipRect(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + bar), false);
    if (context.assisted && !context.staff_button) {
        // Small, in the bar's colours, in the place "Staff" keeps: for the member of staff helping.
        const std::string& mark = context.text("header.assisted");
        const float y = gap + (height - ImGui::GetTextLineHeight()) * 0.5f;
        draw->AddCircleFilled(ImVec2(left + em(0.35f), y + ImGui::GetTextLineHeight() * 0.5f), em(0.25f),
                              packed(p.header_text));
        draw->AddText(ImVec2(left + em(0.8f), y), packed(p.header_text), mark.c_str());
    }
    if (context.staff_button) {
        // In the bar's own colours, away from the page: nobody reads it as part of the survey.
        ImGui::SetCursorPos(ImVec2(left, gap));
        context.widgets.button(staff, ButtonStyle::Header, 0.0f, "Staff");
        context.staff_held = ImGui::IsItemActive();  // activation alone does nothing: it must be held
    }
    // Drawn left to right so Tab visits them in reading order.
    for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
        const HeaderButton& button = *it->button;
        if (std::holds_alternative<LeaveNow>(button.intent) && !context.leave_available) continue;  // its place stays
        ImGui::SetCursorPos(ImVec2(it->x, gap + static_cast<float>(it->row) * (height + gap)));
        if (context.widgets.button(button.label, button.style, button.width, button.recorded))
            out.push_back(button.intent);
        if (button.recorded == "header:read-aloud")
            drawSpeaker(context.widgets.items().back(), packed(settings.read_aloud ? p.primary_text : p.header_text));
    }
    ImGui::PopClipRect();
    ImGui::SetCursorPosY(bar + em(0.2f));
    ImGui::PopFont();
}

Intents Screen::draw(ScreenContext& context) {
    Intents out;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushFont(context.theme.body());
    ImGui::Begin("##screen", nullptr, flags);
    if (showsHeader()) drawHeader(context, out);
    // Content in a readable column, scrolling when text is large.
    const float column = std::min(ImGui::GetContentRegionAvail().x, em(34.0f));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - column) * 0.5f);
    const float left = ImGui::GetCursorPosX();
    if (hasFooter() && footer_height_ <= 0.0f) footer_height_ = em(2.6f);
    const float footer = hasFooter() ? footer_height_ : 0.0f;
    // One scrolling region per screen (named after it), starting at the top when first shown.
    ImGui::PushID(context.respondent);
    ImGui::PushID(name().c_str());
    ImGui::BeginChild("##content", ImVec2(column, footer > 0.0f ? -footer : 0.0f), false,
                      ImGuiWindowFlags_NoSavedSettings);
    if (first_frame_) ImGui::SetScrollY(0.0f);
    first_frame_ = false;
    // A touch screen scrolls by dragging the page itself, not only the scrollbar.
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
    drawContent(context, out);
    ImGui::Dummy(em(1.0f, 0.5f));
    ImGui::EndChild();
    if (hasFooter()) {
        ImGui::SetCursorPosX(left);
        ImGui::BeginChild("##footer", ImVec2(column, footer), false,
                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar);
        ImGui::PushFont(context.theme.chrome());
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.3f));
        drawFooter(context, out);
        // The same small margin below as above (not the body-sized window padding nor the gap
        // after the last button), so at 250% the footer takes no more height than its buttons need.
        footer_height_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + em(0.3f);
        ImGui::PopFont();
        ImGui::EndChild();
    }
    ImGui::PopID();
    ImGui::PopID();
    ImGui::End();
    ImGui::PopFont();
    return out;
}

void Screen::heading(ScreenContext& context, std::string_view text) {
    ImGui::PushFont(context.theme.heading());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0.0f, em(0.1f)));
}

void Screen::paragraph(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void Screen::hint(ScreenContext& context, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, context.theme.colours().hint);
    paragraph(text);
    ImGui::PopStyleColor();
}

void Screen::drawPart(ScreenContext& context, const PagePart& part) {
    switch (part.role) {
        case TextRole::Heading: heading(context, part.text); break;
        case TextRole::Paragraph: paragraph(part.text); break;
        case TextRole::Hint: hint(context, part.text); break;
        case TextRole::Action: break;
    }
}

std::string Screen::reading(const ScreenContext& context) const {
    const PageText text = pageText(context);
    std::vector<std::string_view> parts;
    for (const PagePart& part : text) parts.push_back(part.text);
    return sentences(parts);
}

}  // namespace kiosk
