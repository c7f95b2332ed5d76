// The 3,000-mutant experiment of issue 12 as a regression: every mutant of a shipped
// questionnaire either loads with all its questions or is refused with located problems; none
// crashes, hangs or loads with questions silently lost.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../support/mutants.hpp"
#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace survey {
namespace {

namespace fs = std::filesystem;

const fs::path kShipped = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";

TEST(QuestionnaireMutants, EveryMutantLoadsWholeOrIsRefusedWithALocatedProblem) {
    const fs::path original_file = kShipped / "victim.yaml";
    const std::string original = perspective_test::readFile(original_file);
    const std::size_t question_count = loadQuestionnaire(original_file, kShipped / "scales.yaml").questions.size();
    // One file per process: two runs at once (two checkouts on one machine) must not share it.
    const fs::path file = fs::temp_directory_path() / ("perspective_mutant_victim-" + std::to_string(::getpid()) + ".yaml");
    int loaded = 0;
    int refused = 0;
    for (std::uint32_t n = 0; n < perspective_test::kMutants; ++n) {
        const perspective_test::Mutant mutant = perspective_test::mutate(original, n);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << mutant.bytes;
        try {
            const Questionnaire questionnaire = loadQuestionnaire(file, kShipped / "scales.yaml");
            ++loaded;
            EXPECT_EQ(questionnaire.questions.size(), question_count) << "mutant " << n << " (" << mutant.how
                                                                      << ") loaded with questions lost";
        } catch (const ValidationError& error) {
            ++refused;
            ASSERT_FALSE(error.problems().empty()) << "mutant " << n;
            for (const Problem& problem : error.problems()) {
                EXPECT_EQ(problem.file, file.string()) << "mutant " << n;
                EXPECT_GT(problem.line, 0) << "mutant " << n << " (" << mutant.how << "): " << problem.describe();
                EXPECT_FALSE(problem.message.empty()) << "mutant " << n;
            }
        }
    }
    fs::remove(file);
    // Both outcomes happen: a flipped bit inside wording loads; a cut file never does.
    EXPECT_GT(loaded, 0);
    EXPECT_GT(refused, 1000);
    RecordProperty("loaded", loaded);
    RecordProperty("refused", refused);
}

}  // namespace
}  // namespace survey
