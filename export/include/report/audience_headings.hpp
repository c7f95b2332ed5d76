// The heading each questionnaire's part of the section sits under, as the inspection reports
// name them: "Offenders", "Victims", "Courts", and the order they come in (the same). An
// inspector can rename them (--heading ID=TEXT).
#pragma once

#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace report {

// The reports' heading for a questionnaire id in a language; the questionnaire's title when the
// id is not one of the three the reports have.
std::string defaultHeading(const std::string& questionnaire_id, const std::string& title, Language language);

// Puts the questionnaires in the reports' order: offenders, victims, courts (sentencers), then any
// other questionnaire by id. The body, the appendix and every format follow it.
void orderByAudience(Report& report);

// Puts the questionnaires in the reports' order (orderByAudience) and sets every
// questionnaire's heading: the default, or an override "ID=TEXT" from `overrides`.
// Throws std::invalid_argument naming the override when it has no '=', no text, or an id that
// no questionnaire has.
void applyHeadings(Report& report, const std::vector<std::string>& overrides, const std::vector<std::string>& known_ids);

}  // namespace report
