// Handed-out counts (how many paper questionnaires were given out): which entries are live, after
// corrections and withdrawals, and which a new count would overlap. Read by the exporter (rates,
// `distributed`) and by the kiosk's staff page (what is recorded here today), so one rule serves
// both.
#pragma once

#include <string>
#include <vector>

#include "survey/store.hpp"

namespace survey {

// One entry as the ledger sees it, over every file read.
struct HandedOutEntry {
    enum class State { Live, Replaced, Withdrawn };
    Distribution entry;
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
std::vector<HandedOutEntry> resolveHandedOut(const std::vector<Distribution>& all);

// The live entries a new count would overlap: same questionnaire, same site (as written; "" is a
// site of its own), and periods that share at least one day (first()..last(), inclusive). `except`
// is the uid a correction replaces, which does not stand in its own way.
std::vector<HandedOutEntry> overlappingLive(const std::vector<HandedOutEntry>& entries, const Distribution& count,
                                            const std::string& except = {});

}  // namespace survey
