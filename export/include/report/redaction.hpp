// Making free-text comments safe to quote: people's names are replaced by made-up ones, and
// contact details, dates, NI numbers and addresses by bracketed placeholders ("[phone number]").
// The rules, their limits and the measured recall are in docs/redaction.md.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/number_words.hpp"

namespace report {

enum class DetailKind { Name, Phone, Email, Postcode, Date, NiNumber, Address };

// What a name word is, so it can be replaced by a made-up one of the same sort.
enum class NameRole { Forename, Surname };
enum class NameGender { Female, Male, Either };

// One personal detail found in a text: bytes [begin, end). A name is one word each ("Dave
// Smith" is two), without a possessive "'s"; a title ("Mr") is kept and not part of it.
struct PersonalDetail {
    std::size_t begin = 0;
    std::size_t end = 0;
    DetailKind kind = DetailKind::Name;
    NameRole role = NameRole::Forename;        // names only
    NameGender gender = NameGender::Either;    // forenames only
};

// Every personal detail in `text`, in order, none overlapping.
std::vector<PersonalDetail> findPersonalDetails(std::string_view text);

// "[phone number]", "[email address]", "[postcode]", "[date]", "[NI number]", "[address]".
std::string_view placeholder(DetailKind kind);

// Redacts the comments of one report. The same real name gets the same made-up one in every
// comment the redactor sees ("Dave" is "Alan" throughout), drawn in order from fixed lists, so
// the same comments always give the same report.
class Redactor {
public:
    // Notes the real names in a comment that will be quoted, so no made-up name is ever one of
    // them: a reader who knows a worker called Alan must not find "Alan" standing for someone
    // else. Call it for every comment of the report before the first redact().
    void reserveRealNames(std::string_view comment);
    std::string redact(std::string_view comment);

    // True once any name has been replaced: the report then says "Names have been changed."
    bool namesChanged() const { return names_replaced_ > 0; }
    std::size_t namesReplaced() const { return names_replaced_; }

private:
    std::string substituteFor(std::string_view real, const PersonalDetail& detail);

    // (role, real name in lower case) -> made-up name
    std::map<std::pair<NameRole, std::string>, std::string, std::less<>> substitutes_;
    std::set<std::string, std::less<>> real_names_;  // in lower case: never handed out as made-up names
    std::map<NameGender, std::size_t> forenames_used_;
    std::size_t surnames_used_ = 0;
    std::size_t names_replaced_ = 0;
};

// The note printed under quoted comments when names were changed.
std::string_view namesChangedNote(Language language);

}  // namespace report
