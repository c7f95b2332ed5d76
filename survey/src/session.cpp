// The respondent's journey as a state machine: which page shows, and what each step changes.
#include "survey/session.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace survey {

Clock systemClock() {
    return [] { return std::chrono::system_clock::now(); };
}

std::string isoDate(std::chrono::system_clock::time_point when) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(when)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

namespace {

bool finished(Stage stage) { return stage == Stage::Submitted || stage == Stage::Abandoned; }

}  // namespace

Session::Session(const Questionnaire& questionnaire, Clock clock)
    : questionnaire_(&questionnaire), clock_(std::move(clock)), date_(isoDate(clock_())) {
    const std::vector<const Question*> applicable = applicableQuestions(questionnaire, answers_);
    if (applicable.empty()) {
        stage_ = Stage::CheckAnswers;
    } else {
        index_ = questionnaire.indexOf(applicable.front()->id);
    }
}

const Question* Session::current() const {
    if (stage_ != Stage::Question) return nullptr;
    return &questionnaire_->questions[static_cast<std::size_t>(index_)];
}

int Session::position() const {
    const Question* question = current();
    if (question == nullptr) return 0;
    const std::vector<const Question*> applicable = applicableQuestions(*questionnaire_, answers_);
    const auto found = std::find(applicable.begin(), applicable.end(), question);
    return found == applicable.end() ? 0 : static_cast<int>(found - applicable.begin()) + 1;
}

int Session::count() const {
    return static_cast<int>(applicableQuestions(*questionnaire_, answers_).size());
}

Progress Session::progress() const {
    Progress progress{position(), std::nullopt};
    if (progress.position == 0) return progress;
    const std::vector<const Question*> applicable = applicableQuestions(*questionnaire_, answers_);
    const auto routes = [&](const Question* question) {
        return std::any_of(questionnaire_->questions.begin(), questionnaire_->questions.end(),
                           [&](const Question& other) { return other.when && other.when->question_id == question->id; });
    };
    const auto ahead = applicable.begin() + (progress.position - 1);
    if (std::none_of(ahead, applicable.end(), routes)) progress.total = static_cast<int>(applicable.size());
    return progress;
}

const Answer* Session::currentAnswer() const {
    const Question* question = current();
    if (question == nullptr) return nullptr;
    const auto found = answers_.find(question->id);
    return found == answers_.end() ? nullptr : &found->second;
}

AnswerChanges Session::answer(const Answer& given) {
    if (stage_ != Stage::Question) throw std::logic_error("there is no question to answer now");
    const std::string problem = checkAnswer(*current(), given);
    if (!problem.empty()) throw std::invalid_argument(problem);
    return record(given);
}

AnswerChanges Session::skip() {
    if (stage_ != Stage::Question) throw std::logic_error("there is no question to skip now");
    return record(std::nullopt);
}

AnswerChanges Session::keepText(const std::string& text) {
    if (stage_ != Stage::Question || current()->type != QuestionType::Text) return {};
    const std::string id = current()->id;
    if (text.empty()) {
        if (answers_.erase(id) == 0) return {};
        return {{AnswerChange::Kind::Clear, id, {}}};
    }
    const Answer given = Answer::freeText(text);
    const std::string problem = checkAnswer(*current(), given);
    if (!problem.empty()) throw std::invalid_argument(problem);
    const auto found = answers_.find(id);
    if (found != answers_.end() && found->second == given) return {};
    answers_.insert_or_assign(id, given);
    return {{AnswerChange::Kind::Set, id, given}};
}

AnswerChanges Session::record(std::optional<Answer> given) {
    const std::string id = current()->id;
    AnswerChanges changes;
    if (given) {
        const auto found = answers_.find(id);
        if (found == answers_.end() || !(found->second == *given)) {
            answers_.insert_or_assign(id, *given);
            changes.push_back({AnswerChange::Kind::Set, id, *given});
        }
    } else if (answers_.erase(id) > 0) {
        changes.push_back({AnswerChange::Kind::Clear, id, {}});
    }
    for (std::string& removed : pruneInapplicable(*questionnaire_, answers_)) {
        changes.push_back({AnswerChange::Kind::Clear, std::move(removed), {}});
    }
    seen_.insert(id);
    // A question that no longer applies counts as never seen, so that changing the answer back
    // shows it again instead of passing over it.
    const std::vector<const Question*> applicable = applicableQuestions(*questionnaire_, answers_);
    std::erase_if(seen_, [&](const std::string& seen) {
        return std::none_of(applicable.begin(), applicable.end(),
                            [&](const Question* question) { return question->id == seen; });
    });
    advanceFrom(index_);
    return changes;
}

void Session::advanceFrom(int index) {
    // The next question that applies and has not been answered or skipped yet. While changing
    // an answer from check-answers this finds only the questions the change opened.
    for (const Question* question : applicableQuestions(*questionnaire_, answers_)) {
        const int at = questionnaire_->indexOf(question->id);
        if (at > index && !seen_.contains(question->id)) {
            stage_ = Stage::Question;
            index_ = at;
            return;
        }
    }
    stage_ = Stage::CheckAnswers;
    changing_ = false;
}

void Session::back() {
    if (finished(stage_)) throw std::logic_error("the session is over");
    const std::vector<const Question*> applicable = applicableQuestions(*questionnaire_, answers_);
    if (stage_ == Stage::CheckAnswers) {
        if (applicable.empty()) return;
        stage_ = Stage::Question;
        index_ = questionnaire_->indexOf(applicable.back()->id);
        return;
    }
    const Question* previous = nullptr;
    for (const Question* question : applicable) {
        if (questionnaire_->indexOf(question->id) >= index_) break;
        previous = question;
    }
    if (previous != nullptr) index_ = questionnaire_->indexOf(previous->id);
}

bool Session::canGoBack() const {
    if (stage_ == Stage::CheckAnswers) return count() > 0;
    if (stage_ != Stage::Question) return false;
    const std::vector<const Question*> applicable = applicableQuestions(*questionnaire_, answers_);
    return !applicable.empty() && questionnaire_->indexOf(applicable.front()->id) < index_;
}

void Session::change(const std::string& question_id) {
    if (stage_ != Stage::CheckAnswers) throw std::logic_error("answers can be changed only from check-answers");
    const std::vector<const Question*> applicable = applicableQuestions(*questionnaire_, answers_);
    const auto found = std::find_if(applicable.begin(), applicable.end(),
                                    [&](const Question* question) { return question->id == question_id; });
    if (found == applicable.end()) throw std::invalid_argument("question '" + question_id + "' is not asked");
    stage_ = Stage::Question;
    index_ = questionnaire_->indexOf(question_id);
    changing_ = true;
}

void Session::submit() {
    if (stage_ != Stage::CheckAnswers) throw std::logic_error("only check-answers can be submitted");
    stage_ = Stage::Submitted;
}

void Session::abandon() {
    if (finished(stage_)) throw std::logic_error("the session is over");
    stage_ = Stage::Abandoned;
    changing_ = false;
}

}  // namespace survey
