// Where spoken audio goes: an interface (so tests can listen in) and SDL's audio device.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace kiosk {

// Plays 16-bit mono samples. Called only from the Speaker's worker thread; neither call may
// wait for playback to finish.
class AudioSink {
public:
    virtual ~AudioSink() = default;
    // Queues samples after whatever is already playing.
    virtual void append(std::span<const std::int16_t> samples) = 0;
    // Silences at once: drops everything queued or playing.
    virtual void clear() = 0;
};

// Opens the default SDL audio device for mono int16 at `sample_rate` (initialising SDL's audio
// subsystem if needed). Returns nullptr, with the reason in `why_not`, when no device can be
// opened (no sound card, no driver): the caller then stays silent.
std::unique_ptr<AudioSink> openSdlAudioSink(int sample_rate, std::string& why_not);

}  // namespace kiosk
