// Making comments safe to quote: finding personal details (redaction/patterns.cpp for shaped
// ones, redaction/names.cpp for names) and writing the comment again with them replaced.
#include "report/redaction.hpp"

#include <algorithm>
#include <array>

#include "redaction/name_book.hpp"
#include "redaction/names.hpp"
#include "redaction/patterns.hpp"

namespace report {

namespace {

// The made-up names, handed out in this order. Plain names that no reader takes for a word.
constexpr auto kFemaleSubstitutes = std::to_array<std::string_view>(
    {"Anna", "Beth", "Claire", "Diane", "Emma", "Fiona", "Gail", "Helen", "Jane", "Karen", "Laura", "Megan",
     "Nicola", "Paula", "Rachel", "Susan", "Tina", "Wendy"});
constexpr auto kMaleSubstitutes = std::to_array<std::string_view>(
    {"Alan", "Brian", "Colin", "Derek", "Eddie", "Gavin", "Ian", "Keith", "Lewis", "Martin", "Neil", "Paul",
     "Simon", "Trevor", "Wayne", "Craig"});
constexpr auto kEitherSubstitutes = std::to_array<std::string_view>({"Alex", "Sam", "Jo", "Charlie", "Casey", "Kerry"});
constexpr auto kSurnameSubstitutes = std::to_array<std::string_view>(
    {"Ashby", "Dalton", "Elliott", "Fletcher", "Goodwin", "Harper", "Ingram", "Jarvis", "Kendall", "Marsden",
     "Norris", "Oakley", "Rowley", "Sutton", "Thorpe", "Upton", "Vickers", "Whitley", "Yardley"});

std::string lowerCase(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return lower;
}

}  // namespace

std::vector<PersonalDetail> findPersonalDetails(std::string_view text) {
    std::vector<PersonalDetail> details = redaction::findShapedDetails(text);
    const std::vector<PersonalDetail> names = redaction::findNames(text, redaction::shippedNameBook(), details);
    details.insert(details.end(), names.begin(), names.end());
    std::sort(details.begin(), details.end(),
              [](const PersonalDetail& a, const PersonalDetail& b) { return a.begin < b.begin; });
    return details;
}

std::string_view placeholder(DetailKind kind) {
    switch (kind) {
        case DetailKind::Name: return "[name]";
        case DetailKind::Phone: return "[phone number]";
        case DetailKind::Email: return "[email address]";
        case DetailKind::Postcode: return "[postcode]";
        case DetailKind::Date: return "[date]";
        case DetailKind::NiNumber: return "[NI number]";
        case DetailKind::Address: return "[address]";
    }
    return "[removed]";
}

std::string Redactor::substituteFor(std::string_view real, const PersonalDetail& detail) {
    auto key = std::pair{detail.role, lowerCase(real)};
    if (const auto found = substitutes_.find(key); found != substitutes_.end()) return found->second;
    auto draw = [&](const auto& list, std::size_t& used) -> std::string {
        // A made-up name never equals the real one it stands for, nor any real name the report quotes.
        auto quoted = [&](std::string_view name) {
            const std::string lower = lowerCase(name);
            return lower == key.second || real_names_.contains(lower);
        };
        while (used < list.size() && quoted(list[used])) ++used;
        return used < list.size() ? std::string(list[used++]) : std::string(placeholder(DetailKind::Name));
    };
    std::string substitute;
    if (detail.role == NameRole::Surname) {
        substitute = draw(kSurnameSubstitutes, surnames_used_);
    } else if (detail.gender == NameGender::Female) {
        substitute = draw(kFemaleSubstitutes, forenames_used_[NameGender::Female]);
    } else if (detail.gender == NameGender::Male) {
        substitute = draw(kMaleSubstitutes, forenames_used_[NameGender::Male]);
    } else {
        substitute = draw(kEitherSubstitutes, forenames_used_[NameGender::Either]);
    }
    substitutes_.emplace(std::move(key), substitute);
    return substitute;
}

void Redactor::reserveRealNames(std::string_view comment) {
    for (const PersonalDetail& detail : findPersonalDetails(comment)) {
        if (detail.kind == DetailKind::Name) {
            real_names_.insert(lowerCase(comment.substr(detail.begin, detail.end - detail.begin)));
        }
    }
}

std::string Redactor::redact(std::string_view comment) {
    std::string out;
    std::size_t copied = 0;
    for (const PersonalDetail& detail : findPersonalDetails(comment)) {
        out.append(comment.substr(copied, detail.begin - copied));
        const std::string_view real = comment.substr(detail.begin, detail.end - detail.begin);
        if (detail.kind == DetailKind::Name) {
            out += substituteFor(real, detail);
            ++names_replaced_;
        } else {
            out += placeholder(detail.kind);
        }
        copied = detail.end;
    }
    out.append(comment.substr(copied));
    return out;
}

std::string_view namesChangedNote(Language language) {
    return language == Language::Cy ? "Mae enwau wedi\u2019u newid." : "Names have been changed.";
}

}  // namespace report
