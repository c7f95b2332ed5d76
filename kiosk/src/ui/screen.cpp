#include "ui/screen.hpp"

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
    const float pad = em(1.2f);
    // Room for the loudspeaker drawn before the words.
    const std::string speaker_room = "       ";

    std::vector<HeaderButton> buttons;
    DisplaySettings speech = settings;
    speech.read_aloud = !speech.read_aloud;
    buttons.push_back({speaker_room + context.text("header.read_aloud"), "header:read-aloud",
                       settings.read_aloud ? ButtonStyle::Primary : ButtonStyle::Header, ChangeDisplay{speech}});
    DisplaySettings language = settings;
    language.language = settings.language == "cy" ? "en" : "cy";
    buttons.push_back({context.text("options.language." + language.language), "header:language", ButtonStyle::Header,
                       ChangeDisplay{language}});
    buttons.push_back({context.text("header.display_options"), "", ButtonStyle::Header, OpenDisplayOptions{}});
    if (context.leave_available) buttons.push_back({context.text("header.leave"), "", ButtonStyle::Leave, LeaveNow{}});
    for (HeaderButton& button : buttons) button.width = ImGui::CalcTextSize(button.label.c_str()).x + pad;
    const std::string& staff = context.text("header.staff");
    const float staff_width = context.staff_button ? ImGui::CalcTextSize(staff.c_str()).x + pad + spacing * 2.0f : 0.0f;

    // Rows filled in order; each row right-aligned, as the single row always was, and clear of "Staff".
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float room = right - ImGui::GetWindowContentRegionMin().x - staff_width;
    std::vector<std::vector<const HeaderButton*>> rows(1);
    float used = 0.0f;
    for (const HeaderButton& button : buttons) {
        const float need = rows.back().empty() ? button.width : used + spacing + button.width;
        if (!rows.back().empty() && need > room) {
            rows.emplace_back();
            used = button.width;
        } else {
            used = need;
        }
        rows.back().push_back(&button);
    }
    const float height = ImGui::GetTextLineHeight() + em(0.6f);  // a button
    const float gap = em(0.2f);
    const float bar = gap + static_cast<float>(rows.size()) * (height + gap) + gap;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRectFullScreen();  // the bar runs edge to edge, over the window padding
    draw->AddRectFilled(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + bar),
                        packed(p.header));
    draw->PopClipRect();
    if (context.staff_button) {
        // In the bar's own colours, away from the page: nobody reads it as part of the survey.
        ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMin().x, gap));
        context.widgets.button(staff, ButtonStyle::Header, 0.0f, "Staff");
        context.staff_held = ImGui::IsItemActive();  // activation alone does nothing: it must be held
    }
    float y = gap;
    for (const auto& row : rows) {
        float width = -spacing;
        for (const HeaderButton* button : row) width += button->width + spacing;
        ImGui::SetCursorPos(ImVec2(std::max(ImGui::GetWindowContentRegionMin().x, right - width), y));
        bool first = true;
        for (const HeaderButton* button : row) {
            if (!first) ImGui::SameLine();
            first = false;
            if (context.widgets.button(button->label, button->style, 0.0f, button->recorded))
                out.push_back(button->intent);
            if (button->recorded == "header:read-aloud")
                drawSpeaker(context.widgets.items().back(),
                            packed(settings.read_aloud ? p.primary_text : p.header_text));
        }
        y += height + gap;
    }
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

}  // namespace kiosk
