#include "ui/screens/staff_menu_screen.hpp"

#include <algorithm>

namespace kiosk {

void StaffMenuScreen::drawContent(ScreenContext& context, Intents& out) {
    const float width = ImGui::GetContentRegionAvail().x;
    heading(context, context.text("staff.menu.title"));
    hint(context, context.text("staff.menu.private"));
    if (!view_.note.empty()) {
        ImGui::PushFont(context.theme.heading());
        paragraph(view_.note);
        ImGui::PopFont();
    }
    if (view_.next_assisted) paragraph(context.text("staff.menu.assisted_set"));
    ImGui::Dummy(em(0.0f, 0.3f));
    heading(context, context.text("staff.menu.actions"));
    if (context.widgets.button(context.text("staff.menu.distributed"), ButtonStyle::Secondary, width))
        out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Distributed}});
    if (context.widgets.button(context.text("staff.menu.paper"), ButtonStyle::Secondary, width))
        out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Paper}});
    if (context.widgets.button(context.text("staff.menu.assisted"), ButtonStyle::Secondary, width))
        out.emplace_back(StaffIntent{AssistNextSession{}});
    if (context.widgets.button(context.text("staff.menu.handover"), ButtonStyle::Secondary, width))
        out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Handover}});

    ImGui::Dummy(em(0.0f, 0.3f));
    paragraph(view_.site.empty() ? context.text("staff.menu.no_site")
                                 : fill(context.text("staff.menu.site"), {{"site", view_.site}}));
    if (context.widgets.button(context.text("staff.menu.change_site"), ButtonStyle::Secondary))
        out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Site}});

    ImGui::Dummy(em(0.0f, 0.3f));
    heading(context, context.text("staff.menu.offered"));
    hint(context, context.text("staff.menu.offered_hint"));
    for (const StaffMenuRow& row : view_.rows) {
        if (context.widgets.choice(context.local(row.questionnaire->title), row.offered, ChoiceKind::Checkbox))
            out.emplace_back(StaffIntent{ToggleOffered{row.questionnaire->id}});
    }

    ImGui::Dummy(em(0.0f, 0.3f));
    heading(context, context.text("staff.menu.counts"));
    for (const StaffMenuRow& row : view_.rows) {
        paragraph(fill(context.text("staff.menu.count_row"), {{"title", context.local(row.questionnaire->title)},
                                                               {"submitted", std::to_string(row.submitted)},
                                                               {"abandoned", std::to_string(row.abandoned)}}));
    }
    ImGui::Dummy(em(0.0f, 0.3f));
    heading(context, context.text("staff.menu.keys"));
    paragraph(fill(context.text("staff.menu.recipient"), {{"fingerprint", view_.recipient}}));
    paragraph(fill(context.text("staff.menu.kiosk_key"), {{"fingerprint", view_.kiosk_key}}));

}

void StaffMenuScreen::drawFooter(ScreenContext& context, Intents& out) {
    Widgets& widgets = context.widgets;
    if (confirming_close_) {
        // Closing stops the kiosk for everyone until staff start it again: ask once more.
        paragraph(context.text("staff.menu.close_confirm"));
        if (widgets.button(context.text("staff.menu.close_yes"), ButtonStyle::Leave)) out.emplace_back(StaffIntent{CloseKiosk{}});
        widgets.sameLineIfFits(context.text("staff.menu.close_no"));
        if (widgets.button(context.text("staff.menu.close_no"), ButtonStyle::Secondary)) confirming_close_ = false;
        return;
    }
    if (widgets.button(context.text("staff.menu.return"), ButtonStyle::Primary)) out.emplace_back(StaffIntent{LeaveStaff{}});
    widgets.sameLineIfFits(context.text("staff.menu.close"));
    if (widgets.button(context.text("staff.menu.close"), ButtonStyle::Leave)) confirming_close_ = true;
}

}  // namespace kiosk
