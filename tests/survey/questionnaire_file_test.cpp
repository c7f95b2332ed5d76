// Loading questionnaire files: the shipped ones load and match the id contract; broken ones are
// refused with every problem located by file, line and field.
#include "survey/questionnaire_file.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "survey/errors.hpp"

namespace survey {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(PERSPECTIVE_TEST_FIXTURES) / "survey";
const fs::path kShipped = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kScales = kShipped / "scales.yaml";

std::vector<Problem> problemsLoading(const fs::path& file, const fs::path& scales = kScales,
                                     const LoadOptions& options = {}) {
    try {
        loadQuestionnaire(file, scales, options);
    } catch (const ValidationError& error) {
        return error.problems();
    }
    ADD_FAILURE() << file << " loaded, but it should have been refused";
    return {};
}

std::vector<Problem> fixtureProblems(const std::string& name, const LoadOptions& options = {}) {
    return problemsLoading(kFixtures / (name + ".yaml"), kScales, options);
}

std::string listed(const std::vector<Problem>& problems) {
    std::string text;
    for (const Problem& problem : problems) text += "\n  " + problem.describe();
    return text;
}

// Asserts that one of `problems` is in `file` at `line` on `field`, its message containing `words`.
void expectProblem(const std::vector<Problem>& problems, const fs::path& file, int line,
                   const std::string& field, const std::string& words) {
    const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem& problem) {
        return problem.file == file.string() && problem.line == line && problem.field == field &&
               problem.message.find(words) != std::string::npos;
    });
    EXPECT_TRUE(found) << "expected " << file.filename() << ":" << line << ": " << field << ": ..." << words
                       << "...\nbut got:" << listed(problems);
}

void expectOnlyProblem(const std::string& name, int line, const std::string& field, const std::string& words) {
    const std::vector<Problem> problems = fixtureProblems(name);
    EXPECT_EQ(problems.size(), 1U) << listed(problems);
    expectProblem(problems, kFixtures / (name + ".yaml"), line, field, words);
}

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

fs::path freshDirectory(const std::string& name) {
    const fs::path directory = fs::path(testing::TempDir()) / ("perspective_questionnaire_file_" + name);
    fs::remove_all(directory);
    fs::create_directories(directory);
    return directory;
}

// ---- the shipped files ----------------------------------------------------------------------

// One row of a table in questionnaires.md: | id | type / scale | when | what it asks |
struct ContractRow {
    std::string id;
    std::string type_or_scale;
    std::string when;
};

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" `");
    const auto last = text.find_last_not_of(" `");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

std::map<std::string, std::vector<ContractRow>> readContract() {
    std::map<std::string, std::vector<ContractRow>> tables;
    std::ifstream in(fs::path(PERSPECTIVE_SHARED_DIR) / "questionnaires.md");
    std::string line;
    std::string section;
    while (std::getline(in, line)) {
        if (line.starts_with("## ")) {
            section = line.substr(3, line.find(' ', 3) - 3);
            continue;
        }
        if (!line.starts_with("| ") || line.starts_with("| id ") || line.starts_with("|---")) continue;
        std::vector<std::string> cells;
        std::stringstream row(line.substr(1));
        for (std::string cell; std::getline(row, cell, '|');) cells.push_back(trimmed(cell));
        if (cells.size() >= 3 && section != "Reading") tables[section].push_back({cells[0], cells[1], cells[2]});
    }
    return tables;
}

std::vector<std::string> split(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (true) {
        const std::size_t next = text.find(separator, at);
        parts.push_back(trimmed(text.substr(at, next - at)));
        if (next == std::string::npos) return parts;
        at = next + separator.size();
    }
}

// The option ids (with `*` for outside the base) a scale stands for in questionnaires.md.
const std::map<std::string, std::string> kContractScales = {
    {"yn", "yes, no"},       {"ynd", "yes, no, dont_know*"}, {"yno", "yes, no, no_opinion*"},
    {"ypn", "yes, partly, no"}, {"fpn", "fully, partly, no"}, {"ypnn", "yes, partly, no, not_applicable*"},
};

