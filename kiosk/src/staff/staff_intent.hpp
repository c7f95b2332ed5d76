// What the staff screens (and the ways into staff mode) ask the App to do; carried in the
// kiosk's Intent as one StaffIntent so the respondent intents stay as they are.
#pragma once

#include <string>
#include <variant>

#include "staff/staff_mode.hpp"

namespace kiosk {

struct OpenStaff {};                       // hold on "Staff", Ctrl+Alt+S, Escape, Alt+F4, window close
struct PinEntered { std::string pin; };    // OK on the PIN pad
struct ShowStaffPage { StaffPage page; };  // staff menu buttons; Cancel on a staff page
struct SetSite { std::string site; };
struct ToggleOffered { std::string questionnaire_id; };
struct RecordDistributed {
    std::string questionnaire_id;
    int count = 0;
};
struct WithdrawDistributed { std::string uid; };  // "Withdraw" beside a count recorded here today
struct EnterPaperReturn { std::string questionnaire_id; };
struct AssistNextSession {};  // "Next person is helped by staff"
struct LeaveStaff {};         // "Return to kiosk", Cancel on the PIN prompt
struct CloseKiosk {};
struct SaveHandover { std::string folder; };  // "Save answers for the inspectorate" to this folder
struct AskDeleteSaved {};                     // after a verified save: asks to confirm
struct DeleteSavedResponses {};               // confirmed: deletes the saved responses

using StaffAction = std::variant<OpenStaff, PinEntered, ShowStaffPage, SetSite, ToggleOffered, RecordDistributed,
                                 WithdrawDistributed, EnterPaperReturn, AssistNextSession, LeaveStaff, CloseKiosk, SaveHandover,
                                 AskDeleteSaved, DeleteSavedResponses>;
struct StaffIntent { StaffAction action; };

}  // namespace kiosk
