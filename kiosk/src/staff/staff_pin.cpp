// PIN hashing at the cost stated in staff_pin.hpp, and a lockout counted on the monotonic clock.
#include "staff/staff_pin.hpp"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <utility>

namespace kiosk {

namespace {

std::optional<long long> parseNumber(const std::optional<std::string>& text) {
    if (!text || text->empty()) return std::nullopt;
    long long value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size()) return std::nullopt;
    return value;
}

void ensureSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

using std::chrono::milliseconds;

milliseconds lockTime() { return std::chrono::duration_cast<milliseconds>(StaffPin::kLockTime); }

}  // namespace

bool isValidPin(std::string_view pin) {
    return pin.size() >= kMinPinDigits && pin.size() <= kMaxPinDigits &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

StaffPin::StaffPin(SettingsAccess settings, Clock clock, PinHashCost cost)
    : settings_(std::move(settings)), clock_(std::move(clock)), cost_(cost) {
    ensureSodium();
    // After a reboot the monotonic clock starts again below the time the lock was saved at:
    // count from now, with the time that was left.
    const auto saved_at = parseNumber(settings_.get(kLockSavedKey));
    const auto now = std::chrono::duration_cast<milliseconds>(clock_().time_since_epoch());
    if (const milliseconds left = lockLeft(); left.count() > 0 && saved_at && now.count() < *saved_at) saveLock(left);
}

bool StaffPin::isSet() const {
    const auto hash = settings_.get(kHashKey);
    return hash && !hash->empty();
}

void StaffPin::set(std::string_view pin) {
    if (!isValidPin(pin)) {
        throw std::invalid_argument("a staff PIN is " + std::to_string(kMinPinDigits) + " to " +
                                    std::to_string(kMaxPinDigits) + " digits");
    }
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), cost_.passes, cost_.memory_bytes) != 0) {
        throw std::runtime_error("could not hash the staff PIN (out of memory)");
    }
    settings_.set(kHashKey, hash);
    recordFailures(0);
}

PinCheck StaffPin::verify(std::string_view pin) {
    const auto hash = settings_.get(kHashKey);
    if (!hash || hash->empty()) return {PinOutcome::NotSet, kMaxTries, {}};
    if (const milliseconds left = lockLeft(); left.count() > 0) {
        saveLock(left);  // progress kept: a restart continues from here
        return {PinOutcome::LockedOut, 0, lockRemaining()};
    }
    const bool right = isValidPin(pin) &&
                       crypto_pwhash_str_verify(hash->c_str(), pin.data(), pin.size()) == 0;
    if (right) {
        if (failures() != 0 || settings_.get(kLockLeftKey).value_or("0") != "0") recordFailures(0);
        return {PinOutcome::Accepted, kMaxTries, {}};
    }
    const int failed = failures() + 1;
    if (failed >= kMaxTries) {
        settings_.set(kFailuresKey, "0");  // the lock replaces the count; afterwards five fresh tries
        saveLock(lockTime());
        return {PinOutcome::LockedOut, 0, lockRemaining()};
    }
    recordFailures(failed);
    return {PinOutcome::Wrong, kMaxTries - failed, {}};
}

std::chrono::milliseconds StaffPin::lockLeft() const {
    const auto left = parseNumber(settings_.get(kLockLeftKey));
    if (!left || *left <= 0) return milliseconds{0};
    const milliseconds saved_at(parseNumber(settings_.get(kLockSavedKey)).value_or(0));
    const auto now = std::chrono::duration_cast<milliseconds>(clock_().time_since_epoch());
    // Monotonic time since boot: earlier than the saved time only after a reboot, when the time
    // between is unknown and counted as none (the lock never gets shorter than it should).
    const milliseconds elapsed = std::max(now - saved_at, milliseconds{0});
    return std::clamp(milliseconds(*left) - elapsed, milliseconds{0}, lockTime());
}

std::chrono::seconds StaffPin::lockRemaining() const { return std::chrono::ceil<std::chrono::seconds>(lockLeft()); }

int StaffPin::triesLeft() const {
    return lockRemaining().count() > 0 ? 0 : kMaxTries - failures();
}

int StaffPin::failures() const {
    const auto stored = parseNumber(settings_.get(kFailuresKey));
    // Garbage counts as no failures: whoever can write the settings can replace the hash anyway.
    return stored ? static_cast<int>(std::clamp(*stored, 0LL, static_cast<long long>(kMaxTries - 1))) : 0;
}

void StaffPin::saveLock(milliseconds left) {
    const auto now = std::chrono::duration_cast<milliseconds>(clock_().time_since_epoch());
    settings_.set(kLockSavedKey, std::to_string(now.count()));
    settings_.set(kLockLeftKey, std::to_string(left.count()));
}

void StaffPin::recordFailures(int count) {
    settings_.set(kFailuresKey, std::to_string(count));
    settings_.set(kLockLeftKey, "0");
}

}  // namespace kiosk
