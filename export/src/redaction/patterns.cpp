// The shapes of personal details. Each finder looks at one position and returns the length of
// the detail starting there, or 0; findShapedDetails tries them in turn along the text.
#include "redaction/patterns.hpp"

#include <array>
#include <cctype>
#include <optional>
#include <string>

namespace report::redaction {

namespace {

bool isDigit(std::string_view t, std::size_t i) { return i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) != 0; }
bool isAlpha(std::string_view t, std::size_t i) { return i < t.size() && std::isalpha(static_cast<unsigned char>(t[i])) != 0; }
bool isAlnum(std::string_view t, std::size_t i) { return isDigit(t, i) || isAlpha(t, i); }
char lowerAt(std::string_view t, std::size_t i) { return static_cast<char>(std::tolower(static_cast<unsigned char>(t[i]))); }

// Nothing word-like touches position `i` from the left / at `i` from the right.
bool boundaryBefore(std::string_view t, std::size_t i) { return i == 0 || (!isAlnum(t, i - 1) && static_cast<unsigned char>(t[i - 1]) < 0x80); }
bool boundaryAt(std::string_view t, std::size_t i) { return i >= t.size() || (!isAlnum(t, i) && static_cast<unsigned char>(t[i]) < 0x80); }

std::string lowerWord(std::string_view t, std::size_t begin, std::size_t end) {
    std::string word;
    for (std::size_t i = begin; i < end; ++i) word += lowerAt(t, i);
    return word;
}

// The end of the run of letters (and apostrophes) starting at `i`.
std::size_t wordEnd(std::string_view t, std::size_t i) {
    while (i < t.size() && (isAlpha(t, i) || t[i] == '\'')) ++i;
    return i;
}

std::size_t skipSpaces(std::string_view t, std::size_t i) {
    while (i < t.size() && t[i] == ' ') ++i;
    return i;
}

// --- phone numbers -------------------------------------------------------------------------

// "07700 900123", "0161 496 0000", "(0161) 496 0000", "+44 7700 900123", "+44 (0)7700 900123":
// digits in groups separated by single spaces, hyphens or brackets. With the leading 0 a UK
// number has 10 or 11 digits; after +44 it has 9 or 10 more (an optional "(0)" not counted).
std::size_t phoneAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i)) return 0;
    const bool international = t.substr(i).starts_with("+44");
    if (!international && !(t[i] == '0' || (t[i] == '(' && i + 1 < t.size() && t[i + 1] == '0'))) return 0;
    std::string digits;
    std::size_t best = 0;
    char previous = 0;
    for (std::size_t j = international ? i + 1 : i; j < t.size(); ++j) {
        const char c = t[j];
        if (isDigit(t, j)) {
            digits += c;
            if (international && digits.size() < 3) {  // the "44"
                previous = c;
                continue;
            }
            std::string national = international ? digits.substr(2) : digits;
            if (international && t.substr(i, j + 1 - i).find("(0)") != std::string_view::npos && national.starts_with('0')) {
                national.erase(0, 1);
            }
            const std::size_t n = national.size();
            const bool whole = international ? (n == 9 || n == 10) && !national.starts_with('0')
                                             : (n == 10 || n == 11);
            if (whole && !isAlnum(t, j + 1)) best = j + 1 - i;
            if (digits.size() > 13) break;
        } else if (c == ' ' || c == '-') {
            if (previous == ' ' || previous == '-') break;  // one separator between groups
        } else if (c != '(' && c != ')') {
            break;
        }
        previous = c;
    }
    return best;
}

// --- email addresses -----------------------------------------------------------------------

bool isLocalChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool isDomainChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-'; }

// An address is found from its "@": `at` is the position of the "@"; returns [begin, end).
std::optional<std::pair<std::size_t, std::size_t>> emailAround(std::string_view t, std::size_t at) {
    std::size_t begin = at;
    while (begin > 0 && isLocalChar(t[begin - 1])) --begin;
    std::size_t end = at + 1;
    while (end < t.size() && isDomainChar(t[end])) ++end;
    while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-')) --end;  // the sentence's full stop
    const std::string_view domain = t.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) return std::nullopt;
    return std::pair{begin, end};
}

// --- postcodes and NI numbers --------------------------------------------------------------

