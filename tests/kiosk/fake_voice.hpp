// A Voice that records what the App asked it to say, for the headless read-aloud tests.
#pragma once

#include <string>
#include <vector>

#include "speech/voice.hpp"

namespace kiosk::test {

class FakeVoice final : public Voice {
public:
    struct Said {
        std::string text;
        std::string locale;
    };

    void say(std::string text, std::string locale) override { said.push_back({std::move(text), std::move(locale)}); }
    void stop() override { ++stops; }
    void setRate(SpeechRate rate) override { rates.push_back(rate); }

    const Said& last() const { return said.back(); }

    std::vector<Said> said;
    int stops = 0;
    std::vector<SpeechRate> rates;
};

}  // namespace kiosk::test
