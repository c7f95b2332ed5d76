// Combining several kiosk databases and several versions of a questionnaire into one report:
// a response (by uid) counts once however many files hold it, and versions combine by
// question and option id.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "report/handed_out.hpp"
#include "report/report_model.hpp"
#include "survey/questionnaire.hpp"
#include "survey/sealing.hpp"
#include "survey/store.hpp"

namespace report {

// What to report on: the databases and the filters of the `report` command.
struct ReportQuery {
    std::vector<std::filesystem::path> databases;
    std::optional<std::string> questionnaire_id;
    std::optional<std::string> site;
    std::optional<std::string> from_date;  // inclusive, YYYY-MM-DD
    std::optional<std::string> to_date;
    std::string by_question;  // empty: no groups
    Language language = Language::En;
    std::shared_ptr<const survey::sealing::Keyring> keyring;  // opens sealed answers (report --key)
};

// Grows `definition` with the question and option ids these answers use that it lacks (they come
// from another version of the questionnaire): an unknown question is appended without a when-rule
// (text when the answer is text, multi when it has several options), an unknown option is
// appended inside the base. Returns true when anything was added.
bool absorbAnswers(survey::Questionnaire& definition, const survey::Answers& answers);

// The report's input files, each opened once (a snapshot in memory: ResponseStore::Mode::ReadOnly)
// and read by every step of one report.
using Inputs = std::vector<survey::ResponseStore>;
Inputs openInputs(const std::vector<std::filesystem::path>& databases,
                  const std::shared_ptr<const survey::sealing::Keyring>& keyring);

// Visits every submitted response in the inputs once (the first file holding a uid wins), and
// reports each abandoned or in-progress response whose uid is submitted in none of them
// (abandoned before in progress). Reads each file once.
void forEachUniqueResponse(
    const Inputs& stores, const ReportQuery& query, const std::function<void(const survey::StoredResponse&)>& submitted,
    const std::function<void(const std::string& questionnaire_id, survey::Status status)>& unfinished);

// Questionnaires handed out, by questionnaire id: every file's entries resolved once
// (handed_out.hpp: same uid once, corrections, withdrawals), then filtered by site and dates.
std::map<std::string, HandedOutTotal> handedOut(const Inputs& stores, const ReportQuery& query);
std::map<std::string, int> distributedCounts(const ReportQuery& query);  // the counts alone; opens the files

// The whole report: tallies every questionnaire that has a definition or a response, in the
// order of `definitions` and then any others by id.
Report buildReport(const Inputs& stores, const ReportQuery& query,
                   const std::vector<survey::Questionnaire>& definitions);
Report buildReport(const ReportQuery& query, const std::vector<survey::Questionnaire>& definitions);  // opens them

}  // namespace report
