// Findings in a row that give the same figure for the same people, read as one sentence, the way
// the reports write them: "All sentencers were satisfied with the quality of FDRs and oral
// reports", not the same opening twice. docs/house-style.md ("Findings that share a figure").
#pragma once

#include <string>
#include <vector>

#include "report/phrasing.hpp"
#include "report/report_model.hpp"

namespace report {

// The sentences of `findings` (consecutive body findings, in order), where a run of two or more
// is joined into one. A run joins when every finding in it
// - has the same figure: the same base, the same number giving the finding and the same
//   percentage (so the same people and the same count phrase, qualifier included);
// - is one simple sentence (no ";" or ","-separated second part, as a split finding has);
// - shares its opening words with the first: at least kMinSharedWords words, and what differs is
//   only the last kMaxTailWords words or fewer of each, with no punctuation or "and" in them.
// The differing ends are listed after the shared opening: "A and B", "A, B and C" (no serial
// comma, GOV.UK style); in Welsh "A ac B"/"A a B" with the aspirate mutation after "a"
// ("adroddiadau cyflym a thribiwnlysoedd").
std::vector<std::string> joinSameFigures(const std::vector<const QuestionFigures*>& findings, Language language);

inline constexpr std::size_t kMinSharedWords = 5;
inline constexpr std::size_t kMaxTailWords = 4;

}  // namespace report
