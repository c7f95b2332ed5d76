// Reading several databases as one, and growing a definition to cover other versions' ids.
#include "report/merge.hpp"

#include <algorithm>
#include <deque>
#include <set>
#include <unordered_set>

#include "report/rate_notes.hpp"
#include "report/tally.hpp"

namespace report {

bool absorbAnswers(survey::Questionnaire& definition, const survey::Answers& answers) {
    bool grew = false;
    for (const auto& [question_id, answer] : answers) {
        survey::Question* question = nullptr;
        for (survey::Question& q : definition.questions) {
            if (q.id == question_id) question = &q;
        }
        if (question == nullptr) {
            survey::Question added;
            added.id = question_id;
            added.type = !answer.text.empty()        ? survey::QuestionType::Text
                         : answer.options.size() > 1 ? survey::QuestionType::Multi
                                                     : survey::QuestionType::Single;
            definition.questions.push_back(std::move(added));
            question = &definition.questions.back();
            grew = true;
        }
        for (const std::string& option_id : answer.options) {
            if (question->hasOption(option_id)) continue;
            survey::Option option;
            option.id = option_id;
            question->options.push_back(std::move(option));
            grew = true;
        }
    }
    return grew;
}

Inputs openInputs(const std::vector<std::filesystem::path>& databases,
                  const std::shared_ptr<const survey::sealing::Keyring>& keyring) {
    Inputs stores;
    for (const auto& path : databases) {
        stores.push_back(survey::ResponseStore::open(path, survey::ResponseStore::Mode::ReadOnly));
        stores.back().setKeyring(keyring);
    }
    return stores;
}

void forEachUniqueResponse(
    const Inputs& stores, const ReportQuery& query, const std::function<void(const survey::StoredResponse&)>& submitted,
    const std::function<void(const std::string& questionnaire_id, survey::Status status)>& unfinished) {
    survey::ResponseFilter filter;
    filter.questionnaire_id = query.questionnaire_id;
    filter.site = query.site;
    filter.from_date = query.from_date;
    filter.to_date = query.to_date;
    // One file cannot hold a uid twice, so uids are only remembered when there are several.
    const bool several = stores.size() > 1;
    std::unordered_set<std::string> counted;  // submitted uids met so far
    // Unfinished responses of several files wait for the end: the same uid submitted in a later
    // file is counted as submitted only. By uid; an ordered map keeps the report's order fixed.
    std::map<std::string, std::pair<std::string, survey::Status>> waiting;
    for (const auto& store : stores) {
        // One pass over each file, every status at once.
        store.forEachResponse(filter, [&](const survey::StoredResponse& response) {
            const survey::ResponseInfo& info = response.info;
            if (info.status == survey::Status::Submitted) {
                if (!several || counted.insert(info.uid).second) submitted(response);
            } else if (!several) {
                unfinished(info.questionnaire_id, info.status);
            } else {
                auto [at, fresh] = waiting.try_emplace(info.uid, info.questionnaire_id, info.status);
                if (!fresh && info.status == survey::Status::Abandoned) at->second.second = info.status;
            }
        });
    }
    for (const auto& [uid, entry] : waiting) {
        if (!counted.contains(uid)) unfinished(entry.first, entry.second);
    }
}

std::map<std::string, HandedOutTotal> handedOut(const Inputs& stores, const ReportQuery& query) {
    std::vector<survey::Distribution> all;
    for (const auto& store : stores) {
        for (survey::Distribution& d : store.distributions()) {
            if (!query.questionnaire_id || d.questionnaire_id == *query.questionnaire_id) all.push_back(std::move(d));
        }
    }
    return handedOutTotals(resolveHandedOut(all), query.site, query.from_date, query.to_date);
}

std::map<std::string, int> distributedCounts(const ReportQuery& query) {
    std::map<std::string, int> counts;
    for (const auto& [id, total] : handedOut(openInputs(query.databases, query.keyring), query)) counts[id] = total.count;
    return counts;
}

Report buildReport(const ReportQuery& query, const std::vector<survey::Questionnaire>& definitions) {
    return buildReport(openInputs(query.databases, query.keyring), query, definitions);
}

Report buildReport(const Inputs& stores, const ReportQuery& query,
                   const std::vector<survey::Questionnaire>& definitions) {
    std::deque<QuestionnaireTally> tallies;  // a deque: references stay valid as it grows
    auto tallyFor = [&](const std::string& id) -> QuestionnaireTally& {
        for (auto& tally : tallies) {
            if (tally.definition().id == id) return tally;
        }
        survey::Questionnaire definition;
        definition.id = id;
        for (const auto& known : definitions) {
            if (known.id == id) definition = known;
        }
        tallies.emplace_back(std::move(definition), query.by_question);
        return tallies.back();
    };
    // Tallies are made in definition order so the report lists questionnaires predictably.
    for (const auto& definition : definitions) {
        if (!query.questionnaire_id || *query.questionnaire_id == definition.id) tallyFor(definition.id);
    }
    if (query.questionnaire_id) tallyFor(*query.questionnaire_id);
    std::set<std::string> seen_ids;
    QuestionnaireTally* last = nullptr;
    forEachUniqueResponse(
        stores, query,
        [&](const survey::StoredResponse& response) {
            if (last == nullptr || last->definition().id != response.info.questionnaire_id) {
                last = &tallyFor(response.info.questionnaire_id);
            }
            seen_ids.insert(response.info.questionnaire_id);
            last->add(response);
        },
        [&](const std::string& questionnaire_id, survey::Status status) {
            last = nullptr;  // tallies may grow below; never keep a pointer across it
            seen_ids.insert(questionnaire_id);
            QuestionnaireTally& tally = tallyFor(questionnaire_id);
            status == survey::Status::Abandoned ? tally.addAbandoned() : tally.addInProgress();
        });
    const auto distributed = handedOut(stores, query);
    Report report;
    report.language = query.language;
    Redactor redactor;  // one for the report: the same name has the same made-up name throughout
    for (const auto& tally : tallies) {
        tally.forEachComment([&](const std::string& comment) { redactor.reserveRealNames(comment); });
    }
    for (const auto& tally : tallies) {
        const auto found = distributed.find(tally.definition().id);
        const bool named = query.questionnaire_id.has_value();
        // Without --questionnaire, a questionnaire nobody was given or answered is left out.
        if (!named && !seen_ids.contains(tally.definition().id) && found == distributed.end()) continue;
        QuestionnaireReport finished =
            tally.finish(query.language, found == distributed.end() ? std::nullopt : std::optional<int>(found->second.count),
                         redactor);
        if (found != distributed.end()) {
            if (finished.returned > found->second.count) {
                finished.warnings.push_back(
                    moreReturnedThanHandedOut(finished.returned, found->second.count, finished.nouns, query.language));
            }
            for (const HandedOutEntry& cut : found->second.cut) {
                finished.warnings.push_back(periodCut(cut, query.from_date, query.to_date, query.language));
            }
        }
        report.questionnaires.push_back(std::move(finished));
    }
    return report;
}

}  // namespace report
