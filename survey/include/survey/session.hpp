// One respondent's journey through a questionnaire, as a pure state machine (no UI, no SQL).
// Every call that changes answers returns the changes, so the caller can save each one at once.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "survey/answers.hpp"
#include "survey/questionnaire.hpp"

namespace survey {

using Clock = std::function<std::chrono::system_clock::time_point()>;
Clock systemClock();

// "YYYY-MM-DD" in UTC: the only time a response ever records.
std::string isoDate(std::chrono::system_clock::time_point when);

// A change to the saved answers, to be written to the store as it happens.
struct AnswerChange {
    enum class Kind { Set, Clear } kind;
    std::string question_id;
    Answer answer;  // for Set
};
using AnswerChanges = std::vector<AnswerChange>;

// Where a respondent is, for the page's "Question 3" or "Question 17 of 24". GOV.UK advises
// against "n of N" on routed forms because N moves as answers open and close questions (it
// jumped 1 of 14 -> 2 of 23 here). So the total is given only when no question still ahead (the
// current one included) can open or close others: from then on, going forward, it is final.
// The position alone only ever moves on by one a page.
struct Progress {
    int position = 0;          // 1-based among the questions that apply now
    std::optional<int> total;  // how many apply, once nothing ahead can change it
    bool operator==(const Progress&) const = default;
};

enum class Stage {
    Question,      // showing current()
    CheckAnswers,  // "Check your answers"
    Submitted,
    Abandoned,
};

class Session {
public:
    Session(const Questionnaire& questionnaire, Clock clock);

    const Questionnaire& questionnaire() const { return *questionnaire_; }
    Stage stage() const { return stage_; }
    const Answers& answers() const { return answers_; }
    std::string date() const { return date_; }  // the day the session started

    // Showing a question: the question, its 1-based position among the questions that apply
    // now, and how many apply now ("Question 3 of 14").
    const Question* current() const;
    int position() const;
    int count() const;
    // What the page shows of position and count (see Progress).
    Progress progress() const;
    // The saved answer to the current question, to preselect it on the page.
    const Answer* currentAnswer() const;
    bool changing() const { return changing_; }  // reached from "Change" on check-answers

    // Continue with an answer to the current question. Throws std::invalid_argument for an
    // answer that does not fit the question (checkAnswer). Moves to the next question that
    // applies and has not been seen, or to check-answers.
    AnswerChanges answer(const Answer& answer);
    // "Skip this question": clears any saved answer and moves on as answer() does.
    AnswerChanges skip();
    // Keeps a comment typed on the current free-text question without moving on (before
    // "Back", so the typed words survive); an empty text clears it. Free text routes nothing,
    // so no other answer changes. Throws std::invalid_argument for a text over the limit.
    AnswerChanges keepText(const std::string& text);
    // "Back": the previous question that applies; from check-answers, the last one.
    // No effect on the first question.
    void back();
    bool canGoBack() const;
    // "Change" on check-answers: show that question again, then return to check-answers.
    void change(const std::string& question_id);
    // From check-answers only.
    void submit();
    // Leaving, timing out: the session is over and nothing more can be answered.
    void abandon();

private:
    void advanceFrom(int index);
    AnswerChanges record(std::optional<Answer> answer);

    const Questionnaire* questionnaire_;
    Clock clock_;
    std::string date_;
    Stage stage_ = Stage::Question;
    int index_ = 0;           // index into questionnaire().questions while stage_ == Question
    bool changing_ = false;
    Answers answers_;
    std::set<std::string> seen_;  // questions shown at least once (skipped ones included)
};

}  // namespace survey
