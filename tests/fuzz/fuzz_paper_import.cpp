// Fuzzes the paper-returns import (CSV reader and cell checks) against the shipped offender
// questionnaire. The contract: responses, or a ValidationError naming each problem's line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "report/paper_import.hpp"
#include "survey/answers.hpp"
#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace {

const survey::Questionnaire& offender() {
    static const survey::Questionnaire questionnaire = survey::loadQuestionnaire(
        std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires" / "offender.yaml",
        std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires" / "scales.yaml");
    return questionnaire;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto responses = report::parsePaperReturns(text, "fuzz.csv", offender(), {"Fuzz site", "2011-03-01"});
        for (const survey::StoredResponse& response : responses) {
            if (response.answers.empty()) std::abort();  // a blank row must be refused, not counted
            for (const auto& [question_id, answer] : response.answers) {
                const survey::Question* question = offender().question(question_id);
                if (question == nullptr || !survey::checkAnswer(*question, answer).empty()) std::abort();
            }
        }
    } catch (const survey::ValidationError& error) {
        if (error.problems().empty() || error.problems().size() > survey::kMaxReportedProblems) std::abort();
    }
    return 0;
}
