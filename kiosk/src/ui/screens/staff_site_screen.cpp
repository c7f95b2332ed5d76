#include "ui/screens/staff_site_screen.hpp"

#include <algorithm>

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
    box_.draw(context.widgets, context.theme.colours(), context.text("staff.site.title"), site_,
              TextBox::heightFor(2.0f));
    ImGui::Dummy(em(0.0f, 0.3f));
    keyboard_.draw(context, box_, site_, std::max(Widgets::kMinTarget, context.theme.chromePixels() * 1.7f));
}

void StaffSiteScreen::drawFooter(ScreenContext& context, Intents& out) {
    if (context.widgets.button(context.text("staff.site.save"), ButtonStyle::Primary))
        out.emplace_back(StaffIntent{SetSite{cleanSiteName(site_)}});
    context.widgets.sameLineIfFits(context.text("staff.cancel"));
    if (staffCancelButton(context)) out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Menu}});
}

}  // namespace kiosk
