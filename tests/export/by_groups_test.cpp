// --by groups through the command line: a multi-choice question puts each person in every group
// they chose (and says the groups overlap, in every format); a group whose figures, taken from
// the whole section's, would give away a withheld one is withheld too.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.hpp"
#include "test_dir.hpp"
#include "zip_entry.hpp"

namespace report {
namespace {

namespace fs = std::filesystem;

const fs::path kQuestionnaires = fs::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
const fs::path kSentencerCsv = fs::path(PERSPECTIVE_SHARED_DIR) / "fixtures" / "cheshire-2011" / "sentencer.csv";
const std::string kOverlap = "People could choose more than one answer, so some are counted in more than one group.";
const std::string kNoneShown =
    "The figures are not shown group by group: the groups are too small to show without identifying people.";

class ByGroups : public ::testing::Test {
protected:
    void SetUp() override { dir_ = testing::freshTestDir("by"); }
    void TearDown() override { fs::remove_all(dir_); }

    void import(const std::string& questionnaire, const std::string& csv) {
        const fs::path file = dir_ / (questionnaire + ".csv");
        std::ofstream(file, std::ios::binary) << csv;
        const auto imported = testing::runCli({"import", "--db", db().string(), "--questionnaire", questionnaire,
                                               "--questionnaires", kQuestionnaires.string(), "--date", "2011-03-01",
                                               file.string()});
        ASSERT_EQ(imported.code, 0) << imported.err;
    }
    std::string report(std::vector<std::string> extra) {
        std::vector<std::string> args = {"report", "--db", db().string(), "--questionnaires", kQuestionnaires.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto result = testing::runCli(args);
        EXPECT_EQ(result.code, 0) << result.err;
        return result.out;
    }
    nlohmann::json questionnaireJson(std::vector<std::string> extra) {
        extra.insert(extra.end(), {"--format", "json"});
        return nlohmann::json::parse(report(extra)).at("questionnaires").at(0);
    }
    fs::path db() const { return dir_ / "returns.db"; }

    fs::path dir_;
};

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

// Six offenders all chose "Money or debt", four of them with something else.
constexpr const char* kSixChoseMoney =
    "setting,help_areas\n"
    "community,money;housing\ncommunity,money;housing\ncommunity,ete;money\ncommunity,drugs;money\n"
    "community,money\ncustody,money\n";

TEST_F(ByGroups, AMultiChoicePersonIsCountedInEveryGroupTheyChose) {
    import("offender", kSixChoseMoney);
    const auto offender = questionnaireJson({"--by", "help_areas"});
    const auto& groups = offender.at("groups");
    EXPECT_EQ(groups.at("money").at("returned"), 6);  // was 2: each filed under the first option ticked
    EXPECT_EQ(groups.at("housing").at("returned"), 2);
    EXPECT_EQ(groups.at("ete").at("returned"), 1);
    EXPECT_EQ(groups.at("drugs").at("returned"), 1);
    EXPECT_FALSE(groups.at("money").at("withheld").get<bool>());
    EXPECT_TRUE(offender.at("groups_overlap").get<bool>());
    EXPECT_EQ(offender.at("groups_note"), kOverlap);

    const std::string md = report({"--format", "md", "--by", "help_areas"});
    EXPECT_EQ(md.find("Fewer than five offenders answered \u201CMoney or debt\u201D"), std::string::npos) << md;
    EXPECT_NE(md.find("#### Money or debt (6)"), std::string::npos) << md;
    EXPECT_EQ(occurrences(md, kOverlap), 1U) << md;
    EXPECT_EQ(occurrences(report({"--format", "html", "--by", "help_areas"}), kOverlap), 1U);
    EXPECT_EQ(occurrences(report({"--format", "csv", "--by", "help_areas"}), kOverlap), 1U);
    const fs::path xlsx = dir_ / "report.xlsx";
    report({"--format", "xlsx", "--by", "help_areas", "-o", xlsx.string()});
    EXPECT_EQ(occurrences(testing::zipEntry(xlsx, "xl/sharedStrings.xml"), kOverlap), 1U);
    EXPECT_EQ(occurrences(report({"--format", "md", "--lang", "cy", "--by", "help_areas"}),
                          "Gallai pobl ddewis mwy nag un ateb, felly mae rhai wedi\u2019u cyfrif mewn mwy nag un gr\u0175p."),
              1U);
}

TEST_F(ByGroups, NoOverlapNoteWhenNobodyChoseTwo) {
    import("offender", "setting,help_areas\ncommunity,money\ncommunity,housing\n");
    const auto offender = questionnaireJson({"--by", "help_areas"});
    EXPECT_FALSE(offender.at("groups_overlap").get<bool>());
    EXPECT_EQ(report({"--format", "md", "--by", "help_areas"}).find(kOverlap), std::string::npos);
}

// The Cheshire sentencers, keeping the 16 magistrates and the one judge.
std::string magistratesAndTheJudge() {
    std::ifstream in(kSentencerCsv, std::ios::binary);
    std::string line;
    std::string csv;
    for (bool header = true; std::getline(in, line); header = false) {
        if (header || line.starts_with("magistrate,") || line.starts_with("judge,")) csv += line + "\n";
    }
    return csv;
}

TEST_F(ByGroups, AGroupThatWouldGiveAWithheldOneAwayBySubtractionIsWithheldToo) {
    if (!fs::exists(kSentencerCsv)) GTEST_SKIP() << "no Cheshire fixture at " << kSentencerCsv;
    import("sentencer", magistratesAndTheJudge());
    const auto sentencer = questionnaireJson({"--by", "role"});
    ASSERT_EQ(sentencer.at("returned"), 17);
    const auto& groups = sentencer.at("groups");
    EXPECT_TRUE(groups.at("judge").at("withheld").get<bool>());
    // All 17 less the 16 magistrates would be the judge's answers, question by question.
    EXPECT_TRUE(groups.at("magistrate").at("withheld").get<bool>());
    EXPECT_TRUE(groups.at("magistrate").at("questions").empty());
    EXPECT_EQ(groups.at("magistrate").at("opening"),
              "The answers of sentencers who answered \u201CI am a magistrate\u201D are not shown apart, since taking "
              "them from the figures for all sentencers would show the answers of fewer than five sentencers.");
    EXPECT_EQ(sentencer.at("groups_note"), kNoneShown);

    const std::string md = report({"--format", "md", "--by", "role"});
    EXPECT_EQ(occurrences(md, kNoneShown), 1U) << md;
    EXPECT_EQ(md.find("#### I am a magistrate"), std::string::npos) << md;
    const std::string csv = report({"--format", "csv", "--by", "role"});
    EXPECT_EQ(csv.find("sentencer,magistrate,"), std::string::npos);
    EXPECT_NE(report({"--format", "md", "--lang", "cy", "--by", "role"})
                  .find("Nid yw\u2019r ffigurau fesul gr\u0175p yn cael eu dangos"),
              std::string::npos);
}

TEST_F(ByGroups, WithFiveOrMoreLeftOutTheLargeGroupIsShown) {
    if (!fs::exists(kSentencerCsv)) GTEST_SKIP() << "no Cheshire fixture at " << kSentencerCsv;
    std::ifstream in(kSentencerCsv, std::ios::binary);
    std::ostringstream csv;
    csv << in.rdbuf();
    import("sentencer", csv.str());
    // 16 magistrates; the six others (two district judges, a judge, three legal advisers) are
    // withheld, and six is enough to show no one by subtraction.
    const auto sentencer = questionnaireJson({"--by", "role"});
    EXPECT_FALSE(sentencer.at("groups").at("magistrate").at("withheld").get<bool>());
    EXPECT_EQ(sentencer.at("groups_note"), "");
}

}  // namespace
}  // namespace report
