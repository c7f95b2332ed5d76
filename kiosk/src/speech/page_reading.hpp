// What read-aloud says for a page: pure functions from the page's texts to one string to speak.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// The texts of a question page, already in the respondent's language and wording.
struct QuestionPageText {
    std::string_view question;
    std::string_view hint;                  // empty when the question has none
    std::vector<std::string_view> options;  // labels in the order shown; option n is key n
};

// The parts as one text, each ending as a sentence; empty parts are left out. For the pages
// other than questions (start, check answers, confirmation, errors, "Do you need more time?").
std::string sentences(const std::vector<std::string_view>& parts);

// "Press 2 for No." / "Pwyswch 2 ar gyfer Na." — `language` is a locale key ("cy-easy" is Welsh).
std::string optionReading(int number, std::string_view label, std::string_view language);

// The question, the hint, then each option with its number. Each part ends as a sentence, so
// espeak pauses between them even when the text has no full stop of its own.
std::string questionPageReading(const QuestionPageText& page, std::string_view language);

}  // namespace kiosk
