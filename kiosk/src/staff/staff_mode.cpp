#include "staff/staff_mode.hpp"

#include <algorithm>

namespace kiosk {

namespace {

SettingsAccess settingsOf(survey::ResponseStore& store) {
    return {[&store](const std::string& key) { return store.setting(key); },
            [&store](const std::string& key, const std::string& value) { store.setSetting(key, value); }};
}

}  // namespace

StaffMode::StaffMode(survey::ResponseStore& store, StaffPin::Clock monotonic)
    : store_(&store), pin_(settingsOf(store), std::move(monotonic)) {}

void StaffMode::open() {
    unlocked_ = false;
    chosen_.clear();
    message_ = {};
    page_ = pin_.isSet() ? StaffPage::Pin : StaffPage::ChoosePin;
    if (page_ == StaffPage::Pin && pin_.lockRemaining().count() > 0) {
        message_.kind = PinMessage::Kind::Locked;
        message_.minutes = static_cast<int>((pin_.lockRemaining().count() + 59) / 60);
    }
}

void StaffMode::enterPin(std::string_view pin) {
    message_ = {};
    switch (page_) {
        case StaffPage::Pin: {
            const PinCheck check = pin_.verify(pin);
            switch (check.outcome) {
                case PinOutcome::Accepted:
                    unlocked_ = true;
                    page_ = StaffPage::Menu;
                    return;
                case PinOutcome::Wrong:
                    message_.kind = PinMessage::Kind::Wrong;
                    message_.tries_left = check.tries_left;
                    return;
                case PinOutcome::LockedOut:
                    message_.kind = PinMessage::Kind::Locked;
                    message_.minutes = static_cast<int>((check.locked_for.count() + 59) / 60);
                    return;
                case PinOutcome::NotSet: page_ = StaffPage::ChoosePin; return;
            }
            return;
        }
        case StaffPage::ChoosePin:
            if (!isValidPin(pin)) {
                message_.kind = PinMessage::Kind::Invalid;
                return;
            }
            chosen_ = pin;
            page_ = StaffPage::ConfirmPin;
            return;
        case StaffPage::ConfirmPin:
            if (pin != chosen_) {
                message_.kind = PinMessage::Kind::Mismatch;
                chosen_.clear();
                page_ = StaffPage::ChoosePin;
                return;
            }
            pin_.set(pin);
            chosen_.clear();
            unlocked_ = true;
            page_ = StaffPage::Menu;
            return;
        default: return;
    }
}

void StaffMode::show(StaffPage page) {
    if (!unlocked_) return;
    if (page == StaffPage::Pin || page == StaffPage::ChoosePin || page == StaffPage::ConfirmPin) return;
    page_ = page;
}

void StaffMode::close() {
    unlocked_ = false;
    chosen_.clear();
    message_ = {};
    page_ = StaffPage::Pin;
}

void StaffMode::saveSite(const std::string& site) { store_->setSetting(kSiteKey, site); }

void StaffMode::saveOffered(const std::vector<std::string>& ids) { store_->setSetting(kOfferedKey, joinIds(ids)); }

std::vector<std::string> StaffMode::savedOffered(const survey::ResponseStore& store,
                                                 const std::vector<survey::Questionnaire>& loaded) {
    std::vector<std::string> out;
    const auto saved = store.setting(kOfferedKey);
    if (!saved) return out;
    for (const std::string& id : splitIds(*saved)) {
        // A questionnaire removed since is skipped rather than stopping the kiosk.
        const bool known = std::any_of(loaded.begin(), loaded.end(), [&](const survey::Questionnaire& q) { return q.id == id; });
        if (known && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
}

std::string StaffMode::joinIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) {
        if (!out.empty()) out += ',';
        out += id;
    }
    return out;
}

std::vector<std::string> StaffMode::splitIds(std::string_view joined) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const std::size_t comma = std::min(joined.find(',', start), joined.size());
        if (comma > start) out.emplace_back(joined.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

survey::Channel StaffMode::takeChannel(survey::Channel usual) {
    const survey::Channel channel = next_channel_ == survey::Channel::Kiosk ? usual : next_channel_;
    next_channel_ = survey::Channel::Kiosk;
    return channel;
}

}  // namespace kiosk
