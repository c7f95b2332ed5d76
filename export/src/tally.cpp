// Counting responses question by question, and turning the counts into figures; each question's
// sentence is chosen in question_sentence.cpp.
#include "report/tally.hpp"

#include <algorithm>
#include <utility>

#include "report/merge.hpp"
#include "report/rate_notes.hpp"
#include "report/small_numbers.hpp"
#include "survey/answers.hpp"

namespace report {

namespace {

constexpr std::string_view kNotAnswered = "not_answered";

int indexOfOption(const survey::Question& question, std::string_view option_id) {
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        if (question.options[i].id == option_id) return static_cast<int>(i);
    }
    return -1;
}

QuestionCounter::VersionCount& versionCount(QuestionCounter& counter, int version) {
    for (auto& v : counter.versions) {
        if (v.version == version) return v;
    }
    counter.versions.push_back({version, 0, 0});
    return counter.versions.back();
}

}  // namespace

QuestionnaireTally::QuestionnaireTally(survey::Questionnaire definition, std::string by_question)
    : definition_(std::move(definition)), by_question_(std::move(by_question)),
      loaded_questions_(definition_.questions.size()) {
    rebuildIndex();
    // --by names a question of the loaded definition; a questionnaire without it has no groups.
    if (const int by = definition_.indexOf(by_question_); !by_question_.empty() && by >= 0) by_index_ = by;
}

void QuestionnaireTally::rebuildIndex() {
    index_.clear();
    for (std::size_t qi = 0; qi < definition_.questions.size(); ++qi) index_.emplace(definition_.questions[qi].id, qi);
    facts_.assign(definition_.questions.size(), QuestionFacts{});
    for (std::size_t qi = 0; qi < definition_.questions.size(); ++qi) {
        const survey::Question& question = definition_.questions[qi];
        QuestionFacts& facts = facts_[qi];
        for (const survey::Option& option : question.options) {
            facts.finding.push_back(std::find(question.finding_options.begin(), question.finding_options.end(),
                                              option.id) != question.finding_options.end());
        }
        if (!question.when) continue;
        // A `when:` naming a question or option no answer has met yet: nobody was asked it.
        if (const auto found = index_.find(question.when->question_id); found != index_.end()) {
            facts.when_question = static_cast<int>(found->second);
            facts.when_option = indexOfOption(definition_.questions[found->second], question.when->option_id);
        }
    }
    slots_.resize(definition_.questions.size());
}

// Puts each answer in its question's slot, its options as indexes; false when an answer names a
// question or option the definition lacks (another version's), so the definition must grow first.
bool QuestionnaireTally::fillSlots(const survey::Answers& answers) {
    for (Slot& slot : slots_) slot.answer = nullptr;
    // Both are in question id order: walk them side by side instead of a lookup per answer.
    auto found = index_.begin();
    for (const auto& [question_id, answer] : answers) {
        while (found != index_.end() && found->first < question_id) ++found;
        if (found == index_.end() || found->first != question_id) return false;
        const survey::Question& question = definition_.questions[found->second];
        Slot& slot = slots_[found->second];
        slot.options.clear();
        for (const std::string& option_id : answer.options) {
            const int index = indexOfOption(question, option_id);
            if (index < 0) return false;
            slot.options.push_back(index);
        }
        slot.answer = &answer;
    }
    return true;
}

// survey::isAsked for the current response, on its slots: fillSlots put every answer in one, so
// an answer missing from the slots is missing from the response.
bool QuestionnaireTally::isAsked(std::size_t question_index) const {
    const QuestionFacts& facts = facts_[question_index];
    if (!definition_.questions[question_index].when) return true;
    if (facts.when_question < 0 || facts.when_option < 0) return false;
    const Slot& condition = slots_[static_cast<std::size_t>(facts.when_question)];
    return condition.answer != nullptr &&
           std::find(condition.options.begin(), condition.options.end(), facts.when_option) != condition.options.end();
}

void QuestionnaireTally::add(const survey::StoredResponse& response) {
    if (!fillSlots(response.answers)) {
        absorbAnswers(definition_, response.answers);
        rebuildIndex();
        fillSlots(response.answers);
    }
    ++returned_;
    count(all_, response);
    if (by_index_ < 0) return;
    const survey::Answer* by = slots_[static_cast<std::size_t>(by_index_)].answer;
    if (by == nullptr || by->options.empty()) {
        countInGroup(kNotAnswered, response);
        return;
    }
    // A multi-choice answer puts the person in the group of every option they chose (the groups
    // overlap); a single-choice answer has one option.
    for (const std::string& option : by->options) countInGroup(option, response);
    if (by->options.size() > 1) ++in_several_groups_;
}

