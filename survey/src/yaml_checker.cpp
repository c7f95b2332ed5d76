// Checked reading of YAML nodes: every problem is recorded with file, line and field.
#include "yaml_checker.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <stdexcept>
#include <utility>

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
    if (std::find(required_locales_.begin(), required_locales_.end(), "en") == required_locales_.end()) {
        required_locales_.insert(required_locales_.begin(), "en");
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

std::optional<YAML::Node> YamlChecker::parse(const std::string& bytes) {
    try {
        return YAML::Load(bytes);
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
    checkKeys(node, {"en", "cy", "en-easy", "cy-easy"}, field);
    for (const auto& entry : node) {
        if (!entry.first.IsScalar() || localeName(entry.first.Scalar()).empty()) continue;
        const std::string& locale = entry.first.Scalar();
        const std::optional<std::string> wording = scalar(entry.second, field + "." + locale);
        if (!wording) continue;
        if (wording->empty()) {
            problem(entry.second, field + "." + locale, "the wording is empty");
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
