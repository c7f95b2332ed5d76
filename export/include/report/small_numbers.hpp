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
// `min_base`, marking it percent_withheld, and the response rate where fewer than `min_base` were
// handed out (rate_withheld; the opening line then gives the counts only); empties every --by group with fewer than `min_group`
// returns, marking it withheld and saying why in its opening. Records both limits in the report.
// A group is withheld too where the whole section's figures less the shown groups' would give
// the answers of one to min_group - 1 people (docs/house-style.md, "Small numbers"): with
// disjoint groups, the smallest shown group until those left out are none or min_group or more;
// with overlapping groups (multi-choice), any group chosen by all but one to min_group - 1.
// When no group is left, the questionnaire's groups_note says so.
void withholdSmallNumbers(Report& report, int min_base, int min_group = kMinGroup);

// "Percentages are not shown where fewer than 10 answered a question." and, when a rate was
// withheld, ", nor response rates where fewer than 10 questionnaires were handed out." Empty when
// the report's min_base is 1 or less.
std::string smallBaseNote(const Report& report);

// Beside a blank rate in the data files: "No response rate is shown: fewer than 10 questionnaires
// were handed out."
std::string rateWithheldNote(int min_base, Language language);

// The opening of a withheld group: "Fewer than five offenders answered “In prison”: their answers
// are not shown apart, so that no one can be identified."
std::string withheldGroupNote(const std::string& group_label, int min_group, const Nouns& nouns, Language language);

// The opening of a group withheld because the rest would give away a small one: "The answers of
// sentencers who answered “I am a magistrate” are not shown apart, since taking them from the
// figures for all sentencers would show the answers of fewer than five sentencers."
std::string subtractionNote(const std::string& group_label, int min_group, const Nouns& nouns, Language language);

// When every group is withheld: "The figures are not shown group by group: the groups are too
// small to show without identifying people."
std::string groupsWithheldNote(Language language);

// With a multi-choice --by question: "People could choose more than one answer, so some are
// counted in more than one group."
std::string overlappingGroupsNote(Language language);

}  // namespace report
