// The read-aloud voice of the kiosk: say() from the UI thread, synthesis and playback on a
// worker thread. A newer say() or stop() cuts off what is playing; nothing here blocks the UI.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "speech/audio_sink.hpp"
#include "speech/speech_synth.hpp"
#include "speech/voice.hpp"

namespace kiosk {

enum class AudioStatus {
    Opening,      // the worker has not yet tried the device
    Ready,        // speech is audible
    Unavailable,  // no audio device or no espeak-ng: say() is accepted and stays silent
};

class Speaker final : public Voice {
public:
    // Makes the sink on the worker thread; returning nullptr means "no device" (why_not says why).
    using SinkFactory = std::function<std::unique_ptr<AudioSink>(int sample_rate, std::string& why_not)>;

    // A factory for a Speaker that never opens a device (headless UI tests, "sound off").
    static SinkFactory noAudio();

    // The default plays through SDL's audio device (openSdlAudioSink). Construct after SDL_Init
    // and destroy before SDL_Quit.
    explicit Speaker(SinkFactory make_sink = openSdlAudioSink);
    ~Speaker() override;  // stops speech and joins the worker
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // Replaces whatever is queued or playing with `text`, in the voice for `language`
    // ("en", "cy", "en-easy", "cy-easy"). Returns at once. Empty text is the same as stop().
    void say(std::string text, std::string language) override;
    void stop() override;
    void setRate(SpeechRate rate) override;  // applies from the next say()
    SpeechRate rate() const;

    AudioStatus audioStatus() const;
    std::string unavailableReason() const;  // empty unless audioStatus() is Unavailable

    // Waits until every request so far has been synthesised and handed to the sink (or dropped).
    // For tests and shutdown paths; the UI never needs it.
    void waitUntilIdle();

private:
    struct Request {
        std::string text;
        std::string language;
        SpeechRate rate = SpeechRate::Normal;
    };

    void run(SinkFactory make_sink);
    void speak(SpeechSynth& synth, AudioSink* sink, const Request& request, unsigned long generation);
    bool superseded(unsigned long generation) const;

    mutable std::mutex mutex_;
    std::condition_variable wake_;   // the worker waits on it for work
    std::condition_variable idle_;   // waitUntilIdle waits on it
    std::optional<Request> pending_;
    bool stop_requested_ = false;    // clear the sink even though nothing new is pending
    bool busy_ = false;              // the worker is speaking a request
    bool quit_ = false;
    unsigned long generation_ = 0;   // bumped by every say()/stop(); a running synthesis checks it
    SpeechRate rate_ = SpeechRate::Normal;
    AudioStatus status_ = AudioStatus::Opening;
    std::string unavailable_reason_;
    std::thread worker_;             // last: starts after every member above exists
};

}  // namespace kiosk