// "CH1 2AB", "m1 1ae", "SW1A 1AA", "CW12AB": area letters, district, optional space, sector
// digit and two unit letters. Case does not matter; "the M6 2nd" is not one.
std::size_t postcodeAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i) || !isAlpha(t, i)) return 0;
    for (const std::size_t letters : {std::size_t{1}, std::size_t{2}}) {
        std::size_t j = i;
        bool ok = true;
        for (std::size_t k = 0; k < letters; ++k) ok = ok && isAlpha(t, j++);
        if (!ok || !isDigit(t, j)) continue;
        ++j;
        for (const bool extra : {true, false}) {
            std::size_t k = j;
            if (extra) {
                if (!isAlnum(t, k)) continue;
                ++k;
            }
            if (k < t.size() && t[k] == ' ') ++k;
            if (!isDigit(t, k) || !isAlpha(t, k + 1) || !isAlpha(t, k + 2) || !boundaryAt(t, k + 3)) continue;
            const std::string unit = lowerWord(t, k + 1, k + 3);
            const bool lower_case = std::islower(static_cast<unsigned char>(t[k + 1])) != 0;
            if (lower_case && (unit == "st" || unit == "nd" || unit == "rd" || unit == "th")) continue;
            return k + 3 - i;
        }
    }
    return 0;
}

// "QQ 12 34 56 C", "AB123456C": two letters, three pairs of digits, a final letter A to D.
std::size_t niNumberAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i) || !isAlpha(t, i) || !isAlpha(t, i + 1)) return 0;
    std::size_t j = i + 2;
    for (int pair = 0; pair < 3; ++pair) {
        if (j < t.size() && t[j] == ' ') ++j;
        if (!isDigit(t, j) || !isDigit(t, j + 1)) return 0;
        j += 2;
    }
    std::size_t with_letter = j < t.size() && t[j] == ' ' ? j + 1 : j;
    if (isAlpha(t, with_letter) && lowerAt(t, with_letter) >= 'a' && lowerAt(t, with_letter) <= 'd' &&
        boundaryAt(t, with_letter + 1)) {
        return with_letter + 1 - i;
    }
    return boundaryAt(t, j) ? j - i : 0;
}

// --- dates ---------------------------------------------------------------------------------

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march", "april", "may", "june", "july",
                                                      "august", "september", "october", "november", "december"};

bool isMonth(const std::string& w) {
    for (const std::string_view m : kMonths) {
        if (w == m || (w.size() >= 3 && w.size() < m.size() && m.starts_with(w) && (w.size() == 3 || w == "sept"))) return true;
    }
    return false;
}

// A day of the month at `i`: "3", "03", "3rd", "21st"; returns its length, 0 when none.
std::size_t dayAt(std::string_view t, std::size_t i, bool* ordinal) {
    if (!boundaryBefore(t, i) || !isDigit(t, i)) return 0;
    std::size_t j = i;
    int day = 0;
    while (isDigit(t, j) && j - i < 2) day = day * 10 + (t[j++] - '0');
    if (day < 1 || day > 31) return 0;
    *ordinal = false;
    if (isAlpha(t, j) && isAlpha(t, j + 1)) {
        const std::string suffix = lowerWord(t, j, j + 2);
        if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
        j += 2;
        *ordinal = true;
    }
    return boundaryAt(t, j) ? j - i : 0;
}

// A four-digit year 1900-2099 after optional ", " at `i`: returns the end past it, or `i`.
std::size_t afterYear(std::string_view t, std::size_t i) {
    std::size_t j = i;
    if (j < t.size() && t[j] == ',') ++j;
    j = skipSpaces(t, j);
    if (j == i || !isDigit(t, j) || !isDigit(t, j + 3) || isDigit(t, j + 4)) return i;
    if (!(t.substr(j, 2) == "19" || t.substr(j, 2) == "20")) return i;
    return j + 4;
}

// After a month name at `i` (with an optional "." for "Sept."), or 0 when none is there.
std::size_t monthEnd(std::string_view t, std::size_t i) {
    if (!isAlpha(t, i)) return 0;
    const std::size_t end = wordEnd(t, i);
    if (!isMonth(lowerWord(t, i, end))) return 0;
    return end < t.size() && t[end] == '.' && end - i <= 4 ? end + 1 : end;
}

// "12/03/1985", "12-3-85", "1985-03-12", "12.03.1985".
std::size_t numericDateAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i) || !isDigit(t, i)) return 0;
    std::array<std::size_t, 3> lengths{};
    std::array<int, 3> values{};
    std::size_t j = i;
    char separator = 0;
    for (std::size_t part = 0; part < 3; ++part) {
        const std::size_t start = j;
        while (isDigit(t, j) && j - start < 4) values[part] = values[part] * 10 + (t[j++] - '0');
        lengths[part] = j - start;
        if (lengths[part] == 0) return 0;
        if (part == 2) break;
        if (j >= t.size() || (t[j] != '/' && t[j] != '-' && t[j] != '.')) return 0;
        if (separator != 0 && t[j] != separator) return 0;
        separator = t[j++];
    }
    if (isDigit(t, j) || (j + 1 < t.size() && (t[j] == '/' || t[j] == '-') && isDigit(t, j + 1))) return 0;
    const bool year_first = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
    const bool year_last = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4);
    if (year_first) return values[1] >= 1 && values[1] <= 12 && values[2] >= 1 && values[2] <= 31 ? j - i : 0;
    if (!year_last || values[0] < 1 || values[1] < 1) return 0;
    // Day and month either way round (12/03 or 03/12), but one of them must be a month.
    const bool plausible = (values[0] <= 31 && values[1] <= 12) || (values[0] <= 12 && values[1] <= 31);
    return plausible ? j - i : 0;
}