std::string optionsOf(const Question& question) {
    std::string text;
    for (const Option& option : question.options) {
        if (!text.empty()) text += ", ";
        text += option.id + (option.outside_base ? "*" : "");
    }
    return text;
}

void expectMatchesContract(const Questionnaire& questionnaire, const std::vector<ContractRow>& rows) {
    ASSERT_EQ(questionnaire.questions.size(), rows.size());
    for (std::size_t at = 0; at < rows.size(); ++at) {
        const Question& question = questionnaire.questions[at];
        const ContractRow& row = rows[at];
        SCOPED_TRACE(questionnaire.id + "." + row.id);
        EXPECT_EQ(question.id, row.id);
        if (row.type_or_scale == "text") {
            EXPECT_EQ(question.type, QuestionType::Text);
            EXPECT_TRUE(question.options.empty());
        } else if (const auto scale = kContractScales.find(row.type_or_scale); scale != kContractScales.end()) {
            EXPECT_EQ(question.type, QuestionType::Single);
            EXPECT_EQ(question.scale, row.type_or_scale);
            EXPECT_EQ(optionsOf(question), scale->second);
        } else {
            const std::size_t colon = row.type_or_scale.find(':');
            ASSERT_NE(colon, std::string::npos) << row.type_or_scale;
            const std::string type = row.type_or_scale.substr(0, colon);
            EXPECT_EQ(toString(question.type), type);
            EXPECT_EQ(optionsOf(question), trimmed(row.type_or_scale.substr(colon + 1)));
        }
        if (row.when == "always") {
            EXPECT_FALSE(question.when.has_value());
        } else {
            const std::vector<std::string> rule = split(row.when, "=");
            ASSERT_EQ(rule.size(), 2U);
            ASSERT_TRUE(question.when.has_value());
            EXPECT_EQ(question.when->question_id, rule[0]);
            EXPECT_EQ(question.when->option_id, rule[1]);
        }
        EXPECT_FALSE(question.text.get("en").empty());
        for (const Option& option : question.options) EXPECT_FALSE(option.label.get("en").empty()) << option.id;
    }
}

class ShippedQuestionnaire : public testing::TestWithParam<std::string> {};

TEST_P(ShippedQuestionnaire, LoadsAndMatchesTheIdContract) {
    const fs::path file = kShipped / (GetParam() + ".yaml");
    if (!fs::exists(file)) GTEST_SKIP() << file << " is not written yet";
    const Questionnaire questionnaire = loadQuestionnaire(file, kScales);
    EXPECT_EQ(questionnaire.id, GetParam());
    EXPECT_GE(questionnaire.version, 1);
    EXPECT_EQ(questionnaire.definition_hash.size(), 64U);
    EXPECT_FALSE(questionnaire.title.get("en").empty());
    EXPECT_FALSE(questionnaire.audience.get("en").empty());
    const auto contract = readContract();
    ASSERT_TRUE(contract.contains(GetParam()));
    expectMatchesContract(questionnaire, contract.at(GetParam()));
}

INSTANTIATE_TEST_SUITE_P(Questionnaire, ShippedQuestionnaire, testing::Values("offender", "victim", "sentencer"));

TEST(QuestionnaireFile, ShippedScalesMatchTheContractInEveryLocale) {
    const Questionnaire questionnaire = loadQuestionnaire(kFixtures / "all_scales.yaml", kScales);
    ASSERT_EQ(questionnaire.questions.size(), 7U);
    for (const Question& question : questionnaire.questions) {
        if (question.scale.empty()) continue;
        EXPECT_EQ(optionsOf(question), kContractScales.at(question.scale)) << question.scale;
        for (const Option& option : question.options) {
            for (const char* locale : {"en", "cy", "en-easy", "cy-easy"}) {
                EXPECT_NE(option.label.find(locale), nullptr) << question.scale << "." << option.id << " " << locale;
            }
        }
    }
    const Question& fpn = *questionnaire.question("q_fpn");
    EXPECT_EQ(fpn.option("fully")->label.get("en"), "Yes, fully");
    EXPECT_EQ(fpn.option("partly")->label.get("en"), "Yes, partly");
    EXPECT_EQ(fpn.option("no")->label.get("en"), "No");
    EXPECT_EQ(questionnaire.question("q_ynd")->option("dont_know")->label.get("en"), "I don't know");
    EXPECT_EQ(questionnaire.question("q_yno")->option("no_opinion")->label.get("en"), "I have no opinion");
    EXPECT_EQ(questionnaire.question("q_ypnn")->option("not_applicable")->label.get("en"), "This does not apply to me");
    LoadOptions every_locale;
    every_locale.required_locales = {"en", "cy", "en-easy", "cy-easy"};
    try {
        loadQuestionnaire(kFixtures / "all_scales.yaml", kScales, every_locale);
        FAIL() << "the fixture's own text is English only, so it should be refused";
    } catch (const ValidationError& error) {
        for (const Problem& problem : error.problems()) EXPECT_NE(problem.file, kScales.string()) << problem.describe();
    }
}

