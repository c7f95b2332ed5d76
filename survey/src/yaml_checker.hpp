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

    // Parses the document; a syntax error becomes a problem and the result is nullopt.
    std::optional<YAML::Node> parse(const std::string& bytes);

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
    static bool isId(std::string_view text);

private:
    std::string file_;
    std::vector<std::string> required_locales_;
    std::vector<Problem> problems_;
};

}  // namespace survey
