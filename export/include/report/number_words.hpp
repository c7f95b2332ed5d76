// Numbers as the house style prints them: words for one to nine, figures from 10, and a number
// that opens a sentence spelled out with a capital — in English and in (modern, decimal) Welsh.
#pragma once

#include <string>
#include <string_view>

namespace report {

enum class Language { En, Cy };
std::string_view toString(Language);  // "en", "cy"

// Grammatical gender of the noun a Welsh number counts ("dwy ferch", "dau fachgen").
enum class Gender { Masculine, Feminine };

// 0..999 in words, lower case: 26 -> "twenty-six", 101 -> "one hundred and one";
// Welsh decimal forms: 28 -> "dau ddeg wyth", 3 (feminine) -> "tair". Numbers from 1000
// are returned as figures (the reports never need them in words).
std::string numberWords(int n, Language language = Language::En, Gender gender = Gender::Masculine);

// House style: words for one to nine, figures from 10 ("nine", "10", "1,250"); at the start of a
// sentence words with a capital ("Twenty-six") up to 999 (the phrasing never opens with more).
std::string houseNumber(int n, bool sentence_start, Language language = Language::En,
                        Gender gender = Gender::Masculine);

// First letter (ASCII) in capitals: "twenty-six out of 34" -> "Twenty-six out of 34".
std::string capitalise(std::string text);

}  // namespace report
