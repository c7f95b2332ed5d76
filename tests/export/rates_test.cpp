// Response rates that can be signed (issue 11, "Rates that can mislead"): each test reproduces one
// defect seen when the exporter was tried as a new user would, through the real command line.
#include "cli_run.hpp"
#include "test_dir.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/handed_out.hpp"
#include "report/paper_import.hpp"
#include "survey/canonical.hpp"
#include "survey/session.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";

using Result = report::testing::CliResult;
const auto run = report::testing::runCli;

class Rates : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = report::testing::freshTestDir("rates");
        db_ = dir_ / "a.db";
    }
    void TearDown() override { fs::remove_all(dir_); }

    // A paper return file of `rows` victims who all answered yes to the first two questions.
    fs::path victimCsv(const std::string& name, int rows, const std::string& extra_header = "",
                       const std::string& extra_cell = "") {
        const fs::path file = dir_ / name;
        std::ofstream out(file);
        out << "clear_why_contacted,knew_choice" << extra_header << "\n";
        for (int i = 0; i < rows; ++i) out << "yes,yes" << extra_cell << "\n";
        return file;
    }

    Result import(const fs::path& csv, std::vector<std::string> extra = {"--date", "2011-02-10"},
                  const fs::path& db = {}) {
        std::vector<std::string> args{"import", "--db", (db.empty() ? db_ : db).string(), "--questionnaire", "victim",
                                      "--questionnaires", kQuestionnaires.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(csv.string());
        return run(args);
    }

    Result distributed(std::vector<std::string> extra, const fs::path& db = {}) {
        std::vector<std::string> args{"distributed", "--db", (db.empty() ? db_ : db).string(), "--questionnaires",
                                      kQuestionnaires.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    }

    Result report(std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"report", "--questionnaires", kQuestionnaires.string()};
        if (std::find(extra.begin(), extra.end(), "--format") == extra.end()) args.insert(args.end(), {"--format", "json"});
        if (std::find(extra.begin(), extra.end(), "--db") == extra.end()) {
            args.insert(args.end(), {"--db", db_.string()});
        }
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args);
    }

    static nlohmann::json victim(const Result& result) {
        const nlohmann::json parsed = nlohmann::json::parse(result.out);
        for (const auto& q : parsed["questionnaires"]) {
            if (q["id"] == "victim") return q;
        }
        ADD_FAILURE() << "no victim questionnaire in " << result.out;
        return {};
    }

    // The uid the last `distributed` printed ("... (id UID)." or "(id UID, replacing ...)").
    static std::string printedId(const Result& result) {
        const auto at = result.out.find("(id ");
        return result.out.substr(at + 4, 32);
    }

    fs::path dir_;
    fs::path db_;
};

// "report --db a.db --db a.db printed 'Out of 220 questionnaires, 36 ...'": counts once per entry.
TEST_F(Rates, TheSameDatabaseGivenTwiceCountsHandedOutOnce) {
    ASSERT_EQ(import(victimCsv("v.csv", 6)).code, 0);
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "12"}).code, 0);
    const Result once = report();
    const Result twice = report({"--db", db_.string(), "--db", db_.string()});
    ASSERT_EQ(twice.code, 0) << twice.err;
    EXPECT_EQ(victim(twice)["distributed"], 12);
    EXPECT_EQ(victim(twice)["returned"], 6);
    EXPECT_EQ(victim(twice)["response_rate_percent"], 50);
    EXPECT_EQ(victim(twice)["response_rate_percent"], victim(once)["response_rate_percent"]);
}

// A copy of a database (a count made on one kiosk, copied to another) counts once too.
TEST_F(Rates, ACountCopiedIntoAnotherFileCountsOnce) {
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "12"}).code, 0);
    fs::copy_file(db_, dir_ / "b.db");
    ASSERT_EQ(import(victimCsv("v.csv", 3)).code, 0);
    const Result both = report({"--db", db_.string(), "--db", (dir_ / "b.db").string()});
    EXPECT_EQ(victim(both)["distributed"], 12);
}

