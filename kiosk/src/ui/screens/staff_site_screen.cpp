#include "ui/screens/staff_site_screen.hpp"

#include "ui/screens/on_screen_keyboard.hpp"
#include "ui/screens/staff_number_pad.hpp"

namespace kiosk {

std::string cleanSiteName(std::string_view typed) {
    std::string out;
    for (const char c : typed) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

void StaffSiteScreen::drawContent(ScreenContext& context, Intents& /*out*/) {
    heading(context, context.text("staff.site.title"));
    paragraph(context.text("staff.site.body"));
    context.widgets.textBox(context.text("staff.site.title"), site_, ImGui::GetTextLineHeightWithSpacing() * 2.4f);
    ImGui::Dummy(em(0.0f, 0.3f));
    drawOnScreenKeyboard(context, site_, capitals_);
}

void StaffSiteScreen::drawFooter(ScreenContext& context, Intents& out) {
    if (context.widgets.button(context.text("staff.site.save"), ButtonStyle::Primary))
        out.emplace_back(StaffIntent{SetSite{cleanSiteName(site_)}});
    context.widgets.sameLineIfFits(context.text("staff.cancel"));
    if (staffCancelButton(context)) out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Menu}});
}

}  // namespace kiosk
