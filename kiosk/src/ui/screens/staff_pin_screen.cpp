#include "ui/screens/staff_pin_screen.hpp"

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
    if (const std::string message = messageText(context, message_); !message.empty()) {
        ImGui::PushFont(context.theme.heading());
        paragraph(message);
        ImGui::PopFont();
    }
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
