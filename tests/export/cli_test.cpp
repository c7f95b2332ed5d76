// perspective-export run in-process: help and usage errors, paper import of the Cheshire 2011
// returns checked against expected.json, bad CSVs refused with located messages and no change.
#include "cli_run.hpp"
#include "test_dir.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "survey/store.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kCheshire = fs::path(PERSPECTIVE_SHARED_DIR) / "fixtures" / "cheshire-2011";
const fs::path kBadCsv = fs::path(PERSPECTIVE_TEST_FIXTURES) / "export" / "bad_csv";

using Result = report::testing::CliResult;
const auto run = report::testing::runCli;

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class CliTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = report::testing::freshTestDir("cli");
        db_ = dir_ / "returns.db";
    }
    void TearDown() override { fs::remove_all(dir_); }

    Result import(const std::string& questionnaire, const fs::path& csv) {
        return run({"import", "--db", db_.string(), "--questionnaire", questionnaire, "--questionnaires",
                    kQuestionnaires.string(), "--site", "Cheshire", "--date", "2011-03-01", csv.string()});
    }

    fs::path dir_;
    fs::path db_;
};

TEST_F(CliTest, HelpListsTheSubcommands) {
    const auto result = run({"--help"});
    EXPECT_EQ(result.code, 0);
    EXPECT_NE(result.out.find("import"), std::string::npos);
    EXPECT_NE(result.out.find("distributed"), std::string::npos);
}

TEST_F(CliTest, EachSubcommandHasHelp) {
    for (const char* command : {"import", "distributed"}) {
        const auto result = run({command, "--help"});
        EXPECT_EQ(result.code, 0) << command;
        EXPECT_NE(result.out.find("--db"), std::string::npos) << command;
        EXPECT_NE(result.out.find("--questionnaire"), std::string::npos) << command;
    }
}

TEST_F(CliTest, NoSubcommandIsAUsageError) {
    const auto result = run({});
    EXPECT_EQ(result.code, report::cli::kUsage);
    EXPECT_FALSE(result.err.empty());
}

TEST_F(CliTest, MissingOptionSaysWhatIsRequired) {
    const auto result = run({"import", "--db", db_.string(), (kCheshire / "offender.csv").string()});
    EXPECT_EQ(result.code, report::cli::kUsage);
    EXPECT_NE(result.err.find("--questionnaire is required"), std::string::npos) << result.err;
}