// "distributed run again to correct a count adds to it": --correct replaces.
TEST_F(Rates, CorrectingACountReplacesIt) {
    ASSERT_EQ(import(victimCsv("v.csv", 6)).code, 0);
    const Result first = distributed({"--questionnaire", "victim", "--count", "120", "--site", "Chester"});
    ASSERT_EQ(first.code, 0) << first.err;
    const Result corrected = distributed({"--correct", printedId(first), "--count", "12"});
    ASSERT_EQ(corrected.code, 0) << corrected.err;
    EXPECT_EQ(victim(report())["distributed"], 12);
    // The correction keeps the site of the entry it replaces, so --site still finds it.
    EXPECT_EQ(victim(report({"--site", "Chester"}))["distributed"], 12);
    const Result list = distributed({"--list"});
    EXPECT_NE(list.out.find("replaced by " + printedId(corrected)), std::string::npos) << list.out;
    // A correction of the correction leaves only the last one counting.
    ASSERT_EQ(distributed({"--correct", printedId(corrected), "--count", "10"}).code, 0);
    EXPECT_EQ(victim(report())["distributed"], 10);
}

TEST_F(Rates, AWithdrawnCountNoLongerCounts) {
    ASSERT_EQ(import(victimCsv("v.csv", 6)).code, 0);
    const Result first = distributed({"--questionnaire", "victim", "--count", "12", "--date", "2011-02-01"});
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "8", "--date", "2011-03-01"}).code, 0);
    EXPECT_EQ(victim(report())["distributed"], 20);
    const Result withdrawn = distributed({"--withdraw", printedId(first)});
    ASSERT_EQ(withdrawn.code, 0) << withdrawn.err;
    EXPECT_EQ(victim(report())["distributed"], 8);
    EXPECT_EQ(distributed({"--withdraw", "0123456789abcdef0123456789abcdef"}).code, report::cli::kFailure);
}

// "distributed run again adds silently": a second live count for the same questionnaire, site and
// days is refused (exit 4, as a file imported already), naming the count it meets and both ways on.
TEST_F(Rates, ASecondCountForTheSameDaysIsRefusedNamingTheFirst) {
    ASSERT_EQ(import(victimCsv("v.csv", 6)).code, 0);
    const Result first =
        distributed({"--questionnaire", "victim", "--count", "120", "--date", "2011-02-10", "--site", "Chester"});
    ASSERT_EQ(first.code, 0) << first.err;
    const Result again =
        distributed({"--questionnaire", "victim", "--count", "12", "--date", "2011-02-10", "--site", "Chester"});
    EXPECT_EQ(again.code, report::cli::kAlreadyImported);
    const std::string listed = distributed({"--list"}).out;
    const std::string line = listed.substr(0, listed.find('\n'));
    EXPECT_NE(again.err.find(line), std::string::npos) << again.err;  // the entry, as --list shows it
    EXPECT_NE(again.err.find("120 handed out at Chester on 2011-02-10"), std::string::npos) << again.err;
    EXPECT_NE(again.err.find("perspective-export distributed --db " + db_.string() + " --correct " + printedId(first) +
                             " --count 12 --date 2011-02-10"),
              std::string::npos)
        << again.err;
    EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
    EXPECT_EQ(victim(report())["distributed"], 120);

    // A period that takes in that day meets it too; another site or other days do not.
    EXPECT_EQ(distributed({"--questionnaire", "victim", "--count", "5", "--site", "Chester", "--from", "2011-02-01",
                           "--to", "2011-02-28"}).code,
              report::cli::kAlreadyImported);
    EXPECT_EQ(distributed({"--questionnaire", "victim", "--count", "7", "--date", "2011-02-10", "--site", "Crewe"}).code, 0);
    EXPECT_EQ(distributed({"--questionnaire", "victim", "--count", "9", "--date", "2011-02-11", "--site", "Chester"}).code, 0);
    EXPECT_EQ(victim(report())["distributed"], 136);

    // The fix it names works, and so does --force for a real second batch (logged as forced).
    ASSERT_EQ(distributed({"--correct", printedId(first), "--count", "12"}).code, 0);
    EXPECT_EQ(victim(report())["distributed"], 28);
    const Result forced = distributed(
        {"--questionnaire", "victim", "--count", "30", "--date", "2011-02-10", "--site", "Chester", "--force"});
    ASSERT_EQ(forced.code, 0) << forced.err;
    EXPECT_EQ(victim(report())["distributed"], 58);
    EXPECT_NE(run({"log", "--db", db_.string()}).out.find("30 handed out on 2011-02-10  [forced]"), std::string::npos);
}

