// Flesch-Kincaid reading grade of English text: words, sentences and a rule-based syllable count.
// Used by the readability test of the shipped questionnaires (standard <= 8, Easy Read <= 5).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace survey {

struct TextStats {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
};

// Syllables of one English word by vowel groups (y a vowel except before a vowel or at the
// start), less a silent final e / -es / -ed, with the usual corrections (-le, -ia, -io, -ua,
// vowel + -ing, -ly/-ful/-less/-ness/-ment suffixes). At least 1 for any word with a letter.
// All-capital abbreviations ("VLO") are spelt out: one syllable a letter, three for W.
// A number counts one syllable a digit.
int countSyllables(std::string_view word);

// Sentences end at . ! ? (not inside "e.g." or "2.5") and at line breaks; a text without any
// end mark is one sentence. Words are runs of letters, digits, apostrophes and inner hyphens.
std::vector<std::string> splitSentences(std::string_view text);
std::vector<std::string> splitWords(std::string_view text);
TextStats measureText(std::string_view text);

// 0.39 * words/sentences + 11.8 * syllables/words - 15.59, unclamped; 0 for an empty text.
double fleschKincaidGrade(const TextStats& stats);

// The grade of a text, clamped at 0: the formula goes negative for very short, plain texts
// ("Yes" scores -3.4), and a grade below 0 means nothing more than "very easy".
double readingGrade(std::string_view text);

// Words in the longest sentence of the text.
int longestSentenceWords(std::string_view text);

}  // namespace survey
