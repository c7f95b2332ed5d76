// Bounded, truncation-proof questionnaire loading (issue 12, item 5): damaged or hostile files
// are refused before parsing where possible, each refusal located by file, line and field.
#include "survey/questionnaire_file.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "survey/errors.hpp"

namespace survey {
namespace {

namespace fs = std::filesystem;

const fs::path kShipped = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kScales = kShipped / "scales.yaml";

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

fs::path writeFile(const std::string& name, const std::string& bytes) {
    const fs::path directory = fs::temp_directory_path() / "perspective_bounded_questionnaire";
    fs::create_directories(directory);
    const fs::path file = directory / name;
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    return file;
}

std::string listed(const std::vector<Problem>& problems) {
    std::string text;
    for (const Problem& problem : problems) text += "\n  " + problem.describe();
    return text;
}

std::vector<Problem> problemsLoading(const fs::path& file, const fs::path& scales = kScales) {
    try {
        loadQuestionnaire(file, scales);
    } catch (const ValidationError& error) {
        return error.problems();
    }
    ADD_FAILURE() << file << " loaded, but it should have been refused";
    return {};
}

// Asserts one problem at `line` (0: any line) on `field`, its message containing `words`.
void expectProblem(const std::vector<Problem>& problems, int line, const std::string& field, const std::string& words) {
    const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem& problem) {
        return (line == 0 || problem.line == line) && problem.field == field &&
               problem.message.find(words) != std::string::npos;
    });
    EXPECT_TRUE(found) << "expected line " << line << ": " << field << ": ..." << words << "...\nbut got:"
                       << listed(problems);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

int lineOfText(const std::string& text, const std::string& words) {
    return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find(words)), '\n')) + 1;
}

const std::string kVictim = readAll(kShipped / "victim.yaml");

TEST(BoundedQuestionnaire, AFileCutInHalfIsRefusedNotLoadedShort) {
    const std::vector<Problem> problems = problemsLoading(writeFile("half.yaml", kVictim.substr(0, kVictim.size() / 2)));
    expectProblem(problems, 0, "end", "cut short");
}

TEST(BoundedQuestionnaire, EveryTruncationAtALineEndIsRefused) {
    // Cutting after any line but the last loses something: the file must never load.
    std::size_t cut = kVictim.find('\n');
    int refused = 0;
    int tried = 0;
    while (cut != std::string::npos && cut + 1 < kVictim.size()) {
        const std::string rest = kVictim.substr(cut + 1);
        if (rest.find_first_not_of(" \n") == std::string::npos) break;
        ++tried;
        try {
            loadQuestionnaire(writeFile("cut.yaml", kVictim.substr(0, cut + 1)), kScales);
            ADD_FAILURE() << "loaded when cut after byte " << cut;
        } catch (const ValidationError&) {
            ++refused;
        }
        cut = kVictim.find('\n', cut + 1);
    }
    EXPECT_GT(tried, 300);
    EXPECT_EQ(refused, tried);
}

TEST(BoundedQuestionnaire, TheEndMarkerMustBeTheLastLine) {
    const std::string moved = replaced(kVictim, "\nend: victim\n", "\n") ;
    const std::string early = replaced(moved, "questions:\n", "end: victim\nquestions:\n");
    expectProblem(problemsLoading(writeFile("early_end.yaml", early)), lineOfText(early, "end: victim"), "end",
                  "must be the last line");
    expectProblem(problemsLoading(writeFile("wrong_end.yaml", replaced(kVictim, "end: victim", "end: vic"))), 0, "end",
                  "is not 'victim'");
}

TEST(BoundedQuestionnaire, ACutScalesFileIsRefused) {
    const std::string scales = readAll(kScales);
    const fs::path cut = writeFile("scales.yaml", scales.substr(0, scales.rfind("- id:")));
    const std::vector<Problem> problems = problemsLoading(kShipped / "offender.yaml", cut);
    expectProblem(problems, 0, "end", "cut short");
}

TEST(BoundedQuestionnaire, ASensitiveQuestionnaireWithoutTheLeaveButtonIsRefused) {
    const std::string without = replaced(kVictim, "leave_button: true\n", "");
    expectProblem(problemsLoading(writeFile("no_leave.yaml", without)), lineOfText(without, "sensitive:"),
                  "leave_button", "must have 'leave_button: true'");
    const std::string keeping = replaced(kVictim, "on_leave: discard", "on_leave: keep_as_abandoned");
    expectProblem(problemsLoading(writeFile("keeps.yaml", keeping)), 0, "on_leave", "must have 'on_leave: discard'");
}