// A withdrawn or replaced count is in nobody's way; a correction is not in its own.
TEST_F(Rates, OnlyALiveCountStandsInTheWayOfANewOne) {
    const Result first = distributed({"--questionnaire", "victim", "--count", "10", "--date", "2011-02-10"});
    ASSERT_EQ(distributed({"--withdraw", printedId(first)}).code, 0);
    const Result second = distributed({"--questionnaire", "victim", "--count", "11", "--date", "2011-02-10"});
    ASSERT_EQ(second.code, 0) << second.err;
    const Result corrected = distributed({"--correct", printedId(second), "--count", "13", "--date", "2011-02-10"});
    ASSERT_EQ(corrected.code, 0) << corrected.err;
    EXPECT_EQ(distributed({"--questionnaire", "victim", "--count", "1", "--date", "2011-02-10"}).code,
              report::cli::kAlreadyImported);
    EXPECT_EQ(distributed({"--questionnaire", "offender", "--count", "1", "--date", "2011-02-10"}).code, 0);
}

// A correction given only --count keeps the date of the count it replaces (before, it moved the
// count to the day the correction was typed, out of a report's --from/--to).
TEST_F(Rates, ACorrectionKeepsTheDateOfTheCountItReplaces) {
    ASSERT_EQ(import(victimCsv("v.csv", 3)).code, 0);
    const Result first = distributed({"--questionnaire", "victim", "--count", "10", "--date", "2011-02-10"});
    const Result corrected = distributed({"--correct", printedId(first), "--count", "12"});
    ASSERT_EQ(corrected.code, 0) << corrected.err;
    EXPECT_NE(corrected.out.find("12 victim questionnaires handed out on 2011-02-10"), std::string::npos)
        << corrected.out;
    EXPECT_EQ(victim(report({"--from", "2011-02-01", "--to", "2011-02-28"}))["distributed"], 12);
}

