// Handed-out counts (how many paper questionnaires were given out), for response rates: which
// entries count, once, after corrections and withdrawals, and which fall in a report's dates.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "survey/store.hpp"

namespace report {

// One entry as the ledger sees it, over every file read.
struct HandedOutEntry {
    enum class State { Live, Replaced, Withdrawn };
    survey::Distribution entry;
    State state = State::Live;
    std::string replaced_by;  // uid of the live correction, when Replaced

    // The period it covers: its period when given, else the single day it was recorded for.
    std::string first() const { return entry.period_from.empty() ? entry.date : entry.period_from; }
    std::string last() const { return entry.period_to.empty() ? entry.date : entry.period_to; }
};

// The rules, in one place:
// - the same entry (uid) held by several files counts once; withdrawn in any file means withdrawn
//   (a copy taken before the withdrawal must not bring it back);
// - an entry is Replaced when a live entry names it in `replaces` (a chain of corrections leaves
//   only the last one live);
// - order: as first met.
std::vector<HandedOutEntry> resolveHandedOut(const std::vector<survey::Distribution>& all);

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

// The live entries a new count would overlap: same questionnaire, same site (as written; "" is a
// site of its own), and periods that share at least one day (first()..last(), inclusive). `except`
// is the uid a correction replaces, which does not stand in its own way.
std::vector<HandedOutEntry> overlappingLive(const std::vector<HandedOutEntry>& entries,
                                            const survey::Distribution& count, const std::string& except = {});

}  // namespace report