// "3rd March", "3 March 1985", "3rd of March", "March 3rd", "March 3rd, 1985", "3/4th"-free.
std::size_t wordDateAt(std::string_view t, std::size_t i) {
    bool ordinal = false;
    if (const std::size_t day = dayAt(t, i, &ordinal); day > 0) {
        std::size_t j = skipSpaces(t, i + day);
        if (t.substr(j, 3) == "of " || t.substr(j, 3) == "Of ") j = skipSpaces(t, j + 3);
        if (j > i + day) {
            if (const std::size_t month = monthEnd(t, j); month > 0) return afterYear(t, month) - i;
        }
        return 0;
    }
    const std::size_t month = monthEnd(t, i);
    if (month == 0 || !boundaryBefore(t, i)) return 0;
    // A month first must be capitalised and have an ordinal day or a year ("May 2 of us" is not a date).
    if (std::isupper(static_cast<unsigned char>(t[i])) == 0) return 0;
    const std::size_t j = skipSpaces(t, month);
    if (j == month) return 0;
    if (const std::size_t d = dayAt(t, j, &ordinal); d > 0) {
        const std::size_t year_end = afterYear(t, j + d);
        if (ordinal || year_end > j + d) return year_end - i;
    }
    return 0;
}

// "born in 1985", "DOB 1985": a year of birth alone is a date of birth.
std::size_t birthYearAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i) || !isAlpha(t, i)) return 0;
    const std::size_t end = wordEnd(t, i);
    const std::string cue = lowerWord(t, i, end);
    if (cue != "born" && cue != "dob") return 0;
    std::size_t j = end < t.size() && t[end] == ':' ? end + 1 : end;
    j = skipSpaces(t, j);
    if (t.substr(j, 3) == "in ") j += 3;
    if (j == 0) return 0;
    const std::size_t year_end = afterYear(t, j - 1);  // from the space before the year
    if (year_end <= j) return 0;
    // Only the year is the detail; returned as an offset pair by the caller.
    return year_end - i;
}

// --- addresses -----------------------------------------------------------------------------

constexpr auto kStreetTypes = std::to_array<std::string_view>(
    {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "way", "crescent", "court",
     "place", "gardens", "grove", "terrace", "walk", "hill", "row", "square", "mews", "view", "green", "park",
     "rise", "parade", "vale", "wharf", "fold", "croft", "meadow", "meadows", "brow", "bank", "end"});

// Words that cannot name a street: "3 times down the road", "2 magistrates court hearings".
constexpr auto kNotStreetWords = std::to_array<std::string_view>(
    {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "up", "down", "my", "his", "her", "their", "our",
     "your", "this", "that", "from", "by", "for", "with", "into", "over", "times", "weeks", "days", "months", "years",
     "hours", "minutes", "people", "kids", "children", "visits", "sessions", "appointments", "magistrates", "crown",
     "county", "family", "youth", "different", "other", "more", "miles", "buses", "trains", "back", "round",
     "across", "along", "off", "out", "way", "is", "was", "are", "were", "be", "been", "it", "i", "we", "they"});

template <typename List>
bool listed(const List& list, std::string_view word) {
    for (const std::string_view entry : list) {
        if (entry == word) return true;
    }
    return false;
}

// A house number: "14", "14a"; returns its length.
std::size_t houseNumberAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i) || !isDigit(t, i)) return 0;
    std::size_t j = i;
    while (isDigit(t, j) && j - i < 4) ++j;
    if (isAlpha(t, j) && boundaryAt(t, j + 1)) ++j;
    return boundaryAt(t, j) ? j - i : 0;
}

