// Taking people's names out of free-text comments before a report quotes them.
#include "report/redaction.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace report {

namespace {

// Capitalised words that are not names: pronouns, days, months, places and the institutions
// respondents write about. Compared case-sensitively after stripping "'s".
constexpr auto kNotNames = std::to_array<std::string_view>({
    "I", "I'm", "I've", "I'll", "I'd", "I\u2019m", "I\u2019ve", "I\u2019ll", "I\u2019d", "OK", "Ok", "Mr", "Mrs", "Ms", "Miss", "Dr",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Christmas", "Easter", "God",
    "England", "Wales", "Scotland", "Ireland", "Britain", "UK", "English", "Welsh",
    "Cheshire", "Chester", "Crewe", "Warrington", "Macclesfield", "Liverpool", "Manchester", "London",
    "Cardiff", "Swansea", "Wrexham",
    "Probation", "Service", "Court", "Crown", "Magistrates", "Magistrates'", "Prison", "HMP", "Police",
    "Judge", "Council", "Housing", "Jobcentre", "Centre", "Job", "NHS", "DWP", "MAPPA", "VLO", "NPS",
    "CRC", "AA", "NA", "Victim", "Liaison", "Officer", "Offender", "Manager", "Supervisor", "Team",
    "Approved", "Premises", "Unit", "Hospital", "Citizens", "Advice", "Samaritans", "Shelter",
    "Programme", "Order", "Licence", "Community", "Payback",
    "Cymru", "Cymraeg", "Saesneg", "Caerdydd", "Abertawe", "Wrecsam", "Casnewydd", "Llys", "Carchar",
    "Prawf", "Heddlu", "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
    "Medi", "Hydref", "Tachwedd", "Rhagfyr", "Nadolig"});

constexpr std::array<std::string_view, 8> kTitles = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Sir", "Dame"};

bool isWordChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) != 0 || c == '\'' || c == '-' || u >= 0x80;
}

bool isCapitalised(std::string_view word) {
    return !word.empty() && std::isupper(static_cast<unsigned char>(word.front())) != 0;
}

bool isAcronym(std::string_view word) {
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c)) != 0 || std::isdigit(static_cast<unsigned char>(c)) != 0;
           });
}

std::string_view bare(std::string_view word) {
    if (word.ends_with("'s")) word.remove_suffix(2);
    if (word.ends_with("\u2019s")) word.remove_suffix(4);
    while (!word.empty() && (word.back() == '\'' || word.back() == '-')) word.remove_suffix(1);
    return word;
}

bool contains(auto const& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

struct Token {
    std::size_t begin;
    std::size_t end;
    bool sentence_start;
};

}  // namespace

std::string redactNames(std::string_view text) {
    std::vector<Token> words;
    bool at_start = true;
    for (std::size_t i = 0; i < text.size();) {
        if (!isWordChar(text[i])) {
            if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n') at_start = true;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isWordChar(text[end])) ++end;
        words.push_back({i, end, at_start});
        at_start = false;
        i = end;
    }
    std::vector<bool> redact(words.size(), false);
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::string_view word = bare(text.substr(words[w].begin, words[w].end - words[w].begin));
        if (!isCapitalised(word)) continue;
        if (contains(kTitles, word)) {
            // "Mr Smith", "Dr Jane Jones": the capitalised words after a title are a name.
            for (std::size_t n = w + 1; n < words.size(); ++n) {
                const std::string_view next = text.substr(words[n].begin, words[n].end - words[n].begin);
                if (!isCapitalised(next)) break;
                redact[w] = true;
                redact[n] = true;
            }
            continue;
        }
        if (contains(kNotNames, word) || isAcronym(word)) continue;
        const bool next_capitalised =
            w + 1 < words.size() && !words[w + 1].sentence_start &&
            isCapitalised(text.substr(words[w + 1].begin, words[w + 1].end - words[w + 1].begin)) &&
            !contains(kNotNames, bare(text.substr(words[w + 1].begin, words[w + 1].end - words[w + 1].begin)));
        // A sentence-initial capital is ordinary ("Thanks"), unless a second capitalised word
        // follows ("John Smith helped me").
        if (!words[w].sentence_start || next_capitalised) redact[w] = true;
    }
    std::string out;
    std::size_t copied = 0;
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (!redact[w]) continue;
        out.append(text.substr(copied, words[w].begin - copied));
        const std::string_view word = text.substr(words[w].begin, words[w].end - words[w].begin);
        // Consecutive name words ("John Smith") collapse into one "[name]"; a possessive keeps its "'s".
        const std::string_view gap = text.substr(copied, words[w].begin - copied);
        const bool joins = w > 0 && redact[w - 1] && gap.find_first_not_of(' ') == std::string_view::npos;
        if (joins) {
            out.resize(out.size() - gap.size());
        } else {
            out += "[name]";
        }
        for (const std::string_view possessive : {std::string_view("'s"), std::string_view("\u2019s")}) {
            if (word.ends_with(possessive) && !out.ends_with(possessive)) out += possessive;
        }
        copied = words[w].end;
    }
    out.append(text.substr(copied));
    return out;
}

}  // namespace report