// With no date, the count is for today, and the confirmation says so and how to give another day.
TEST_F(Rates, ACountWithNoDateSaysItIsForToday) {
    const Result result = distributed({"--questionnaire", "victim", "--count", "12"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_NE(result.out.find("handed out on " + report::cli::today() + " (today's date; --date, or --from and --to, "
                                                                        "give another)"),
              std::string::npos)
        << result.out;
    const Result dated = distributed({"--questionnaire", "victim", "--count", "12", "--date", "2011-02-10"});
    EXPECT_EQ(dated.out.find("today"), std::string::npos) << dated.out;
}

// Withdrawn in one copy of a file means withdrawn: an older copy does not bring it back.
TEST_F(Rates, AWithdrawalInOneFileWinsOverAnOlderCopy) {
    const Result first = distributed({"--questionnaire", "victim", "--count", "12"});
    fs::copy_file(db_, dir_ / "old.db");
    ASSERT_EQ(distributed({"--withdraw", printedId(first)}).code, 0);
    ASSERT_EQ(import(victimCsv("v.csv", 3)).code, 0);
    EXPECT_TRUE(victim(report({"--db", (dir_ / "old.db").string(), "--db", db_.string()}))["distributed"].is_null());
}

// "The same CSV imported twice doubles the returns": refused, naming the import it matches.
TEST_F(Rates, TheSameFileImportedTwiceIsRefusedNamingTheFirstImport) {
    const fs::path csv = victimCsv("v.csv", 5);
    const Result first = import(csv);
    ASSERT_EQ(first.code, 0) << first.err;
    const std::string first_id = survey::ResponseStore::open(db_).imports().at(0).uid;
    const Result again = import(csv);
    EXPECT_EQ(again.code, report::cli::kAlreadyImported);
    EXPECT_NE(again.err.find(first_id), std::string::npos) << again.err;
    EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
    EXPECT_EQ(victim(report())["returned"], 5);
    // On purpose, with --force: a second copy, logged as forced.
    ASSERT_EQ(import(csv, {"--date", "2011-02-10", "--force"}).code, 0);
    EXPECT_EQ(victim(report())["returned"], 10);
    EXPECT_TRUE(survey::ResponseStore::open(db_).imports().at(1).forced);
}

// "The same returns imported twice are recognised only by raw bytes": the file saved again with
// CRLF line ends, a BOM or blank lines at the end is the same returns, refused naming the first.
TEST_F(Rates, TheSameReturnsSavedAgainDifferentlyAreRefusedNamingTheFirstImport) {
    const fs::path csv = victimCsv("v.csv", 5);
    ASSERT_EQ(import(csv).code, 0);
    const std::string first_id = survey::ResponseStore::open(db_).imports().at(0).uid;
    std::ifstream in(csv, std::ios::binary);
    const std::string lf((std::istreambuf_iterator<char>(in)), {});
    std::string crlf;
    for (const char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const std::pair<const char*, std::string> variants[] = {
        {"v_crlf.csv", crlf}, {"v_bom.csv", "\xEF\xBB\xBF" + lf}, {"v_blank.csv", lf + "\n\n"},
        {"v_quoted.csv", "\"clear_why_contacted\",knew_choice\n" + lf.substr(lf.find('\n') + 1)}};
    for (const auto& [name, text] : variants) {
        std::ofstream(dir_ / name, std::ios::binary) << text;
        const Result again = import(dir_ / name);
        EXPECT_EQ(again.code, report::cli::kAlreadyImported) << name << ": " << again.out;
        EXPECT_NE(again.err.find("the same returns were imported already (import " + first_id + ", v.csv, 5 rows"),
                  std::string::npos)
            << again.err;
        EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
    }
    EXPECT_EQ(victim(report())["returned"], 5);
    // Other returns are not: a changed cell, or the rows in another order.
    std::ofstream(dir_ / "other.csv") << "clear_why_contacted,knew_choice\nyes,no\nyes,yes\n";
    std::ofstream(dir_ / "reordered.csv") << "clear_why_contacted,knew_choice\nyes,yes\nyes,no\n";
    EXPECT_EQ(import(dir_ / "other.csv").code, 0);
    EXPECT_EQ(import(dir_ / "reordered.csv").code, 0);
}

// A file imported before content_hash named the returns as read (it held the hash of the raw bytes)
// is still refused when imported again.
TEST_F(Rates, AFileImportedUnderTheOldBytesHashIsStillRefused) {
    const fs::path csv = dir_ / "old.csv";
    const std::string crlf = "clear_why_contacted,knew_choice\r\nyes,yes\r\nno,yes\r\n";
    std::ofstream(csv, std::ios::binary) << crlf;
    const survey::Questionnaire victim_q = report::cli::findQuestionnaire(kQuestionnaires, "victim");
    survey::ImportRecord old;
    old.questionnaire_id = "victim";
    old.source = "old.csv";
    old.content_hash = survey::canonical::toHex(survey::canonical::checksum(crlf));  // as written before
    ASSERT_NE(old.content_hash, report::paperReturnsContentHash(crlf));
    survey::ResponseStore::open(db_).importPaper(
        old, report::parsePaperReturns(crlf, "old.csv", victim_q, {"", "2011-02-10"}));
    const Result again = import(csv);
    EXPECT_EQ(again.code, report::cli::kAlreadyImported) << again.out;
    EXPECT_NE(again.err.find("old.csv, 2 rows"), std::string::npos) << again.err;
    EXPECT_EQ(victim(report())["returned"], 2);
}

// A file in the canonical form hashes as its bytes did before, so its rows keep their uids, and the
// same returns in two databases count once whatever line ends each copy had.
TEST_F(Rates, TheSameReturnsInTwoDatabasesCountOnceWhateverTheLineEnds) {
    const std::string lf = "clear_why_contacted,knew_choice\nyes,yes\nno,yes\n";
    EXPECT_EQ(report::paperReturnsContentHash(lf), survey::canonical::toHex(survey::canonical::checksum(lf)));
    // A line break inside a comment is one too, whichever it was saved as.
    EXPECT_EQ(report::paperReturnsContentHash("comments\r\n\"one\r\ntwo\"\r\n"),
              report::paperReturnsContentHash("comments\n\"one\ntwo\"\n"));
    EXPECT_NE(report::paperReturnsContentHash("comments\n\"one\ntwo\"\n"),
              report::paperReturnsContentHash("comments\n\"one two\"\n"));
    std::ofstream(dir_ / "v.csv", std::ios::binary) << lf;
    std::ofstream(dir_ / "v_crlf.csv", std::ios::binary) << "clear_why_contacted,knew_choice\r\nyes,yes\r\nno,yes";
    ASSERT_EQ(import(dir_ / "v.csv").code, 0);
    ASSERT_EQ(import(dir_ / "v_crlf.csv", {"--date", "2011-02-10"}, dir_ / "b.db").code, 0);
    EXPECT_EQ(victim(report({"--db", db_.string(), "--db", (dir_ / "b.db").string()}))["returned"], 2);
}

// The same file imported into two kiosks' databases counts once in a report over both.
TEST_F(Rates, TheSameFileInTwoDatabasesCountsOnce) {
    const fs::path csv = victimCsv("v.csv", 5);
    ASSERT_EQ(import(csv).code, 0);
    ASSERT_EQ(import(csv, {"--date", "2011-02-10"}, dir_ / "b.db").code, 0);
    EXPECT_EQ(victim(report({"--db", db_.string(), "--db", (dir_ / "b.db").string()}))["returned"], 5);
}

// Issue 12 item 3: two imports of one file running at once; only one commits.
TEST_F(Rates, OfParallelImportsOfOneFileOnlyOneLands) {
    const fs::path csv = victimCsv("v.csv", 7);
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "70"}).code, 0);  // the file exists first
    constexpr int kImporters = 4;
    std::vector<pid_t> children;
    for (int i = 0; i < kImporters; ++i) {
        const pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            const Result result = import(csv);
            std::ofstream(dir_ / ("importer-" + std::to_string(i) + ".err")) << result.err;
            _exit(result.code);
        }
        children.push_back(pid);
    }
    int succeeded = 0;
    int refused = 0;
    for (const pid_t pid : children) {
        int status = 0;
        waitpid(pid, &status, 0);
        ASSERT_TRUE(WIFEXITED(status));
        if (WEXITSTATUS(status) == 0) ++succeeded;
        if (WEXITSTATUS(status) == report::cli::kAlreadyImported) ++refused;
    }
    EXPECT_EQ(succeeded, 1);
    EXPECT_EQ(refused, kImporters - 1) << [&] {
        std::string errors;
        for (int i = 0; i < kImporters; ++i) {
            std::ifstream in(dir_ / ("importer-" + std::to_string(i) + ".err"));
            errors += std::string(std::istreambuf_iterator<char>(in), {});
        }
        return errors;
    }();
    EXPECT_EQ(victim(report())["returned"], 7);
}

