// Shared by the speech tests: what "audible speech" means in numbers.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "speech/speech_synth.hpp"

namespace kiosk {

// Root mean square of the samples, in int16 units (full scale 32767).
inline double rms(const SpeechAudio& audio) {
    if (audio.samples.empty()) return 0.0;
    double sum = 0.0;
    for (const std::int16_t sample : audio.samples) sum += static_cast<double>(sample) * sample;
    return std::sqrt(sum / static_cast<double>(audio.samples.size()));
}

// Speech longer than 0.2 s with an RMS above ~1% of full scale (espeak's speech sits near
// 2,000-4,000; silence is 0).
inline ::testing::AssertionResult isAudible(const SpeechAudio& audio, const std::string& what) {
    const double level = rms(audio);
    if (audio.seconds() > 0.2 && level > 300.0) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "not audible: \"" << what << "\" (" << audio.seconds()
                                         << " s, RMS " << level << ")";
}

}  // namespace kiosk

#define EXPECT_AUDIBLE(audio, what) EXPECT_TRUE(::kiosk::isAudible((audio), (what)))
