// Reading a YAML definition file while collecting every problem with its line and field,
// instead of stopping at the first: the building blocks the questionnaire loader uses.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "survey/errors.hpp"
#include "survey/questionnaire.hpp"

namespace survey {

// Whether a text is read by respondents (and so must carry every required locale) or only
// used by reports (English is enough).
enum class Audience { Respondent, Report };

class YamlChecker {
public:
    YamlChecker(std::string file, std::vector<std::string> required_locales);

    const std::string& file() const { return file_; }
    std::vector<Problem>& problems() { return problems_; }

    void problem(int line, std::string field, std::string message);
    void problem(const YAML::Node& at, std::string field, std::string message);

    // Checks the raw bytes against the limits of questionnaire_file.hpp (UTF-8, control
    // characters, line length, nesting) and only then parses the document; any problem (a
    // syntax error included) is recorded and the result is nullopt.
    std::optional<YAML::Node> parse(const std::string& bytes);

    // Truncation guard: the file must end with `end: <expected>` as the last key of `root` and
    // on the last line that is not blank or a comment, so a file cut short is refused instead
    // of loading with questions silently lost.
    void requireEnd(const YAML::Node& root, const std::string& bytes, const std::string& expected);
    // Reports (and returns false) when a list or map holds more than `most` entries.
    bool withinCount(const YAML::Node& node, const std::string& field, std::size_t most, std::string_view what);

    // Reports (and returns false) unless `node` is a map; `what` says what was expected.
    bool expectMap(const YAML::Node& node, const std::string& field, std::string_view what);
    // Reports keys outside `allowed` (typos) and keys given twice.
    void checkKeys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                   const std::string& field);
    // The value under `key` of a map, or an undefined node (no exceptions, unlike operator[]).
    static YAML::Node child(const YAML::Node& map, std::string_view key);

    std::optional<std::string> scalar(const YAML::Node& node, const std::string& field);
    // An id matching [a-z0-9_]+.
    std::optional<std::string> id(const YAML::Node& node, const std::string& field);
    // A whole number >= minimum.
    std::optional<int> wholeNumber(const YAML::Node& node, const std::string& field, int minimum);
    std::optional<bool> boolean(const YAML::Node& node, const std::string& field);
    // Text under `key` of `parent`: a map of locale -> wording, English required.
    // A missing text is reported only when `required`.
    LocalText text(const YAML::Node& parent, std::string_view key, const std::string& field,
                   bool required, Audience audience);
    // The same for a node already in hand (e.g. a value of `labels:`).
    LocalText text(const YAML::Node& node, const std::string& field, Audience audience);

    static int lineOf(const YAML::Node& node);
    // The key that closes every definition file (see requireEnd).
    static constexpr std::string_view kEndKey = "end";
    static bool isId(std::string_view text);

private:
    bool withinLimits(const std::string& bytes);

    std::string file_;
    std::vector<std::string> required_locales_;
    std::vector<Problem> problems_;
};

}  // namespace survey
