// Deciding which words are names. A listed name that is only ever a name is taken wherever it
// stands, in any case ("jordan helped me"); one that is also a word or a place needs more: a
// capital inside a sentence, a cue, a title, a surname after it or a verb such as "said".
#include "redaction/names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "redaction/words.hpp"

namespace report::redaction {

namespace {

constexpr auto kTitles = std::to_array<std::string_view>({"mr", "mrs", "ms", "miss", "dr", "mx", "sir", "dame"});

// Capitalised words that are not names even after a cue: places, days, months, institutions
// and the words respondents use for them (lower case; "called Probation" is not a name).
constexpr auto kNotNames = std::to_array<std::string_view>({
    "i", "i'm", "i've", "i'll", "i'd", "i\u2019m", "i\u2019ve", "i\u2019ll", "i\u2019d", "ok", "god",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter",
    "england", "wales", "scotland", "ireland", "britain", "uk", "english", "welsh", "cheshire", "chester", "crewe",
    "warrington", "macclesfield", "liverpool", "manchester", "london", "cardiff", "swansea", "wrexham", "birkenhead",
    "runcorn", "widnes", "northwich", "ellesmere", "nantwich", "stockport",
    "probation", "service", "court", "crown", "magistrates", "magistrates'", "prison", "hmp", "police", "judge",
    "council", "housing", "jobcentre", "centre", "job", "nhs", "dwp", "mappa", "vlo", "nps", "crc", "aa", "na",
    "victim", "liaison", "officer", "offender", "manager", "supervisor", "team", "approved", "premises", "unit",
    "hospital", "citizens", "advice", "samaritans", "shelter", "programme", "order", "licence", "community",
    "payback", "support", "services", "mind", "barnardo's", "nacro", "recovery", "red", "lion", "arms", "inn",
    "cymru", "cymraeg", "saesneg", "caerdydd", "abertawe", "wrecsam", "casnewydd", "llys", "carchar", "prawf",
    "heddlu", "ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref",
    "tachwedd", "rhagfyr", "nadolig", "diolch"});

// Small words that are never names, whatever their case ("Thanks Dave": "Thanks" is not one).
constexpr auto kNeverNames = std::to_array<std::string_view>({
    "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "me", "my", "him", "her",
    "he", "she", "they", "them", "it", "is", "was", "be", "been", "you", "we", "us", "our", "your", "his", "their",
    "this", "that", "who", "what", "when", "not", "no", "yes", "very", "really", "so", "up", "down", "back", "out",
    "about", "again", "round", "over", "off", "all", "as", "if", "because", "then", "there", "here", "from", "by",
    "thanks", "thank", "hello", "hi", "dear", "please", "sorry", "also", "just", "never", "always", "every", "one",
    "she's", "he's", "they're", "it's", "did", "do", "does", "has", "had", "have", "would", "could", "should",
    "can", "get", "got", "good", "great", "brilliant", "helpful", "kind", "rude", "late", "she\u2019s", "he\u2019s"});

// Verbs that, after a name that is also a word, show it is a person ("Will said", "Rose helped").
constexpr auto kPersonVerbs = std::to_array<std::string_view>({
    "said", "says", "told", "tells", "helped", "helps", "explained", "explains", "listened", "listens", "rang",
    "rings", "phoned", "phones", "called", "calls", "visited", "visits", "asked", "asks", "understood", "understands",
    "sorted", "arranged", "supported", "supports", "spoke", "speaks", "cared", "cares", "treated", "emailed",
    "wrote", "always", "never", "gave", "kept", "tried", "showed", "knew", "knows", "listened",
    "from"});  // "Hazel from the VLO unit rang me"
// Not "was" or "is": "Hope is what keeps me going", "May was hard".

// Words after which the next word is a name: "my PO Sarah", "a lady called Bernadette".
constexpr auto kCueWords = std::to_array<std::string_view>({
    "po", "om", "vlo", "officer", "worker", "manager", "supervisor", "solicitor", "barrister", "counsellor",
    "mentor", "keyworker", "caseworker", "psychologist", "nurse", "called", "named", "name's", "name\u2019s",
    "mate", "partner", "boyfriend", "girlfriend", "husband", "wife", "son", "daughter", "brother", "sister",
    "cousin", "friend", "neighbour", "ex", "ex-partner", "uncle", "auntie", "aunt", "nan", "grandad", "mum", "dad"});

template <typename List>
bool listed(const List& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

class NameFinder {
public:
    NameFinder(std::string_view text, const NameBook& book, const std::vector<PersonalDetail>& taken)
        : text_(text), book_(book), words_(wordsOf(text)), found_(words_.size()) {
        for (std::size_t w = 0; w < words_.size(); ++w) {
            for (const PersonalDetail& detail : taken) {
                if (words_[w].begin < detail.end && detail.begin < words_[w].end) blocked_.push_back(w);
            }
        }
    }

    std::vector<PersonalDetail> find() {
        for (std::size_t w = 0; w < words_.size(); ++w) {
            if (isTitle(w)) afterTitle(w);
            if (isCue(w)) afterCue(w);
        }
        for (std::size_t w = 0; w < words_.size(); ++w) {
            if (!found_[w] && listedName(w)) mark(w, NameRole::Forename);
        }
        // Surnames after forenames ("Dave smith"), forenames before listed surnames ("Keisha Patel").
        for (std::size_t w = 0; w + 1 < words_.size(); ++w) {
            if (found_[w] && !found_[w + 1] && followsAsSurname(w + 1)) mark(w + 1, NameRole::Surname);
        }
        for (std::size_t w = words_.size(); w-- > 1;) {
            if (found_[w] && !found_[w - 1] && precedesAsForename(w - 1)) mark(w - 1, NameRole::Forename);
        }
        return details();
    }

private:
    const Word& word(std::size_t w) const { return words_[w]; }
    bool usable(std::size_t w) const {
        return w < words_.size() && !blocked(w) && !listed(kNotNames, word(w).lower) &&
               !listed(kNeverNames, word(w).lower) && !std::isdigit(static_cast<unsigned char>(word(w).lower[0]));
    }
    bool blocked(std::size_t w) const { return std::find(blocked_.begin(), blocked_.end(), w) != blocked_.end(); }
    bool next(std::size_t w, bool comma_ok = false) const {
        return w + 1 < words_.size() && adjacent(text_, word(w), word(w + 1), comma_ok);
    }

    std::optional<ForenameEntry> forename(std::size_t w) const {
        if (auto entry = book_.forename(word(w).lower)) return entry;
        // "Anne-Marie", "Mary-Jane": the first part decides.
        if (const std::size_t hyphen = word(w).lower.find('-'); hyphen != std::string::npos && hyphen > 0) {
            return book_.forename(std::string_view(word(w).lower).substr(0, hyphen));
        }
        return std::nullopt;
    }

    bool isTitle(std::size_t w) const { return listed(kTitles, word(w).lower) && (word(w).capitalised || word(w).lower != "miss"); }

    // "Mr Smith", "Dr Jane Jones", "mrs patel": up to three name-like words after a title.
    void afterTitle(std::size_t w) {
        std::size_t last = w;
        while (last - w < 3 && next(last) && usable(last + 1) &&
               (word(last + 1).capitalised || forename(last + 1) || book_.surname(word(last + 1).lower))) {
            ++last;
        }
        for (std::size_t n = w + 1; n <= last; ++n) mark(n, n == last ? NameRole::Surname : NameRole::Forename);
    }

    bool isCue(std::size_t w) const {
        if (listed(kCueWords, word(w).lower)) return true;
        // "my name is Kerry", "ask for Dave", "known as Smudge"
        if (w == 0) return false;
        const std::string& before = word(w - 1).lower;
        const std::string& self = word(w).lower;
        return (before == "name" && self == "is") || (before == "ask" && self == "for") ||
               (before == "known" && self == "as");
    }

    // The word after a cue is a name when capitalised (any name, listed or not) or a listed name
    // that is only ever a name; "my PO will ring" keeps "will".
    void afterCue(std::size_t w) {
        const std::size_t n = w + 1;
        if (!next(w, true) || found_[n] || isTitle(n)) return;
        const auto entry = forename(n);
        // A listed forename after a cue is a name even when it is also a month ("my PO June").
        if (!usable(n) && !(entry && word(n).capitalised && !blocked(n) && !listed(kNeverNames, word(n).lower))) return;
        const auto surname = book_.surname(word(n).lower);
        const bool plain_name = (entry && entry->clash == NameClash::None) || (!entry && surname == NameClash::None);
        if (!word(n).capitalised && !plain_name) return;
        // After "called"/"named" a capitalised word that is not listed is still a name ("a lady
        // called Bernadette"), but "my partner Michelle" needs the capital too.
        mark(n, !entry && surname ? NameRole::Surname : NameRole::Forename);
    }

    bool verbFollows(std::size_t w) const { return next(w) && listed(kPersonVerbs, word(w + 1).lower); }

    bool capitalisedSurnameFollows(std::size_t w) const {
        return next(w) && word(w + 1).capitalised && book_.surname(word(w + 1).lower).has_value() && usable(w + 1);
    }

    // A listed name, taken on its own evidence.
    bool listedName(std::size_t w) const {
        if (!usable(w)) return false;
        const Word& self = word(w);
        if (const auto entry = forename(w)) {
            switch (entry->clash) {
                case NameClash::None:
                    return true;
                case NameClash::Word:
                    return self.capitalised &&
                           (!self.sentence_start || verbFollows(w) || capitalisedSurnameFollows(w));
                case NameClash::Proper:
                    return self.capitalised && (verbFollows(w) || capitalisedSurnameFollows(w));
            }
        }
        // A surname alone needs its capital: "Patel was rude"; "brown" never alone.
        return self.capitalised && book_.surname(self.lower) == NameClash::None;
    }

    bool followsAsSurname(std::size_t w) const {
        if (!usable(w) || isTitle(w) || !adjacent(text_, word(w - 1), word(w))) return false;
        const auto surname = book_.surname(word(w).lower);
        if (surname) return *surname == NameClash::None || word(w).capitalised;
        // An unlisted capitalised word after a forename: "Dave Okonkwo".
        return word(w).capitalised && !forename(w);
    }

    bool precedesAsForename(std::size_t w) const {
        const PersonalDetail* after = detailOf(w + 1);
        if (after == nullptr || after->role != NameRole::Surname || !usable(w) || isTitle(w)) return false;
        return word(w).capitalised && adjacent(text_, word(w), word(w + 1)) && !forename(w);
    }

    const PersonalDetail* detailOf(std::size_t w) const { return found_[w] ? &*found_[w] : nullptr; }

    void mark(std::size_t w, NameRole role) {
        PersonalDetail detail;
        detail.begin = word(w).begin;
        detail.end = word(w).core_end;
        detail.kind = DetailKind::Name;
        detail.role = role;
        if (const auto entry = forename(w); entry && role == NameRole::Forename) {
            detail.gender = entry->gender == Gender::Female ? NameGender::Female
                          : entry->gender == Gender::Male   ? NameGender::Male
                                                            : NameGender::Either;
        }
        found_[w] = detail;
    }

    std::vector<PersonalDetail> details() const {
        std::vector<PersonalDetail> result;
        for (const auto& detail : found_) {
            if (detail) result.push_back(*detail);
        }
        return result;
    }

    std::string_view text_;
    const NameBook& book_;
    std::vector<Word> words_;
    std::vector<std::optional<PersonalDetail>> found_;
    std::vector<std::size_t> blocked_;
};

}  // namespace

std::vector<PersonalDetail> findNames(std::string_view text, const NameBook& book,
                                      const std::vector<PersonalDetail>& taken) {
    return NameFinder(text, book, taken).find();
}

}  // namespace report::redaction