// "More returned than handed out (200%) passes without a word."
TEST_F(Rates, MoreReturnedThanHandedOutWarnsAndGivesNoRate) {
    ASSERT_EQ(import(victimCsv("v.csv", 10)).code, 0);
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "5"}).code, 0);
    const Result result = report();
    ASSERT_EQ(result.code, 0);
    EXPECT_TRUE(victim(result)["response_rate_percent"].is_null());
    ASSERT_EQ(victim(result)["warnings"].size(), 1U);
    EXPECT_NE(victim(result)["warnings"][0].get<std::string>().find("More questionnaires were returned (10)"),
              std::string::npos);
    EXPECT_NE(result.err.find("warning: victim: More questionnaires were returned"), std::string::npos);
    const Result markdown = report({"--format", "md"});
    EXPECT_NE(markdown.out.find("than were recorded as handed out"), std::string::npos) << markdown.out;
    EXPECT_EQ(markdown.out.find("200%"), std::string::npos);
}

// "--from/--to cut handed-out counts on their own dates ('February alone: none were returned')":
// a count over a period is in when the period overlaps the dates, with a warning when it is cut.
TEST_F(Rates, APeriodCutByTheReportDatesIsCountedAndWarned) {
    ASSERT_EQ(import(victimCsv("v.csv", 4)).code, 0);  // returned 2011-02-10
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "30", "--from", "2011-01-15", "--to",
                           "2011-02-15"}).code, 0);
    const Result february = report({"--from", "2011-02-01", "--to", "2011-02-28"});
    EXPECT_EQ(victim(february)["distributed"], 30);
    EXPECT_EQ(victim(february)["returned"], 4);
    ASSERT_EQ(victim(february)["warnings"].size(), 1U);
    EXPECT_NE(victim(february)["warnings"][0].get<std::string>().find("runs past the report"), std::string::npos);
    EXPECT_NE(february.err.find("runs past the report"), std::string::npos);
    // Inside the period entirely: counted, no warning.
    const Result whole = report({"--from", "2011-01-01", "--to", "2011-03-31"});
    EXPECT_EQ(victim(whole)["distributed"], 30);
    EXPECT_TRUE(victim(whole)["warnings"].empty());
    // Wholly outside: not counted (and, with no return either, nothing to report).
    EXPECT_EQ(report({"--from", "2011-03-01"}).code, report::cli::kNothingToReport);
    EXPECT_TRUE(victim(report({"--from", "2011-03-01", "--questionnaire", "victim"}))["distributed"].is_null());
}

