// The report's parts come in the inspection reports' order, Offenders, Victims, Courts (not id
// order), in every format and in the appendix, in English and Welsh: the Cheshire 2011 returns
// through the command line, one row a format and language.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.hpp"
#include "zip_entry.hpp"
#include "report/audience_headings.hpp"

namespace report {
namespace {

namespace fs = std::filesystem;

const fs::path kCheshire = fs::path(PERSPECTIVE_SHARED_DIR) / "fixtures" / "cheshire-2011";
const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";

// How one format marks each audience, in the reports' order (offender, victim, sentencer).
struct Row {
    const char* format;
    const char* language;
    std::array<const char*, 3> markers;
    int times;  // how often the whole order appears: body and appendix, summary and figures
};

void PrintTo(const Row& row, std::ostream* out) { *out << row.format << " " << row.language; }

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every sheet's first column, as text, sheet after sheet: shared strings resolved.
std::string xlsxFirstColumns(const fs::path& file) {
    std::vector<std::string> strings;
    const std::string shared = testing::zipEntry(file, "xl/sharedStrings.xml");
    const std::regex text_pattern("<t[^>]*>([^<]*)</t>");
    for (auto it = std::sregex_iterator(shared.begin(), shared.end(), text_pattern); it != std::sregex_iterator(); ++it) {
        strings.push_back((*it)[1]);
    }
    std::string column;
    const std::regex cell_pattern("<c r=\"A[0-9]+\"[^>]*t=\"s\"[^>]*><v>([0-9]+)</v>");
    for (int sheet = 1; sheet <= 4; ++sheet) {
        const std::string xml = testing::zipEntry(file, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
        for (auto it = std::sregex_iterator(xml.begin(), xml.end(), cell_pattern); it != std::sregex_iterator(); ++it) {
            const std::size_t at = std::stoul((*it)[1]);
            if (at < strings.size()) column += "\n" + strings[at] + "\n";
        }
    }
    return column;
}

// The audiences in the order their markers appear, each run of one audience counted once.
std::vector<int> orderIn(const std::string& text, const std::array<const char*, 3>& markers) {
    std::vector<std::pair<std::size_t, int>> found;
    for (int audience = 0; audience < 3; ++audience) {
        const std::string marker = markers[static_cast<std::size_t>(audience)];
        for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
            found.emplace_back(at, audience);
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<int> order;
    for (const auto& [at, audience] : found) {
        if (order.empty() || order.back() != audience) order.push_back(audience);
    }
    return order;
}

class AudienceOrder : public ::testing::TestWithParam<Row> {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::temp_directory_path() / ("perspective-audience-order-" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        for (const char* id : {"offender", "victim", "sentencer"}) {
            const auto result = testing::runCli({"import", "--db", (dir_ / "returns.db").string(), "--questionnaire", id,
                                                 "--questionnaires", kQuestionnaires.string(), "--date", "2011-03-01",
                                                 (kCheshire / (std::string(id) + ".csv")).string()});
            ASSERT_EQ(result.code, 0) << result.err;
        }
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }

    static fs::path dir_;
};

fs::path AudienceOrder::dir_;

TEST_P(AudienceOrder, OffendersThenVictimsThenCourts) {
    const Row& row = GetParam();
    const fs::path output = dir_ / (std::string("report-") + row.language + "." + row.format);
    fs::remove(output);
    const auto result = testing::runCli({"report", "--db", (dir_ / "returns.db").string(), "--questionnaires",
                                         kQuestionnaires.string(), "--format", row.format, "--lang", row.language,
                                         "-o", output.string()});
    ASSERT_EQ(result.code, 0) << result.err;
    const std::string text = std::string(row.format) == "xlsx" ? xlsxFirstColumns(output) : readFile(output);
    std::vector<int> expected;
    for (int time = 0; time < row.times; ++time) expected.insert(expected.end(), {0, 1, 2});
    EXPECT_EQ(orderIn(text, row.markers), expected);
}

INSTANTIATE_TEST_SUITE_P(
    EveryFormat, AudienceOrder,
    ::testing::Values(
        // Body, then the appendix's tables under the same headings.
        Row{"md", "en", {"# Offenders\n", "# Victims\n", "# Courts\n"}, 2},
        Row{"md", "cy", {"# Troseddwyr\n", "# Dioddefwyr\n", "# Llysoedd\n"}, 2},
        Row{"html", "en", {">Offenders</h", ">Victims</h", ">Courts</h"}, 2},
        Row{"html", "cy", {">Troseddwyr</h", ">Dioddefwyr</h", ">Llysoedd</h"}, 2},
        Row{"json", "en", {"\"id\": \"offender\"", "\"id\": \"victim\"", "\"id\": \"sentencer\""}, 1},
        Row{"json", "cy", {"\"heading\": \"Troseddwyr\"", "\"heading\": \"Dioddefwyr\"", "\"heading\": \"Llysoedd\""}, 1},
        // The summary, then the long-form figures, then the comments.
        Row{"csv", "en", {"\noffender,", "\nvictim,", "\nsentencer,"}, 3},
        Row{"csv", "cy", {"\noffender,", "\nvictim,", "\nsentencer,"}, 3},
        // Summary, Figures, Sentences and Comments sheets, each in the same order.
        Row{"xlsx", "en", {"\noffender\n", "\nvictim\n", "\nsentencer\n"}, 4},
        Row{"xlsx", "cy", {"\noffender\n", "\nvictim\n", "\nsentencer\n"}, 4}),
    [](const ::testing::TestParamInfo<Row>& row) {
        return std::string(row.param.format) + "_" + row.param.language;
    });

// A questionnaire the reports do not have comes after the three, by id.
TEST(AudienceRank, OthersComeAfterTheReportsAudiencesById) {
    Report report;
    for (const char* id : {"staff", "sentencer", "partners", "victim", "offender"}) {
        QuestionnaireReport r;
        r.id = id;
        report.questionnaires.push_back(r);
    }
    orderByAudience(report);
    std::vector<std::string> ids;
    for (const QuestionnaireReport& r : report.questionnaires) ids.push_back(r.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"offender", "victim", "sentencer", "partners", "staff"}));
}

}  // namespace
}  // namespace report
