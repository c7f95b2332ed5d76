#include "ui/screens/staff_pin_screen.hpp"

#include <algorithm>

#include "ui/screens/staff_number_pad.hpp"

namespace kiosk {

namespace {

// The number pad takes at most kMaxPinDigits (staff/staff_pin.hpp, the one home of the PIN rules).

std::string messageText(const ScreenContext& context, const PinMessage& message) {
    switch (message.kind) {
        case PinMessage::Kind::None: return {};
        case PinMessage::Kind::Wrong:
            return fill(context.text(message.tries_left == 1 ? "staff.pin.wrong_last" : "staff.pin.wrong"),
                        {{"n", std::to_string(message.tries_left)}});
        case PinMessage::Kind::Locked:
            return fill(context.text(message.minutes == 1 ? "staff.pin.locked_one" : "staff.pin.locked"),
                        {{"minutes", std::to_string(message.minutes)}});
        case PinMessage::Kind::Mismatch: return context.text("staff.pin.mismatch");
        case PinMessage::Kind::Invalid: return context.text("staff.pin.invalid");
    }
    return {};
}

}  // namespace

std::string StaffPinScreen::name() const {
    if (page_ == StaffPage::ChoosePin) return "staff-choose-pin";
    if (page_ == StaffPage::ConfirmPin) return "staff-confirm-pin";
    return "staff-pin";
}

void StaffPinScreen::drawContent(ScreenContext& context, Intents& out) {
    const char* title = "staff.pin.title";
    const char* body = "staff.pin.body";
    if (page_ == StaffPage::ChoosePin) title = "staff.choose.title", body = "staff.choose.body";
    if (page_ == StaffPage::ConfirmPin) title = "staff.confirm.title", body = "staff.confirm.body";
    heading(context, context.text(title));
    paragraph(context.text(body));
    // The message goes in a space kept for the longest one, so the pad never moves under a
    // finger about to try again.
    ImGui::PushFont(context.theme.heading());
    const float width = ImGui::GetContentRegionAvail().x;
    float room = 0.0f;
    for (const PinMessage& possible : {PinMessage{PinMessage::Kind::Wrong, 2, 0}, PinMessage{PinMessage::Kind::Wrong, 1, 0},
                                       PinMessage{PinMessage::Kind::Locked, 0, 15}, PinMessage{PinMessage::Kind::Mismatch, 0, 0},
                                       PinMessage{PinMessage::Kind::Invalid, 0, 0}}) {
        const std::string text = messageText(context, possible);
        room = std::max(room, ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y);
    }
    const float top = ImGui::GetCursorPosY();
    if (const std::string message = messageText(context, message_); !message.empty()) paragraph(message);
    ImGui::SetCursorPosY(top + room + ImGui::GetStyle().ItemSpacing.y);
    ImGui::PopFont();
    ImGui::Dummy(em(0.0f, 0.3f));
    switch (drawNumberPad(context, digits_, kMaxPinDigits, true, context.text("staff.pad.ok"))) {
        case PadResult::None: break;
        case PadResult::Ok:
            if (!digits_.empty()) out.emplace_back(StaffIntent{PinEntered{digits_}});
            digits_.clear();
            break;
        case PadResult::Cancel: out.emplace_back(StaffIntent{LeaveStaff{}}); break;
    }
}

void StaffPinScreen::drawFooter(ScreenContext& context, Intents& out) {
    if (staffCancelButton(context)) out.emplace_back(StaffIntent{LeaveStaff{}});
}

}  // namespace kiosk
