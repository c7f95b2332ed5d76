// The staff PIN: rules, hashing (libsodium crypto_pwhash) and the lockout after wrong tries.
// No UI here; the hash and the lockout live in the store's settings so a restart keeps them.
#pragma once

#include <chrono>
#include <cstddef>
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

inline constexpr std::size_t kMinPinDigits = 6;
inline constexpr std::size_t kMaxPinDigits = 8;

// kMinPinDigits to kMaxPinDigits ASCII digits.
bool isValidPin(std::string_view pin);

// The Argon2id cost of a stored PIN hash (crypto_pwhash_str).
struct PinHashCost {
    unsigned long long passes;
    std::size_t memory_bytes;
};

// Someone who copies the database can try PINs offline with no lockout, so each try must be
// slow. 64 MiB and 8 passes, measured on the development machine (2 cores, libsodium 1.0.18,
// Debian 12, CPU time of one hash): 0.26 s. The whole 6-digit space (10^6 PINs) then takes
// 260,000 CPU-seconds: 3.0 days on one core, 1.5 days on both. (The old interactive cost, 2
// passes, was 0.08 s.) A PIN check at the kiosk takes the same 0.26 s. More memory would slow a
// GPU further but exceeds the kiosk's memory budget (256 MiB for "moderate").
inline constexpr PinHashCost kPinHashCost{8, std::size_t{64} << 20};

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

// The lockout is counted in time the kiosk has run, on the monotonic clock: it is saved as
// "seconds left" with the monotonic time of saving, so setting the wall clock back or forward
// changes nothing, and a restart (or a reboot) carries the time left over.
class StaffPin {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    static constexpr int kMaxTries = 5;
    static constexpr std::chrono::minutes kLockTime{5};
    // Settings keys.
    static constexpr const char* kHashKey = "staff_pin_hash";
    static constexpr const char* kFailuresKey = "staff_pin_failures";
    static constexpr const char* kLockLeftKey = "staff_pin_lock_left_ms";    // lock left when saved
    static constexpr const char* kLockSavedKey = "staff_pin_lock_saved_ms";  // monotonic time then

    // Monotonic time by default; tests pass their own clock and a cheap cost.
    explicit StaffPin(SettingsAccess settings, Clock clock = std::chrono::steady_clock::now,
                      PinHashCost cost = kPinHashCost);

    bool isSet() const;
    // Stores the crypto_pwhash_str hash of `pin` and clears any lock. Throws std::invalid_argument
    // when the PIN breaks the rules, std::runtime_error when hashing fails (out of memory).
    void set(std::string_view pin);
    // Checks a PIN entered at the staff prompt; hashes at the cost the stored hash was made with.
    PinCheck verify(std::string_view pin);

    std::chrono::seconds lockRemaining() const;  // zero when not locked; never more than kLockTime
    int triesLeft() const;

private:
    int failures() const;
    void recordFailures(int failures);
    std::chrono::milliseconds lockLeft() const;
    void saveLock(std::chrono::milliseconds left);

    SettingsAccess settings_;
    Clock clock_;
    PinHashCost cost_;
};

}  // namespace kiosk