void QuestionnaireTally::countInGroup(std::string_view key, const survey::StoredResponse& response) {
    auto group = groups_.find(key);
    if (group == groups_.end()) group = groups_.emplace(std::string(key), Counts{}).first;
    count(group->second, response);
}

void QuestionnaireTally::forEachComment(const std::function<void(const std::string&)>& visit) const {
    for (const QuestionCounter& counter : all_.questions) {
        for (const std::string& comment : counter.comments) visit(comment);
    }
}

void QuestionnaireTally::count(Counts& counts, const survey::StoredResponse& response) const {
    ++counts.returned;
    ++counts.returned_by_version[response.info.questionnaire_version];
    if (counts.questions.size() < definition_.questions.size()) counts.questions.resize(definition_.questions.size());
    const int version = response.info.questionnaire_version;
    for (std::size_t qi = 0; qi < definition_.questions.size(); ++qi) {
        const survey::Question& question = definition_.questions[qi];
        QuestionCounter& counter = counts.questions[qi];
        if (!isAsked(qi)) continue;
        auto& per_version = versionCount(counter, version);
        ++per_version.asked;
        const Slot& slot = slots_[qi];
        if (slot.answer == nullptr) continue;
        ++per_version.answered;
        if (question.type == survey::QuestionType::Text) {
            if (!slot.answer->text.empty()) counter.comments.push_back(slot.answer->text);
            continue;
        }
        if (counter.option_counts.size() < question.options.size()) counter.option_counts.resize(question.options.size());
        bool inside_base = false;
        bool finding = false;
        for (const int option : slot.options) {
            const auto index = static_cast<std::size_t>(option);
            ++counter.option_counts[index];
            if (!question.options[index].outside_base) inside_base = true;
            if (facts_[qi].finding[index]) finding = true;
        }
        if (!inside_base) ++counter.only_outside;
        if (finding) ++counter.finding;
    }
}

std::vector<QuestionFigures> QuestionnaireTally::figures(const Counts& counts, Language language,
                                                         const Nouns& nouns, Redactor& redactor) const {
    std::vector<QuestionFigures> result;
    for (std::size_t qi = 0; qi < definition_.questions.size(); ++qi) {
        const survey::Question& question = definition_.questions[qi];
        const QuestionCounter empty;
        const QuestionCounter& counter = qi < counts.questions.size() ? counts.questions[qi] : empty;
        QuestionFigures q;
        q.id = question.id;
        q.type = question.type;
        q.text = wording(question.text, language);
        // A version in which nobody answered this question is taken not to have it (merge.hpp):
        // its respondents were not asked, so they are not counted as skipping it. The loaded
        // version has every question of the loaded definition.
        const bool loaded = qi < loaded_questions_;
        for (const auto& v : counter.versions) {
            if (v.answered == 0 && !(loaded && v.version == definition_.version)) continue;
            // An absorbed question has no routing rule: every respondent of its version had it,
            // whatever order the rows came in (response ids are random).
            q.asked += loaded ? v.asked : counts.returned_by_version.at(v.version);
            q.answered += v.answered;
        }
        q.skipped = q.asked - q.answered;
        if (question.type == survey::QuestionType::Text) {
            q.base = q.answered;
            // Sorted: the same comments give the same report whatever order the rows came in (response
            // ids are random, and the order people answered in must not show).
            std::vector<std::string> comments = counter.comments;
            std::sort(comments.begin(), comments.end());
            for (const std::string& comment : comments) {
                q.comments.push_back(quoteComment(redactor.redact(comment), nouns, language));
            }
            // Sorted again once redacted: the order of the raw text would hint at the first
            // letter of a name that opened a comment.
            std::sort(q.comments.begin(), q.comments.end());
            q.sentence = commentCountSentence(static_cast<int>(counter.comments.size()), nouns, language);
            result.push_back(std::move(q));
            continue;
        }
        FindingFigures sentence_figures;
        for (std::size_t oi = 0; oi < question.options.size(); ++oi) {
            const survey::Option& option = question.options[oi];
            OptionFigure figure;
            figure.id = option.id;
            figure.label = option.label.empty() ? option.id : wording(option.label, language);
            figure.outside_base = option.outside_base;
            figure.count = oi < counter.option_counts.size() ? counter.option_counts[oi] : 0;
            if (option.outside_base && figure.count > 0) {
                (option.not_applicable ? sentence_figures.not_applicable : sentence_figures.expressed_view) = true;
            }
            q.options.push_back(std::move(figure));
        }
        q.base = q.answered - counter.only_outside;
        for (OptionFigure& figure : q.options) {
            if (!figure.outside_base) figure.percent = percentOf(figure.count, q.base);
        }
        q.finding_options = question.finding_options;  // from the questionnaire file, never guessed
        q.finding_count = counter.finding;
        sentence_figures.base = q.base;
        sentence_figures.answered = q.answered;
        sentence_figures.who = whoWasAsked(question, language);
        sentence_figures.skipped = q.skipped > 0;
        q.sentence = questionSentence(question, q, sentence_figures, nouns, language);
        q.finding_percent = percentOf(q.finding_count, q.base);
        result.push_back(std::move(q));
    }
    return result;
}

