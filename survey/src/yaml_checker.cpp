// Checked reading of YAML nodes: every problem is recorded with file, line and field.
#include "yaml_checker.hpp"
#include "survey/locale.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <stdexcept>
#include <utility>

#include "survey/answers.hpp"
#include "survey/input_text.hpp"
#include "survey/questionnaire_file.hpp"

namespace survey {

namespace {

std::string join(std::initializer_list<std::string_view> words) {
    std::string text;
    for (std::string_view word : words) {
        if (!text.empty()) text += ", ";
        text += word;
    }
    return text;
}

std::string kindOf(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map: return "a map";
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Scalar: return "'" + node.Scalar() + "'";
        case YAML::NodeType::Null: return "nothing";
        case YAML::NodeType::Undefined: return "nothing";
    }
    return "nothing";
}

}  // namespace

YamlChecker::YamlChecker(std::string file, std::vector<std::string> required_locales)
    : file_(std::move(file)), required_locales_(std::move(required_locales)) {
    for (const std::string& locale : required_locales_) {
        if (localeName(locale).empty()) {
            throw std::invalid_argument("'" + locale + "' is not a locale; use en, cy, en-easy or cy-easy");
        }
    }
    if (std::find(required_locales_.begin(), required_locales_.end(), kEnglish) == required_locales_.end()) {
        required_locales_.insert(required_locales_.begin(), std::string(kEnglish));
    }
}

int YamlChecker::lineOf(const YAML::Node& node) {
    if (!node.IsDefined()) return 0;
    const YAML::Mark mark = node.Mark();
    return mark.line < 0 ? 0 : mark.line + 1;
}

bool YamlChecker::isId(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

void YamlChecker::problem(int line, std::string field, std::string message) {
    problems_.push_back(Problem{file_, line, 0, std::move(field), std::move(message)});
}

void YamlChecker::problem(const YAML::Node& at, std::string field, std::string message) {
    problem(lineOf(at), std::move(field), std::move(message));
}

// Refuses what could make the parser slow, deep or large before it runs: bytes that are not
// UTF-8 text or hold control characters, over-long lines, deep indentation or [ { nesting.
bool YamlChecker::withinLimits(const std::string& bytes) {
    if (const std::optional<TextFault> fault = findTextFault(bytes, LineBreaks::Allowed)) {
        problem(positionOf(bytes, fault->offset).line, "", "the file " + fault->message);
        return false;
    }
    int line = 1;
    int flow_depth = 0;  // open [ and { (quoted text skipped; an unclosed bracket in plain
                         // wording counts too, which only matters past the limit)
    std::size_t start = 0;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string::npos) end = bytes.size();
        const std::string_view text(bytes.data() + start, end - start);
        if (text.size() > kYamlLimits.line_bytes) {
            problem(line, "", "the line is " + describeBytes(text.size()) + " long; at most " +
                                  describeBytes(kYamlLimits.line_bytes) + " are allowed");
            return false;
        }
        const std::size_t indent = std::min(text.find_first_not_of(" -"), text.size());
        if (indent > kYamlLimits.indent_columns) {
            problem(line, "", "the line is indented " + std::to_string(indent) + " columns (spaces and '- '); at most " +
                                  std::to_string(kYamlLimits.indent_columns) + " are allowed");
            return false;
        }
        char quote = 0;
        for (std::size_t at = 0; at < text.size(); ++at) {
            const char c = text[at];
            const char before = at == 0 ? ' ' : text[at - 1];
            if (quote != 0) {
                if (c == quote && (quote == '\'' || before != '\\')) quote = 0;
                continue;
            }
            const bool starts_token = before == ' ' || before == '[' || before == '{' || before == ',' || before == ':';
            if (c == '#' && starts_token) break;  // a comment
            if ((c == '"' || c == '\'') && starts_token) quote = c;
            if (c == '[' || c == '{') ++flow_depth;
            if ((c == ']' || c == '}') && flow_depth > 0) --flow_depth;
            if (flow_depth > static_cast<int>(kYamlLimits.flow_depth)) {
                problem(line, "", "more than " + std::to_string(kYamlLimits.flow_depth) +
                                      " levels of [ ] or { } are open; close them or use indented lines");
                return false;
            }
        }
        start = end + 1;
        ++line;
    }
    return true;
}

std::optional<YAML::Node> YamlChecker::parse(const std::string& bytes) {
    if (!withinLimits(bytes)) return std::nullopt;
    try {
        YAML::Node root = YAML::Load(bytes);
        if (root.IsNull() || !root.IsDefined()) {
            // An empty document has no line of its own: name line 1, so the refusal is located.
            problem(1, "", "the file holds nothing but blank lines and comments; it may have been cut short");
            return std::nullopt;
        }
        return root;
    } catch (const YAML::ParserException& error) {
        // yaml-cpp 0.7 cannot read a plain '?' inside {...}: say how to fix the common case.
        const bool in_braces = error.msg.find("map flow") != std::string::npos || error.msg == "unknown token";
        problem(error.mark.line < 0 ? 0 : error.mark.line + 1, "",
                "YAML syntax error: " + error.msg +
                    (in_braces ? " (inside {...}, put wording with '?', ':' or ',' in quotes, and close every '{')" : ""));
    } catch (const YAML::Exception& error) {
        problem(error.mark.line < 0 ? 0 : error.mark.line + 1, "", "cannot be read as YAML: " + error.msg);
    }
    return std::nullopt;
}

