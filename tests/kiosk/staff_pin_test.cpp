// StaffPin: PIN rules, crypto_pwhash storage, and a lockout that survives a restart.
#include "staff/staff_pin.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace kiosk {
namespace {

using namespace std::chrono_literals;

// Stands in for ResponseStore::setting/setSetting: survives "restarts" (new StaffPin objects).
struct FakeSettings {
    std::map<std::string, std::string> values;
    SettingsAccess access() {
        return {[this](const std::string& key) -> std::optional<std::string> {
                    const auto found = values.find(key);
                    if (found == values.end()) return std::nullopt;
                    return found->second;
                },
                [this](const std::string& key, const std::string& value) { values[key] = value; }};
    }
};

class StaffPinTest : public ::testing::Test {
protected:
    std::unique_ptr<StaffPin> makePin() {
        return std::make_unique<StaffPin>(settings_.access(), [this] { return now_; });
    }
    void wrongTries(StaffPin& pin, int count) {
        for (int i = 0; i < count; ++i) ASSERT_NE(pin.verify("0000").outcome, PinOutcome::Accepted);
    }

    FakeSettings settings_;
    std::chrono::system_clock::time_point now_ = std::chrono::system_clock::time_point(1'800'000'000s);
};

TEST(StaffPinRules, FourToEightDigits) {
    EXPECT_TRUE(isValidPin("1234"));
    EXPECT_TRUE(isValidPin("12345678"));
    EXPECT_FALSE(isValidPin("123"));
    EXPECT_FALSE(isValidPin("123456789"));
    EXPECT_FALSE(isValidPin("12a4"));
    EXPECT_FALSE(isValidPin("12 34"));
    EXPECT_FALSE(isValidPin(""));
}

TEST_F(StaffPinTest, NoPinYetIsReportedAsNotSet) {
    auto pin = makePin();
    EXPECT_FALSE(pin->isSet());
    EXPECT_EQ(pin->verify("1234").outcome, PinOutcome::NotSet);
}

TEST_F(StaffPinTest, RightPinIsAccepted) {
    auto pin = makePin();
    pin->set("482916");
    EXPECT_TRUE(pin->isSet());
    const PinCheck check = pin->verify("482916");
    EXPECT_EQ(check.outcome, PinOutcome::Accepted);
    EXPECT_EQ(check.tries_left, StaffPin::kMaxTries);
}

TEST_F(StaffPinTest, WrongPinIsRefusedAndCounted) {
    auto pin = makePin();
    pin->set("482916");
    PinCheck check = pin->verify("482917");
    EXPECT_EQ(check.outcome, PinOutcome::Wrong);
    EXPECT_EQ(check.tries_left, 4);
    check = pin->verify("48291");  // a prefix is not the PIN
    EXPECT_EQ(check.outcome, PinOutcome::Wrong);
    EXPECT_EQ(check.tries_left, 3);
    EXPECT_EQ(pin->verify("not a pin").tries_left, 2);  // breaks the rules: still a wrong try
}

TEST_F(StaffPinTest, RightPinResetsTheCount) {
    auto pin = makePin();
    pin->set("4829");
    wrongTries(*pin, 4);
    EXPECT_EQ(pin->verify("4829").outcome, PinOutcome::Accepted);
    EXPECT_EQ(pin->triesLeft(), StaffPin::kMaxTries);
}

TEST_F(StaffPinTest, FiveWrongTriesLockEvenTheRightPin) {
    auto pin = makePin();
    pin->set("4829");
    wrongTries(*pin, 4);
    const PinCheck fifth = pin->verify("1111");
    EXPECT_EQ(fifth.outcome, PinOutcome::LockedOut);
    EXPECT_EQ(fifth.locked_for, 300s);
    now_ += 4min;
    const PinCheck during = pin->verify("4829");
    EXPECT_EQ(during.outcome, PinOutcome::LockedOut);
    EXPECT_EQ(during.locked_for, 60s);
}

TEST_F(StaffPinTest, UnlocksAfterFiveMinutesWithFiveFreshTries) {
    auto pin = makePin();
    pin->set("4829");
    wrongTries(*pin, 5);
    now_ += 5min;
    EXPECT_EQ(pin->lockRemaining(), 0s);
    EXPECT_EQ(pin->triesLeft(), StaffPin::kMaxTries);
    EXPECT_EQ(pin->verify("0000").outcome, PinOutcome::Wrong);
    EXPECT_EQ(pin->verify("4829").outcome, PinOutcome::Accepted);
}

TEST_F(StaffPinTest, LockoutSurvivesARestart) {
    makePin()->set("4829");
    wrongTries(*makePin(), 3);
    wrongTries(*makePin(), 2);  // the count carried over: this fifth try locks
    now_ += 2min;
    auto restarted = makePin();
    EXPECT_EQ(restarted->verify("4829").outcome, PinOutcome::LockedOut);
    EXPECT_EQ(restarted->lockRemaining(), 180s);
}

TEST_F(StaffPinTest, ClockSetBackDoesNotLengthenTheLock) {
    auto pin = makePin();
    pin->set("4829");
    wrongTries(*pin, 5);
    now_ -= 24h;
    EXPECT_EQ(pin->verify("4829").outcome, PinOutcome::LockedOut);
    EXPECT_EQ(pin->lockRemaining(), 300s);
    now_ += 5min;
    EXPECT_EQ(pin->verify("4829").outcome, PinOutcome::Accepted);
}

TEST_F(StaffPinTest, StoresACryptoPwhashStringNotThePin) {
    auto pin = makePin();
    pin->set("482916");
    const std::string stored = settings_.values.at(StaffPin::kHashKey);
    EXPECT_EQ(stored.rfind("$argon2id$", 0), 0u) << stored;
    EXPECT_EQ(stored.find("482916"), std::string::npos);
    for (const auto& [key, value] : settings_.values) EXPECT_NE(value, "482916") << key;
    pin->set("482916");  // salted: the same PIN hashes differently each time
    EXPECT_NE(settings_.values.at(StaffPin::kHashKey), stored);
}

TEST_F(StaffPinTest, PinBreakingTheRulesIsNotStored) {
    auto pin = makePin();
    EXPECT_THROW(pin->set("12"), std::invalid_argument);
    EXPECT_THROW(pin->set("abcd"), std::invalid_argument);
    EXPECT_FALSE(pin->isSet());
}

TEST_F(StaffPinTest, NewPinClearsALock) {
    auto pin = makePin();
    pin->set("4829");
    wrongTries(*pin, 5);
    pin->set("7355");  // staff reset it (e.g. --set-pin)
    EXPECT_EQ(pin->verify("7355").outcome, PinOutcome::Accepted);
}

TEST_F(StaffPinTest, UnreadableCountIsTreatedAsNoFailures) {
    auto pin = makePin();
    pin->set("4829");
    settings_.values[StaffPin::kFailuresKey] = "lots";
    settings_.values[StaffPin::kLockedUntilKey] = "soon";
    EXPECT_EQ(pin->triesLeft(), StaffPin::kMaxTries);
    EXPECT_EQ(pin->verify("4829").outcome, PinOutcome::Accepted);
}

}  // namespace
}  // namespace kiosk
