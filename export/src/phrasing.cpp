// House-style sentences: which count phrase a figure takes, and how comments are quoted.
#include "report/phrasing.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace report {

namespace {

// The reports give percentages from a base of 60 ("95% of respondents said ...").
constexpr int kPercentBase = 60;

// The count phrase the reports use: docs/house-style.md has the table, row for row.
enum class Form { NoBase, All, AllBut, None, Only, Percent, OutOf };

Form chooseForm(const FindingFigures& f) {
    if (f.base <= 0) return Form::NoBase;
    if (f.count >= f.base) return Form::All;
    if (f.count == 0) return Form::None;
    const int missing = f.base - f.count;
    // "All but three of the eight" would hide that only five of eight agreed: at least three in four.
    if (missing <= 3 && f.base >= 5 && 4 * f.count >= 3 * f.base) return Form::AllBut;
    if (f.count <= 4 && f.count * 2 < f.base) return Form::Only;
    if (f.base >= kPercentBase) return Form::Percent;
    return Form::OutOf;
}

// A count that opens a sentence: spelled out, or past 999 "A total of 1,250" so the sentence
// still does not open with figures.
std::string openingCount(int n) {
    return n <= 999 ? houseNumber(n, true) : "A total of " + houseNumber(n, false);
}

std::string withEnd(std::string sentence, std::string_view finding) {
    if (!finding.empty()) sentence += " " + std::string(finding);
    while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == ' ')) sentence.pop_back();
    return sentence + ".";
}

// Why some who answered are not in the base: " to whom it applied", " who expressed a view".
std::string exclusion(const FindingFigures& f, Language language) {
    const bool cy = language == Language::Cy;
    std::string why;
    if (f.not_applicable) why = cy ? " yr oedd yn berthnasol iddynt" : " to whom it applied";
    if (f.expressed_view) {
        why += f.not_applicable ? (cy ? " ac" : " and") : "";
        why += cy ? " a fynegodd farn" : " who expressed a view";
    }
    return why;
}

std::string englishSentence(const FindingFigures& f, const Nouns& nouns, std::string_view finding) {
    const std::string view = exclusion(f, Language::En);
    const std::string of_base = houseNumber(f.base, false) + " " + (f.base == 1 ? nouns.singular : nouns.plural);
    switch (chooseForm(f)) {
        case Form::NoBase:
            if (f.answered > 0) {
                return "None of the " + houseNumber(f.answered, false) + " " +
                       (f.answered == 1 ? nouns.singular : nouns.plural) + " who answered " +
                       (f.not_applicable && !f.expressed_view ? "said it applied to them." : "gave a view.");
            }
            return "No " + nouns.plural + " answered this question.";
        case Form::All:
            if (f.base == 1) return withEnd("The one " + nouns.singular + view, finding);
            if (f.base == 2) return withEnd("Both " + nouns.plural + view, finding);
            return withEnd("All " + of_base + view, finding);
        case Form::None:
            if (f.base == 1) return withEnd("Of the one " + nouns.singular + " who answered" + view + ", none", finding);
            return withEnd("None of the " + of_base + view, finding);
        case Form::AllBut:
            return withEnd("All but " + numberWords(f.base - f.count) + " of the " + of_base + view, finding);
        case Form::Only:
            return withEnd("Only " + numberWords(f.count) + " of the " + of_base + view, finding);
        case Form::Percent:
            return withEnd("Of the " + of_base + view + ", " + std::to_string(percentOf(f.count, f.base)) + "%",
                           finding);
        case Form::OutOf:
            return withEnd(houseNumber(f.count, true) + " out of " + houseNumber(f.base, false) + " " +
                               nouns.plural + view,
                           finding);
    }
    return {};
}

