#include "import_suggestions.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace report {
namespace {

std::string folded(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && (out.back() == '?' || out.back() == '.' || out.back() == ':')) out.pop_back();
    return out;
}

// Levenshtein distance, stopping early once every way is over `limit`.
std::size_t distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > limit) return limit + 1;
    }
    return row[b.size()];
}

struct Candidate {
    std::string id;
    const survey::LocalText* wording;
};

// The id `typed` nearly is: the same but for case, the wording of exactly one candidate, or the
// one id (and no other) within two edits, or one edit for an id under six letters.
std::string nearest(const std::vector<Candidate>& candidates, std::string_view typed) {
    const std::string key = folded(typed);
    if (key.empty()) return "";
    std::vector<std::string> same;
    for (const Candidate& c : candidates) {
        bool matches = folded(c.id) == key;
        for (const auto& [locale, text] : c.wording->all()) matches = matches || folded(text) == key;
        if (matches && std::find(same.begin(), same.end(), c.id) == same.end()) same.push_back(c.id);
    }
    if (same.size() == 1) return same.front();
    if (!same.empty()) return "";
    std::string best;
    std::size_t best_distance = 0;
    bool tie = false;
    for (const Candidate& c : candidates) {
        const std::size_t limit = c.id.size() < 6 ? 1 : 2;
        const std::size_t d = distance(key, c.id, limit);
        if (d > limit) continue;
        if (best.empty() || d < best_distance) {
            best = c.id;
            best_distance = d;
            tie = false;
        } else if (d == best_distance) {
            tie = true;
        }
    }
    return tie ? "" : best;
}

}  // namespace

std::string suggestQuestion(const survey::Questionnaire& questionnaire, std::string_view header) {
    std::vector<Candidate> candidates;
    for (const survey::Question& q : questionnaire.questions) candidates.push_back({q.id, &q.text});
    return nearest(candidates, header);
}

std::string suggestOption(const survey::Question& question, std::string_view value) {
    std::vector<Candidate> candidates;
    for (const survey::Option& o : question.options) candidates.push_back({o.id, &o.label});
    return nearest(candidates, value);
}

}  // namespace report
