// The 3,000-mutant experiment of issue 12 for paper returns: every mutant of the demo CSV either
// imports as valid responses or is refused with problems located by line; none crashes or hangs.
// (A CSV has no end marker: a cut at a row boundary imports fewer rows. The import reports the
// number of rows it took, and staff compare it with the paper pile.)
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../support/mutants.hpp"
#include "report/paper_import.hpp"
#include "survey/answers.hpp"
#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kAssets(PERSPECTIVE_ASSETS_DIR);

TEST(PaperImportMutants, EveryMutantImportsValidResponsesOrIsRefusedWithALocatedProblem) {
    const survey::Questionnaire offender =
        survey::loadQuestionnaire(kAssets / "questionnaires" / "offender.yaml", kAssets / "questionnaires" / "scales.yaml");
    const std::string original = perspective_test::readFile(kAssets / "demo" / "offender.csv");
    int imported = 0;
    int refused = 0;
    for (std::uint32_t n = 0; n < perspective_test::kMutants; ++n) {
        const perspective_test::Mutant mutant = perspective_test::mutate(original, n);
        try {
            const auto responses = report::parsePaperReturns(mutant.bytes, "offender.csv", offender, {"Site", "2011-03-01"});
            ++imported;
            for (const survey::StoredResponse& response : responses) {
                EXPECT_FALSE(response.answers.empty()) << "mutant " << n << " (" << mutant.how << "): a blank row counted";
                for (const auto& [question_id, answer] : response.answers) {
                    const survey::Question* question = offender.question(question_id);
                    ASSERT_NE(question, nullptr) << "mutant " << n;
                    EXPECT_EQ(survey::checkAnswer(*question, answer), "") << "mutant " << n << " (" << mutant.how << ")";
                }
            }
        } catch (const survey::ValidationError& error) {
            ++refused;
            ASSERT_FALSE(error.problems().empty()) << "mutant " << n;
            for (const survey::Problem& problem : error.problems()) {
                EXPECT_GT(problem.line, 0) << "mutant " << n << " (" << mutant.how << "): " << problem.describe();
            }
        }
    }
    EXPECT_GT(imported, 0);
    EXPECT_GT(refused, 0);
    RecordProperty("imported", imported);
    RecordProperty("refused", refused);
}

}  // namespace
