// Sealed vs plain, measured on the same disk (bench/README.md, "Sealing"):
//  1. answer commit latency (p50, p99): a kiosk journey's store.apply() per answer, N respondents;
//  2. the report (report::buildReport, what `perspective-export report` runs) over M responses
//     written the same way into a plain file and a sealed one (read with the key).
// Usage: sealing-bench DIR [RESPONDENTS=200] [REPORT_RESPONSES=100000]   (DIR: on the disk to measure)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "report/merge.hpp"
#include "survey/questionnaire_file.hpp"
#include "survey/sealing.hpp"
#include "survey/store.hpp"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// One respondent's answers: every asked question gets its first option (or a short comment).
survey::Answers answersFor(const survey::Questionnaire& questionnaire, std::mt19937_64& rng) {
    survey::Answers answers;
    for (const survey::Question& question : questionnaire.questions) {
        if (!survey::isAsked(question, answers)) continue;
        if (question.type == survey::QuestionType::Text) {
            answers[question.id] = survey::Answer::freeText("My worker listened and helped me find a place to live.");
            continue;
        }
        const auto pick = static_cast<std::size_t>(rng() % question.options.size());
        answers[question.id] = survey::Answer::single(question.options[pick].id);
    }
    return answers;
}

survey::ResponseInfo infoFor(const survey::Questionnaire& questionnaire) {
    survey::ResponseInfo info;
    info.questionnaire_id = questionnaire.id;
    info.questionnaire_version = questionnaire.version;
    info.definition_hash = "bench";
    info.site = "Bench site";
    info.date = "2011-03-01";
    return info;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

// Milliseconds per answer committed, over `respondents` kiosk journeys.
std::vector<double> commitLatencies(const fs::path& file, const survey::sealing::PublicKey* recipient,
                                    const survey::Questionnaire& questionnaire, int respondents) {
    auto store = survey::ResponseStore::open(file);
    if (recipient != nullptr) store.setRecipient(*recipient);
    std::mt19937_64 rng(7);
    std::vector<double> ms;
    for (int r = 0; r < respondents; ++r) {
        const auto id = store.begin(infoFor(questionnaire));
        for (const auto& [question_id, answer] : answersFor(questionnaire, rng)) {
            const auto start = Clock::now();
            store.apply(id, {{survey::AnswerChange::Kind::Set, question_id, answer}});
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        store.submit(id);
    }
    return ms;
}

void fill(const fs::path& file, const survey::sealing::PublicKey* recipient,
          const std::vector<survey::Questionnaire>& questionnaires, int total) {
    auto store = survey::ResponseStore::open(file);
    if (recipient != nullptr) store.setRecipient(*recipient);
    std::mt19937_64 rng(11);
    constexpr int kChunk = 5000;
    for (int done = 0; done < total; done += kChunk) {
        std::vector<survey::StoredResponse> chunk;
        for (int i = 0; i < std::min(kChunk, total - done); ++i) {
            const auto& questionnaire = questionnaires[static_cast<std::size_t>(i) % questionnaires.size()];
            survey::StoredResponse response;
            response.info = infoFor(questionnaire);
            response.info.status = survey::Status::Submitted;
            response.answers = answersFor(questionnaire, rng);
            chunk.push_back(std::move(response));
        }
        store.insertCompleted(chunk);
    }
}

double reportSeconds(const fs::path& file, std::shared_ptr<const survey::sealing::Keyring> keyring,
                     const std::vector<survey::Questionnaire>& questionnaires) {
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {  // best of three: the first warms the page cache
        report::ReportQuery query;
        query.databases = {file};
        query.keyring = keyring;
        const auto start = Clock::now();
        const auto built = report::buildReport(query, questionnaires);
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
        if (built.questionnaires.empty()) std::fprintf(stderr, "empty report?\n");
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: sealing-bench DIR [RESPONDENTS=200] [REPORT_RESPONSES=100000]\n");
        return 2;
    }
    const fs::path dir = argv[1];
    const int respondents = argc > 2 ? std::atoi(argv[2]) : 200;
    const int total = argc > 3 ? std::atoi(argv[3]) : 100000;
    fs::create_directories(dir);
    for (const char* name : {"commit-plain.db", "commit-sealed.db", "report-plain.db", "report-sealed.db"}) {
        for (const char* suffix : {"", "-wal", "-shm", ".lock"}) fs::remove(dir / (std::string(name) + suffix));
    }
    const auto questionnaires = survey::loadQuestionnaires(survey::defaultQuestionnaireDirectory());
    auto keyring = std::make_shared<survey::sealing::Keyring>();
    survey::sealing::KeyPair pair = survey::sealing::makeKeyPair();
    const survey::sealing::PublicKey recipient = pair.public_key;
    keyring->add(std::move(pair));

    const auto& offender = questionnaires.front();
    const auto plain = commitLatencies(dir / "commit-plain.db", nullptr, offender, respondents);
    const auto sealed = commitLatencies(dir / "commit-sealed.db", &recipient, offender, respondents);
    const double p50 = percentile(sealed, 0.5) / percentile(plain, 0.5);
    const double p99 = percentile(sealed, 0.99) / percentile(plain, 0.99);
    std::printf("answer commit, %zu answers each: plain p50 %.2f ms p99 %.2f ms | sealed p50 %.2f ms p99 %.2f ms | "
                "ratio p50 %.2fx p99 %.2fx (goal <= 1.2x)\n",
                plain.size(), percentile(plain, 0.5), percentile(plain, 0.99), percentile(sealed, 0.5),
                percentile(sealed, 0.99), p50, p99);

    fill(dir / "report-plain.db", nullptr, questionnaires, total);
    fill(dir / "report-sealed.db", &recipient, questionnaires, total);
    const double plain_s = reportSeconds(dir / "report-plain.db", nullptr, questionnaires);
    const double sealed_s = reportSeconds(dir / "report-sealed.db", keyring, questionnaires);
    std::printf("report over %d responses: plain %.2f s | sealed %.2f s | ratio %.2fx (goal <= 1.5x)\n", total,
                plain_s, sealed_s, sealed_s / plain_s);
    return p50 <= 1.2 && sealed_s / plain_s <= 1.5 ? 0 : 1;
}
