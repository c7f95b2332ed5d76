// The worker owns the espeak engine and the audio sink: every espeak call happens on it.
// Requests are not queued: a new one replaces the pending one, and a running synthesis is
// abandoned at its next ~60 ms block once a newer request (or stop) has arrived.
#include "speech/speaker.hpp"

#include <exception>
#include <utility>

namespace kiosk {

Speaker::SinkFactory Speaker::noAudio() {
    return [](int, std::string& why_not) -> std::unique_ptr<AudioSink> {
        why_not = "audio is turned off";
        return nullptr;
    };
}

Speaker::Speaker(SinkFactory make_sink) : worker_([this, make_sink = std::move(make_sink)]() mutable {
    run(std::move(make_sink));
}) {}

Speaker::~Speaker() {
    {
        const std::lock_guard lock(mutex_);
        quit_ = true;
        ++generation_;
    }
    wake_.notify_all();
    worker_.join();
}

void Speaker::say(std::string text, std::string language) {
    if (text.empty()) {
        stop();
        return;
    }
    {
        const std::lock_guard lock(mutex_);
        pending_ = Request{std::move(text), std::move(language), rate_};
        ++generation_;
    }
    wake_.notify_all();
}

void Speaker::stop() {
    {
        const std::lock_guard lock(mutex_);
        pending_.reset();
        stop_requested_ = true;
        ++generation_;
    }
    wake_.notify_all();
}

void Speaker::setRate(SpeechRate rate) {
    const std::lock_guard lock(mutex_);
    rate_ = rate;
}

SpeechRate Speaker::rate() const {
    const std::lock_guard lock(mutex_);
    return rate_;
}

AudioStatus Speaker::audioStatus() const {
    const std::lock_guard lock(mutex_);
    return status_;
}

std::string Speaker::unavailableReason() const {
    const std::lock_guard lock(mutex_);
    return unavailable_reason_;
}

void Speaker::waitUntilIdle() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] {
        return quit_ || (status_ != AudioStatus::Opening && !pending_ && !stop_requested_ && !busy_);
    });
}

bool Speaker::superseded(unsigned long generation) const {
    const std::lock_guard lock(mutex_);
    return generation != generation_;
}

void Speaker::speak(SpeechSynth& synth, AudioSink* sink, const Request& request,
                    unsigned long generation) {
    synth.synthesize(request.text, request.language, request.rate,
                     [&](std::span<const std::int16_t> block) {
                         if (superseded(generation)) return false;
                         if (sink != nullptr) sink->append(block);
                         return true;
                     });
}

void Speaker::run(SinkFactory make_sink) {
    // Start-up failures make the speaker silent, never an exception on the UI thread.
    std::unique_ptr<SpeechSynth> synth;
    std::unique_ptr<AudioSink> sink;
    std::string why_not;
    try {
        synth = std::make_unique<SpeechSynth>();
        sink = make_sink(synth->sampleRate(), why_not);
        if (!sink && why_not.empty()) why_not = "no audio device";
    } catch (const std::exception& error) {
        why_not = error.what();
    }
    {
        const std::lock_guard lock(mutex_);
        status_ = sink ? AudioStatus::Ready : AudioStatus::Unavailable;
        unavailable_reason_ = sink ? std::string() : why_not;
    }
    idle_.notify_all();

    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return quit_ || pending_ || stop_requested_; });
        if (quit_) break;
        std::optional<Request> request = std::exchange(pending_, std::nullopt);
        stop_requested_ = false;
        const unsigned long generation = generation_;
        busy_ = true;
        lock.unlock();

        if (sink) sink->clear();  // the old page goes quiet before the new one is ready
        // Without a device there is nothing to hear: skip the synthesis too.
        if (request && sink && synth) {
            try {
                speak(*synth, sink.get(), *request, generation);
            } catch (const std::exception&) {
                // A text espeak refuses is not worth stopping the kiosk for: it stays unspoken.
            }
        }

        lock.lock();
        busy_ = false;
        idle_.notify_all();
    }
    lock.unlock();
    if (sink) sink->clear();
    idle_.notify_all();
}

}  // namespace kiosk
