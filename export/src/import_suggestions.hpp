// "Did you mean ...?" for a paper return's unknown column or option: the header row and cells
// hold ids, and people typing returns up from paper write the wording they see ("Yes", the
// question itself) or slip a letter ("knew_choise").
#pragma once

#include <string>
#include <string_view>

#include "survey/questionnaire.hpp"

namespace report {

// For an unknown header: the question whose id it nearly is (a letter or two out, or another
// case), or whose wording it is in any language. "" when none stands out.
std::string suggestQuestion(const survey::Questionnaire& questionnaire, std::string_view header);

// For an unknown option of `question`: the option whose id it nearly is, or whose label it is.
// "" when none stands out.
std::string suggestOption(const survey::Question& question, std::string_view value);

}  // namespace report
