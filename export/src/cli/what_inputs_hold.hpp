// For a report whose selection matched nothing: what each input does hold, so a mistyped --site,
// a questionnaire not in the files or dates outside the returns show at once. Questionnaires,
// sites, dates and counts only: never an answer.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "survey/store.hpp"

namespace report::cli {

// One line per input, each starting with two spaces, joined by line breaks:
// "  c.db holds 3 responses: victim; site Chester; dated 2011-02-10 to 2011-03-01, and 1 handed-out count"
// A response with no site is listed under "(none)"; after five sites, "and N more".
// `names[i]` names `stores[i]` (the file as given: a handover file, not its extracted image).
std::string whatInputsHold(const std::vector<survey::ResponseStore>& stores,
                           const std::vector<std::filesystem::path>& names);

}  // namespace report::cli