// "Imports default to today's date, so historic paper returns are misdated."
TEST_F(Rates, AnImportWithNoDateIsRefused) {
    const Result result = import(victimCsv("v.csv", 3), {});
    EXPECT_EQ(result.code, report::cli::kFailure);
    EXPECT_NE(result.err.find("no date for these returns"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(db_));
}

TEST_F(Rates, ADateColumnDatesEachReturn) {
    const fs::path csv = dir_ / "dated.csv";
    std::ofstream(csv) << "date,clear_why_contacted\n2011-01-05,yes\n2011-02-07,no\n";
    const Result result = import(csv, {});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(victim(report({"--to", "2011-01-31"}))["returned"], 1);
    EXPECT_EQ(victim(report({"--from", "2011-02-01"}))["returned"], 1);
    std::ofstream(dir_ / "bad.csv") << "date,clear_why_contacted\n2011-02-30,yes\n";
    const Result bad = import(dir_ / "bad.csv", {});
    EXPECT_EQ(bad.code, report::cli::kFailure);
    EXPECT_NE(bad.err.find("bad.csv:2:1 (date): no such date: 2011-02-30"), std::string::npos) << bad.err;
}

// "In-progress responses are mentioned nowhere."
TEST_F(Rates, AbandonedAndInProgressAreStated) {
    {
        survey::ResponseStore store = survey::ResponseStore::open(db_);
        survey::ResponseInfo info;
        info.questionnaire_id = "victim";
        info.date = "2011-02-10";
        store.begin(info);
        store.abandon(store.begin(info));
        store.abandon(store.begin(info));
    }
    ASSERT_EQ(import(victimCsv("v.csv", 3)).code, 0);
    const Result result = report();
    EXPECT_EQ(victim(result)["in_progress"], 1);
    EXPECT_EQ(victim(result)["abandoned"], 2);
    EXPECT_EQ(victim(result)["unfinished"],
              "Two questionnaires were started but not finished, and one is still in progress; none of them is in "
              "these figures.");
    const Result welsh = report({"--lang", "cy", "--format", "md"});
    EXPECT_NE(welsh.out.find("Cafodd dau holiadur eu dechrau ond heb eu gorffen, ac mae un holiadur ar y gweill"),
              std::string::npos)
        << welsh.out;
}

TEST_F(Rates, TheRateIsStatedInTheOpeningLine) {
    ASSERT_EQ(import(victimCsv("v.csv", 6)).code, 0);
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "24"}).code, 0);
    EXPECT_EQ(victim(report())["opening"],
              "Out of 24 questionnaires handed out, six were completed and returned (a response rate of 25%).");
}

// "75%" of four handed out: below --min-base no format prints a rate, each says why, and
// --min-base 1 brings it back.
TEST_F(Rates, NoRateWhereFewerThanTheMinimumBaseWereHandedOut) {
    ASSERT_EQ(import(victimCsv("v.csv", 3)).code, 0);
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "4"}).code, 0);
    const nlohmann::json json = victim(report());
    EXPECT_TRUE(json["response_rate_percent"].is_null());
    EXPECT_EQ(json["response_rate_withheld"], true);
    EXPECT_EQ(json["distributed"], 4);
    EXPECT_EQ(json["opening"], "Out of four questionnaires handed out, three were completed and returned.");
    const Result md = report({"--format", "md"});
    EXPECT_EQ(md.out.find('%'), std::string::npos) << md.out;
    EXPECT_NE(md.out.find("nor response rates where fewer than 10 questionnaires were handed out."),
              std::string::npos)
        << md.out;
    const Result csv = report({"--format", "csv"});
    EXPECT_NE(csv.out.find("No response rate is shown: fewer than 10 questionnaires were handed out."),
              std::string::npos)
        << csv.out;
    const nlohmann::json shown = victim(report({"--min-base", "1"}));
    EXPECT_EQ(shown["response_rate_percent"], 75);
    EXPECT_EQ(shown["response_rate_withheld"], false);
}

