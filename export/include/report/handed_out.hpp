// Handed-out counts for response rates: which live entries (survey/handed_out.hpp) fall in a
// report's site and dates.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "survey/handed_out.hpp"

namespace report {

using survey::HandedOutEntry;
using survey::overlappingLive;
using survey::resolveHandedOut;

// What the report uses for one questionnaire.
struct HandedOutTotal {
    int count = 0;
    int entries = 0;
    std::vector<HandedOutEntry> cut;  // live entries whose period runs past --from/--to
};

// Totals per questionnaire of the live entries that match the site and overlap the dates
// (inclusive, YYYY-MM-DD; either may be absent). An entry that overlaps only in part is counted in
// full and listed in `cut`, so the report can say so.
std::map<std::string, HandedOutTotal> handedOutTotals(const std::vector<HandedOutEntry>& entries,
                                                      const std::optional<std::string>& site,
                                                      const std::optional<std::string>& from,
                                                      const std::optional<std::string>& to);

}  // namespace report
