// Counting one questionnaire's responses: asked, answered, skipped, option counts, the base,
// and the same again per group of a --by question. Streaming: one response at a time.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "report/redaction.hpp"
#include "report/question_sentence.hpp"
#include "report/report_model.hpp"
#include "survey/store.hpp"

namespace report {

// Counts for one question, across every group of respondents it is kept for.
struct QuestionCounter {
    struct VersionCount {
        int version = 0;
        int asked = 0;
        int answered = 0;
    };
    std::vector<VersionCount> versions;  // asked/answered per questionnaire version
    std::vector<int> option_counts;      // parallel to the question's options
    int only_outside = 0;                // answered, but only with options outside the base
    int finding = 0;                     // chose one of the finding options
    std::vector<std::string> comments;   // text answers as given
};

class QuestionnaireTally {
public:
    // `definition` is the questionnaire as currently loaded; questions and options that only
    // other versions have are added as they are met (merge.hpp). `by_question` may be empty.
    QuestionnaireTally(survey::Questionnaire definition, std::string by_question);

    void add(const survey::StoredResponse& response);  // a submitted response
    void addAbandoned() { ++abandoned_; }
    void addInProgress() { ++in_progress_; }

    const survey::Questionnaire& definition() const { return definition_; }
    int returned() const { return returned_; }

    // Every comment (text answer) counted, for the redactor's look at all names first.
    void forEachComment(const std::function<void(const std::string&)>& visit) const;

    QuestionnaireReport finish(Language language, std::optional<int> distributed) const;
    // The same, with comments redacted by the report's one `redactor`, so a name has the same
    // made-up name in every questionnaire of the report.
    QuestionnaireReport finish(Language language, std::optional<int> distributed, Redactor& redactor) const;

private:
    struct Counts {
        int returned = 0;
        // Returned per questionnaire version: a question learnt from a later row (absorbed) was
        // asked of every respondent of its version, including those counted before it was seen.
        std::map<int, int> returned_by_version;
        std::vector<QuestionCounter> questions;
    };
    void rebuildIndex();
    bool fillSlots(const survey::Answers& answers);
    void count(Counts& counts, const survey::StoredResponse& response) const;
    void countInGroup(std::string_view key, const survey::StoredResponse& response);
    std::vector<QuestionFigures> figures(const Counts& counts, Language language, const Nouns& nouns,
                                         Redactor& redactor) const;
    void markHeadlines(std::vector<QuestionFigures>& questions) const;
    // Who a routed question was asked of, as the file's `who:` names them ("in prison"); empty
    // for a question everyone was asked.
    std::string whoWasAsked(const survey::Question& question, Language language) const;

    survey::Questionnaire definition_;
    std::string by_question_;
    std::size_t loaded_questions_;  // questions after these came from other versions' answers
    int by_index_ = -1;             // index of the --by question, -1 without one
    // Facts about each question, by index, worked out once per definition (rebuildIndex) so that
    // counting a response compares numbers, not ids.
    struct QuestionFacts {
        int when_question = -1;           // index of the question its `when:` names, -1 if none
        int when_option = -1;             // index of the option that `when:` needs there
        std::vector<bool> finding;        // per option: one of the question's finding options
    };
    struct Slot {
        const survey::Answer* answer = nullptr;  // the current response's answer, or none
        std::vector<int> options;                // its chosen options, as indexes
    };
    bool isAsked(std::size_t question_index) const;

    std::map<std::string, std::size_t, std::less<>> index_;  // question id -> index
    std::vector<QuestionFacts> facts_;                        // parallel to definition_.questions
    std::vector<Slot> slots_;                                 // the current response, per question
    Counts all_;
    std::map<std::string, Counts, std::less<>> groups_;
    int in_several_groups_ = 0;  // chose more than one option of a multi-choice --by question
    int returned_ = 0;
    int abandoned_ = 0;
    int in_progress_ = 0;
};

}  // namespace report