// Welsh: the cy finding texts are predicates ("wedi dweud ...", "yn y carchar"), so the sentence
// opens with "Roedd" and the subject follows it; "o" + soft mutation before the plural noun
// ("o'r 60 o droseddwyr").
std::string welshSentence(const FindingFigures& f, const Nouns& nouns, std::string_view finding) {
    const Language cy = Language::Cy;
    const std::string view = exclusion(f, cy);
    const std::string noun_phrase = houseNumber(f.base, false, cy, nouns.gender) + " o " + softMutation(nouns.plural);
    switch (chooseForm(f)) {
        case Form::NoBase:
            if (f.answered > 0) {
                return "Ni fynegodd yr un o'r " + houseNumber(f.answered, false, cy, nouns.gender) + " o " +
                       softMutation(nouns.plural) + " a atebodd farn.";
            }
            return "Ni wnaeth yr un o'r " + nouns.plural + " ateb y cwestiwn hwn.";
        case Form::All:
            if (f.base == 1) return withEnd("Roedd yr unig " + softMutation(nouns.singular) + view, finding);
            return withEnd("Roedd pob un o'r " + noun_phrase + view, finding);
        case Form::None:
            return withEnd("Nid oedd yr un o'r " + noun_phrase + view, finding);
        case Form::AllBut:
            return withEnd("Roedd pob un ond " + numberWords(f.base - f.count, cy, nouns.gender) + " o'r " +
                               noun_phrase + view,
                           finding);
        case Form::Only:
            return withEnd("Roedd dim ond " + numberWords(f.count, cy, nouns.gender) + " o'r " + noun_phrase + view, finding);
        case Form::Percent:
            return withEnd("O'r " + noun_phrase + view + ", roedd " + std::to_string(percentOf(f.count, f.base)) + "%",
                           finding);
        case Form::OutOf:
            return withEnd("Roedd " + houseNumber(f.count, false, cy, nouns.gender) + " allan o " + noun_phrase + view,
                           finding);
    }
    return {};
}

}  // namespace

int percentOf(int count, int base) {
    if (base <= 0) return 0;
    return static_cast<int>((200LL * count + base) / (2LL * base));
}

std::string findingSentence(const FindingFigures& figures, const Nouns& nouns, std::string_view finding,
                            Language language) {
    return language == Language::Cy ? welshSentence(figures, nouns, finding)
                                     : englishSentence(figures, nouns, finding);
}

std::string mostCommonSentence(const std::vector<std::string>& labels, int count, int base, const Nouns& nouns,
                               Language language) {
    const bool cy = language == Language::Cy;
    std::string list;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i > 0) list += i + 1 == labels.size() ? (cy ? " a " : " and ") : ", ";
        list += "\u201C" + labels[i] + "\u201D";
    }
    const bool tie = labels.size() > 1;
    if (cy) {
        return std::string(tie ? "Yr atebion mwyaf cyffredin oedd " : "Yr ateb mwyaf cyffredin oedd ") + list + ", " +
               (tie ? "pob un wedi\u2019i ddewis gan " : "wedi\u2019i ddewis gan ") +
               softMutation(houseNumber(count, false, Language::Cy, nouns.gender)) + " o\u2019r " +  // "gan dri"
               houseNumber(base, false, Language::Cy, nouns.gender) + " o " + softMutation(nouns.plural) + ".";
    }
    return std::string(tie ? "The most common answers were " : "The most common answer was ") + list + ", " +
           (tie ? "each chosen by " : "chosen by ") + houseNumber(count, false) + " of the " + houseNumber(base, false) +
           " " + (base == 1 ? nouns.singular : nouns.plural) + ".";
}

std::string furtherSentence(int count, std::string_view label, Language language) {
    if (language == Language::Cy) {
        return "Atebodd " + houseNumber(count, false, Language::Cy) + " arall \u201C" + std::string(label) + "\u201D.";
    }
    return "A further " + houseNumber(count, false) + " answered \u201C" + std::string(label) + "\u201D.";
}

