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
    const std::string quoted = "\u201C" + std::string(comment) + "\u201D";
    if (language == Language::Cy) {
        return "Dywedodd un " + nouns.singular + " wrthym: " + quoted;
    }
    return "One " + nouns.singular + " told us: " + quoted;
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