TEST(QuestionnaireFile, DirectoryLoadsEveryQuestionnaireSortedById) {
    const fs::path directory = freshDirectory("directory");
    fs::copy_file(kScales, directory / "scales.yaml");
    fs::copy_file(kFixtures / "valid.yaml", directory / "b.yaml");
    std::string other = readAll(kFixtures / "valid.yaml");
    other.replace(other.find("id: fixture"), 11, "id: another");
    other.replace(other.find("end: fixture"), 12, "end: another");
    std::ofstream(directory / "a.yaml") << other;
    const std::vector<Questionnaire> loaded = loadQuestionnaires(directory);
    ASSERT_EQ(loaded.size(), 2U);
    EXPECT_EQ(loaded[0].id, "another");
    EXPECT_EQ(loaded[1].id, "fixture");
}

TEST(QuestionnaireFile, DirectoryGathersProblemsFromEveryFile) {
    const fs::path directory = freshDirectory("directory_problems");
    fs::copy_file(kScales, directory / "scales.yaml");
    fs::copy_file(kFixtures / "unknown_scale.yaml", directory / "one.yaml");
    fs::copy_file(kFixtures / "unknown_type.yaml", directory / "two.yaml");
    try {
        loadQuestionnaires(directory);
        FAIL() << "a directory with broken files loaded";
    } catch (const ValidationError& error) {
        expectProblem(error.problems(), directory / "one.yaml", 16, "questions[1].scale", "unknown scale");
        expectProblem(error.problems(), directory / "two.yaml", 16, "questions[1].type", "unknown type");
    }
}

TEST(QuestionnaireFile, DefaultDirectoryFollowsTheEnvironment) {
    const char* before = std::getenv("PERSPECTIVE_ASSETS");
    const std::string saved = before == nullptr ? "" : before;
    ::setenv("PERSPECTIVE_ASSETS", "/somewhere/assets", 1);
    EXPECT_EQ(defaultQuestionnaireDirectory(), fs::path("/somewhere/assets/questionnaires"));
    ::unsetenv("PERSPECTIVE_ASSETS");
    EXPECT_EQ(defaultQuestionnaireDirectory(), kShipped);
    if (before != nullptr) ::setenv("PERSPECTIVE_ASSETS", saved.c_str(), 1);
}

TEST(QuestionnaireFile, ShippedDirectoryLoadsAllThree) {
    for (const char* name : {"offender", "victim", "sentencer"}) {
        if (!fs::exists(kShipped / (std::string(name) + ".yaml"))) GTEST_SKIP() << name << ".yaml is not written yet";
    }
    const std::vector<Questionnaire> loaded = loadQuestionnaires(kShipped);
    ASSERT_EQ(loaded.size(), 3U);
    EXPECT_EQ(loaded[0].id, "offender");
    EXPECT_EQ(loaded[1].id, "sentencer");
    EXPECT_EQ(loaded[2].id, "victim");
}

// ---- a good file --------------------------------------------------------------------------

