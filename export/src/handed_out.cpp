#include "report/handed_out.hpp"

namespace report {

std::map<std::string, HandedOutTotal> handedOutTotals(const std::vector<HandedOutEntry>& entries,
                                                      const std::optional<std::string>& site,
                                                      const std::optional<std::string>& from,
                                                      const std::optional<std::string>& to) {
    std::map<std::string, HandedOutTotal> totals;
    for (const HandedOutEntry& e : entries) {
        if (e.state != HandedOutEntry::State::Live) continue;
        if (site && e.entry.site != *site) continue;
        const std::string first = e.first();
        const std::string last = e.last();
        if ((from && last < *from) || (to && first > *to)) continue;  // wholly outside the dates
        HandedOutTotal& total = totals[e.entry.questionnaire_id];
        total.count += e.entry.count;
        ++total.entries;
        if ((from && first < *from) || (to && last > *to)) total.cut.push_back(e);
    }
    return totals;
}

}  // namespace report
