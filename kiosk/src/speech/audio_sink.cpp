// SDL audio through SDL_QueueAudio: SDL's own thread pulls from the queue, so appending
// never blocks and clearing takes effect at once.
#include "speech/audio_sink.hpp"

#include <SDL.h>

namespace kiosk {

namespace {

class SdlAudioSink final : public AudioSink {
public:
    explicit SdlAudioSink(SDL_AudioDeviceID device) : device_(device) {}
    ~SdlAudioSink() override {
        SDL_CloseAudioDevice(device_);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    SdlAudioSink(const SdlAudioSink&) = delete;
    SdlAudioSink& operator=(const SdlAudioSink&) = delete;

    void append(std::span<const std::int16_t> samples) override {
        if (samples.empty()) return;
        SDL_QueueAudio(device_, samples.data(), static_cast<Uint32>(samples.size_bytes()));
        SDL_PauseAudioDevice(device_, 0);
    }
    void clear() override { SDL_ClearQueuedAudio(device_); }

private:
    SDL_AudioDeviceID device_;
};

}  // namespace

std::unique_ptr<AudioSink> openSdlAudioSink(int sample_rate, std::string& why_not) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        why_not = std::string("SDL audio could not start: ") + SDL_GetError();
        return nullptr;
    }
    SDL_AudioSpec wanted{};
    wanted.freq = sample_rate;
    wanted.format = AUDIO_S16SYS;
    wanted.channels = 1;
    wanted.samples = 1024;
    wanted.callback = nullptr;  // push mode: SDL_QueueAudio
    SDL_AudioSpec got{};
    // allowed_changes 0: SDL converts to whatever the hardware wants.
    const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &wanted, &got, 0);
    if (device == 0) {
        why_not = std::string("no audio device: ") + SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return nullptr;
    }
    return std::make_unique<SdlAudioSink>(device);
}

}  // namespace kiosk
