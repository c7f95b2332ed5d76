// Small numbers: figures that could point at one person are not shown. A percentage on a small
// base reads as more than it is (one judge is "100%") and, with --by, a group of two or three is
// close to naming them. Applied to the finished report, so every format prints the same.
#pragma once

#include <string>

#include "report/report_model.hpp"

namespace report {

inline constexpr int kDefaultMinBase = 10;  // percentages shown from a base of 10 (--min-base)
inline constexpr int kMinGroup = 5;         // --by groups under five respondents are withheld

// Takes out every percentage (options and finding) of a question whose base is above 0 and below
// `min_base`, marking it percent_withheld; empties every --by group with fewer than `min_group`
// returns, marking it withheld and saying why in its opening. Records both limits in the report.
void withholdSmallNumbers(Report& report, int min_base, int min_group = kMinGroup);

// "Percentages are not shown where fewer than 10 answered a question." Empty when min_base <= 1.
std::string smallBaseNote(int min_base, Language language);

// The opening of a withheld group: "Fewer than five offenders answered “In prison”: their answers
// are not shown apart, so that no one can be identified."
std::string withheldGroupNote(const std::string& group_label, int min_group, const Nouns& nouns, Language language);

// With a multi-choice --by question: "People could choose more than one answer, so some are
// counted in more than one group."
std::string overlappingGroupsNote(Language language);

}  // namespace report
