// Loading questionnaire files: parse, check every rule of assets/questionnaires/README.md,
// and build the value types only when nothing is wrong.
#include "survey/questionnaire_file.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

#include <sodium.h>

#include "survey/answers.hpp"
#include "survey/errors.hpp"
#include "survey/input_text.hpp"
#include "yaml_checker.hpp"

namespace survey {

namespace {

using Scales = std::map<std::string, std::vector<Option>, std::less<>>;

// The verb an English finding opens with when it agrees only with a plural subject ("were
// magistrates", "are aware", "have heard"), so that it cannot follow "Only one of the 22
// sentencers"; empty when the finding reads after one and many alike ("said ...", "knew ...").
std::string_view pluralVerbOpening(std::string_view finding) {
    const std::string_view first = finding.substr(0, finding.find(' '));
    for (const std::string_view verb : {"were", "are", "have", "weren't", "aren't", "haven't", "do", "don't"}) {
        if (first == verb) return verb;
    }
    return {};
}

struct FileBytes {
    std::string bytes;
    bool ok = false;
};

FileBytes readBytes(const std::filesystem::path& file, std::vector<Problem>& problems) {
    try {
        return {readBoundedFile(file, kYamlLimits.file_bytes), true};
    } catch (const ValidationError& error) {
        problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        return {};
    }
}

std::string sha256Hex(const std::string& first, const std::string& second) {
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(first.data()), first.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(second.data()), second.size());
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string index(const std::string& field, std::size_t at) {
    return field + "[" + std::to_string(at) + "]";
}

// One option of a question's own list or of a scale.
std::optional<Option> readOption(YamlChecker& check, const YAML::Node& node, const std::string& field) {
    if (!check.expectMap(node, field, "an option with id and label")) return std::nullopt;
    check.checkKeys(node, {"id", "outside_base", "label"}, field);
    Option option;
    const YAML::Node id = YamlChecker::child(node, "id");
    std::optional<std::string> valid_id;
    if (id.IsDefined()) {
        valid_id = check.id(id, field + ".id");
    } else {
        check.problem(node, field + ".id", "the option has no id");
    }
    if (const YAML::Node outside = YamlChecker::child(node, "outside_base"); outside.IsDefined()) {
        // `not_applicable`: outside the base because the question did not apply (the report says
        // "to whom it applied"); `true`: a no-view answer ("who expressed a view").
        if (outside.IsScalar() && outside.Scalar() == "not_applicable") {
            option.outside_base = true;
            option.not_applicable = true;
        } else {
            option.outside_base = check.boolean(outside, field + ".outside_base").value_or(false);
        }
    }
    option.label = check.text(node, "label", field + ".label", true, Audience::Respondent);
    if (!valid_id) return std::nullopt;
    option.id = *valid_id;
    return option;
}

// A list of options with unique ids (own options of a question, or one scale).
std::vector<Option> readOptions(YamlChecker& check, const YAML::Node& node, const std::string& field) {
    std::vector<Option> options;
    if (!node.IsSequence() || node.size() == 0) {
        check.problem(node, field, "expected a list of at least one option");
        return options;
    }
    if (!check.withinCount(node, field, kYamlLimits.options, "options")) return options;
    std::map<std::string, int> first_line;
    for (std::size_t at = 0; at < node.size(); ++at) {
        const YAML::Node entry = node[at];
        std::optional<Option> option = readOption(check, entry, index(field, at));
        if (!option) continue;
        const YAML::Node id = YamlChecker::child(entry, "id");
        if (const auto [seen, fresh] = first_line.emplace(option->id, YamlChecker::lineOf(id)); !fresh) {
            check.problem(id, index(field, at) + ".id",
                          "option id '" + option->id + "' is used twice (first on line " +
                              std::to_string(seen->second) + ")");
            continue;
        }
        options.push_back(std::move(*option));
    }
    return options;
}

Scales readScales(YamlChecker& check, const std::string& bytes) {
    Scales scales;
    const std::optional<YAML::Node> root = check.parse(bytes);
    if (!root) return scales;
    if (!check.expectMap(*root, "", "a map with 'scales:'")) return scales;
    check.checkKeys(*root, {"scales", YamlChecker::kEndKey}, "");
    check.requireEnd(*root, bytes, "scales");
    const YAML::Node all = YamlChecker::child(*root, "scales");
    if (!all.IsDefined()) {
        check.problem(*root, "scales", "is missing");
        return scales;
    }
    if (!check.expectMap(all, "scales", "a map of scale name to options")) return scales;
    if (!check.withinCount(all, "scales", kYamlLimits.scales, "scales")) return scales;
    for (const auto& entry : all) {
        if (!entry.first.IsScalar()) continue;
        const std::string field = "scales." + entry.first.Scalar();
        if (!YamlChecker::isId(entry.first.Scalar())) {
            check.problem(entry.first, field, "'" + entry.first.Scalar() + "' is not a valid scale name: use only a-z, 0-9 and _");
            continue;
        }
        if (scales.contains(entry.first.Scalar())) {
            check.problem(entry.first, field, "scale '" + entry.first.Scalar() + "' is given twice");
            continue;
        }
        scales.emplace(entry.first.Scalar(), readOptions(check, entry.second, field));
    }
    return scales;
}

std::string scaleNames(const Scales& scales) {
    std::string names;
    for (const auto& [name, options] : scales) names += (names.empty() ? "" : ", ") + name;
    return names;
}

std::optional<OnExit> readOnExit(YamlChecker& check, const YAML::Node& map, std::string_view key) {
    const YAML::Node node = YamlChecker::child(map, key);
    if (!node.IsDefined()) return std::nullopt;
    const std::optional<std::string> value = check.scalar(node, std::string(key));
    if (!value) return std::nullopt;
    if (*value == "discard") return OnExit::Discard;
    if (*value == "keep_as_abandoned") return OnExit::KeepAsAbandoned;
    check.problem(node, std::string(key), "'" + *value + "' is not discard or keep_as_abandoned");
    return std::nullopt;
}

// Reads questions[at]. `ids` holds every question id in file order (for `when` checks);
// `earlier` the questions already read.
class QuestionReader {
public:
    QuestionReader(YamlChecker& check, const Scales& scales, const YAML::Node& list)
        : check_(check), scales_(scales), list_(list) {
        for (std::size_t at = 0; at < list.size(); ++at) {
            const YAML::Node id = YamlChecker::child(list[at], "id");
            if (id.IsScalar()) ids_.emplace_back(id.Scalar(), YamlChecker::lineOf(id));
            else ids_.emplace_back("", 0);
        }
    }

