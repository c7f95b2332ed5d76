#include "survey/handed_out.hpp"

#include <unordered_map>

namespace survey {

std::vector<HandedOutEntry> resolveHandedOut(const std::vector<Distribution>& all) {
    std::vector<HandedOutEntry> entries;
    std::unordered_map<std::string, std::size_t> by_uid;
    for (const Distribution& d : all) {
        const auto [it, added] = by_uid.emplace(d.uid, entries.size());
        if (added) {
            entries.push_back({d, d.withdrawn ? HandedOutEntry::State::Withdrawn : HandedOutEntry::State::Live, {}});
        } else if (d.withdrawn) {
            entries[it->second].state = HandedOutEntry::State::Withdrawn;
            entries[it->second].entry.withdrawn = true;
        }
    }
    for (const HandedOutEntry& correction : entries) {
        if (correction.state != HandedOutEntry::State::Live || correction.entry.replaces.empty()) continue;
        const auto corrected = by_uid.find(correction.entry.replaces);
        if (corrected == by_uid.end()) continue;
        HandedOutEntry& old = entries[corrected->second];
        if (old.state == HandedOutEntry::State::Live) {
            old.state = HandedOutEntry::State::Replaced;
            old.replaced_by = correction.entry.uid;
        }
    }
    return entries;
}

std::vector<HandedOutEntry> overlappingLive(const std::vector<HandedOutEntry>& entries, const Distribution& count,
                                            const std::string& except) {
    const HandedOutEntry candidate{count, HandedOutEntry::State::Live, {}};
    std::vector<HandedOutEntry> overlapping;
    for (const HandedOutEntry& e : entries) {
        if (e.state != HandedOutEntry::State::Live || e.entry.uid == except) continue;
        if (e.entry.questionnaire_id != count.questionnaire_id || e.entry.site != count.site) continue;
        if (e.last() < candidate.first() || e.first() > candidate.last()) continue;
        overlapping.push_back(e);
    }
    return overlapping;
}

}  // namespace survey
