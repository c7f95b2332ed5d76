// A comment cut into words, for the name rules: where each word is, its core without a
// possessive ("Sarah's" -> "Sarah"), and whether it opens a sentence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace report::redaction {

struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;       // past the whole word, possessive included
    std::size_t core_end = 0;  // past the word without "'s" or a trailing apostrophe or hyphen
    bool sentence_start = false;
    bool capitalised = false;  // first letter upper case (ASCII)
    std::string lower;         // the core in lower case
};

std::vector<Word> wordsOf(std::string_view text);

// True when only spaces (and at most one comma, if `comma_ok`) lie between two words.
bool adjacent(std::string_view text, const Word& first, const Word& second, bool comma_ok = false);

}  // namespace report::redaction