    std::vector<Question> readAll() {
        std::vector<Question> questions;
        for (std::size_t at = 0; at < list_.size(); ++at) {
            std::optional<Question> question = read(list_[at], at, questions);
            if (question) questions.push_back(std::move(*question));
        }
        requireWho(questions);
        return questions;
    }

private:
    std::optional<Question> read(const YAML::Node& node, std::size_t at, const std::vector<Question>& earlier) {
        const std::string field = index("questions", at);
        if (!check_.expectMap(node, field, "a question (a map with id, text, ...)")) return std::nullopt;
        check_.checkKeys(node, {"id", "type", "scale", "options", "labels", "exclusive", "when", "text", "hint", "finding", "who",
                                "about_you"},
                         field);
        Question question;
        question.line = YamlChecker::lineOf(node);
        bool ok = true;

        const YAML::Node id = YamlChecker::child(node, "id");
        if (!id.IsDefined()) {
            check_.problem(node, field + ".id", "the question has no id");
            ok = false;
        } else if (std::optional<std::string> valid = check_.id(id, field + ".id")) {
            question.id = *valid;
            for (std::size_t before = 0; before < at; ++before) {
                if (ids_[before].first == question.id) {
                    check_.problem(id, field + ".id", "question id '" + question.id + "' is used twice (first on line " +
                                                          std::to_string(ids_[before].second) + ")");
                    ok = false;
                    break;
                }
            }
        } else {
            ok = false;
        }

        std::optional<QuestionType> type = QuestionType::Single;
        if (const YAML::Node type_node = YamlChecker::child(node, "type"); type_node.IsDefined()) {
            type = readType(type_node, field + ".type");
        }
        if (!type) ok = false;
        question.type = type.value_or(QuestionType::Single);
        if (type && !readOptionsOf(node, field, question)) ok = false;
        readExclusive(node, field, question);
        readWho(node, field, question);
        if (const YAML::Node about_you = YamlChecker::child(node, "about_you"); about_you.IsDefined()) {
            question.about_you = check_.boolean(about_you, field + ".about_you").value_or(false);
        }

        question.text = check_.text(node, "text", field + ".text", true, Audience::Respondent);
        question.hint = check_.text(node, "hint", field + ".hint", false, Audience::Respondent);
        readWhen(node, field, at, earlier, question);
        readFinding(node, field, question);
        if (!ok) return std::nullopt;
        return question;
    }