std::string QuestionnaireTally::whoWasAsked(const survey::Question& question, Language language) const {
    if (!question.when) return {};
    const survey::Question* named = definition_.question(question.when->question_id);
    if (named == nullptr) return {};
    const auto who = named->who.find(question.when->option_id);
    return who == named->who.end() ? std::string() : wording(who->second, language);
}

// The questions the file marks as headline findings, answered or not (a file that marks some
// keeps the body to them even when none was answered), and those that say who answered: the
// body of a section (or of a group) is chosen from these (writers/layout.cpp).
void QuestionnaireTally::markHeadlines(std::vector<QuestionFigures>& questions) const {
    for (QuestionFigures& q : questions) {
        const survey::Question* question = definition_.question(q.id);
        q.headline = question != nullptr && question->headline;
        q.about_you = question != nullptr && question->about_you;
    }
}

QuestionnaireReport QuestionnaireTally::finish(Language language, std::optional<int> distributed) const {
    Redactor redactor;
    return finish(language, distributed, redactor);
}

QuestionnaireReport QuestionnaireTally::finish(Language language, std::optional<int> distributed,
                                               Redactor& redactor) const {
    QuestionnaireReport report;
    report.id = definition_.id;
    report.title = wording(definition_.title, language);
    report.nouns = nounsOf(definition_, language);
    report.returned = returned_;
    report.abandoned = abandoned_;
    report.in_progress = in_progress_;
    report.distributed = distributed;
    // A rate over 100% means a count is missing or covers other dates: no rate, a warning instead.
    if (distributed && *distributed > 0 && returned_ <= *distributed) {
        report.response_rate_percent = percentOf(returned_, *distributed);
    }
    report.opening = openingLine(returned_, distributed, report.nouns, language);
    report.unfinished = unfinishedNote(abandoned_, in_progress_, language);
    const std::size_t names_before = redactor.namesReplaced();
    report.questions = figures(all_, language, report.nouns, redactor);
    markHeadlines(report.questions);
    for (const QuestionFigures& q : report.questions) {
        report.comments.insert(report.comments.end(), q.comments.begin(), q.comments.end());
    }
    if (redactor.namesReplaced() > names_before) report.comments_note = std::string(namesChangedNote(language));
    const survey::Question* by = by_index_ < 0 ? nullptr : &definition_.questions[static_cast<std::size_t>(by_index_)];
    if (by == nullptr) return report;
    report.by_question = by_question_;
    report.groups_overlap = in_several_groups_ > 0;
    if (report.groups_overlap) report.groups_note = overlappingGroupsNote(language);
    // Groups in the order of the question's options, then those who did not answer it.
    std::vector<std::pair<std::string, std::string>> order;
    for (const survey::Option& option : by->options) {
        order.emplace_back(option.id, option.label.empty() ? option.id : wording(option.label, language));
    }
    order.emplace_back(std::string(kNotAnswered), language == Language::Cy ? "Heb ateb" : "Did not answer");
    for (const auto& [id, label] : order) {
        const auto found = groups_.find(id);
        if (found == groups_.end()) continue;
        GroupFigures group;
        group.id = id;
        group.label = label;
        group.returned = found->second.returned;
        group.opening = groupOpeningLine(group.returned, report.nouns, id == kNotAnswered ? std::string() : label,
                                         wording(by->text, language), language);
        group.questions = figures(found->second, language, report.nouns, redactor);
        // The question the groups are made by says nothing within one ("All 16 sentencers were
        // magistrates" under "I am a magistrate"): neither a sentence nor a table of it.
        std::erase_if(group.questions, [&](const QuestionFigures& q) { return q.id == by->id; });
        markHeadlines(group.questions);
        report.groups.push_back(std::move(group));
    }
    return report;
}

}  // namespace report