TEST(QuestionnaireFile, ValidFileLoadsEveryField) {
    const Questionnaire q = loadQuestionnaire(kFixtures / "valid.yaml", kScales);
    EXPECT_EQ(q.id, "fixture");
    EXPECT_EQ(q.version, 3);
    EXPECT_EQ(q.minutes, 7);
    EXPECT_EQ(q.title.get("cy"), "Holiadur prawf");
    EXPECT_EQ(q.introduction.get("en"), "We want to test things.");
    EXPECT_EQ(q.respondents.get("en"), "testers");
    EXPECT_TRUE(q.leave_button);
    EXPECT_EQ(q.on_leave, OnExit::KeepAsAbandoned);
    EXPECT_EQ(q.on_timeout, OnExit::Discard);
    EXPECT_EQ(q.source, (kFixtures / "valid.yaml").string());
    ASSERT_EQ(q.questions.size(), 6U);

    const Question& setting = q.questions[0];
    EXPECT_EQ(setting.line, 13);
    EXPECT_EQ(setting.hint.get("en"), "Prison means custody.");
    EXPECT_EQ(optionsOf(setting), "community, custody");

    const Question& induction = *q.question("induction");
    EXPECT_EQ(induction.line, 21);
    ASSERT_TRUE(induction.when.has_value());
    EXPECT_EQ(induction.when->question_id, "setting");
    EXPECT_EQ(induction.when->option_id, "custody");
    EXPECT_EQ(induction.option("dont_know")->label.get("en"), "I don't remember");
    EXPECT_TRUE(induction.option("dont_know")->outside_base);
    EXPECT_EQ(induction.option("yes")->label.get("en"), "Yes");

    const Question& help = *q.question("help");
    EXPECT_EQ(help.type, QuestionType::Multi);
    EXPECT_TRUE(help.option("none")->outside_base);
    EXPECT_TRUE(help.option("none")->exclusive);
    EXPECT_FALSE(help.option("housing")->exclusive);
    EXPECT_EQ(q.question("comments")->type, QuestionType::Text);
    EXPECT_EQ(q.indexOf("comments"), 5);
    EXPECT_EQ(q.indexOf("nothing"), -1);
    EXPECT_EQ(q.question("nothing"), nullptr);
}

// Issue 11: the finding options come from the file alone; a "yes" option or a three-point scale
// no longer makes one up.
TEST(QuestionnaireFile, FindingOptionsComeOnlyFromTheFile) {
    const Questionnaire q = loadQuestionnaire(kFixtures / "valid.yaml", kScales);
    using Ids = std::vector<std::string>;
    EXPECT_TRUE(q.question("induction")->finding_options.empty());  // ynd scale, no finding
    EXPECT_TRUE(q.question("rules")->finding_options.empty());      // fpn scale, no finding
    EXPECT_EQ(q.question("progress")->finding_options, (Ids{"yes"}));  // given in the file
    EXPECT_EQ(q.question("progress")->finding.get("en"), "said they had made progress");
    EXPECT_TRUE(q.question("rules")->finding.empty());
    EXPECT_TRUE(q.question("help")->finding_options.empty());
    EXPECT_TRUE(q.question("comments")->finding_options.empty());
}