    std::optional<QuestionType> readType(const YAML::Node& node, const std::string& field) {
        const std::optional<std::string> value = check_.scalar(node, field);
        if (!value) return std::nullopt;
        if (*value == "single") return QuestionType::Single;
        if (*value == "multi") return QuestionType::Multi;
        if (*value == "text") return QuestionType::Text;
        check_.problem(node, field, "unknown type '" + *value + "'; expected single, multi or text");
        return std::nullopt;
    }

    // Options from `scale:` (with `labels:` rewording some) or own `options:`; none for text.
    bool readOptionsOf(const YAML::Node& node, const std::string& field, Question& question) {
        const YAML::Node scale = YamlChecker::child(node, "scale");
        const YAML::Node options = YamlChecker::child(node, "options");
        const YAML::Node labels = YamlChecker::child(node, "labels");
        if (question.type == QuestionType::Text) {
            bool ok = true;
            for (const auto& [key, given] : {std::pair{"scale", scale}, {"options", options}, {"labels", labels}}) {
                if (!given.IsDefined()) continue;
                check_.problem(given, field + "." + key, "a text question has no options; remove '" + std::string(key) + ":'");
                ok = false;
            }
            return ok;
        }
        if (scale.IsDefined() && options.IsDefined()) {
            check_.problem(node, field, "has both 'scale:' and 'options:'; give one of them");
            return false;
        }
        if (!scale.IsDefined() && !options.IsDefined()) {
            check_.problem(node, field, "has neither 'scale:' nor 'options:'; a single or multi question needs one");
            return false;
        }
        if (options.IsDefined()) {
            if (labels.IsDefined()) {
                check_.problem(labels, field + ".labels", "'labels:' rewords a scale; with own options, change their label");
            }
            const std::size_t problems_before = check_.problems().size();
            question.options = readOptions(check_, options, field + ".options");
            return check_.problems().size() == problems_before;
        }
        const std::optional<std::string> name = check_.scalar(scale, field + ".scale");
        if (!name) return false;
        const auto found = scales_.find(*name);
        if (found == scales_.end()) {
            check_.problem(scale, field + ".scale", "unknown scale '" + *name + "'; scales.yaml has: " + scaleNames(scales_));
            return false;
        }
        question.scale = *name;
        question.options = found->second;
        if (labels.IsDefined() && check_.expectMap(labels, field + ".labels", "a map of option id to wording")) {
            std::set<std::string> relabelled;
            for (const auto& entry : labels) {
                if (!entry.first.IsScalar()) continue;
                const std::string& option_id = entry.first.Scalar();
                const std::string label_field = field + ".labels." + option_id;
                if (!relabelled.insert(option_id).second) {
                    check_.problem(entry.first, label_field, "option '" + option_id + "' is relabelled twice");
                    continue;
                }
                auto option = std::find_if(question.options.begin(), question.options.end(),
                                           [&](const Option& o) { return o.id == option_id; });
                if (option == question.options.end()) {
                    check_.problem(entry.first, label_field, "scale '" + *name + "' has no option '" + option_id + "'");
                    continue;
                }
                option->label = check_.text(entry.second, label_field, Audience::Respondent);
            }
        }
        return true;
    }

    // `who:`: a map of option id to report wording naming those who gave that answer.
    void readWho(const YAML::Node& node, const std::string& field, Question& question) {
        const YAML::Node who = YamlChecker::child(node, "who");
        const std::string who_field = field + ".who";
        if (!who.IsDefined() || !check_.expectMap(who, who_field, "a map of option id to wording, e.g. custody: {en: in prison}")) {
            return;
        }
        for (const auto& entry : who) {
            if (!entry.first.IsScalar()) continue;
            const std::string& option_id = entry.first.Scalar();
            if (!question.hasOption(option_id)) {
                check_.problem(entry.first, who_field + "." + option_id,
                               "'" + option_id + "' is not an option of question '" + question.id + "'");
                continue;
            }
            question.who[option_id] = check_.text(entry.second, who_field + "." + option_id, Audience::Report);
        }
    }