TEST(BoundedQuestionnaire, EveryQuestionnaireMustSayWhetherItIsSensitive) {
    // Deleting both protective lines must not quietly make the victim questionnaire ordinary.
    std::string bare = kVictim;
    bare.erase(bare.find("sensitive:"), bare.find('\n', bare.find("sensitive:")) - bare.find("sensitive:") + 1);
    bare = replaced(bare, "leave_button: true\n", "");
    expectProblem(problemsLoading(writeFile("bare.yaml", bare)), 0, "sensitive", "is missing");
}

TEST(BoundedQuestionnaire, A50MegabyteWordingIsRefusedBeforeParsing) {
    std::string huge = replaced(kVictim, "title:\n", "title:\n  en-easy: " + std::string(50'000'000, 'a') + "\n");
    const fs::path file = writeFile("huge.yaml", huge);
    huge.clear();
    huge.shrink_to_fit();
    expectProblem(problemsLoading(file), 0, "", "larger than 1 MiB");
}

TEST(BoundedQuestionnaire, AWordingOverTheLimitIsRefusedWithItsLine) {
    const std::string wording(kYamlLimits.wording_characters + 1, 'a');
    const std::string text = replaced(kVictim, "title:\n  en:", "title:\n  en: " + wording + "\n  en-old:");
    const std::string file_text = replaced(text, "  en-old:", "  # was:");
    expectProblem(problemsLoading(writeFile("long_wording.yaml", file_text)), lineOfText(file_text, wording),
                  "title.en", "at most 1000 are allowed");
}

TEST(BoundedQuestionnaire, ControlCharactersAndBadUtf8AreRefusedWithTheirLine) {
    for (const std::string& bad : {std::string("a\0b", 3), std::string("red \x1b[31m text"), std::string("bad \xC3\x28 byte"),
                                   std::string("hidden \xE2\x80\xAE reversed")}) {
        const std::string text = replaced(kVictim, "I have been affected by a crime\n", bad + "\n");
        const std::vector<Problem> problems = problemsLoading(writeFile("control.yaml", text));
        ASSERT_EQ(problems.size(), 1U) << listed(problems);
        EXPECT_EQ(problems[0].line, lineOfText(text, bad)) << problems[0].describe();
    }
}

TEST(BoundedQuestionnaire, EscapesThatMakeControlCharactersAreRefused) {
    const std::string text = replaced(kVictim, "  en: I have been affected by a crime\n", "  en: \"red \\e[31m text\"\n");
    expectProblem(problemsLoading(writeFile("escape.yaml", text)), lineOfText(text, "red \\e"), "audience.en",
                  "escape character");
}

TEST(BoundedQuestionnaire, LongLinesDeepIndentAndDeepBracketsAreRefusedBeforeParsing) {
    const std::string long_line = kVictim + "# " + std::string(kYamlLimits.line_bytes, 'x') + "\n";
    expectProblem(problemsLoading(writeFile("long_line.yaml", long_line)), lineOfText(long_line, "# xxx"), "",
                  "at most 8 KiB");
    const std::string deep = replaced(kVictim, "minutes:", "deep:\n" + std::string(40, ' ') + "x: 1\nminutes:");
    expectProblem(problemsLoading(writeFile("deep.yaml", deep)), lineOfText(deep, "x: 1"), "", "indented 40 columns");
    const std::string nested = replaced(kVictim, "minutes:", "deep: " + std::string(5000, '[') + "\nminutes:");
    expectProblem(problemsLoading(writeFile("nested.yaml", nested)), lineOfText(nested, "deep:"), "", "levels of [ ]");
}

TEST(BoundedQuestionnaire, TooManyQuestionsAreRefusedBeforeTheyAreRead) {
    std::string many = replaced(kVictim, "\nend: victim\n", "\n");
    for (std::size_t at = 0; at <= kYamlLimits.questions; ++at) {
        many += "  - {id: q" + std::to_string(at) + ", type: text, text: {en: Q}}\n";
    }
    many += "end: victim\n";
    expectProblem(problemsLoading(writeFile("many.yaml", many)), 0, "questions", "at most 200 are allowed");
}

TEST(BoundedQuestionnaire, ProblemsBeyondTheLimitAreCountedNotKept) {
    std::vector<Problem> problems;
    for (int line = 1; line <= 16'800'010 / 100'000; ++line) problems.push_back({"f.csv", line, 0, "", "bad"});
    const ValidationError error(problems, 16'800'010);
    EXPECT_EQ(error.problems().size(), kMaxReportedProblems);
    EXPECT_EQ(error.total(), 16'800'010U);
    EXPECT_EQ(error.unreported(), "and 16,799,990 more problems");
    EXPECT_NE(std::string(error.what()).find("and 16,799,990 more problems"), std::string::npos);
    EXPECT_EQ(ValidationError({{"f", 1, 0, "", "bad"}}).unreported(), "");
}

}  // namespace
}  // namespace survey
