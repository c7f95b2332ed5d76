#include "report/merge.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace report {
namespace {

namespace fs = std::filesystem;
using survey::Answer;

const std::string kDir = std::string(PERSPECTIVE_TEST_FIXTURES) + "/export/report/";

class MergeTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("merge_test_" + std::to_string(::getpid()) + "_" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        definitions_.push_back(survey::loadQuestionnaire(kDir + "mini.yaml", kDir + "scales.yaml"));
    }
    void TearDown() override { fs::remove_all(dir_); }

    static survey::StoredResponse response(const std::string& uid, survey::Answers answers, int version = 2,
                                           survey::Status status = survey::Status::Submitted) {
        survey::StoredResponse r;
        r.info.uid = uid;
        r.info.questionnaire_id = "mini";
        r.info.questionnaire_version = version;
        r.info.site = "Chester";
        r.info.channel = survey::Channel::Paper;
        r.info.status = status;
        r.info.date = "2026-11-01";
        r.answers = std::move(answers);
        return r;
    }

    fs::path database(const std::string& name, const std::vector<survey::StoredResponse>& responses) {
        const fs::path path = dir_ / name;
        auto store = survey::ResponseStore::open(path);
        store.insertCompleted(responses);
        return path;
    }

    const QuestionFigures& question(const Report& report, const std::string& id) {
        for (const auto& q : report.questionnaires.at(0).questions) {
            if (q.id == id) return q;
        }
        throw std::runtime_error("no question " + id);
    }

    fs::path dir_;
    std::vector<survey::Questionnaire> definitions_;
};

TEST_F(MergeTest, TheSameResponseInTwoFilesCountsOnce) {
    const auto shared = response("aaaa", {{"rules_explained", Answer::single("fully")}});
    const auto a = database("a.db", {shared, response("bbbb", {{"rules_explained", Answer::single("no")}})});
    const auto b = database("b.db", {shared, response("cccc", {{"rules_explained", Answer::single("partly")}})});
    ReportQuery query;
    query.databases = {a, b};
    const Report report = buildReport(query, definitions_);
    ASSERT_EQ(report.questionnaires.size(), 1U);
    EXPECT_EQ(report.questionnaires[0].returned, 3);
    EXPECT_EQ(question(report, "rules_explained").base, 3);
}

TEST_F(MergeTest, AnAbandonedCopyOfASubmittedResponseIsNotCountedAsAbandoned) {
    const auto a = database("a.db", {response("aaaa", {}, 2, survey::Status::Submitted)});
    const auto b = database("b.db", {response("aaaa", {}, 2, survey::Status::Abandoned),
                                     response("dddd", {}, 2, survey::Status::Abandoned)});
    ReportQuery query;
    query.databases = {a, b};
    const Report report = buildReport(query, definitions_);
    EXPECT_EQ(report.questionnaires.at(0).returned, 1);
    EXPECT_EQ(report.questionnaires.at(0).abandoned, 1);
}

TEST_F(MergeTest, VersionsCombineByQuestionAndOptionId) {
    // Version 1 had an extra option 'sometimes' and a question 'old_question' that version 2 dropped.
    const auto a = database("a.db", {response("v1a", {{"rules_explained", Answer::single("sometimes")},
                                                      {"old_question", Answer::single("yes")}}, 1),
                                     response("v1b", {{"rules_explained", Answer::single("fully")}}, 1)});
    const auto b = database("b.db", {response("v2a", {{"rules_explained", Answer::single("fully")}}, 2)});
    ReportQuery query;
    query.databases = {a, b};
    const Report report = buildReport(query, definitions_);
    const auto& rules = question(report, "rules_explained");
    EXPECT_EQ(rules.answered, 3);
    ASSERT_EQ(rules.options.back().id, "sometimes");
    EXPECT_EQ(rules.options.back().count, 1);
    const auto& old = question(report, "old_question");
    EXPECT_EQ(old.answered, 1);
    EXPECT_EQ(old.asked, 2);  // only version 1's respondents had the question
}

TEST_F(MergeTest, AQuestionNobodyInAnOlderVersionAnsweredWasNotAskedThere) {
    const auto a = database("a.db", {response("v1a", {{"setting", Answer::single("community")}}, 1)});
    const auto b = database("b.db", {response("v2a", {{"help_areas", Answer::multi({"housing"})}}, 2)});
    ReportQuery query;
    query.databases = {a, b};
    const Report report = buildReport(query, definitions_);
    const auto& help = question(report, "help_areas");
    EXPECT_EQ(help.asked, 1);
    EXPECT_EQ(help.skipped, 0);
}

TEST_F(MergeTest, DistributedIsSummedOverFiles) {
    const auto a = database("a.db", {response("aaaa", {})});
    const auto b = database("b.db", {});
    survey::ResponseStore::open(a).recordDistributed({"mini", "Chester", 10, "2026-11-01"});
    survey::ResponseStore::open(b).recordDistributed({"mini", "Crewe", 5, "2026-11-01"});
    ReportQuery query;
    query.databases = {a, b};
    EXPECT_EQ(distributedCounts(query).at("mini"), 15);
    query.site = "Crewe";
    EXPECT_EQ(distributedCounts(query).at("mini"), 5);
}

TEST_F(MergeTest, FiltersBySiteAndDate) {
    auto early = response("early", {});
    early.info.date = "2026-01-01";
    auto other_site = response("other", {});
    other_site.info.site = "Crewe";
    const auto a = database("a.db", {early, other_site, response("aaaa", {})});
    ReportQuery query;
    query.databases = {a};
    query.site = "Chester";
    query.from_date = "2026-06-01";
    EXPECT_EQ(buildReport(query, definitions_).questionnaires.at(0).returned, 1);
}

TEST_F(MergeTest, AMissingDatabaseIsAnError) {
    ReportQuery query;
    query.databases = {dir_ / "absent.db"};
    EXPECT_THROW(buildReport(query, definitions_), survey::StoreError);
}

TEST(AbsorbAnswers, AddsUnknownQuestionsAndOptionsOnly) {
    survey::Questionnaire q;
    q.id = "x";
    survey::Question known;
    known.id = "known";
    known.options.push_back({"yes", false, false, {}});
    q.questions.push_back(known);
    EXPECT_FALSE(absorbAnswers(q, {{"known", Answer::single("yes")}}));
    EXPECT_TRUE(absorbAnswers(q, {{"known", Answer::single("no")}, {"note", Answer::freeText("hi")}}));
    ASSERT_EQ(q.questions.size(), 2U);
    EXPECT_EQ(q.questions[0].options.size(), 2U);
    EXPECT_EQ(q.questions[1].type, survey::QuestionType::Text);
}

}  // namespace
}  // namespace report