    // A finding asked of some respondents only ("when: setting = custody") says who they were
    // ("the eight offenders in prison"), in the words of the question its rule names: every
    // option so named needs `who:` wording. Reported once per option, on the named question.
    void requireWho(const std::vector<Question>& questions) {
        std::set<std::pair<std::string, std::string>> reported;
        for (const Question& question : questions) {
            if (question.finding_options.empty() || !question.when) continue;
            const auto named = std::find_if(questions.begin(), questions.end(),
                                            [&](const Question& q) { return q.id == question.when->question_id; });
            if (named == questions.end() || named->who.contains(question.when->option_id)) continue;
            if (!reported.emplace(named->id, question.when->option_id).second) continue;
            const auto at = static_cast<std::size_t>(
                std::find_if(ids_.begin(), ids_.end(), [&](const auto& entry) { return entry.first == named->id; }) -
                ids_.begin());
            const YAML::Node who = YamlChecker::child(list_[at], "who");
            check_.problem(who.IsDefined() ? who : list_[at], index("questions", at) + ".who." + question.when->option_id,
                           "is missing; question '" + question.id + "' (line " + std::to_string(question.line) +
                               ") is asked only when " + named->id + " = " + question.when->option_id +
                               " and has a finding, so the report says who was asked, e.g. who: {" +
                               question.when->option_id + ": {en: in prison, cy: yn y carchar}}");
        }
    }

    // `exclusive: [none]`: options chosen alone ("None of these"), on a multi question only.
    void readExclusive(const YAML::Node& node, const std::string& field, Question& question) {
        const YAML::Node exclusive = YamlChecker::child(node, "exclusive");
        if (!exclusive.IsDefined()) return;
        const std::string exclusive_field = field + ".exclusive";
        if (question.type != QuestionType::Multi) {
            check_.problem(exclusive, exclusive_field,
                           "only a multi question has exclusive options; a single question is exclusive already");
            return;
        }
        if (!exclusive.IsSequence() || exclusive.size() == 0) {
            check_.problem(exclusive, exclusive_field, "expected a list of option ids, e.g. [none]");
            return;
        }
        for (std::size_t at = 0; at < exclusive.size(); ++at) {
            const std::string entry_field = index(exclusive_field, at);
            const std::optional<std::string> option_id = check_.scalar(exclusive[at], entry_field);
            if (!option_id) continue;
            auto option = std::find_if(question.options.begin(), question.options.end(),
                                       [&](const Option& o) { return o.id == *option_id; });
            if (option == question.options.end()) {
                check_.problem(exclusive[at], entry_field,
                               "'" + *option_id + "' is not an option of question '" + question.id + "'");
            } else if (option->exclusive) {
                check_.problem(exclusive[at], entry_field, "'" + *option_id + "' is listed twice");
            } else {
                option->exclusive = true;
            }
        }
    }

    void readWhen(const YAML::Node& node, const std::string& field, std::size_t at,
                  const std::vector<Question>& earlier, Question& question) {
        const YAML::Node when = YamlChecker::child(node, "when");
        if (!when.IsDefined()) return;
        const std::string when_field = field + ".when";
        const std::optional<std::string> rule = check_.scalar(when, when_field);
        if (!rule) return;
        const std::size_t equals = rule->find('=');
        const auto trim = [](std::string text) {
            const auto first = text.find_first_not_of(" \t");
            const auto last = text.find_last_not_of(" \t");
            return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
        };
        const std::string question_id = equals == std::string::npos ? "" : trim(rule->substr(0, equals));
        const std::string option_id = equals == std::string::npos ? "" : trim(rule->substr(equals + 1));
        if (!YamlChecker::isId(question_id) || !YamlChecker::isId(option_id)) {
            check_.problem(when, when_field, "'" + *rule + "' is not a rule of the form QUESTION = OPTION");
            return;
        }
        if (!question.id.empty() && question_id == question.id) {
            check_.problem(when, when_field, "names this question itself; a rule must name an earlier question");
            return;
        }
        const auto before = std::find_if(earlier.begin(), earlier.end(),
                                         [&](const Question& q) { return q.id == question_id; });
        if (before == earlier.end()) {
            const auto later = std::find_if(ids_.begin() + static_cast<std::ptrdiff_t>(at), ids_.end(),
                                            [&](const auto& entry) { return entry.first == question_id; });
            const bool earlier_but_broken = std::any_of(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(at),
                                                        [&](const auto& entry) { return entry.first == question_id; });
            if (later != ids_.end()) {
                check_.problem(when, when_field, "names question '" + question_id + "', which comes later (line " +
                                                     std::to_string(later->second) + "); a rule must name an earlier question");
            } else if (!earlier_but_broken) {
                check_.problem(when, when_field, "names question '" + question_id + "', which is not in this file");
            }
            return;  // an earlier question with its own problems is reported there
        }
        if (!before->hasOption(option_id)) {
            check_.problem(when, when_field, "question '" + question_id + "' has no option '" + option_id + "'");
            return;
        }
        question.when = Condition{question_id, option_id};
    }

