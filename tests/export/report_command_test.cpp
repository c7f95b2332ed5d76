// `perspective-export report` run in-process on the Cheshire 2011 offender returns: formats,
// groups, Welsh, usage errors, and the HTML page rendered by headless Chromium.
#include "cli_run.hpp"
#include "test_dir.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace {

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kOffenderCsv = fs::path(PERSPECTIVE_SHARED_DIR) / "fixtures" / "cheshire-2011" / "offender.csv";

using Outcome = report::testing::CliResult;
const auto perspectiveExport = report::testing::runCli;

class ReportCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (!fs::exists(kOffenderCsv)) GTEST_SKIP() << "no Cheshire fixture at " << kOffenderCsv;
        dir_ = report::testing::freshTestDir("report");
        db_ = dir_ / "returns.db";
        const auto imported = perspectiveExport({"import", "--db", db_.string(), "--questionnaire", "offender",
                                                 "--questionnaires", kQuestionnaires.string(), "--date", "2011-03-01",
                                                 kOffenderCsv.string()});
        ASSERT_EQ(imported.code, 0) << imported.err;
    }
    void TearDown() override {
        if (!dir_.empty()) fs::remove_all(dir_);
    }

    Outcome report(std::vector<std::string> extra) {
        std::vector<std::string> args = {"report", "--db", db_.string(), "--questionnaires", kQuestionnaires.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return perspectiveExport(args);
    }

    fs::path dir_;
    fs::path db_;
};

const nlohmann::json& questionOf(const nlohmann::json& questionnaire, const std::string& id) {
    for (const auto& q : questionnaire.at("questions")) {
        if (q.at("id") == id) return q;
    }
    throw std::runtime_error("no question " + id);
}

