#include "report/same_figure_sentences.hpp"

#include <algorithm>

#include "report/welsh_mutation.hpp"

namespace report {
namespace {

// A finding's sentence as words, without its full stop; empty when it is not one simple sentence
// that could share its opening (a split finding, or one that does not end in a full stop).
std::vector<std::string> words(const std::string& sentence) {
    if (sentence.empty() || sentence.back() != '.' || sentence.find(';') != std::string::npos) return {};
    std::vector<std::string> out;
    std::size_t start = 0;
    const std::size_t end = sentence.size() - 1;
    while (start < end) {
        std::size_t space = sentence.find(' ', start);
        if (space == std::string::npos || space > end) space = end;
        if (space > start) out.push_back(sentence.substr(start, space - start));
        start = space + 1;
    }
    return out;
}

bool sameFigure(const QuestionFigures& a, const QuestionFigures& b) {
    return a.base == b.base && a.finding_count == b.finding_count && a.finding_percent == b.finding_percent;
}

std::size_t sharedWords(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return static_cast<std::size_t>(std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin());
}

// The words after the first `shared` of a sentence can be listed: a few plain words.
bool listable(const std::vector<std::string>& sentence, std::size_t shared, Language language) {
    const std::size_t tail = sentence.size() - shared;
    if (tail == 0 || tail > kMaxTailWords) return false;
    for (std::size_t i = shared; i < sentence.size(); ++i) {
        const std::string& word = sentence[i];
        if (word.find_first_of(",;:()\"\u2018\u2019\u201c\u201d") != std::string::npos) return false;
        if (word == (language == Language::Cy ? "a" : "and") || (language == Language::Cy && word == "ac")) return false;
    }
    return true;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
    return out;
}

// "A, B and C" (English) or "A, B ac C" / "A, B a thribiwnlysoedd" (Welsh).
std::string listOf(const std::vector<std::string>& items, Language language) {
    std::string out = items.front();
    for (std::size_t i = 1; i < items.size(); ++i) {
        if (i + 1 < items.size()) {
            out += ", " + items[i];
        } else if (language == Language::Cy) {
            out += " " + std::string(welshAnd(items[i])) + " " + aspirateMutation(items[i]);
        } else {
            out += " and " + items[i];
        }
    }
    return out;
}

}  // namespace

std::vector<std::string> joinSameFigures(const std::vector<const QuestionFigures*>& findings, Language language) {
    std::vector<std::vector<std::string>> split;  // each sentence's words, worked out once
    for (const QuestionFigures* finding : findings) split.push_back(words(finding->sentence));
    const auto allListable = [&](std::size_t from, std::size_t to, std::size_t shared) {
        return std::all_of(split.begin() + static_cast<std::ptrdiff_t>(from),
                           split.begin() + static_cast<std::ptrdiff_t>(to),
                           [&](const std::vector<std::string>& sentence) { return listable(sentence, shared, language); });
    };
    std::vector<std::string> sentences;
    std::size_t i = 0;
    while (i < findings.size()) {
        const std::vector<std::string>& first = split[i];
        // The longest run from i whose members all keep a listable tail after the opening they share.
        std::size_t shared = first.size();
        std::size_t end = i + 1;
        for (std::size_t j = i + 1; j < findings.size() && sameFigure(*findings[i], *findings[j]); ++j) {
            const std::size_t with_next = std::min(shared, sharedWords(first, split[j]));
            if (with_next < kMinSharedWords || !allListable(i, j + 1, with_next)) break;
            shared = with_next;
            end = j + 1;
        }
        if (end - i < 2) {
            sentences.push_back(findings[i]->sentence);
            ++i;
            continue;
        }
        std::vector<std::string> tails;
        for (std::size_t k = i; k < end; ++k) tails.push_back(join(split[k], shared, split[k].size()));
        sentences.push_back(join(first, 0, shared) + " " + listOf(tails, language) + ".");
        i = end;
    }
    return sentences;
}

}  // namespace report