    void readFinding(const YAML::Node& node, const std::string& field, Question& question) {
        const YAML::Node finding = YamlChecker::child(node, "finding");
        // The options a finding counts come from the file alone: no finding, no finding options
        // (the report then gives the most common answer); nothing is guessed from option ids.
        if (!finding.IsDefined()) return;
        const std::string finding_field = field + ".finding";
        if (!check_.expectMap(finding, finding_field, "a map with options and text")) return;
        check_.checkKeys(finding, {"options", "text", "one", "headline", "split"}, finding_field);
        if (const YAML::Node headline = YamlChecker::child(finding, "headline"); headline.IsDefined()) {
            question.headline = check_.boolean(headline, finding_field + ".headline").value_or(false);
        }
        question.finding = check_.text(finding, "text", finding_field + ".text", false, Audience::Report);
        question.finding_one = check_.text(finding, "one", finding_field + ".one", false, Audience::Report);
        requireOneWording(finding, finding_field, question);
        const YAML::Node options = YamlChecker::child(finding, "options");
        if (!options.IsDefined()) {
            check_.problem(finding, finding_field + ".options",
                           "is missing; list the options the report's sentence counts, e.g. [yes] or [fully, partly]");
            return;
        }
        const std::string options_field = finding_field + ".options";
        if (!options.IsSequence() || options.size() == 0) {
            check_.problem(options, options_field, "expected a list of option ids, e.g. [yes]");
            return;
        }
        question.finding_options.clear();
        for (std::size_t at = 0; at < options.size(); ++at) {
            const std::optional<std::string> option_id = check_.scalar(options[at], index(options_field, at));
            if (!option_id) continue;
            if (!question.hasOption(*option_id)) {
                check_.problem(options[at], index(options_field, at),
                               "'" + *option_id + "' is not an option of question '" + question.id + "'");
                continue;
            }
            question.finding_options.push_back(*option_id);
        }
        requireHeadlineOptions(finding, finding_field, question);
        readSplit(finding, finding_field, question);
    }

    // `finding.split`: each option's own finding wording. Required for every option a split
    // sentence can name (Question::splitNames), refused where the finding cannot split, so a
    // report never falls back to quoting labels and the question.
    void readSplit(const YAML::Node& finding, const std::string& finding_field, Question& question) {
        const YAML::Node split = YamlChecker::child(finding, "split");
        const std::string split_field = finding_field + ".split";
        const std::vector<const Option*> names = question.splitNames();
        if (split.IsDefined() && names.empty()) {
            check_.problem(split, split_field,
                           "only a single question whose finding counts two options (e.g. [fully, partly]) is split; "
                           "remove 'split:'");
            return;
        }
        if (names.empty()) return;
        if (split.IsDefined() && check_.expectMap(split, split_field, "a map of option id to wording")) {
            for (const auto& entry : split) {
                if (!entry.first.IsScalar()) continue;
                const std::string& option_id = entry.first.Scalar();
                const std::string entry_field = split_field + "." + option_id;
                const bool named = std::any_of(names.begin(), names.end(), [&](const Option* o) { return o->id == option_id; });
                if (!named) {
                    check_.problem(entry.first, entry_field,
                                   question.hasOption(option_id)
                                       ? "'" + option_id + "' is outside the base; a split sentence never names it"
                                       : "'" + option_id + "' is not an option of question '" + question.id + "'");
                    continue;
                }
                question.split_finding[option_id] = check_.text(entry.second, entry_field, Audience::Report);
                // A split names each answer's count, one or many: "a further one said ...".
                if (const std::string* en = question.split_finding[option_id].find("en")) {
                    if (const std::string_view verb = pluralVerbOpening(*en); !verb.empty()) {
                        check_.problem(entry.second, entry_field + ".en",
                                       "\"" + *en + "\" does not read after one person (\"a further one " +
                                           std::string(verb) + " ...\"); a split wording must read after one and "
                                           "after many, so open it with a verb such as 'said'");
                    }
                }
            }
        }
        for (const Option* option : names) {
            if (question.split_finding.contains(option->id)) continue;
            if (split.IsDefined() && YamlChecker::child(split, option->id).IsDefined()) continue;  // reported above
            check_.problem(split.IsDefined() ? split : finding, split_field + "." + option->id,
                           "is missing; a finding of two options is split when the first is not the clear majority, and "
                           "the report then names this answer in its own words, e.g. " +
                               option->id + ": {en: said they had been ..., cy: wedi dweud ...}");
        }
    }

