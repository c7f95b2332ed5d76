#include "cli/what_inputs_hold.hpp"

#include <set>

#include <fmt/format.h>

#include "survey/handed_out.hpp"

namespace report::cli {
namespace {

// Sites or questionnaires named, then "and N more": a merged file may hold dozens.
constexpr std::size_t kNamedAtMost = 5;

std::string listed(const std::set<std::string>& items, std::size_t at_most) {
    std::string text;
    std::size_t shown = 0;
    for (const std::string& item : items) {
        if (shown == at_most) return text + fmt::format(" and {} more", items.size() - shown);
        text += (shown == 0 ? "" : ", ") + (item.empty() ? std::string("(none)") : item);
        ++shown;
    }
    return text;
}

std::string heldBy(const survey::ResponseStore& store) {
    int responses = 0;
    std::set<std::string> questionnaires;
    std::set<std::string> sites;
    std::string first;
    std::string last;
    store.forEachResponse({}, [&](const survey::StoredResponse& r) {
        ++responses;
        questionnaires.insert(r.info.questionnaire_id);
        sites.insert(r.info.site);
        if (first.empty() || r.info.date < first) first = r.info.date;
        if (last.empty() || r.info.date > last) last = r.info.date;
    });
    int counts = 0;
    for (const survey::HandedOutEntry& e : survey::resolveHandedOut(store.distributions())) {
        if (e.state == survey::HandedOutEntry::State::Live) ++counts;
    }
    std::string text = responses == 0 ? "no responses"
                                       : fmt::format("{} response{}: {}; site{} {}; dated {} to {}", responses,
                                                     responses == 1 ? "" : "s", listed(questionnaires, kNamedAtMost),
                                                     sites.size() == 1 ? "" : "s", listed(sites, kNamedAtMost), first,
                                                     last);
    if (counts > 0) text += fmt::format(", and {} handed-out count{}", counts, counts == 1 ? "" : "s");
    return text;
}

}  // namespace

std::string whatInputsHold(const std::vector<survey::ResponseStore>& stores,
                           const std::vector<std::filesystem::path>& names) {
    std::string text;
    for (std::size_t i = 0; i < stores.size(); ++i) {
        const std::filesystem::path name = i < names.size() ? names[i] : stores[i].path();
        text += (i == 0 ? "  " : "\n  ") + name.filename().string() + " holds " + heldBy(stores[i]);
    }
    return text;
}

}  // namespace report::cli