TEST_F(CliTest, BadDateAndCountSayWhatWasExpected) {
    auto result = run({"distributed", "--db", db_.string(), "--questionnaire", "offender", "--count", "ten"});
    EXPECT_EQ(result.code, report::cli::kUsage);
    EXPECT_NE(result.err.find("expected a whole number"), std::string::npos) << result.err;
    result = run({"distributed", "--db", db_.string(), "--questionnaire", "offender", "--count", "3", "--date",
                  "1/3/2011"});
    EXPECT_EQ(result.code, report::cli::kUsage);
    EXPECT_NE(result.err.find("YYYY-MM-DD"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(db_));
}

TEST_F(CliTest, UnknownQuestionnaireListsTheKnownOnes) {
    const auto result = import("offenders", kCheshire / "offender.csv");
    EXPECT_EQ(result.code, report::cli::kUsage);
    EXPECT_NE(result.err.find("unknown questionnaire 'offenders'"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("offender"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(db_));
}

TEST_F(CliTest, DistributedIsRecorded) {
    const auto result = run({"distributed", "--db", db_.string(), "--questionnaire", "offender", "--count", "20",
                             "--site", "Chester", "--date", "2011-02-01", "--questionnaires", kQuestionnaires.string()});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_NE(result.out.find("Recorded 20 offender questionnaires"), std::string::npos) << result.out;
    const auto store = survey::ResponseStore::open(db_, survey::ResponseStore::Mode::ReadOnly);
    ASSERT_EQ(store.distributions().size(), 1U);
    EXPECT_EQ(store.distributions()[0].questionnaire_id, "offender");
    EXPECT_EQ(store.distributions()[0].count, 20);
    EXPECT_EQ(store.distributions()[0].site, "Chester");
    EXPECT_EQ(store.distributions()[0].date, "2011-02-01");
}

TEST_F(CliTest, CheshireReturnsImportWithTheExpectedCounts) {
    std::ifstream expected_file(kCheshire / "expected.json");
    const auto expected = nlohmann::json::parse(expected_file);
    for (const auto& [id, numbers] : expected.at("questionnaires").items()) {
        const auto result = import(id, kCheshire / (id + ".csv"));
        ASSERT_EQ(result.code, 0) << result.err;
        const int returned = numbers.at("returned").get<int>();
        EXPECT_EQ(result.out.substr(0, result.out.find(" (import ")),
                  "Imported " + std::to_string(returned) + " " + id + " responses from " + id + ".csv into " + db_.string());
        EXPECT_NE(result.out.find(db_.string() + " has no inspectorate key, so these answers are stored in plain "
                                                 "text (perspective-export set-recipient seals them).\n"),
                  std::string::npos);

        const auto store = survey::ResponseStore::open(db_, survey::ResponseStore::Mode::ReadOnly);
        survey::ResponseFilter filter;
        filter.questionnaire_id = id;
        int rows = 0;
        std::map<std::string, std::map<std::string, int>> counts;  // question -> option -> count
        store.forEachResponse(filter, [&](const survey::StoredResponse& response) {
            ++rows;
            EXPECT_EQ(response.info.channel, survey::Channel::Paper);
            EXPECT_EQ(response.info.status, survey::Status::Submitted);
            EXPECT_EQ(response.info.site, "Cheshire");
            EXPECT_EQ(response.info.date, "2011-03-01");
            for (const auto& [question, answer] : response.answers) {
                for (const auto& option : answer.options) {
                    ++counts[question][option];
                }
            }
        });
        EXPECT_EQ(rows, returned) << id;
        for (const auto& [question, figures] : numbers.at("questions").items()) {
            if (!figures.contains("counts")) {
                continue;
            }
            EXPECT_EQ(counts[question], (figures.at("counts").get<std::map<std::string, int>>()))
                << id << "." << question;
        }
    }
}

// Each bad CSV: the first problem's location, then "nothing imported" and the database unchanged.
struct BadCsv {
    const char* file;
    const char* first_problem;  // "ROW:COLUMN (question): start of message"
};

void PrintTo(const BadCsv& bad, std::ostream* out) { *out << bad.file; }

class BadCsvTest : public CliTest, public ::testing::WithParamInterface<BadCsv> {};

TEST_P(BadCsvTest, IsRefusedWithALocatedMessageAndNothingImported) {
    // A database that already holds a response and a distribution count.
    ASSERT_EQ(import("offender", kCheshire / "offender.csv").code, 0);
    const std::string before = contents(db_);

    const fs::path csv = kBadCsv / GetParam().file;
    const auto result = import("offender", csv);
    EXPECT_EQ(result.code, report::cli::kFailure);
    EXPECT_NE(result.err.find(csv.string() + ":" + GetParam().first_problem), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("nothing was imported"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
    EXPECT_EQ(contents(db_), before);
}

INSTANTIATE_TEST_SUITE_P(
    EveryKindOfProblem, BadCsvTest,
    ::testing::Values(BadCsv{"unknown_column.csv", "1:2 (sentense): unknown column"},
                      BadCsv{"duplicate_column.csv", "1:3 (setting): duplicate column"},
                      BadCsv{"unknown_option.csv", "3:2 (sentence): unknown option 'parole'"},
                      BadCsv{"not_asked.csv", "3:3 (custody_induction): answered, but"},
                      BadCsv{"multi_empty_item.csv", "2:4 (help_areas): empty item"},
                      BadCsv{"multi_repeated.csv", "2:4 (help_areas): option 'drugs' is given twice"},
                      BadCsv{"single_several.csv", "2:2 (sentence): several options"},
                      BadCsv{"text_too_long.csv", "2:5 (comments): text is 2001 characters"},
                      BadCsv{"wrong_cell_count.csv", "2:5: the row has 4 cells"},
                      BadCsv{"unclosed_quote.csv", "2:5: a quoted field is never closed"}),
    [](const ::testing::TestParamInfo<BadCsv>& param) { return fs::path(param.param.file).stem().string(); });

TEST_F(CliTest, EveryProblemInAFileIsListed) {
    const fs::path csv = kBadCsv / "several_problems.csv";
    const auto result = import("offender", csv);
    EXPECT_EQ(result.code, report::cli::kFailure);
    for (const char* where : {":1:6 (bogus): unknown column", ":3:3 (custody_induction): unknown option 'maybe'",
                              ":3:4 (help_areas): empty item", ":4:3 (custody_induction): answered, but",
                              ":5:1 (setting): unknown option 'prison'", ":5:6: the row has 5 cells"}) {
        EXPECT_NE(result.err.find(csv.string() + where), std::string::npos) << where << "\n" << result.err;
    }
    EXPECT_NE(result.err.find("6 problems; nothing was imported"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(db_));
}

}  // namespace
