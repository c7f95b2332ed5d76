// The reports' headings per audience, and the inspector's renames of them.
#include "report/audience_headings.hpp"

#include <algorithm>
#include <stdexcept>

namespace report {

std::string defaultHeading(const std::string& questionnaire_id, const std::string& title, Language language) {
    const bool welsh = language == Language::Cy;
    if (questionnaire_id == "offender") return welsh ? "Troseddwyr" : "Offenders";
    if (questionnaire_id == "victim") return welsh ? "Dioddefwyr" : "Victims";
    if (questionnaire_id == "sentencer") return welsh ? "Llysoedd" : "Courts";  // sentencers speak for the courts
    return title.empty() ? questionnaire_id : title;
}

void applyHeadings(Report& report, const std::vector<std::string>& overrides, const std::vector<std::string>& known_ids) {
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