std::string openingLine(int returned, std::optional<int> distributed, const Nouns& nouns, Language language) {
    const bool known = distributed && *distributed > 0;
    if (language == Language::Cy) {
        if (known && returned == 0) {
            return "Anfonwyd " + houseNumber(*distributed, false, language, Gender::Masculine) +
                   " o holiaduron at " + softMutation(nouns.plural) + "; ni ddychwelwyd yr un.";
        }
        if (known && returned > *distributed) {
            return "Cwblhaodd " + houseNumber(returned, false, language, nouns.gender) + " o " +
                   softMutation(nouns.plural) + " holiadur; cofnodwyd bod " + houseNumber(*distributed, false, language) +
                   " wedi’u rhoi.";
        }
        if (known) {
            return "Allan o " + houseNumber(*distributed, false, language) + " o holiaduron a roddwyd, cafodd " +
                   houseNumber(returned, false, language) + " eu cwblhau a'u dychwelyd (cyfradd ymateb o " +
                   std::to_string(percentOf(returned, *distributed)) + "%).";
        }
        if (returned == 0) return "Ni chwblhaodd yr un " + nouns.singular + " holiadur.";
        return "Cwblhaodd " + houseNumber(returned, false, language, nouns.gender) + " o " +
               softMutation(nouns.plural) + " holiadur.";
    }
    if (known && returned == 0) {
        return openingCount(*distributed) + (*distributed == 1 ? " questionnaire was" : " questionnaires were") +
               " sent to " + nouns.plural + "; none were returned.";
    }
    if (known && returned > *distributed) {
        // No rate over 100%: the report's warning says why.
        return openingCount(returned) + " " + (returned == 1 ? nouns.singular : nouns.plural) +
               " completed a questionnaire; " + houseNumber(*distributed, false) +
               (*distributed == 1 ? " was" : " were") + " recorded as handed out.";
    }
    if (known) {
        return "Out of " + houseNumber(*distributed, false) + " questionnaires handed out, " +
               houseNumber(returned, false) + (returned == 1 ? " was" : " were") +
               " completed and returned (a response rate of " + std::to_string(percentOf(returned, *distributed)) +
               "%).";
    }
    if (returned == 0) return "No " + nouns.plural + " completed a questionnaire.";
    return openingCount(returned) + " " + (returned == 1 ? nouns.singular : nouns.plural) +
           " completed a questionnaire.";
}

std::string groupOpeningLine(int returned, const Nouns& nouns, std::string_view answer_label,
                             std::string_view question_text, Language language) {
    const std::string question = "\u201C" + std::string(question_text) + "\u201D";
    const std::string label = "\u201C" + std::string(answer_label) + "\u201D";
    if (language == Language::Cy) {
        return "Dychwelwyd " + houseNumber(returned, false, language) + " o holiaduron gan " + softMutation(nouns.plural) +
               (answer_label.empty() ? " na atebodd y cwestiwn " + question
                                     : " a atebodd " + label + " i\u2019r cwestiwn " + question) +
               ".";
    }
    return openingCount(returned) + (returned == 1 ? " questionnaire was" : " questionnaires were") + " returned by " +
           nouns.plural + (answer_label.empty() ? " who did not answer " + question : " who answered " + label + " to " + question) +
           ".";
}

std::string commentCountSentence(int comments, const Nouns& nouns, Language language) {
    if (language == Language::Cy) {
        if (comments == 0) return "Ni adawodd yr un " + nouns.singular + " sylw.";
        return "Gadawodd " + houseNumber(comments, false, language, nouns.gender) + " o " +
               softMutation(nouns.plural) + " sylw.";
    }
    if (comments == 0) return "No " + nouns.plural + " left a comment.";
    return openingCount(comments) + " " + (comments == 1 ? nouns.singular : nouns.plural) +
           (comments == 1 ? " left a comment." : " left comments.");
}

std::string quoteComment(std::string_view comment, const Nouns& nouns, Language language) {
    const std::string quoted = "\u201C" + redactNames(comment) + "\u201D";
    if (language == Language::Cy) {
        return "Dywedodd un " + nouns.singular + " wrthym: " + quoted;
    }
    return "One " + nouns.singular + " told us: " + quoted;
}

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

std::string softMutation(std::string_view word) {
    const std::string w(word);
    auto rest = [&](std::size_t n) { return w.substr(n); };
    if (w.starts_with("ll")) return "l" + rest(2);
    if (w.starts_with("rh")) return "r" + rest(2);
    if (w.starts_with("ch") || w.starts_with("ph") || w.starts_with("th")) return w;
    if (w.starts_with("p")) return "b" + rest(1);
    if (w.starts_with("t")) return "d" + rest(1);
    if (w.starts_with("c")) return "g" + rest(1);
    if (w.starts_with("b")) return "f" + rest(1);
    if (w.starts_with("d") && !w.starts_with("dd")) return "dd" + rest(1);
    if (w.starts_with("g")) return rest(1);
    if (w.starts_with("m")) return "f" + rest(1);
    return w;
}

}  // namespace report
