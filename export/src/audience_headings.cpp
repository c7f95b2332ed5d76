// The reports' audiences: their headings, their order, and the inspector's renames of headings.
#include "report/audience_headings.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

namespace report {

namespace {

struct Audience {
    std::string_view questionnaire_id;
    std::string_view en;
    std::string_view cy;
};

// The one home of the reports' audiences, in the order the inspection reports print them under
// "Service users' perspective": offenders, then victims, then the courts (sentencers speak for them).
constexpr std::array<Audience, 3> kAudiences = {{
    {"offender", "Offenders", "Troseddwyr"},
    {"victim", "Victims", "Dioddefwyr"},
    {"sentencer", "Courts", "Llysoedd"},
}};

const Audience* audienceOf(std::string_view questionnaire_id) {
    const auto found = std::find_if(kAudiences.begin(), kAudiences.end(),
                                    [&](const Audience& a) { return a.questionnaire_id == questionnaire_id; });
    return found == kAudiences.end() ? nullptr : &*found;
}

// Position in the reports' order; a questionnaire the reports do not have comes after them.
std::size_t rankOf(std::string_view questionnaire_id) {
    const Audience* audience = audienceOf(questionnaire_id);
    return audience == nullptr ? kAudiences.size() : static_cast<std::size_t>(audience - kAudiences.data());
}

}  // namespace

std::string defaultHeading(const std::string& questionnaire_id, const std::string& title, Language language) {
    if (const Audience* audience = audienceOf(questionnaire_id)) {
        return std::string(language == Language::Cy ? audience->cy : audience->en);
    }
    return title.empty() ? questionnaire_id : title;
}

void orderByAudience(Report& report) {
    std::stable_sort(report.questionnaires.begin(), report.questionnaires.end(),
                     [](const QuestionnaireReport& a, const QuestionnaireReport& b) {
                         const std::size_t rank_a = rankOf(a.id);
                         const std::size_t rank_b = rankOf(b.id);
                         return rank_a != rank_b ? rank_a < rank_b : a.id < b.id;
                     });
}

void applyHeadings(Report& report, const std::vector<std::string>& overrides, const std::vector<std::string>& known_ids) {
    orderByAudience(report);  // here, so every format and the appendix print the same order
    for (QuestionnaireReport& r : report.questionnaires) r.heading = defaultHeading(r.id, r.title, report.language);
    for (const std::string& entry : overrides) {
        const auto equals = entry.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == entry.size()) {
            throw std::invalid_argument("--heading '" + entry + "': expected QUESTIONNAIRE=HEADING, e.g. sentencer=Courts");
        }
        const std::string id = entry.substr(0, equals);
        if (std::find(known_ids.begin(), known_ids.end(), id) == known_ids.end()) {
            throw std::invalid_argument("--heading '" + entry + "': no questionnaire '" + id + "'");
        }
        for (QuestionnaireReport& r : report.questionnaires) {
            if (r.id == id) r.heading = entry.substr(equals + 1);
        }
    }
}

}  // namespace report