    // `finding.one`: required when the finding's English does not read after one person, refused
    // when there is no finding text for it to stand in for.
    void requireOneWording(const YAML::Node& finding, const std::string& finding_field, const Question& question) {
        const std::string* en = question.finding.find("en");
        if (!question.finding_one.empty() && question.finding.empty()) {
            check_.problem(finding, finding_field + ".one", "is the finding said of one person, but the finding has no text");
            return;
        }
        if (en == nullptr || question.finding_one.find("en") != nullptr) return;
        if (YamlChecker::child(finding, "one").IsDefined()) return;  // present but bad: already reported
        if (const std::string_view verb = pluralVerbOpening(*en); !verb.empty()) {
            check_.problem(finding, finding_field + ".one",
                           "is missing; \"" + *en + "\" does not read after one person (\"Only one of the 22 ... " +
                               std::string(verb) + " ...\"), so give the words for one, e.g. one: {en: was ...}");
        }
    }

    // A headline is a finding sentence, so it needs the options that sentence counts, and it is
    // never about who answered.
    void requireHeadlineOptions(const YAML::Node& finding, const std::string& finding_field, const Question& question) {
        if (question.headline && question.about_you) {
            check_.problem(YamlChecker::child(finding, "headline"), finding_field + ".headline",
                           "question '" + question.id + "' is about who answered (about_you: true), never a headline finding");
        }
        if (question.headline && question.finding_options.empty()) {
            check_.problem(finding, finding_field + ".headline",
                           "a headline needs finding options (finding.options), which question '" + question.id +
                               "' does not have");
        }
    }

