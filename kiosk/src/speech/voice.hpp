// What the App needs of a read-aloud voice: say a text in a locale's voice, stop, set the rate.
// The Speaker (espeak-ng + SDL audio) is the real one; headless tests inject a recording fake.
#pragma once

#include <string>

namespace kiosk {

enum class SpeechRate { Slower, Normal, Faster };

class Voice {
public:
    virtual ~Voice() = default;
    // Replaces whatever is being said; `locale` is a locale key ("en", "cy", "en-easy", "cy-easy").
    // Never waits for the speech.
    virtual void say(std::string text, std::string locale) = 0;
    virtual void stop() = 0;
    virtual void setRate(SpeechRate rate) = 0;  // applies from the next say()
};

}  // namespace kiosk
