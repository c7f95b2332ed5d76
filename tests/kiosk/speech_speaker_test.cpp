// Speaker: speech off the UI thread, interrupted by newer speech, silent without a device.
#include "speech/speaker.hpp"

#include <gtest/gtest.h>

#include <condition_variable>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

namespace kiosk {
namespace {

// What a test sink heard, shared between the sink (worker thread) and the test.
struct Recording {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::int16_t> queued;   // what is playing now: cleared by clear()
    std::size_t appends = 0;
    std::size_t clears = 0;
    // A closed gate holds the worker inside append() until the test opens it.
    bool gate_closed = false;
    bool waiting_at_gate = false;

    void openGate() {
        {
            const std::lock_guard lock(mutex);
            gate_closed = false;
        }
        changed.notify_all();
    }
    void waitUntilAtGate() {
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return waiting_at_gate; });
    }
};

class RecordingSink final : public AudioSink {
public:
    explicit RecordingSink(std::shared_ptr<Recording> recording) : recording_(std::move(recording)) {}
    void append(std::span<const std::int16_t> samples) override {
        std::unique_lock lock(recording_->mutex);
        recording_->waiting_at_gate = true;
        recording_->changed.notify_all();
        recording_->changed.wait(lock, [this] { return !recording_->gate_closed; });
        recording_->waiting_at_gate = false;
        recording_->queued.insert(recording_->queued.end(), samples.begin(), samples.end());
        ++recording_->appends;
    }
    void clear() override {
        const std::lock_guard lock(recording_->mutex);
        recording_->queued.clear();
        ++recording_->clears;
    }

private:
    std::shared_ptr<Recording> recording_;
};

Speaker::SinkFactory recordInto(const std::shared_ptr<Recording>& recording) {
    return [recording](int, std::string&) { return std::make_unique<RecordingSink>(recording); };
}

// What one text sounds like on its own, made by a Speaker (espeak allows one engine at a time).
std::vector<std::int16_t> spokenAlone(const std::string& text, const std::string& language) {
    auto recording = std::make_shared<Recording>();
    Speaker speaker(recordInto(recording));
    speaker.say(text, language);
    speaker.waitUntilIdle();
    return recording->queued;
}

const std::string kLongPage =
    "Were the rules of your supervision explained to you? Press 1 for Yes, fully. "
    "Press 2 for Yes, partly. Press 3 for No. Press 4 for I don't know.";

TEST(Speaker, SaysTextThroughTheSink) {
    auto recording = std::make_shared<Recording>();
    Speaker speaker(recordInto(recording));
    speaker.say("Press 1 for Yes.", "en");
    speaker.waitUntilIdle();
    EXPECT_EQ(speaker.audioStatus(), AudioStatus::Ready);
    EXPECT_GT(recording->queued.size(), 22050u / 2);
}

TEST(Speaker, NewerSayInterruptsTheOldPage) {
    const std::vector<std::int16_t> second_alone = spokenAlone("Next page.", "en");

    auto recording = std::make_shared<Recording>();
    recording->gate_closed = true;
    Speaker speaker(recordInto(recording));
    speaker.say(kLongPage, "en");
    recording->waitUntilAtGate();       // the first page has started playing
    speaker.say("Skipped page.", "en");  // replaced before it is ever spoken
    speaker.say("Next page.", "en");
    recording->openGate();
    speaker.waitUntilIdle();

    // The old page was cut after its first block; only the newest page is playing. (espeak's
    // output varies by a few samples per call: lengths within 2%; the old page is ~10x longer.)
    const double expected = static_cast<double>(second_alone.size());
    EXPECT_NEAR(static_cast<double>(recording->queued.size()), expected, expected / 50);
    EXPECT_GE(recording->clears, 2u);
}

TEST(Speaker, StopSilencesWhatIsPlaying) {
    auto recording = std::make_shared<Recording>();
    recording->gate_closed = true;
    Speaker speaker(recordInto(recording));
    speaker.say(kLongPage, "en");
    recording->waitUntilAtGate();
    speaker.stop();
    recording->openGate();
    speaker.waitUntilIdle();
    EXPECT_TRUE(recording->queued.empty());
}