TEST(QuestionnaireFile, DefinitionHashCoversBothFiles) {
    const Questionnaire first = loadQuestionnaire(kFixtures / "valid.yaml", kScales);
    EXPECT_EQ(first.definition_hash.size(), 64U);
    EXPECT_EQ(first.definition_hash.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_EQ(loadQuestionnaire(kFixtures / "valid.yaml", kScales).definition_hash, first.definition_hash);

    const fs::path directory = freshDirectory("hash");
    std::ofstream(directory / "scales.yaml") << readAll(kScales) << "# an edit\n";
    std::ofstream(directory / "valid.yaml") << readAll(kFixtures / "valid.yaml") << "# an edit\n";
    EXPECT_NE(loadQuestionnaire(kFixtures / "valid.yaml", directory / "scales.yaml").definition_hash,
              first.definition_hash);
    EXPECT_NE(loadQuestionnaire(directory / "valid.yaml", kScales).definition_hash, first.definition_hash);
}

TEST(QuestionnaireFile, RequiredWelshIsReportedWhereMissing) {
    LoadOptions welsh;
    welsh.required_locales = {"en", "cy"};
    const std::vector<Problem> problems = fixtureProblems("valid", welsh);
    const fs::path file = kFixtures / "valid.yaml";
    expectProblem(problems, file, 6, "introduction", "no Welsh wording (cy:)");
    expectProblem(problems, file, 16, "questions[0].options[0].label", "no Welsh wording");
    expectProblem(problems, file, 19, "questions[0].text", "no Welsh wording");
    expectProblem(problems, file, 20, "questions[0].hint", "no Welsh wording");
    expectProblem(problems, file, 26, "questions[1].labels.dont_know", "no Welsh wording");
    expectProblem(problems, file, 35, "questions[3].finding.text", "no Welsh wording");
    // The Welsh report needs the nouns in Welsh too; title and audience have Welsh already.
    expectProblem(problems, file, 7, "respondent", "no Welsh wording");
    for (const Problem& problem : problems) EXPECT_NE(problem.field, "title");
}

TEST(QuestionnaireFile, ReportTextsNeedNoEasyRead) {
    LoadOptions easy;
    easy.required_locales = {"en", "en-easy"};
    for (const Problem& problem : fixtureProblems("valid", easy)) {
        EXPECT_NE(problem.field, "respondent") << problem.describe();
        EXPECT_NE(problem.field, "respondents") << problem.describe();
        EXPECT_EQ(problem.field.find("finding"), std::string::npos) << problem.describe();
    }
}

TEST(QuestionnaireFile, UnknownRequiredLocaleIsAProgrammingError) {
    LoadOptions options;
    options.required_locales = {"fr"};
    EXPECT_THROW(loadQuestionnaire(kFixtures / "valid.yaml", kScales, options), std::invalid_argument);
}

// ---- broken files: each refused with file, line and field ---------------------------------

TEST(QuestionnaireFile, RefusesUnknownScale) { expectOnlyProblem("unknown_scale", 16, "questions[1].scale", "unknown scale 'ynx'"); }
TEST(QuestionnaireFile, RefusesUnknownType) { expectOnlyProblem("unknown_type", 16, "questions[1].type", "unknown type 'essay'"); }
TEST(QuestionnaireFile, RefusesDuplicateQuestionId) {
    expectOnlyProblem("duplicate_question_id", 18, "questions[2].id", "'induction' is used twice (first on line 15)");
}
TEST(QuestionnaireFile, RefusesOptionIdOutsideTheAllowedCharacters) {
    expectOnlyProblem("bad_option_id", 19, "questions[1].options[1].id", "'Dont-Know' is not a valid id");
}
TEST(QuestionnaireFile, RefusesDuplicateOptionId) {
    expectOnlyProblem("duplicate_option_id", 19, "questions[1].options[1].id", "'licence' is used twice");
}
TEST(QuestionnaireFile, RefusesWhenNamingUnknownQuestion) {
    expectOnlyProblem("when_unknown_question", 17, "questions[1].when", "'settting', which is not in this file");
}
TEST(QuestionnaireFile, RefusesWhenNamingUnknownOption) {
    expectOnlyProblem("when_unknown_option", 17, "questions[1].when", "question 'setting' has no option 'prison'");
}
TEST(QuestionnaireFile, RefusesWhenNamingLaterQuestion) {
    expectOnlyProblem("when_later_question", 17, "questions[1].when", "'induction', which comes later (line 19)");
}
TEST(QuestionnaireFile, RefusesWhenNamingItsOwnQuestion) {
    expectOnlyProblem("when_same_question", 17, "questions[1].when", "names this question itself");
}
TEST(QuestionnaireFile, RefusesTextWithoutEnglish) {
    expectOnlyProblem("missing_english", 17, "questions[1].text", "no English wording (en:)");
}
TEST(QuestionnaireFile, RefusesUnknownLocale) {
    expectOnlyProblem("unknown_locale", 17, "questions[1].text.fr", "unknown key 'fr'");
}
TEST(QuestionnaireFile, RefusesUnknownKey) {
    expectOnlyProblem("unknown_key", 17, "questions[1].wehn", "unknown key 'wehn'");
}
TEST(QuestionnaireFile, RefusesFindingOptionNotOfTheQuestion) {
    expectOnlyProblem("finding_not_an_option", 19, "questions[1].finding.options[1]", "'yes' is not an option of question 'rules'");
}
TEST(QuestionnaireFile, WelshRespondentNounCarriesItsGender) {
    EXPECT_EQ(loadQuestionnaire(kFixtures / "gender_feminine.yaml", kScales).respondent_gender, NounGender::Feminine);
    EXPECT_EQ(loadQuestionnaire(kFixtures / "valid.yaml", kScales).respondent_gender, NounGender::Masculine);
}
TEST(QuestionnaireFile, RefusesWelshRespondentNounWithoutGender) {
    expectOnlyProblem("gender_missing", 1, "respondent_gender", "is missing");
}
TEST(QuestionnaireFile, RefusesAGenderThatIsNotOne) {
    expectOnlyProblem("gender_not_a_gender", 7, "respondent_gender", "'neuter' is not masculine or feminine");
}
TEST(QuestionnaireFile, RefusesAHeadlineThatIsNotABoolean) {
    expectOnlyProblem("headline_not_a_boolean", 21, "questions[1].finding.headline", "sometimes");
}
TEST(QuestionnaireFile, RefusesAFindingOrHeadlineWithoutFindingOptions) {
    expectOnlyProblem("headline_without_options", 16, "questions[0].finding.options", "is missing");
}
TEST(QuestionnaireFile, RefusesAHeadlineAboutWhoAnswered) {
    expectOnlyProblem("headline_about_you", 20, "questions[0].finding.headline", "is about who answered (about_you: true)");
}
TEST(QuestionnaireFile, ShippedHeadlinesAreFindingsNeverAboutWhoAnswered) {
    const std::vector<Questionnaire> loaded = loadQuestionnaires(kShipped);
    for (const Questionnaire& questionnaire : loaded) {
        int headlines = 0;
        for (const Question& question : questionnaire.questions) {
            if (!question.headline) continue;
            ++headlines;
            EXPECT_FALSE(question.finding_options.empty()) << questionnaire.id << "." << question.id;
            // Setting, role, sentence and provider say who answered, not what they found.
            for (const char* about_you : {"setting", "role", "sentence", "provider"}) {
                EXPECT_NE(question.id, about_you) << questionnaire.id;
            }
        }
        // The file says so (about_you), so the report never makes them a finding either.
        for (const char* about_you : {"setting", "role", "sentence", "provider"}) {
            if (const Question* question = questionnaire.question(about_you)) {
                EXPECT_TRUE(question->about_you) << questionnaire.id << "." << about_you;
            }
        }
        // A chosen few, not every question.
        EXPECT_GT(headlines, 0) << questionnaire.id;
        EXPECT_LT(2 * headlines, static_cast<int>(questionnaire.questions.size())) << questionnaire.id;
    }
}
TEST(QuestionnaireFile, RefusesExclusiveOptionsOutsideAMultiQuestionOrNotOfIt) {
    const std::vector<Problem> problems = fixtureProblems("exclusive_problems");
    const fs::path file = kFixtures / "exclusive_problems.yaml";
    expectProblem(problems, file, 15, "questions[0].exclusive", "only a multi question has exclusive options");
    expectProblem(problems, file, 24, "questions[1].exclusive[0]", "'nothing' is not an option of question 'help'");
    expectProblem(problems, file, 24, "questions[1].exclusive[2]", "'none' is listed twice");
    expectProblem(problems, file, 29, "questions[2].exclusive", "expected a list of option ids");
}

TEST(QuestionnaireFile, RefusesVersionThatIsNotAWholeNumber) {
    expectOnlyProblem("bad_version", 2, "version", "'1.5' is not a whole number of at least 1");
    expectOnlyProblem("zero_version", 2, "version", "'0' is not a whole number of at least 1");
}
TEST(QuestionnaireFile, RefusesBothScaleAndOptions) {
    expectOnlyProblem("scale_and_options", 15, "questions[1]", "both 'scale:' and 'options:'");
}
TEST(QuestionnaireFile, RefusesNeitherScaleNorOptions) {
    expectOnlyProblem("neither_scale_nor_options", 15, "questions[1]", "neither 'scale:' nor 'options:'");
}
TEST(QuestionnaireFile, RefusesTextQuestionWithScale) {
    expectOnlyProblem("text_with_options", 17, "questions[1].scale", "a text question has no options");
}
TEST(QuestionnaireFile, RefusesLabelsForOptionsTheScaleLacks) {
    expectOnlyProblem("bad_labels", 18, "questions[1].labels.maybe", "scale 'ynd' has no option 'maybe'");
}
TEST(QuestionnaireFile, RefusesMissingTitle) { expectOnlyProblem("missing_title", 1, "title", "is missing"); }
TEST(QuestionnaireFile, RefusesADocumentThatIsNotAMap) { expectOnlyProblem("not_a_map", 1, "", "expected a questionnaire"); }

TEST(QuestionnaireFile, SyntaxErrorIsAProblemWithItsLine) {
    const std::vector<Problem> problems = fixtureProblems("syntax_error");
    ASSERT_EQ(problems.size(), 1U) << listed(problems);
    EXPECT_EQ(problems[0].file, (kFixtures / "syntax_error.yaml").string());
    EXPECT_GE(problems[0].line, 17);  // the unclosed { opens on line 17; the parser notices after it
    EXPECT_LE(problems[0].line, 20);
    EXPECT_NE(problems[0].message.find("YAML syntax error"), std::string::npos);
}

TEST(QuestionnaireFile, UnreadableFileIsAProblem) {
    const std::vector<Problem> problems = fixtureProblems("no_such_file");
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_NE(problems[0].message.find("cannot be opened"), std::string::npos);
}

TEST(QuestionnaireFile, ReportsEveryProblemInAFile) {
    const std::vector<Problem> problems = fixtureProblems("several_problems");
    const fs::path file = kFixtures / "several_problems.yaml";
    expectProblem(problems, file, 1, "id", "'Fixture' is not a valid id");
    expectProblem(problems, file, 2, "version", "not a whole number");
    expectProblem(problems, file, 4, "audience", "no English wording");
    expectProblem(problems, file, 16, "questions[1].scale", "unknown scale 'ynx'");
    expectProblem(problems, file, 17, "questions[1].when", "has no option 'prison'");
    expectProblem(problems, file, 19, "questions[2].id", "'setting' is used twice (first on line 8)");
    expectProblem(problems, file, 24, "questions[2].options[1].id", "'a' is used twice");
    expectProblem(problems, file, 29, "questions[3].txet", "unknown key 'txet'");
    expectProblem(problems, file, 27, "questions[3].text", "is missing");
    EXPECT_EQ(problems.size(), 9U) << listed(problems);
}

TEST(QuestionnaireFile, ReportsProblemsInTheScalesFile) {
    const fs::path scales = kFixtures / "bad_scales.yaml";
    const std::vector<Problem> problems = problemsLoading(kFixtures / "valid.yaml", scales);
    expectProblem(problems, scales, 5, "scales.yn[1].id", "'no!' is not a valid id");
    expectProblem(problems, scales, 10, "scales.ynd[0].outside_base", "'maybe' is not true or false");
    expectProblem(problems, kFixtures / "valid.yaml", 28, "questions[2].scale", "unknown scale 'fpn'");
}

TEST(QuestionnaireFile, ProblemDescribesFileLineAndField) {
    const Problem problem{"offender.yaml", 12, 0, "questions[3].when", "names question 'x', which comes later"};
    EXPECT_EQ(problem.describe(), "offender.yaml:12: questions[3].when: names question 'x', which comes later");
    const Problem csv{"paper.csv", 4, 2, "", "unknown option"};
    EXPECT_EQ(csv.describe(), "paper.csv:4:2: unknown option");
    const ValidationError error({problem, csv});
    EXPECT_EQ(error.problems().size(), 2U);
    EXPECT_NE(std::string(error.what()).find("offender.yaml:12"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("paper.csv:4:2"), std::string::npos);
}

}  // namespace
}  // namespace survey