// "An empty result prints only a heading and exits 0": the words say so, and the exit code is 3.
TEST_F(Rates, AnEmptySelectionSaysSoAndExitsThree) {
    ASSERT_EQ(import(victimCsv("v.csv", 3)).code, 0);
    for (const std::vector<std::string>& selection :
         {std::vector<std::string>{"--site", "Chster"}, {"--from", "2012-01-01"}, {"--questionnaire", "offender"}}) {
        std::vector<std::string> args = selection;
        args.insert(args.end(), {"--format", "md"});
        const Result result = report(args);
        EXPECT_EQ(result.code, report::cli::kNothingToReport) << selection[0];
        EXPECT_NE(result.out.find("Nothing to report"), std::string::npos) << result.out;
        EXPECT_NE(result.err.find("nothing to report"), std::string::npos) << result.err;
        // What the file does hold, so the mistyped site or the dates show at once.
        EXPECT_NE(result.err.find("\n  a.db holds 3 responses: victim; site (none); dated 2011-02-10 to 2011-02-10"),
                  std::string::npos)
            << result.err;
    }
    survey::ResponseStore::open(dir_ / "empty.db");
    const Result empty = report({"--db", (dir_ / "empty.db").string()});
    EXPECT_EQ(empty.code, report::cli::kNothingToReport);
    EXPECT_NE(empty.err.find("\n  empty.db holds no responses"), std::string::npos) << empty.err;
}

TEST_F(Rates, AnEmptySelectionNamesFiveSitesOfManyAndTheHandedOutCounts) {
    for (int i = 1; i <= 7; ++i) {
        ASSERT_EQ(import(victimCsv("v" + std::to_string(i) + ".csv", i),
                         {"--date", "2011-02-1" + std::to_string(i), "--site", "Site " + std::to_string(i)})
                      .code,
                  0);
    }
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "40", "--site", "Site 1"}).code, 0);
    const Result result = report({"--site", "Site 8"});
    EXPECT_EQ(result.code, report::cli::kNothingToReport);
    EXPECT_NE(result.err.find("a.db holds 28 responses: victim; sites Site 1, Site 2, Site 3, Site 4, Site 5 and 2 "
                              "more; dated 2011-02-11 to 2011-02-17, and 1 handed-out count"),
              std::string::npos)
        << result.err;
}

// A questionnaire handed out with none returned is not empty: it has a rate (0%).
TEST_F(Rates, HandedOutWithNoneReturnedIsNotEmpty) {
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "20"}).code, 0);
    const Result result = report();
    EXPECT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(victim(result)["response_rate_percent"], 0);
}

// "Every import and count is listed by `log` and can be withdrawn as one unit."
// The log gave one date, the day an entry was recorded, which read as the returns' own date
// ("2026-12-01 victim 3 responses" for returns of 2011): it now gives both.
TEST_F(Rates, TheLogGivesTheDayRecordedAndTheDaysAnEntryCovers) {
    const std::string today = survey::isoDate(std::chrono::system_clock::now());
    ASSERT_EQ(import(victimCsv("first.csv", 4)).code, 0);  // dated 2011-02-10
    const fs::path dated = dir_ / "dated.csv";
    std::ofstream(dated) << "clear_why_contacted,date\nyes,2011-03-01\nno,2011-03-09\n";
    ASSERT_EQ(import(dated, {}).code, 0);
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "30", "--from", "2011-02-01", "--to", "2011-02-28"})
                  .code,
              0);
    ASSERT_EQ(distributed({"--questionnaire", "victim", "--count", "5", "--date", "2011-04-01"}).code, 0);
    const std::string log = run({"log", "--db", db_.string()}).out;
    for (const std::string& line : {"  recorded " + today + "  victim  4 responses from first.csv, dated 2011-02-10\n",
                                    "  recorded " + today + "  victim  2 responses from dated.csv, dated 2011-03-01 to 2011-03-09\n",
                                    "  recorded " + today + "  victim  30 handed out over 2011-02-01 to 2011-02-28\n",
                                    "  recorded " + today + "  victim  5 handed out on 2011-04-01\n"}) {
        EXPECT_NE(log.find(line), std::string::npos) << line << "in:\n" << log;
    }
}

