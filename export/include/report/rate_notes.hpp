// The words around a response rate: what was not finished, and the warnings that say when a rate
// cannot be trusted as it stands (English and Welsh). Printed in the report and on stderr.
#pragma once

#include <optional>
#include <string>

#include "report/handed_out.hpp"
#include "report/phrasing.hpp"

namespace report {

// "Two questionnaires were started but not finished, and one is still in progress; none of them
// is in these figures." Empty when both are 0.
std::string unfinishedNote(int abandoned, int in_progress, Language language);

// More returned than handed out: the rate is withheld and this says why.
std::string moreReturnedThanHandedOut(int returned, int handed_out, const Nouns& nouns, Language language);

// A handed-out period that runs past the report's --from/--to: counted in full, so the rate is rough.
std::string periodCut(const HandedOutEntry& entry, const std::optional<std::string>& from,
                      const std::optional<std::string>& to, Language language);

// The whole report when the selection holds nothing at all.
std::string nothingToReport(Language language);

}  // namespace report