    YamlChecker& check_;
    const Scales& scales_;
    const YAML::Node& list_;
    std::vector<std::pair<std::string, int>> ids_;  // id and line of every question, in file order
};

// `sensitive:` must be given in every file, so deleting one line cannot quietly remove a
// protection: a sensitive questionnaire (victim) must keep "Leave this page" on screen and
// keep nothing when someone leaves.
void requireProtection(YamlChecker& check, const YAML::Node& root, const Questionnaire& questionnaire) {
    const YAML::Node sensitive = YamlChecker::child(root, "sensitive");
    if (!sensitive.IsDefined()) {
        check.problem(root, "sensitive", "is missing; say 'sensitive: true' for a questionnaire whose answers could "
                                         "put someone at risk (victim), else 'sensitive: false'");
        return;
    }
    if (!check.boolean(sensitive, "sensitive").value_or(false)) return;
    if (!questionnaire.leave_button) {
        check.problem(sensitive, "leave_button", "a sensitive questionnaire must have 'leave_button: true' "
                                                 "(\"Leave this page\" always on screen)");
    }
    if (questionnaire.on_leave != OnExit::Discard) {
        check.problem(sensitive, "on_leave", "a sensitive questionnaire must have 'on_leave: discard'");
    }
}

// `respondent_gender: masculine|feminine`, the Welsh respondent noun's gender: required when the
// file words the noun in Welsh, so "dwy ferch" is never printed as "dau ferch" by default.
void readRespondentGender(YamlChecker& check, const YAML::Node& root, Questionnaire& questionnaire) {
    const YAML::Node gender = YamlChecker::child(root, "respondent_gender");
    if (!gender.IsDefined()) {
        if (questionnaire.respondent.find("cy") != nullptr) {
            check.problem(root, "respondent_gender",
                          "is missing; say the gender of the Welsh respondent noun: masculine or feminine");
        }
        return;
    }
    const std::optional<std::string> value = check.scalar(gender, "respondent_gender");
    if (!value) return;
    if (*value == "masculine") {
        questionnaire.respondent_gender = NounGender::Masculine;
    } else if (*value == "feminine") {
        questionnaire.respondent_gender = NounGender::Feminine;
    } else {
        check.problem(gender, "respondent_gender", "'" + *value + "' is not masculine or feminine");
    }
}

Questionnaire readQuestionnaire(YamlChecker& check, const std::string& bytes, const Scales& scales) {
    Questionnaire result;
    const std::optional<YAML::Node> root = check.parse(bytes);
    if (!root) return result;
    if (!check.expectMap(*root, "", "a questionnaire (a map with id, version, title, questions, ...)")) return result;
    check.checkKeys(*root, {"id", "version", "minutes", "title", "audience", "introduction", "respondent",
                            "respondents", "respondent_gender", "sensitive", "leave_button", "on_leave", "on_timeout", "questions",
                            YamlChecker::kEndKey},
                    "");
    const auto required = [&](std::string_view key) {
        const YAML::Node node = YamlChecker::child(*root, key);
        if (!node.IsDefined()) check.problem(*root, std::string(key), "is missing");
        return node;
    };
    if (const YAML::Node id = required("id"); id.IsDefined()) result.id = check.id(id, "id").value_or("");
    if (const YAML::Node version = required("version"); version.IsDefined()) {
        result.version = check.wholeNumber(version, "version", 1).value_or(0);
    }
    if (const YAML::Node minutes = YamlChecker::child(*root, "minutes"); minutes.IsDefined()) {
        result.minutes = check.wholeNumber(minutes, "minutes", 1).value_or(result.minutes);
    }
    result.title = check.text(*root, "title", "title", true, Audience::Respondent);
    result.audience = check.text(*root, "audience", "audience", true, Audience::Respondent);
    result.introduction = check.text(*root, "introduction", "introduction", false, Audience::Respondent);
    result.respondent = check.text(*root, "respondent", "respondent", true, Audience::Report);
    result.respondents = check.text(*root, "respondents", "respondents", true, Audience::Report);
    readRespondentGender(check, *root, result);
    if (const YAML::Node leave = YamlChecker::child(*root, "leave_button"); leave.IsDefined()) {
        result.leave_button = check.boolean(leave, "leave_button").value_or(false);
    }
    result.on_leave = readOnExit(check, *root, "on_leave").value_or(result.on_leave);
    result.on_timeout = readOnExit(check, *root, "on_timeout").value_or(result.on_timeout);
    requireProtection(check, *root, result);
    if (!result.id.empty()) check.requireEnd(*root, bytes, result.id);

    const YAML::Node questions = required("questions");
    if (!questions.IsDefined()) return result;
    if (!questions.IsSequence() || questions.size() == 0) {
        check.problem(questions, "questions", "expected a list of at least one question");
        return result;
    }
    if (!check.withinCount(questions, "questions", kYamlLimits.questions, "questions")) return result;
    result.questions = QuestionReader(check, scales, questions).readAll();
    return result;
}

struct ScalesFile {
    Scales scales;
    std::string bytes;
};

ScalesFile loadScales(const std::filesystem::path& file, const LoadOptions& options, std::vector<Problem>& problems) {
    ScalesFile result;
    FileBytes read = readBytes(file, problems);
    if (!read.ok) return result;
    YamlChecker check(file.string(), options.required_locales);
    result.scales = readScales(check, read.bytes);
    result.bytes = std::move(read.bytes);
    problems.insert(problems.end(), check.problems().begin(), check.problems().end());
    return result;
}

// Loads one questionnaire against already-read scales; adds its problems to `problems`.
std::optional<Questionnaire> loadWith(const std::filesystem::path& file, const ScalesFile& scales,
                                      const LoadOptions& options, std::vector<Problem>& problems) {
    const FileBytes read = readBytes(file, problems);
    if (!read.ok) return std::nullopt;
    YamlChecker check(file.string(), options.required_locales);
    Questionnaire questionnaire = readQuestionnaire(check, read.bytes, scales.scales);
    if (!check.problems().empty()) {
        // Reported in the order of the file, whichever check found them.
        std::stable_sort(check.problems().begin(), check.problems().end(),
                         [](const Problem& a, const Problem& b) { return a.line < b.line; });
        problems.insert(problems.end(), check.problems().begin(), check.problems().end());
        return std::nullopt;
    }
    questionnaire.source = file.string();
    questionnaire.definition_hash = sha256Hex(read.bytes, scales.bytes);
    return questionnaire;
}

}  // namespace

Questionnaire loadQuestionnaire(const std::filesystem::path& file, const std::filesystem::path& scales_file,
                                const LoadOptions& options) {
    std::vector<Problem> problems;
    const ScalesFile scales = loadScales(scales_file, options, problems);
    std::optional<Questionnaire> questionnaire = loadWith(file, scales, options, problems);
    if (!problems.empty() || !questionnaire) throw ValidationError(std::move(problems));
    return std::move(*questionnaire);
}

std::optional<std::string> wordingFault(std::string_view wording) {
    if (const std::optional<TextFault> fault = findTextFault(wording, LineBreaks::Allowed)) {
        return "the wording " + fault->message;
    }
    if (const std::size_t length = codePointCount(wording); length > kYamlLimits.wording_characters) {
        return "the wording is " + std::to_string(length) + " characters long; at most " +
               std::to_string(kYamlLimits.wording_characters) + " are allowed";
    }
    return std::nullopt;
}

YAML::Node readDefinitionFile(const std::filesystem::path& file, const std::string& end_marker) {
    std::vector<Problem> problems;
    const FileBytes bytes = readBytes(file, problems);
    if (!bytes.ok) throw ValidationError(problems);
    YamlChecker check(file.string(), {"en"});
    const std::optional<YAML::Node> root = check.parse(bytes.bytes);
    if (root) check.requireEnd(*root, bytes.bytes, end_marker);
    if (!check.problems().empty()) throw ValidationError(check.problems());
    return *root;
}

std::vector<Questionnaire> loadQuestionnaires(const std::filesystem::path& directory, const LoadOptions& options) {
    std::vector<Problem> problems;
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) {
        throw ValidationError({Problem{directory.string(), 0, 0, "", "is not a directory of questionnaires"}});
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml" && entry.path().filename() != "scales.yaml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    const ScalesFile scales = loadScales(directory / "scales.yaml", options, problems);
    std::vector<Questionnaire> questionnaires;
    for (const std::filesystem::path& file : files) {
        std::optional<Questionnaire> questionnaire = loadWith(file, scales, options, problems);
        if (!questionnaire) continue;
        const auto same = std::find_if(questionnaires.begin(), questionnaires.end(),
                                       [&](const Questionnaire& q) { return q.id == questionnaire->id; });
        if (same != questionnaires.end()) {
            problems.push_back(Problem{file.string(), 0, 0, "id",
                                       "questionnaire id '" + questionnaire->id + "' is also used by " + same->source});
            continue;
        }
        questionnaires.push_back(std::move(*questionnaire));
    }
    if (!problems.empty()) throw ValidationError(std::move(problems));
    std::sort(questionnaires.begin(), questionnaires.end(),
              [](const Questionnaire& a, const Questionnaire& b) { return a.id < b.id; });
    return questionnaires;
}

std::filesystem::path defaultQuestionnaireDirectory() {
    if (const char* assets = std::getenv("PERSPECTIVE_ASSETS"); assets != nullptr && *assets != '\0') {
        return std::filesystem::path(assets) / "questionnaires";
    }
    // An installed program: <prefix>/bin/perspective-kiosk reads <prefix>/share/perspective, so the
    // package (/usr) and a `cmake --install` anywhere else need no path compiled in.
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path installed = program.parent_path().parent_path() / "share" / "perspective" / "questionnaires";
    if (!error && std::filesystem::is_directory(installed, error)) return installed;
#ifdef PERSPECTIVE_ASSETS_DIR
    // A program run from its build tree reads the source tree's copy (compiled in).
    return std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires";
#else
    return installed;
#endif
}

}  // namespace survey
