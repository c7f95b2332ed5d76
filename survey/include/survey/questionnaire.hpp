// Value types of a questionnaire: questions, options, routing rules and their wording per locale.
// Loaded from assets/questionnaires/*.yaml by questionnaire_file.hpp; ids are a fixed contract.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace survey {

// Wording of one piece of text in every locale the file carries.
// Locale keys: "en", "cy" (Welsh), and the Easy Read variants "en-easy", "cy-easy".
class LocalText {
public:
    void set(std::string locale, std::string text);
    // Exact lookup: nullptr when the file has no text for that locale.
    const std::string* find(std::string_view locale) const;
    // The wording to show: the locale asked for, else the same language's standard wording
    // ("cy-easy" falls back to "cy"), else English. Empty string when there is no text at all.
    const std::string& get(std::string_view language, bool easy_read = false) const;
    bool empty() const { return texts_.empty(); }
    const std::map<std::string, std::string, std::less<>>& all() const { return texts_; }

private:
    std::map<std::string, std::string, std::less<>> texts_;
};

std::string localeKey(std::string_view language, bool easy_read);  // ("cy", true) -> "cy-easy"
// The name of a locale key for messages ("cy-easy" -> "Easy Read Welsh"); empty for an unknown key.
std::string_view localeName(std::string_view key);

enum class QuestionType { Single, Multi, Text };
std::string_view toString(QuestionType);

struct Option {
    std::string id;             // [a-z0-9_]+, fixed contract
    bool outside_base = false;  // counted and shown, but not in the denominator (dont_know, ...)
    bool not_applicable = false;  // outside the base because it did not apply (`outside_base: not_applicable`)
    LocalText label;
    // Multi-choice only (`exclusive: [none]` on the question): chosen alone or not at all, as
    // "None of these" or "I don't know" (answers.hpp: toggleChoice, checkAnswer).
    bool exclusive = false;
};

// `when: QUESTION = OPTION`: the question is asked only when that earlier answer includes OPTION.
struct Condition {
    std::string question_id;
    std::string option_id;
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::Single;
    std::string scale;             // name of the shared scale ("ynd"), empty for own options
    std::vector<Option> options;   // empty for text questions
    std::optional<Condition> when;
    LocalText text;                // the question itself
    LocalText hint;                // explains a term ("your offender manager is your probation worker")
    // Reporting: which options make the finding ("fully or partly"), and the words the sentence
    // ends with ("said the rules of their supervision had been fully or partly explained").
    std::vector<std::string> finding_options;
    LocalText finding;
    // `finding: {one: {en: was a magistrate, cy: yn ynad}}`: the same words said of one person,
    // where `finding` does not read after one ("were magistrates": "Only one of the 22 sentencers
    // were magistrates"). Required when the English finding opens with such a verb; else empty.
    LocalText finding_one;
    // `finding: {split: {OPTION: {en: ..., cy: ...}}}`: the finding in words for one option, for
    // the sentence that names options one by one ("said they had been fully supported ...; a
    // further five said they had been partly supported"). Given for every option splitNames().
    std::map<std::string, LocalText, std::less<>> split_finding;
    // `finding: {headline: true}`: the sentence is one of the report's headline findings. Set
    // by hand for the findings the reports lead with; never for "about you" questions (setting,
    // role), which describe who answered rather than what they found.
    bool headline = false;
    // `about_you: true`: the question says who answered (setting, role, sentence, provider), not
    // what they found. Never a headline (the loader refuses both), and never in a report's body.
    bool about_you = false;
    // `who: {OPTION: {en: in prison, cy: yn y carchar}}`: the respondents who gave an answer, as
    // the report names them when a later question is asked only of them (`when: setting =
    // custody`): "Only two of the eight offenders in prison said ...". Required for every option a
    // `when` of a question with a finding names.
    std::map<std::string, LocalText, std::less<>> who;
    int line = 0;                  // line in the questionnaire file, for messages

    const Option* option(std::string_view option_id) const;
    bool hasOption(std::string_view option_id) const { return option(option_id) != nullptr; }
    // Whether the report may split the finding into its strong and partial answer: a single
    // question whose finding counts two options ("fully", "partly"). docs/house-style.md.
    bool findingCanSplit() const;
    // The options a split sentence can name: every option inside the base (the strong, the
    // partial and the rest); none when the finding cannot split.
    std::vector<const Option*> splitNames() const;
};

// Grammatical gender of a Welsh noun: numbers count it differently ("dau droseddwr", "dwy ferch").
enum class NounGender { Masculine, Feminine };

// What happens to a respondent's answers when they leave ("Leave this page") or walk away.
enum class OnExit { Discard, KeepAsAbandoned };

struct Questionnaire {
    std::string id;       // offender, victim, sentencer
    int version = 0;      // bumped whenever ids, options or routing change
    std::string definition_hash;  // hex SHA-256 of the definition files as loaded
    std::string source;   // path it was loaded from

    LocalText title;          // "Your views on probation"
    LocalText audience;       // chooser button: "I am on probation"
    LocalText introduction;   // start page text specific to this questionnaire
    LocalText respondent;     // singular noun for reports: "offender"
    LocalText respondents;    // plural noun: "offenders"
    // Gender of the Welsh respondent noun (`respondent_gender:`; required with Welsh wording).
    NounGender respondent_gender = NounGender::Masculine;
    int minutes = 5;          // "about 5 minutes"

    bool leave_button = false;              // "Leave this page" always visible (victim)
    OnExit on_leave = OnExit::Discard;
    OnExit on_timeout = OnExit::KeepAsAbandoned;

    std::vector<Question> questions;  // in the order asked

    const Question* question(std::string_view question_id) const;
    // Position in `questions`, or -1.
    int indexOf(std::string_view question_id) const;
};

}  // namespace survey
