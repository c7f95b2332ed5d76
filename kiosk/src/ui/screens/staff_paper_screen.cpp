#include "ui/screens/staff_paper_screen.hpp"

#include "ui/screens/staff_number_pad.hpp"

namespace kiosk {

void StaffPaperScreen::drawContent(ScreenContext& context, Intents& out) {
    const float width = ImGui::GetContentRegionAvail().x;
    heading(context, context.text("staff.paper.title"));
    paragraph(context.text("staff.paper.body"));
    ImGui::Dummy(em(0.0f, 0.3f));
    for (const survey::Questionnaire* q : questionnaires_) {
        if (context.widgets.button(context.local(q->title), ButtonStyle::Primary, width))
            out.emplace_back(StaffIntent{EnterPaperReturn{q->id}});
    }
}

void StaffPaperScreen::drawFooter(ScreenContext& context, Intents& out) {
    if (staffCancelButton(context)) out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Menu}});
}

}  // namespace kiosk
