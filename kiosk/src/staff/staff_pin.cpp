// Interactive pwhash limits (64 MiB, ~0.1 s): moderate ones take 256 MiB, more than the kiosk's
// whole memory budget. The lock is kept as an absolute wall-clock time so a restart cannot reset
// it; a lock further ahead than kLockTime (the clock was set back) is cut to kLockTime from now.
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

}  // namespace

bool isValidPin(std::string_view pin) {
    return pin.size() >= 4 && pin.size() <= 8 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

StaffPin::StaffPin(SettingsAccess settings, Clock clock)
    : settings_(std::move(settings)), clock_(std::move(clock)) {
    ensureSodium();
}

bool StaffPin::isSet() const {
    const auto hash = settings_.get(kHashKey);
    return hash && !hash->empty();
}

void StaffPin::set(std::string_view pin) {
    if (!isValidPin(pin)) throw std::invalid_argument("a staff PIN is 4 to 8 digits");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        throw std::runtime_error("could not hash the staff PIN (out of memory)");
    }
    settings_.set(kHashKey, hash);
    recordFailures(0);
}

PinCheck StaffPin::verify(std::string_view pin) {
    const auto hash = settings_.get(kHashKey);
    if (!hash || hash->empty()) return {PinOutcome::NotSet, kMaxTries, {}};
    if (const auto until = lockedUntil(); until && *until - clock_() > kLockTime) {
        lockUntil(clock_() + kLockTime);  // the clock was set back: do not lock for longer
    }
    if (const auto remaining = lockRemaining(); remaining.count() > 0) {
        return {PinOutcome::LockedOut, 0, remaining};
    }
    const bool right = isValidPin(pin) &&
                       crypto_pwhash_str_verify(hash->c_str(), pin.data(), pin.size()) == 0;
    if (right) {
        if (failures() != 0) recordFailures(0);
        return {PinOutcome::Accepted, kMaxTries, {}};
    }
    const int failed = failures() + 1;
    if (failed >= kMaxTries) {
        lockUntil(clock_() + kLockTime);
        return {PinOutcome::LockedOut, 0, lockRemaining()};
    }
    recordFailures(failed);
    return {PinOutcome::Wrong, kMaxTries - failed, {}};
}

std::chrono::seconds StaffPin::lockRemaining() const {
    const auto until = lockedUntil();
    if (!until) return std::chrono::seconds{0};
    const auto remaining = std::chrono::ceil<std::chrono::seconds>(*until - clock_());
    return std::clamp(remaining, std::chrono::seconds{0},
                      std::chrono::duration_cast<std::chrono::seconds>(kLockTime));
}

int StaffPin::triesLeft() const {
    return lockRemaining().count() > 0 ? 0 : kMaxTries - failures();
}

int StaffPin::failures() const {
    const auto stored = parseNumber(settings_.get(kFailuresKey));
    // Garbage counts as no failures: whoever can write the settings can replace the hash anyway.
    return stored ? static_cast<int>(std::clamp(*stored, 0LL, static_cast<long long>(kMaxTries - 1))) : 0;
}

std::optional<std::chrono::system_clock::time_point> StaffPin::lockedUntil() const {
    const auto stored = parseNumber(settings_.get(kLockedUntilKey));
    if (!stored || *stored <= 0) return std::nullopt;
    return std::chrono::system_clock::time_point(std::chrono::seconds(*stored));
}

void StaffPin::lockUntil(std::chrono::system_clock::time_point until) {
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(until.time_since_epoch());
    settings_.set(kLockedUntilKey, std::to_string(seconds.count()));
    settings_.set(kFailuresKey, "0");  // the lock replaces the count; afterwards five fresh tries
}

void StaffPin::recordFailures(int count) {
    settings_.set(kFailuresKey, std::to_string(count));
    settings_.set(kLockedUntilKey, "0");
}

}  // namespace kiosk
