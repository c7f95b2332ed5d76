// Parsing the name lists: one entry a line, "#" comments (format in assets/redaction/README.md).
#include "redaction/name_book.hpp"

#include <sstream>
#include <stdexcept>
#include <vector>

namespace report::redaction {

namespace {

std::vector<std::string> fieldsOf(std::string_view line) {
    std::istringstream in{std::string(line)};
    std::vector<std::string> fields;
    for (std::string field; in >> field;) fields.push_back(field);
    return fields;
}

[[noreturn]] void refuse(std::string_view list, int line, const std::string& problem) {
    throw std::invalid_argument(std::string(list) + ":" + std::to_string(line) + ": " + problem);
}

NameClash clashOf(const std::vector<std::string>& fields, std::size_t at, std::string_view list, int line) {
    if (fields.size() <= at) return NameClash::None;
    if (fields.size() > at + 1) refuse(list, line, "too many fields");
    if (fields[at] == "word") return NameClash::Word;
    if (fields[at] == "proper") return NameClash::Proper;
    refuse(list, line, "unknown flag \"" + fields[at] + "\" (word or proper)");
}

void checkLowerCase(const std::string& name, std::string_view list, int line) {
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z') refuse(list, line, "\"" + name + "\" is not lower case");
    }
}

// Calls `entry(fields, line)` for each line that is not blank or a comment.
template <typename Entry>
void eachEntry(std::string_view text, Entry entry) {
    int line_number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++line_number;
        const std::vector<std::string> fields = fieldsOf(line);
        if (fields.empty() || fields.front().starts_with('#')) continue;
        entry(fields, line_number);
    }
}

}  // namespace

NameBook::NameBook(std::string_view forenames, std::string_view surnames) {
    constexpr std::string_view kForenames = "forenames.txt";
    constexpr std::string_view kSurnames = "surnames.txt";
    eachEntry(forenames, [&](const std::vector<std::string>& fields, int line) {
        if (fields.size() < 2) refuse(kForenames, line, "a gender (f, m or u) is missing");
        checkLowerCase(fields[0], kForenames, line);
        ForenameEntry entry;
        if (fields[1] == "f") {
            entry.gender = Gender::Female;
        } else if (fields[1] == "m") {
            entry.gender = Gender::Male;
        } else if (fields[1] != "u") {
            refuse(kForenames, line, "gender \"" + fields[1] + "\" is not f, m or u");
        }
        entry.clash = clashOf(fields, 2, kForenames, line);
        if (!forenames_.emplace(fields[0], entry).second) refuse(kForenames, line, "\"" + fields[0] + "\" twice");
    });
    eachEntry(surnames, [&](const std::vector<std::string>& fields, int line) {
        checkLowerCase(fields[0], kSurnames, line);
        const NameClash clash = clashOf(fields, 1, kSurnames, line);
        if (clash == NameClash::Proper) refuse(kSurnames, line, "\"proper\" is for forenames only");
        if (!surnames_.emplace(fields[0], clash).second) refuse(kSurnames, line, "\"" + fields[0] + "\" twice");
    });
}

std::optional<ForenameEntry> NameBook::forename(std::string_view lower) const {
    const auto found = forenames_.find(lower);
    if (found == forenames_.end()) return std::nullopt;
    return found->second;
}

std::optional<NameClash> NameBook::surname(std::string_view lower) const {
    const auto found = surnames_.find(lower);
    if (found == surnames_.end()) return std::nullopt;
    return found->second;
}

const NameBook& shippedNameBook() {
    static const NameBook book(shippedForenames(), shippedSurnames());
    return book;
}

}  // namespace report::redaction