TEST(Speaker, SayAndStopReturnWhileTheAudioIsStuck) {
    // The sink never returns until the test lets it: the UI-side calls must not wait for it.
    auto recording = std::make_shared<Recording>();
    recording->gate_closed = true;
    Speaker speaker(recordInto(recording));
    speaker.say(kLongPage, "en");
    recording->waitUntilAtGate();
    for (int page = 0; page < 20; ++page) speaker.say("Another page.", "cy");
    speaker.stop();
    speaker.setRate(SpeechRate::Faster);
    EXPECT_EQ(speaker.rate(), SpeechRate::Faster);
    recording->openGate();  // only now can the destructor join the worker
}

TEST(Speaker, RateAppliesToTheNextSay) {
    auto recording = std::make_shared<Recording>();
    Speaker speaker(recordInto(recording));
    speaker.setRate(SpeechRate::Slower);
    speaker.say("Has your probation worker listened to you?", "en");
    speaker.waitUntilIdle();
    const std::size_t slower = recording->queued.size();
    speaker.setRate(SpeechRate::Faster);
    speaker.say("Has your probation worker listened to you?", "en");
    speaker.waitUntilIdle();
    EXPECT_LT(recording->queued.size(), slower);
}

TEST(Speaker, WithoutAnAudioDeviceStaysSilentAndKeepsAccepting) {
    Speaker speaker([](int, std::string& why_not) -> std::unique_ptr<AudioSink> {
        why_not = "no sound card";
        return nullptr;
    });
    speaker.say(kLongPage, "en");
    speaker.say("Croeso", "cy");
    speaker.stop();
    speaker.waitUntilIdle();
    EXPECT_EQ(speaker.audioStatus(), AudioStatus::Unavailable);
    EXPECT_EQ(speaker.unavailableReason(), "no sound card");
}

TEST(Speaker, NoAudioFactoryNeverOpensADevice) {
    Speaker speaker(Speaker::noAudio());
    speaker.say("Hello", "en");
    speaker.waitUntilIdle();
    EXPECT_EQ(speaker.audioStatus(), AudioStatus::Unavailable);
    EXPECT_EQ(speaker.unavailableReason(), "audio is turned off");
}

TEST(Speaker, SinkFactoryThatThrowsLeavesItSilent) {
    Speaker speaker([](int, std::string&) -> std::unique_ptr<AudioSink> { throw std::runtime_error("broken driver"); });
    speaker.say("Hello", "en");
    speaker.waitUntilIdle();
    EXPECT_EQ(speaker.audioStatus(), AudioStatus::Unavailable);
    EXPECT_EQ(speaker.unavailableReason(), "broken driver");
}

TEST(Speaker, EmptyTextStops) {
    auto recording = std::make_shared<Recording>();
    Speaker speaker(recordInto(recording));
    speaker.say("Yes.", "en");
    speaker.waitUntilIdle();
    speaker.say("", "en");
    speaker.waitUntilIdle();
    EXPECT_TRUE(recording->queued.empty());
}

TEST(SdlAudioSink, UnknownDriverMeansNoDeviceWithAReason) {
    ASSERT_EQ(setenv("SDL_AUDIODRIVER", "no_such_driver", 1), 0);
    std::string why_not;
    EXPECT_EQ(openSdlAudioSink(22050, why_not), nullptr);
    EXPECT_FALSE(why_not.empty());
}

TEST(SdlAudioSink, SpeakerPlaysThroughSdlsDummyDriver) {
    ASSERT_EQ(setenv("SDL_AUDIODRIVER", "dummy", 1), 0);
    Speaker speaker;  // the real default sink
    speaker.say("Press 1 for Yes.", "en");
    speaker.waitUntilIdle();
    EXPECT_EQ(speaker.audioStatus(), AudioStatus::Ready) << speaker.unavailableReason();
}

TEST(SdlAudioSink, SpeakerWithAnUnopenableDeviceStaysSilent) {
    ASSERT_EQ(setenv("SDL_AUDIODRIVER", "no_such_driver", 1), 0);
    Speaker speaker;
    speaker.say("Press 1 for Yes.", "en");
    speaker.waitUntilIdle();
    EXPECT_EQ(speaker.audioStatus(), AudioStatus::Unavailable);
    EXPECT_FALSE(speaker.unavailableReason().empty());
}

}  // namespace
}  // namespace kiosk
