// Text to speech with espeak-ng: turns a string into 16-bit mono samples, fully offline.
// espeak-ng keeps global state and is not thread-safe: one SpeechSynth alive at a time per process,
// used by one thread at a time. The engine starts with the first SpeechSynth and lives until exit.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "speech/voice.hpp"  // SpeechRate

namespace kiosk {

// Words per minute handed to espeak (espeakRATE) for each setting.
int wordsPerMinute(SpeechRate rate);

// "cy", "cy-easy" -> "cy"; anything else -> "en": the espeak voice for a locale key.
std::string_view voiceFor(std::string_view language);

// espeak-ng could not start (its data directory is missing), or a second synth was made.
class SpeechError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SpeechAudio {
    std::vector<std::int16_t> samples;  // mono
    int sample_rate = 0;
    double seconds() const;
};

class SpeechSynth {
public:
    // Receives each block of samples as espeak makes it; return false to abandon the rest.
    using SampleSink = std::function<bool(std::span<const std::int16_t>)>;

    // Claims the espeak-ng engine, starting it on first use (synchronous output, default data
    // path). Throws SpeechError when it cannot start or another SpeechSynth holds it.
    SpeechSynth();
    ~SpeechSynth();
    SpeechSynth(const SpeechSynth&) = delete;
    SpeechSynth& operator=(const SpeechSynth&) = delete;

    int sampleRate() const { return sample_rate_; }

    // Speaks `text` with the voice for `language` ("en", "cy", "en-easy", ...), streaming blocks
    // of about 60 ms to `sink` as they are made. Returns false when the sink abandoned it.
    // Throws SpeechError when espeak refuses the text or the voice.
    bool synthesize(std::string_view text, std::string_view language, SpeechRate rate,
                    const SampleSink& sink);
    // The whole text at once.
    SpeechAudio synthesize(std::string_view text, std::string_view language,
                           SpeechRate rate = SpeechRate::Normal);

private:
    void useVoice(std::string_view voice);
    int sample_rate_ = 0;
    std::string voice_;
};

}  // namespace kiosk