void YamlChecker::requireEnd(const YAML::Node& root, const std::string& bytes, const std::string& expected) {
    const std::string wanted = "end the file with the line 'end: " + expected + "'";
    const YAML::Node marker = child(root, kEndKey);
    if (!marker.IsDefined()) {
        problem(root, std::string(kEndKey), "is missing: the file may have been cut short; " + wanted);
        return;
    }
    if (!marker.IsScalar() || marker.Scalar() != expected) {
        problem(marker, std::string(kEndKey), "is not '" + expected + "': the file may have been cut short; " + wanted);
        return;
    }
    // The marker is the last thing in the file: nothing but blank lines and comments after it.
    int line = 0;
    int last_content_line = 0;
    std::size_t start = 0;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string::npos) end = bytes.size();
        ++line;
        const std::string_view text(bytes.data() + start, end - start);
        const std::size_t first = text.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && text[first] != '#') last_content_line = line;
        start = end + 1;
    }
    if (lineOf(marker) != last_content_line) {
        problem(marker, std::string(kEndKey), "must be the last line of the file (line " +
                                                  std::to_string(last_content_line) + " comes after it)");
    }
}

bool YamlChecker::withinCount(const YAML::Node& node, const std::string& field, std::size_t most, std::string_view what) {
    if (node.size() <= most) return true;
    problem(node, field, "has " + std::to_string(node.size()) + " " + std::string(what) + "; at most " +
                             std::to_string(most) + " are allowed");
    return false;
}

bool YamlChecker::expectMap(const YAML::Node& node, const std::string& field, std::string_view what) {
    if (node.IsMap()) return true;
    problem(node, field, "expected " + std::string(what) + ", found " + kindOf(node));
    return false;
}

void YamlChecker::checkKeys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                            const std::string& field) {
    std::set<std::string> seen;
    const std::string prefix = field.empty() ? "" : field + ".";
    for (const auto& entry : map) {
        if (!entry.first.IsScalar()) {
            problem(entry.first, field, "a key must be a plain word");
            continue;
        }
        const std::string& key = entry.first.Scalar();
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            problem(entry.first, prefix + key, "unknown key '" + key + "'; expected one of: " + join(allowed));
        } else if (!seen.insert(key).second) {
            problem(entry.first, prefix + key, "key '" + key + "' is given twice");
        }
    }
}

YAML::Node YamlChecker::child(const YAML::Node& map, std::string_view key) {
    if (map.IsMap()) {
        for (const auto& entry : map) {
            if (entry.first.IsScalar() && entry.first.Scalar() == key) return entry.second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<std::string> YamlChecker::scalar(const YAML::Node& node, const std::string& field) {
    if (node.IsScalar()) return node.Scalar();
    problem(node, field, "expected a single value, found " + kindOf(node));
    return std::nullopt;
}

std::optional<std::string> YamlChecker::id(const YAML::Node& node, const std::string& field) {
    std::optional<std::string> value = scalar(node, field);
    if (!value) return std::nullopt;
    if (!isId(*value)) {
        problem(node, field, "'" + *value + "' is not a valid id: use only a-z, 0-9 and _");
        return std::nullopt;
    }
    return value;
}

std::optional<int> YamlChecker::wholeNumber(const YAML::Node& node, const std::string& field, int minimum) {
    const std::optional<std::string> value = scalar(node, field);
    if (!value) return std::nullopt;
    int number = 0;
    const char* end = value->data() + value->size();
    const auto [stop, error] = std::from_chars(value->data(), end, number);
    if (error != std::errc() || stop != end || number < minimum) {
        problem(node, field, "'" + *value + "' is not a whole number of at least " + std::to_string(minimum));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> YamlChecker::boolean(const YAML::Node& node, const std::string& field) {
    const std::optional<std::string> value = scalar(node, field);
    if (!value) return std::nullopt;
    if (*value == "true") return true;
    if (*value == "false") return false;
    problem(node, field, "'" + *value + "' is not true or false");
    return std::nullopt;
}

LocalText YamlChecker::text(const YAML::Node& parent, std::string_view key, const std::string& field,
                            bool required, Audience audience) {
    const YAML::Node node = child(parent, key);
    if (!node.IsDefined()) {
        if (required) problem(parent, field, "is missing; give at least its English wording (en:)");
        return {};
    }
    return text(node, field, audience);
}

LocalText YamlChecker::text(const YAML::Node& node, const std::string& field, Audience audience) {
    LocalText result;
    if (!expectMap(node, field, "wording per language, e.g. {en: ...}")) return result;
    checkKeys(node, {kLocales[0].key, kLocales[1].key, kLocales[2].key, kLocales[3].key}, field);
    for (const auto& entry : node) {
        if (!entry.first.IsScalar() || localeName(entry.first.Scalar()).empty()) continue;
        const std::string& locale = entry.first.Scalar();
        const std::optional<std::string> wording = scalar(entry.second, field + "." + locale);
        if (!wording) continue;
        if (wording->empty()) {
            problem(entry.second, field + "." + locale, "the wording is empty");
            continue;
        }
        if (const std::optional<std::string> fault = wordingFault(*wording)) {
            problem(entry.second, field + "." + locale, *fault);
            continue;
        }
        if (result.find(locale) == nullptr) result.set(locale, *wording);
    }
    for (const std::string& locale : required_locales_) {
        // Reports are written in English and Welsh, never in Easy Read.
        if (audience == Audience::Report && locale.ends_with("-easy")) continue;
        if (result.find(locale) != nullptr) continue;
        const bool written = child(node, locale).IsDefined();  // present but bad: already reported
        if (!written) {
            problem(node, field, "has no " + std::string(localeName(locale)) + " wording (" + locale + ":)");
        }
    }
    return result;
}

}  // namespace survey
