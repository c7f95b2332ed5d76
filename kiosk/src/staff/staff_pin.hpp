// The staff PIN: rules, hashing (libsodium crypto_pwhash) and the lockout after wrong tries.
// No UI here; the hash and the lockout live in the store's settings so a restart keeps them.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// Access to persistent key/value settings; bind to survey::ResponseStore::setting/setSetting.
struct SettingsAccess {
    std::function<std::optional<std::string>(const std::string& key)> get;
    std::function<void(const std::string& key, const std::string& value)> set;
};

// 4 to 8 ASCII digits.
bool isValidPin(std::string_view pin);

enum class PinOutcome {
    Accepted,
    Wrong,      // counted; tries_left says how many remain before the lock
    LockedOut,  // too many wrong tries: nothing is checked until the lock ends
    NotSet,     // no PIN yet: the kiosk asks staff to choose one
};

struct PinCheck {
    PinOutcome outcome = PinOutcome::Wrong;
    int tries_left = 0;                  // after this check
    std::chrono::seconds locked_for{0};  // when LockedOut: time until the lock ends
};

class StaffPin {
public:
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    static constexpr int kMaxTries = 5;
    static constexpr std::chrono::minutes kLockTime{5};
    // Settings keys.
    static constexpr const char* kHashKey = "staff_pin_hash";
    static constexpr const char* kFailuresKey = "staff_pin_failures";
    static constexpr const char* kLockedUntilKey = "staff_pin_locked_until";  // seconds since epoch

    // Wall-clock time by default (a restart must see the same lock); tests pass their own.
    explicit StaffPin(SettingsAccess settings, Clock clock = std::chrono::system_clock::now);

    bool isSet() const;
    // Stores the crypto_pwhash_str hash of `pin` and clears any lock. Throws std::invalid_argument
    // when the PIN breaks the rules, std::runtime_error when hashing fails (out of memory).
    void set(std::string_view pin);
    // Checks a PIN entered at the staff prompt. Takes ~0.1 s when it hashes (interactive limits).
    PinCheck verify(std::string_view pin);

    std::chrono::seconds lockRemaining() const;  // zero when not locked; never more than kLockTime
    int triesLeft() const;

private:
    int failures() const;
    std::optional<std::chrono::system_clock::time_point> lockedUntil() const;
    void recordFailures(int failures);
    void lockUntil(std::chrono::system_clock::time_point until);

    SettingsAccess settings_;
    Clock clock_;
};

}  // namespace kiosk
