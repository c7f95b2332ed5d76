// Builds the benchmark database for bench/run-report-bench: N responses (default 1,000,000)
// across the shipped questionnaires, with answers that follow each question's when-rule.
// Usage: report-bench-db FILE [N]   (FILE must not exist yet)
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "survey/answers.hpp"
#include "survey/questionnaire_file.hpp"
#include "survey/store.hpp"

namespace {

std::string randomUid(std::mt19937_64& rng) {
    char buffer[33];
    std::snprintf(buffer, sizeof buffer, "%016llx%016llx", static_cast<unsigned long long>(rng()),
                  static_cast<unsigned long long>(rng()));
    return buffer;
}

// One respondent's answers: about one question in ten skipped, outside-base options rarer,
// a comment from one in fifty.
survey::Answers answersFor(const survey::Questionnaire& questionnaire, std::mt19937_64& rng) {
    survey::Answers answers;
    std::uniform_int_distribution<int> percent(0, 99);
    for (const survey::Question& question : questionnaire.questions) {
        if (!survey::isAsked(question, answers)) continue;
        if (question.type == survey::QuestionType::Text) {
            if (percent(rng) < 2) answers[question.id] = survey::Answer::freeText("Thank you, my worker was helpful.");
            continue;
        }
        if (percent(rng) < 10) continue;
        if (question.type == survey::QuestionType::Multi) {
            std::vector<std::string> chosen;
            for (const survey::Option& option : question.options) {
                if (!option.outside_base && percent(rng) < 30) chosen.push_back(option.id);
            }
            if (chosen.empty()) chosen.push_back(question.options.back().id);
            answers[question.id] = survey::Answer::multi(std::move(chosen));
            continue;
        }
        // Earlier options are likelier (most respondents say yes); outside-base ones are rare.
        std::size_t pick = 0;
        while (pick + 1 < question.options.size() && percent(rng) < 35) ++pick;
        if (question.options[pick].outside_base && percent(rng) < 70) pick = 0;
        answers[question.id] = survey::Answer::single(question.options[pick].id);
    }
    return answers;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: report-bench-db FILE [N]\n");
        return 2;
    }
    const std::filesystem::path file = argv[1];
    const long total = argc > 2 ? std::atol(argv[2]) : 1'000'000;
    if (std::filesystem::exists(file)) {
        std::fprintf(stderr, "report-bench-db: %s exists; remove it first\n", file.c_str());
        return 2;
    }
    const std::vector<survey::Questionnaire> questionnaires =
        survey::loadQuestionnaires(survey::defaultQuestionnaireDirectory());
    survey::ResponseStore store = survey::ResponseStore::open(file);
    std::mt19937_64 rng(20111);
    std::uniform_int_distribution<int> percent(0, 99);
    const std::vector<std::string> sites = {"Chester", "Crewe", "Warrington", "Macclesfield"};
    std::vector<survey::StoredResponse> batch;
    for (long i = 0; i < total; ++i) {
        // Offenders 60%, victims 25%, sentencers 15% (by id, whatever order the files load in).
        const int roll = percent(rng);
        const std::string wanted = roll < 60 ? "offender" : roll < 85 ? "victim" : "sentencer";
        const survey::Questionnaire* questionnaire = &questionnaires.front();
        for (const auto& q : questionnaires) {
            if (q.id == wanted) questionnaire = &q;
        }
        survey::StoredResponse response;
        response.info.uid = randomUid(rng);
        response.info.questionnaire_id = questionnaire->id;
        response.info.questionnaire_version = questionnaire->version;
        response.info.definition_hash = questionnaire->definition_hash;
        response.info.site = sites[static_cast<std::size_t>(i) % sites.size()];
        response.info.kiosk_id = "bench";
        response.info.channel = survey::Channel::Kiosk;
        response.info.language = percent(rng) < 10 ? "cy" : "en";
        response.info.status = percent(rng) < 3 ? survey::Status::Abandoned : survey::Status::Submitted;
        response.info.date = "2026-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-15";
        response.answers = answersFor(*questionnaire, rng);
        batch.push_back(std::move(response));
        if (batch.size() == 20'000) {
            store.insertCompleted(batch);
            batch.clear();
        }
    }
    if (!batch.empty()) store.insertCompleted(batch);
    // As many handed out as there are responses in all, for each questionnaire: more than any one
    // of them returns, so the report gives rates instead of warning that returns exceed them.
    for (const auto& q : questionnaires) store.recordDistributed({q.id, "Chester", static_cast<int>(total), "2026-01-01"});
    std::printf("report-bench-db: wrote %ld responses to %s\n", total, file.c_str());
    return 0;
}
