// espeak-ng in synchronous mode: espeak_Synth returns once the whole text has gone through the
// callback, so a call is self-contained and the caller's thread is the only one touching espeak.
#include "speech/speech_synth.hpp"
#include "survey/locale.hpp"

#include <espeak-ng/speak_lib.h>

#include <atomic>
#include <mutex>
#include <string>

namespace kiosk {

namespace {

// espeak-ng has one global engine; these mirror it. engine_in_use makes a second SpeechSynth
// fail loudly instead of corrupting the first one's state. The engine is started once per
// process and never terminated: espeak-ng 1.51 hangs in espeak_Terminate after a second
// espeak_Initialize (its queue thread is not restarted), so a terminate/initialise cycle is unsafe.
std::atomic<bool> engine_in_use{false};
std::once_flag engine_started;
int engine_sample_rate = 0;

struct SynthCall {
    const SpeechSynth::SampleSink* sink = nullptr;
    bool abandoned = false;
};

// Called by espeak with blocks of samples; events carry our SynthCall in user_data.
// Returning 1 makes espeak stop synthesising this text.
int onSamples(short* samples, int count, espeak_EVENT* events) {
    if (events == nullptr || events->user_data == nullptr) return 0;
    auto* call = static_cast<SynthCall*>(events->user_data);
    if (call->abandoned) return 1;
    if (samples != nullptr && count > 0) {
        const std::span<const std::int16_t> block(samples, static_cast<std::size_t>(count));
        if (!(*call->sink)(block)) {
            call->abandoned = true;
            return 1;
        }
    }
    return 0;
}

}  // namespace

int wordsPerMinute(SpeechRate rate) {
    // espeak's normal is 175 wpm; people who read with difficulty are the audience, so
    // "normal" is a little under it and "slower" is well under.
    switch (rate) {
        case SpeechRate::Slower: return 120;
        case SpeechRate::Normal: return 160;
        case SpeechRate::Faster: return 210;
    }
    return 160;
}

std::string_view voiceFor(std::string_view language) {
    return survey::languageOf(language);
}

double SpeechAudio::seconds() const {
    return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate : 0.0;
}

SpeechSynth::SpeechSynth() {
    if (engine_in_use.exchange(true)) {
        throw SpeechError("espeak-ng is already in use by another SpeechSynth in this process");
    }
    std::call_once(engine_started, [] {
        // DONT_EXIT: without it espeak calls exit() when its data directory is missing.
        engine_sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (engine_sample_rate > 0) espeak_SetSynthCallback(onSamples);
    });
    sample_rate_ = engine_sample_rate;
    if (sample_rate_ <= 0) {
        engine_in_use = false;
        throw SpeechError("espeak-ng could not start: is the espeak-ng-data package installed?");
    }
}

SpeechSynth::~SpeechSynth() { engine_in_use = false; }

void SpeechSynth::useVoice(std::string_view voice) {
    if (voice == voice_) return;
    const std::string name(voice);
    if (espeak_SetVoiceByName(name.c_str()) != EE_OK) {
        throw SpeechError("espeak-ng has no voice '" + name + "'");
    }
    voice_ = name;
}

bool SpeechSynth::synthesize(std::string_view text, std::string_view language, SpeechRate rate,
                             const SampleSink& sink) {
    useVoice(voiceFor(language));
    espeak_SetParameter(espeakRATE, wordsPerMinute(rate), 0);
    SynthCall call{&sink, false};
    const std::string owned(text);  // espeak wants a NUL-terminated string
    const espeak_ERROR result = espeak_Synth(owned.c_str(), owned.size() + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8 | espeakENDPAUSE, nullptr, &call);
    // Synchronous mode: espeak_Synth returns once the text is done; no espeak_Synchronize.
    if (result != EE_OK) throw SpeechError("espeak-ng refused the text");
    return !call.abandoned;
}

SpeechAudio SpeechSynth::synthesize(std::string_view text, std::string_view language, SpeechRate rate) {
    SpeechAudio audio;
    audio.sample_rate = sample_rate_;
    synthesize(text, language, rate, [&](std::span<const std::int16_t> block) {
        audio.samples.insert(audio.samples.end(), block.begin(), block.end());
        return true;
    });
    return audio;
}

}  // namespace kiosk