TEST_F(ReportCommandTest, JsonHasTheReturnedFiguresAndHouseStyleSentences) {
    const auto result = report({"--format", "json"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    const auto& offender = json.at("questionnaires").at(0);
    EXPECT_EQ(offender.at("id"), "offender");
    EXPECT_EQ(offender.at("returned"), 68);
    EXPECT_EQ(offender.at("opening"), "Sixty-eight offenders completed a questionnaire.");
    const auto& rules = questionOf(offender, "rules_explained");
    EXPECT_EQ(rules.at("base"), 60);
    EXPECT_EQ(rules.at("asked"), 60);
    EXPECT_EQ(rules.at("sentence").get<std::string>().rfind("All but two of the 60 offenders", 0), 0U);
}

TEST_F(ReportCommandTest, ByRepeatsEveryFigurePerGroup) {
    const auto result = report({"--format", "json", "--by", "setting"});
    ASSERT_EQ(result.code, 0) << result.err;
    const auto groups = nlohmann::json::parse(result.out).at("questionnaires").at(0).at("groups");
    EXPECT_EQ(groups.at("community").at("returned"), 60);
    EXPECT_EQ(groups.at("custody").at("returned"), 8);
    EXPECT_FALSE(groups.contains("not_answered"));
}

// Within a group, the question the groups are made by says nothing ("All 60 offenders in the
// community were in the community"), and the body keeps to the headline findings as the section does.
TEST_F(ReportCommandTest, AGroupLeavesOutTheQuestionItIsMadeBy) {
    const auto json = report({"--format", "json", "--by", "setting"});
    ASSERT_EQ(json.code, 0) << json.err;
    const nlohmann::json parsed = nlohmann::json::parse(json.out);
    const auto& offender = parsed.at("questionnaires").at(0);
    const auto& community = offender.at("groups").at("community").at("questions");
    ASSERT_FALSE(community.empty());
    for (const auto& question : community) EXPECT_NE(question.at("id"), "setting");
    // The same headlines as the section (rules_explained is one), none elsewhere.
    for (const auto& question : community) {
        const auto& whole = questionOf(offender, question.at("id").get<std::string>());
        if (question.at("base").get<int>() > 0) {
            EXPECT_EQ(question.at("headline"), whole.at("headline")) << question.at("id");
        }
    }
    EXPECT_TRUE(questionOf(offender, "rules_explained").at("headline").get<bool>());

    const auto md = report({"--format", "md", "--by", "setting"});
    ASSERT_EQ(md.code, 0) << md.err;
    const std::string group = md.out.substr(md.out.find("#### In the community"));
    const std::string body = group.substr(0, group.find("\n####"));
    EXPECT_EQ(body.find("were in prison"), std::string::npos) << body;
    EXPECT_EQ(body.find("were on a community order"), std::string::npos) << body;  // not a headline
    EXPECT_NE(body.find("rules of their supervision"), std::string::npos) << body;
}

TEST_F(ReportCommandTest, WelshMarkdown) {
    const auto result = report({"--format", "md", "--lang", "cy"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(result.out.rfind("## Safbwynt defnyddwyr gwasanaeth", 0), 0U);
    EXPECT_NE(result.out.find("Cwblhaodd 68 o droseddwyr holiadur."), std::string::npos);
}

TEST_F(ReportCommandTest, WritesToTheOutputFile) {
    const fs::path csv = dir_ / "report.csv";
    const auto result = report({"--format", "csv", "-o", csv.string()});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_TRUE(result.out.empty());
    std::ifstream in(csv);
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header, "questionnaire,group,question_id,question_text,option_id,label,count,percent,base,in_base\r");
}

std::string firstBytes(const fs::path& file, std::size_t n) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes(n, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(n));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// "-o r.html" printed "--format is required": the name says the format.
TEST_F(ReportCommandTest, TheOutputFileNameSaysTheFormat) {
    const struct {
        const char* name;
        const char* starts;
    } rows[] = {{"r.html", "<!DOCTYPE html>"}, {"r.HTM", "<!DOCTYPE html>"}, {"r.md", "## "},
                {"r.json", "{"},              {"r.csv", "questionnaire,"},  {"r.Xlsx", "PK"}};
    for (const auto& row : rows) {
        const fs::path file = dir_ / row.name;
        const auto result = report({"-o", file.string()});
        ASSERT_EQ(result.code, 0) << row.name << ": " << result.err;
        const std::string starts = row.starts;
        EXPECT_EQ(firstBytes(file, starts.size()), starts) << row.name;
    }
    // Any other name with --format, as before.
    const fs::path text = dir_ / "report.txt";
    ASSERT_EQ(report({"--format", "md", "-o", text.string()}).code, 0);
    EXPECT_EQ(firstBytes(text, 3), "## ");
}

TEST_F(ReportCommandTest, AFormatTheFileNameContradictsIsRefused) {
    const fs::path file = dir_ / "report.html";
    const auto result = report({"--format", "md", "-o", file.string()});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("ends in .html but --format is md"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(file));
}

TEST_F(ReportCommandTest, WithoutAFormatOrANameThatSaysOneItAsksForIt) {
    const auto screen = report({});
    EXPECT_EQ(screen.code, 2);
    EXPECT_NE(screen.err.find("--format is required when the report goes to the screen"), std::string::npos)
        << screen.err;
    const auto text = report({"-o", (dir_ / "report.txt").string()});
    EXPECT_EQ(text.code, 2);
    EXPECT_NE(text.err.find("does not end in .md, .html, .json, .csv or .xlsx"), std::string::npos) << text.err;
    EXPECT_FALSE(fs::exists(dir_ / "report.txt"));
}

// "-o FOLDER" said "exists already; add --force to replace it", and --force could not.
TEST_F(ReportCommandTest, AFolderIsNoOutputFileEvenWithForce) {
    for (const bool force : {false, true}) {
        std::vector<std::string> args{"--format", "md", "-o", dir_.string()};
        if (force) args.push_back("--force");
        const auto result = report(args);
        EXPECT_EQ(result.code, 2);
        EXPECT_NE(result.err.find("is a folder: give a file name in it, such as " + (dir_ / "report.html").string()),
                  std::string::npos)
            << result.err;
    }
    EXPECT_TRUE(fs::exists(db_)) << "nothing in it touched";
}

TEST_F(ReportCommandTest, XlsxNeedsAnOutputFile) {
    const auto result = report({"--format", "xlsx"});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("-o FILE"), std::string::npos);
}

TEST_F(ReportCommandTest, UnknownByQuestionIsAUsageError) {
    const auto result = report({"--format", "json", "--by", "shoe_size"});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("shoe_size"), std::string::npos);
}

TEST_F(ReportCommandTest, UnknownQuestionnaireIsAUsageError) {
    const auto result = report({"--format", "json", "--questionnaire", "juror"});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("juror"), std::string::npos);
}

TEST_F(ReportCommandTest, UnknownFormatIsAUsageError) {
    EXPECT_NE(report({"--format", "pdf"}).code, 0);
}

TEST_F(ReportCommandTest, MissingDatabaseNamesIt) {
    const auto result = report({"--format", "json", "--db", (dir_ / "absent.db").string()});
    EXPECT_EQ(result.code, 1);
    EXPECT_NE(result.err.find("absent.db"), std::string::npos);
}