// "9 Oak Lane", "flat 2, 14 High Street", "Flat 3 Maple Court", "14a Church St": a flat or house
// number, one to three words, and a street type.
std::size_t addressAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i)) return 0;
    std::size_t j = i;
    bool numbered = false;
    if (isAlpha(t, i)) {
        const std::size_t end = wordEnd(t, i);
        const std::string prefix = lowerWord(t, i, end);
        if (prefix != "flat" && prefix != "apartment" && prefix != "apt" && prefix != "unit") return 0;
        const std::size_t number = houseNumberAt(t, skipSpaces(t, end));
        if (number == 0 || skipSpaces(t, end) == end) return 0;
        j = skipSpaces(t, end) + number;
        if (j < t.size() && t[j] == ',') ++j;
        j = skipSpaces(t, j);
        numbered = true;
    }
    if (const std::size_t number = houseNumberAt(t, j); number > 0) {
        const std::size_t after = skipSpaces(t, j + number);
        if (after == j + number) return 0;
        j = after;
        numbered = true;
    }
    if (!numbered) return 0;
    std::size_t previous = j;
    for (int words = 0; words < 4; ++words) {
        if (!isAlpha(t, j)) return 0;
        const std::size_t end = wordEnd(t, j);
        const std::string word = lowerWord(t, j, end);
        const bool capitalised = std::isupper(static_cast<unsigned char>(t[j])) != 0;
        // "High Court" and a lower-case "court" are courts, not streets.
        const bool a_court = word == "court" && (!capitalised || lowerWord(t, previous, wordEnd(t, previous)) == "high");
        if (words > 0 && listed(kStreetTypes, word) && !a_court) {
            return end < t.size() && t[end] == '.' && word.size() <= 3 ? end + 1 - i : end - i;
        }
        if (listed(kNotStreetWords, word)) return 0;
        previous = j;
        j = skipSpaces(t, end);
        if (j == end) return 0;
    }
    return 0;
}

// Where someone lives, said without a number: "he lives on Mill Lane", "moved to Church Road".
constexpr auto kHomeCues = std::to_array<std::string_view>(
    {"live on ", "lives on ", "lived on ", "living on ", "live at ", "lives at ", "lived at ", "living at ",
     "moved to ", "moved into ", "staying on ", "staying at ", "address is "});

// A street named after a cue: one to three capitalised words and a capitalised street type.
std::size_t streetAfterCueAt(std::string_view t, std::size_t i) {
    if (!boundaryBefore(t, i) || std::isupper(static_cast<unsigned char>(t[i])) == 0) return 0;
    const std::string before = lowerWord(t, i >= 12 ? i - 12 : 0, i);
    bool cued = false;
    for (const std::string_view cue : kHomeCues) cued = cued || std::string_view(before).ends_with(cue);
    if (!cued) return 0;
    std::size_t j = i;
    for (int words = 0; words < 4; ++words) {
        if (std::isupper(static_cast<unsigned char>(t[j])) == 0) return 0;
        const std::size_t end = wordEnd(t, j);
        if (words > 0 && listed(kStreetTypes, lowerWord(t, j, end))) return end - i;
        j = end;
        if (j >= t.size() || t[j] != ' ' || j + 1 >= t.size()) return 0;
        ++j;
    }
    return 0;
}

}  // namespace

std::vector<PersonalDetail> findShapedDetails(std::string_view text) {
    std::vector<PersonalDetail> found;
    auto add = [&](std::size_t begin, std::size_t end, DetailKind kind) {
        PersonalDetail detail;
        detail.begin = begin;
        detail.end = end;
        detail.kind = kind;
        found.push_back(detail);
    };
    // Emails first: their letters and digits would otherwise look like other things.
    std::vector<std::pair<std::size_t, std::size_t>> emails;
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        if (const auto email = emailAround(text, at); email && (emails.empty() || email->first >= emails.back().second)) {
            emails.push_back(*email);
        }
    }
    std::size_t next_email = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (next_email < emails.size() && i >= emails[next_email].first) {
            add(emails[next_email].first, emails[next_email].second, DetailKind::Email);
            i = emails[next_email++].second;
            continue;
        }
        std::size_t length = 0;
        DetailKind kind = DetailKind::Phone;
        // Longer shapes first where two could start at one place ("14 March" vs "14 March Road").
        if ((length = addressAt(text, i)) > 0 || (length = streetAfterCueAt(text, i)) > 0) {
            kind = DetailKind::Address;
        } else if ((length = phoneAt(text, i)) > 0) {
            kind = DetailKind::Phone;
        } else if ((length = numericDateAt(text, i)) > 0 || (length = wordDateAt(text, i)) > 0) {
            kind = DetailKind::Date;
        } else if ((length = niNumberAt(text, i)) > 0) {
            kind = DetailKind::NiNumber;
        } else if ((length = postcodeAt(text, i)) > 0) {
            kind = DetailKind::Postcode;
        } else if (const std::size_t birth = birthYearAt(text, i); birth > 0) {
            add(i + birth - 4, i + birth, DetailKind::Date);  // the year, not the word "born"
            i += birth;
            continue;
        }
        if (length > 0 && (next_email >= emails.size() || i + length <= emails[next_email].first)) {
            add(i, i + length, kind);
            i += length;
        } else {
            ++i;
        }
    }
    return found;
}

}  // namespace report::redaction