TEST_F(Rates, TheLogListsEveryImportAndWithdrawsOneAsAUnit) {
    ASSERT_EQ(import(victimCsv("first.csv", 4)).code, 0);
    ASSERT_EQ(import(victimCsv("second.csv", 6)).code, 0);
    const Result count = distributed({"--questionnaire", "victim", "--count", "30"});
    const Result log = run({"log", "--db", db_.string()});
    ASSERT_EQ(log.code, 0) << log.err;
    EXPECT_NE(log.out.find("4 responses from first.csv"), std::string::npos) << log.out;
    EXPECT_NE(log.out.find("6 responses from second.csv"), std::string::npos) << log.out;
    EXPECT_NE(log.out.find(printedId(count) + "  "), std::string::npos) << log.out;
    EXPECT_EQ(victim(report())["returned"], 10);

    const std::string second = survey::ResponseStore::open(db_).imports().at(1).uid;
    const Result withdrawn = run({"log", "--db", db_.string(), "--withdraw", second.substr(0, 8)});
    ASSERT_EQ(withdrawn.code, 0) << withdrawn.err;
    EXPECT_EQ(victim(report())["returned"], 4);
    EXPECT_NE(run({"log", "--db", db_.string()}).out.find("second.csv  [withdrawn]"), std::string::npos);
    // Withdrawn, the file may be imported again (say, corrected), without --force.
    EXPECT_EQ(import(dir_ / "second.csv").code, 0);
    EXPECT_EQ(victim(report())["returned"], 10);
    // The count is an entry of the log too, withdrawn by the same id.
    ASSERT_EQ(run({"log", "--db", db_.string(), "--withdraw", printedId(count)}).code, 0);
    EXPECT_TRUE(victim(report())["distributed"].is_null());
}

TEST_F(Rates, OutputIsNeverOverwrittenWithoutForce) {
    ASSERT_EQ(import(victimCsv("v.csv", 3)).code, 0);
    const fs::path kept = dir_ / "kept.csv";
    std::ofstream(kept) << "precious\n";
    const Result refused = report({"--format", "csv", "-o", kept.string()});
    EXPECT_EQ(refused.code, report::cli::kUsage);
    EXPECT_NE(refused.err.find("--force"), std::string::npos);
    std::ifstream in(kept);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "precious");
    EXPECT_EQ(report({"--format", "csv", "-o", kept.string(), "--force"}).code, 0);
    EXPECT_GT(fs::file_size(kept), 20U);
}

// The ledger's rules, without files.
TEST(HandedOutLedger, ResolvesCopiesCorrectionsAndWithdrawals) {
    survey::Distribution a{"victim", "", 10, "2011-01-01"};
    a.uid = "a";
    survey::Distribution b = a;
    b.uid = "b";
    b.count = 12;
    b.replaces = "a";
    survey::Distribution c{"victim", "", 5, "2011-01-02"};
    c.uid = "c";
    survey::Distribution c_withdrawn = c;
    c_withdrawn.withdrawn = true;
    const auto entries = report::resolveHandedOut({a, b, c, a, c_withdrawn});
    ASSERT_EQ(entries.size(), 3U);
    EXPECT_EQ(entries[0].state, report::HandedOutEntry::State::Replaced);
    EXPECT_EQ(entries[1].state, report::HandedOutEntry::State::Live);
    EXPECT_EQ(entries[2].state, report::HandedOutEntry::State::Withdrawn);
    EXPECT_EQ(report::handedOutTotals(entries, std::nullopt, std::nullopt, std::nullopt).at("victim").count, 12);
}

}  // namespace