TEST_F(ReportCommandTest, FromAfterToIsAUsageError) {
    EXPECT_EQ(report({"--format", "json", "--from", "2011-05-01", "--to", "2011-01-01"}).code, 2);
}

TEST_F(ReportCommandTest, DatesOutsideTheReturnsLeaveNoneReturned) {
    const auto result = report({"--format", "json", "--questionnaire", "offender", "--from", "2012-01-01"});
    ASSERT_EQ(result.code, report::cli::kNothingToReport) << result.err;  // still written, with the figures at 0
    EXPECT_EQ(nlohmann::json::parse(result.out).at("questionnaires").at(0).at("returned"), 0);
}

// Renders the HTML report with headless Chromium to PNG and PDF (kept in the build tree as
// report-render/ so a person can look at them).
TEST_F(ReportCommandTest, HtmlRendersInHeadlessChromium) {
    if (std::system("command -v chromium >/dev/null 2>&1") != 0) GTEST_SKIP() << "chromium is not installed";
    const fs::path out = fs::path(PERSPECTIVE_BIN_DIR) / "report-render";
    fs::create_directories(out);
    for (const std::string lang : {"en", "cy"}) {
        const fs::path html = out / ("report-" + lang + ".html");
        const auto result =
            report({"--format", "html", "--lang", lang, "--by", "setting", "-o", html.string(), "--force"});
        ASSERT_EQ(result.code, 0) << result.err;
        const fs::path png = out / ("report-" + lang + ".png");
        const fs::path pdf = out / ("report-" + lang + ".pdf");
        fs::remove(png);
        fs::remove(pdf);
        const std::string chromium =
            "chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
            "--disable-sync --no-first-run --user-data-dir=" + (dir_ / "chromium-profile").string();
        ASSERT_EQ(std::system((chromium + " --screenshot=" + png.string() + " --window-size=1200,2000 file://" +
                               html.string() + " >/dev/null 2>&1").c_str()), 0);
        ASSERT_EQ(std::system((chromium + " --print-to-pdf=" + pdf.string() + " file://" + html.string() +
                               " >/dev/null 2>&1").c_str()), 0);
        ASSERT_TRUE(fs::exists(png));
        EXPECT_GT(fs::file_size(png), 10000U);
        std::ifstream in(pdf, std::ios::binary);
        char magic[4] = {};
        in.read(magic, 4);
        EXPECT_EQ(std::string(magic, 4), "%PDF");
    }
}

// Issue 11: the Cheshire section (all three questionnaires) prints on at most eight A4 pages. Before,
// it took 29 US Letter pages, half of each empty. Counts the pages of the PDF Chromium prints.
TEST_F(ReportCommandTest, CheshirePrintsOnAtMostEightA4Pages) {
    if (std::system("command -v chromium >/dev/null 2>&1") != 0) GTEST_SKIP() << "chromium is not installed";
    for (const char* questionnaire : {"victim", "sentencer"}) {
        const fs::path csv = kOffenderCsv.parent_path() / (std::string(questionnaire) + ".csv");
        const auto imported = perspectiveExport({"import", "--db", db_.string(), "--questionnaire", questionnaire,
                                                 "--questionnaires", kQuestionnaires.string(), "--date", "2011-03-01",
                                                 csv.string()});
        ASSERT_EQ(imported.code, 0) << imported.err;
    }
    const fs::path html = dir_ / "cheshire.html";
    const fs::path pdf = dir_ / "cheshire.pdf";
    ASSERT_EQ(report({"--format", "html", "-o", html.string()}).code, 0);
    const std::string chromium = "chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
                                 "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                                 (dir_ / "chromium-profile").string();
    ASSERT_EQ(std::system((chromium + " --print-to-pdf=" + pdf.string() + " file://" + html.string() +
                           " >/dev/null 2>&1").c_str()), 0);
    std::ifstream in(pdf, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    int pages = 0;
    for (auto at = bytes.find("/Type /Page"); at != std::string::npos; at = bytes.find("/Type /Page", at + 1)) {
        if (bytes.compare(at, 12, "/Type /Pages") != 0) ++pages;
    }
    EXPECT_GE(pages, 3);  // the three sections and their tables: a PDF of one page would mean nothing printed
    EXPECT_LE(pages, 8);
    int a4 = 0;  // 210 x 297 mm is 595 x 842 points
    for (auto at = bytes.find("/MediaBox [0 0 594.9"); at != std::string::npos; at = bytes.find("/MediaBox [0 0 594.9", at + 1)) {
        if (bytes.compare(at + 20, 8, "5996 841") == 0) ++a4;
    }
    EXPECT_EQ(a4, pages) << "every page is A4";
}

}  // namespace
