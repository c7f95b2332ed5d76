// The forenames and surnames redaction looks for: the lists of assets/redaction/, compiled in.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace report::redaction {

enum class Gender { Female, Male, Either };

// How sure a listed name is to be a name (assets/redaction/README.md).
enum class NameClash {
    None,    // only ever a name ("dave", "patel")
    Word,    // also an ordinary word ("will", "hope", "brown")
    Proper,  // also a month or place when capitalised ("May", "Chelsea")
};

struct ForenameEntry {
    Gender gender = Gender::Either;
    NameClash clash = NameClash::None;
};

class NameBook {
public:
    // Parses the two lists; throws std::invalid_argument naming the list, line and problem.
    NameBook(std::string_view forenames, std::string_view surnames);

    // Lower-case lookups.
    std::optional<ForenameEntry> forename(std::string_view lower) const;
    std::optional<NameClash> surname(std::string_view lower) const;

    std::size_t forenameCount() const { return forenames_.size(); }
    std::size_t surnameCount() const { return surnames_.size(); }

private:
    std::map<std::string, ForenameEntry, std::less<>> forenames_;
    std::map<std::string, NameClash, std::less<>> surnames_;
};

// The lists shipped in assets/redaction/, parsed once: they never change while the program runs.
const NameBook& shippedNameBook();

// The raw text of assets/redaction/forenames.txt and surnames.txt (generated source).
std::string_view shippedForenames();
std::string_view shippedSurnames();

}  // namespace report::redaction
