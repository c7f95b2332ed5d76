// Staff mode's state and rules, with no drawing: which staff page shows, the PIN prompt (check,
// or choose one on first run), the kiosk settings staff change (site, questionnaires offered)
// and the channel of the next session (paper return, helped by staff).
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "staff/staff_pin.hpp"
#include "survey/questionnaire.hpp"
#include "survey/store.hpp"

namespace kiosk {

enum class StaffPage {
    Pin,         // enter the PIN
    ChoosePin,   // first run: choose a PIN ...
    ConfirmPin,  // ... and enter it again
    Menu,
    Site,         // change the site name
    Distributed,  // record paper questionnaires handed out
    Paper,        // pick the questionnaire of a paper return
    Handover,     // save answers for the inspectorate (staff/handover_flow.hpp)
};

// What the PIN prompt tells staff after the last try.
// A live handed-out count recorded for this kiosk's site today: listed on the staff page that
// records them, with a way to withdraw it.
struct CountToday {
    std::string uid;
    const survey::Questionnaire* questionnaire = nullptr;
    int count = 0;
};

struct PinMessage {
    enum class Kind { None, Wrong, Locked, Mismatch, Invalid } kind = Kind::None;
    int tries_left = 0;
    int minutes = 0;  // Locked: whole minutes left, rounded up
};

class StaffMode {
public:
    // Settings keys in the store.
    static constexpr const char* kSiteKey = "site";
    static constexpr const char* kOfferedKey = "offered";  // questionnaire ids, comma-separated

    StaffMode(survey::ResponseStore& store, StaffPin::Clock monotonic);

    // Shows the PIN prompt (or asks for a new PIN when none is set). Locks the menu again.
    void open();
    // A PIN from the prompt: checks it, or takes it as the new PIN (twice, the same).
    void enterPin(std::string_view pin);
    // Menu navigation; refused (stays) until the PIN was accepted.
    void show(StaffPage page);
    void close();

    bool unlocked() const { return unlocked_; }
    bool pinSet() const { return pin_.isSet(); }
    StaffPage page() const { return page_; }
    const PinMessage& message() const { return message_; }

    // Settings, written to the store at once.
    void saveSite(const std::string& site);
    void saveOffered(const std::vector<std::string>& ids);
    // The ids saved by saveOffered that name a loaded questionnaire; empty when none are saved.
    static std::vector<std::string> savedOffered(const survey::ResponseStore& store,
                                                 const std::vector<survey::Questionnaire>& loaded);
    static std::string joinIds(const std::vector<std::string>& ids);
    static std::vector<std::string> splitIds(std::string_view joined);

    // The next session's channel: set by "Enter a paper return" or "Next person is helped by
    // staff", used once by the next session (then the kiosk channel again).
    void setNextChannel(survey::Channel channel) { next_channel_ = channel; }
    survey::Channel nextChannel() const { return next_channel_; }
    survey::Channel takeChannel(survey::Channel usual);

private:
    survey::ResponseStore* store_;
    StaffPin pin_;
    StaffPage page_ = StaffPage::Pin;
    PinMessage message_;
    bool unlocked_ = false;
    std::string chosen_;  // the first entry of a new PIN, until it is confirmed
    survey::Channel next_channel_ = survey::Channel::Kiosk;
};

}  // namespace kiosk
