// Every report format quotes comments only once redacted: a comment with a name, a phone
// number, an email address, a postcode and a date of birth is imported, and no writer's output
// (md, html, json, csv, xlsx) holds any of them.
#include "cli_run.hpp"
#include "test_dir.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
constexpr std::array<std::string_view, 5> kDetails = {"Dave", "07700 900123", "dave.jones@example.com", "CH1 2AB",
                                                      "12/03/1985"};

class RedactedOutputs : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = report::testing::freshTestDir("redacted");
        const fs::path csv = dir_ / "returns.csv";
        std::ofstream(csv) << "setting,comments\n"
                              "community,\"My PO Dave rang me on 07700 900123, email dave.jones@example.com, "
                              "I live at CH1 2AB and was born 12/03/1985.\"\n";
        const auto imported = report::testing::runCli({"import", "--db", db().string(), "--questionnaire", "offender",
                                                       "--questionnaires", kQuestionnaires.string(), "--date",
                                                       "2011-03-01", csv.string()});
        ASSERT_EQ(imported.code, 0) << imported.err;
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path db() const { return dir_ / "returns.db"; }

    // The report in `format`, read back from a file for csv and xlsx (xlsx unzipped).
    std::string reportIn(const std::string& format) {
        std::vector<std::string> args = {"report", "--db", db().string(), "--questionnaires", kQuestionnaires.string(),
                                         "--format", format};
        const fs::path file = dir_ / ("report." + format);
        const bool to_file = format == "csv" || format == "xlsx";
        if (to_file) args.insert(args.end(), {"-o", file.string()});
        const auto result = report::testing::runCli(args);
        EXPECT_EQ(result.code, 0) << result.err;
        if (!to_file) return result.out;
        if (format == "xlsx") return unzipped(file);
        std::ostringstream text;
        text << std::ifstream(file).rdbuf();
        return text.str();
    }

    static std::string unzipped(const fs::path& file) {
        const std::string command = "unzip -p '" + file.string() + "'";
        std::string text;
        if (FILE* pipe = popen(command.c_str(), "r")) {
            std::array<char, 4096> buffer{};
            for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) text.append(buffer.data(), n);
            pclose(pipe);
        }
        return text;
    }

    fs::path dir_;
};

TEST_F(RedactedOutputs, NoWriterQuotesAPersonalDetail) {
    for (const std::string format : {"md", "html", "json", "csv", "xlsx"}) {
        const std::string out = reportIn(format);
        ASSERT_FALSE(out.empty()) << format;
        for (const std::string_view detail : kDetails) {
            EXPECT_EQ(out.find(detail), std::string::npos) << format << " holds \"" << detail << "\"";
        }
    }
}

TEST_F(RedactedOutputs, QuotesSayNamesWereChanged) {
    for (const std::string format : {"md", "html", "json"}) {
        const std::string out = reportIn(format);
        EXPECT_NE(out.find("[phone number]"), std::string::npos) << format;
        EXPECT_NE(out.find("Names have been changed."), std::string::npos) << format;
    }
}

}  // namespace
