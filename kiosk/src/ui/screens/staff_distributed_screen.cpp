#include "ui/screens/staff_distributed_screen.hpp"

#include "ui/screens/staff_number_pad.hpp"

namespace kiosk {

namespace {
constexpr std::size_t kMaxCountDigits = 4;  // up to 9999 handed out at once
}

StaffDistributedScreen::StaffDistributedScreen(std::vector<const survey::Questionnaire*> questionnaires,
                                               std::vector<CountToday> today, std::string note)
    : questionnaires_(std::move(questionnaires)), today_(std::move(today)), note_(std::move(note)) {
    if (questionnaires_.size() == 1) chosen_ = questionnaires_.front()->id;
}

void StaffDistributedScreen::drawContent(ScreenContext& context, Intents& out) {
    heading(context, context.text("staff.distributed.title"));
    const std::string& message = problem_.empty() ? note_ : context.text(problem_);
    if (!message.empty()) {
        ImGui::PushFont(context.theme.heading());
        paragraph(message);
        ImGui::PopFont();
    }
    // Side by side when the page is wide enough, so Record stays on screen at 100% text.
    const bool side_by_side = ImGui::GetContentRegionAvail().x >= em(18.0f + 14.0f);
    if (side_by_side) {
        ImGui::BeginTable("##distributed", 2, ImGuiTableFlags_SizingStretchProp);
        ImGui::TableSetupColumn("##which", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##count", ImGuiTableColumnFlags_WidthFixed, em(18.0f));
        ImGui::TableNextColumn();
    }
    paragraph(context.text("staff.distributed.which"));
    for (const survey::Questionnaire* q : questionnaires_) {
        if (context.widgets.choice(context.local(q->title), chosen_ == q->id, ChoiceKind::Radio)) chosen_ = q->id;
    }
    // Today's counts under the choices, where a wide page has room, so they show without scrolling.
    if (side_by_side) drawToday(context, out);
    if (side_by_side) ImGui::TableNextColumn();
    else ImGui::Dummy(em(0.0f, 0.3f));
    paragraph(context.text("staff.distributed.how_many"));
    const PadResult result = drawNumberPad(context, digits_, kMaxCountDigits, false, context.text("staff.distributed.record"));
    if (side_by_side) ImGui::EndTable();
    switch (result) {
        case PadResult::None: break;
        case PadResult::Ok:
            // Nothing to record without a questionnaire and a count above zero: say what is missing.
            if (chosen_.empty()) problem_ = "staff.distributed.choose_first";
            else if (digits_.empty() || std::stoi(digits_) <= 0) problem_ = "staff.distributed.count_first";
            else out.emplace_back(StaffIntent{RecordDistributed{chosen_, std::stoi(digits_)}});
            break;
        case PadResult::Cancel: out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Menu}}); break;
    }
    if (!side_by_side) drawToday(context, out);
}

void StaffDistributedScreen::drawToday(ScreenContext& context, Intents& out) {
    ImGui::Dummy(em(0.0f, 0.3f));
    heading(context, context.text("staff.distributed.today"));
    if (today_.empty()) {
        paragraph(context.text("staff.distributed.today_none"));
        return;
    }
    hint(context, context.text("staff.distributed.today_hint"));
    for (const CountToday& row : today_) {
        paragraph(fill(context.text("staff.distributed.today_row"),
                       {{"title", context.local(row.questionnaire->title)}, {"count", std::to_string(row.count)}}));
        // Every row's button reads "Withdraw": recorded under its uid so each is its own item.
        if (context.widgets.button(context.text("staff.distributed.withdraw"), ButtonStyle::Secondary, 0.0f,
                                   "withdraw " + row.uid))
            out.emplace_back(StaffIntent{WithdrawDistributed{row.uid}});
    }
}

void StaffDistributedScreen::drawFooter(ScreenContext& context, Intents& out) {
    if (staffCancelButton(context)) out.emplace_back(StaffIntent{ShowStaffPage{StaffPage::Menu}});
}

}  // namespace kiosk
