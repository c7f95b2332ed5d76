// House-style sentences: which count phrase a figure takes, how sentences about one question
// link, and how comments are quoted. Numbers: number_words.cpp; shares in words: proportion.cpp;
// Welsh mutations: welsh_mutation.cpp.
#include "report/phrasing.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "report/proportion.hpp"

namespace report {

namespace {

// The reports give percentages from a base of 60 ("95% of respondents said ...").
constexpr int kPercentBase = 60;
// From a base of 10 a share is put in words with the figures after it ("The majority of the
// offenders (26 out of 34)"); below it the figures alone say it ("Five out of eight offenders").
constexpr int kProportionBase = 10;

// The count phrase the reports use: docs/house-style.md has the table, row for row.
enum class Form { NoBase, All, AllBut, None, Only, Percent, Proportion, OutOf };

Form chooseForm(const FindingFigures& f) {
    if (f.base <= 0) return Form::NoBase;
    if (f.count >= f.base) return Form::All;
    if (f.count == 0) return Form::None;
    const int missing = f.base - f.count;
    // "All but three of the eight" would hide that only five of eight agreed: at least three in four.
    if (missing <= 3 && f.base >= 5 && 4 * f.count >= 3 * f.base) return Form::AllBut;
    if (f.count <= 4 && f.count * 2 < f.base) return Form::Only;
    if (f.base >= kPercentBase) return Form::Percent;
    if (f.base >= kProportionBase) return Form::Proportion;
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

std::string quoted(std::string_view text) { return "\u201C" + std::string(text) + "\u201D"; }

// “A”, “B” and “C” (Welsh “A”, “B” a “C”; “ac” before a vowel: “Tai” ac “Addysg”).
std::string quotedList(const std::vector<std::string>& labels, Language language) {
    std::string list;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i > 0 && i + 1 < labels.size()) list += ", ";
        else if (i > 0) list += language == Language::Cy ? " " + std::string(welshAnd(labels[i])) + " " : " and ";
        list += quoted(labels[i]);
    }
    return list;
}

std::string englishNoun(int n, const Nouns& nouns) { return n == 1 ? nouns.singular : nouns.plural; }

WelshNoun welshNoun(const Nouns& nouns) { return {nouns.singular, nouns.plural, nouns.gender}; }

// Why some who answered are not in the base: " to whom it applied", " who expressed a view";
// with `skipped`, " who answered" when neither of those says it already.
std::string exclusion(const FindingFigures& f, Language language, bool skipped) {
    const bool cy = language == Language::Cy;
    std::string why;
    if (f.not_applicable) why = cy ? " yr oedd yn berthnasol iddynt" : " to whom it applied";
    if (f.expressed_view) {
        why += f.not_applicable ? (cy ? " ac" : " and") : "";
        why += cy ? " a fynegodd farn" : " who expressed a view";
    }
    if (why.empty() && skipped) why = cy ? " a atebodd" : " who answered";
    return why;
}

// Whether a `who:` wording is a relative clause ("whose contact went ahead", "who had an
// induction"; Welsh "yr aeth ...", "a gafodd ..."), so that a clause after it joins with "and"
// ("whose contact went ahead and to whom it applied"); a phrase such as "in prison" takes the
// clause straight after it ("in prison who answered").
bool isRelativeClause(std::string_view who, Language language) {
    const std::string text = " " + std::string(who) + " ";
    if (language == Language::Cy) {
        return who.starts_with("a ") || who.starts_with("y ") || who.starts_with("yr ") ||
               text.find(" a oedd ") != std::string::npos || text.find(" sydd ") != std::string::npos;
    }
    for (const char* word : {" who ", " whose ", " whom ", " that ", " which "}) {
        if (text.find(word) != std::string::npos) return true;
    }
    return false;
}

// Who was asked, then why some are left out: baseQualifier, with `skipped` as the caller needs.
std::string qualifierOf(const FindingFigures& f, Language language, bool skipped) {
    const std::string why = exclusion(f, language, skipped);
    if (f.who.empty()) return why;
    const bool joined = !why.empty() && isRelativeClause(f.who, language);
    return " " + f.who + (joined ? (language == Language::Cy ? " ac" : " and") : "") + why;
}

// `one`: the finding said of one person, for the forms whose subject is one ("The one sentencer",
// "Only one of the 22 sentencers", "One of the two sentencers", "Neither of the two sentencers").
std::string englishSentence(const FindingFigures& f, const Nouns& nouns, std::string_view finding,
                            std::string_view one) {
    const std::string view = qualifierOf(f, Language::En, f.skipped);
    const std::string who = f.who.empty() ? "" : " " + f.who;
    const std::string of_base = houseNumber(f.base, false) + " " + englishNoun(f.base, nouns);
    switch (chooseForm(f)) {
        case Form::NoBase:
            if (f.answered > 0) {
                return "None of the " + houseNumber(f.answered, false) + " " + englishNoun(f.answered, nouns) + who +
                       " who answered " +
                       (f.not_applicable && !f.expressed_view ? "said it applied to them." : "gave a view.");
            }
            return "No " + nouns.plural + " answered this question.";
        case Form::All:
            if (f.base == 1) return withEnd("The one " + nouns.singular + view, one);
            if (f.base == 2) return withEnd("Both " + nouns.plural + view, finding);
            return withEnd("All " + of_base + view, finding);
        case Form::None:
            if (f.base == 1) {
                return withEnd("Of the one " + nouns.singular + who + " who answered" + exclusion(f, Language::En, false) +
                                   ", none",
                               finding);
            }
            if (f.base == 2) return withEnd("Neither of the " + of_base + view, one);  // "neither ... was"
            return withEnd("None of the " + of_base + view, finding);
        case Form::AllBut:
            return withEnd("All but " + numberWords(f.base - f.count) + " of the " + of_base + view, finding);
        case Form::Only:
            return withEnd("Only " + numberWords(f.count) + " of the " + of_base + view, f.count == 1 ? one : finding);
        case Form::Percent:
            return withEnd(capitalise(std::string(proportionWords(f.count, f.base)->en)) + " (" +
                               std::to_string(percentOf(f.count, f.base)) + "%) of the " + of_base + view,
                           finding);
        case Form::Proportion:
            return withEnd(capitalise(std::string(proportionWords(f.count, f.base)->en)) + " of the " + nouns.plural +
                               view + " (" + houseNumber(f.count, false) + " out of " + houseNumber(f.base, false) + ")",
                           finding);
        case Form::OutOf:
            if (f.base == 2) return withEnd("One of the " + of_base + view, one);  // the count is 1 here
            return withEnd(houseNumber(f.count, true) + " out of " + houseNumber(f.base, false) + " " +
                               nouns.plural + view,
                           f.count == 1 ? one : finding);
    }
    return {};
}

// Welsh: the cy finding texts are predicates ("wedi dweud ...", "yn y carchar"), so the sentence
// opens with "Roedd" and the subject follows it. Numbers count the noun as welsh_mutation.hpp
// says ("o'r wyth troseddwr", "o'r 60 o droseddwyr").
std::string welshSentence(const FindingFigures& f, const Nouns& nouns, std::string_view finding,
                          std::string_view one) {
    const Language cy = Language::Cy;
    const std::string view = qualifierOf(f, cy, f.skipped);
    const std::string who = f.who.empty() ? "" : " " + f.who;
    const WelshNoun noun = welshNoun(nouns);
    const std::string of_the_base = "o'r " + countedNounAfterArticle(f.base, noun);
    switch (chooseForm(f)) {
        case Form::NoBase:
            if (f.answered > 0) {
                const std::string none = "yr un o'r " + countedNounAfterArticle(f.answered, noun) + who + " a atebodd";
                return f.not_applicable && !f.expressed_view ? "Ni ddywedodd " + none + " fod hyn yn berthnasol iddynt."
                                                             : "Ni fynegodd " + none + " farn.";
            }
            return "Ni wnaeth yr un o'r " + nouns.plural + " ateb y cwestiwn hwn.";
        case Form::All:
            if (f.base == 1) return withEnd("Roedd yr unig " + softMutation(nouns.singular) + view, one);
            if (f.base == 2) return withEnd("Roedd y " + countedNounAfterArticle(2, noun) + view, finding);
            return withEnd("Roedd pob un " + of_the_base + view, finding);
        case Form::None:
            if (f.base == 1) {
                return withEnd("Nid oedd yr unig " + softMutation(nouns.singular) + who + " a atebodd" +
                                   exclusion(f, cy, false),
                               one);
            }
            // "yr un" is one ("not one of them"): "Nid oedd yr un o'r 22 o ddedfrydwyr yn ynad".
            return withEnd("Nid oedd yr un " + of_the_base + view, one);
        case Form::AllBut:
            return withEnd("Roedd pob un ond " + numberWords(f.base - f.count, cy, nouns.gender) + " " + of_the_base + view,
                           finding);
        case Form::Only:
            // Fronted, as Welsh puts the focus of a sentence first: "Dim ond dau ... oedd wedi dweud
            // ...", with "oedd" (the relative form), not "Roedd dim ond dau ... wedi dweud ...".
            return withEnd("Dim ond " + numberWords(f.count, cy, nouns.gender) + " " + of_the_base + view + " oedd",
                           f.count == 1 ? one : finding);
        case Form::Percent:
            return withEnd("Roedd " + std::string(proportionWords(f.count, f.base)->cy) + " (" +
                               std::to_string(percentOf(f.count, f.base)) + "%) " + of_the_base + view,
                           finding);
        case Form::Proportion: {
            const ProportionWords words = *proportionWords(f.count, f.base);
            const std::string the = words.cy_genitive ? " " + welshArticle(nouns.plural) : " o'r ";
            return withEnd("Roedd " + std::string(words.cy) + the + nouns.plural + view + " (" +
                               houseNumber(f.count, false, cy, nouns.gender) + " allan o " +
                               houseNumber(f.base, false, cy, nouns.gender) + ")",
                           finding);
        }
        case Form::OutOf:
            return withEnd("Roedd " + houseNumber(f.count, false, cy, nouns.gender) + " " + of_the_base + view,
                           f.count == 1 ? one : finding);
    }
    return {};
}

}  // namespace

WelshNoun welshQuestionnaireNoun() { return {"holiadur", "holiaduron", Gender::Masculine}; }

int percentOf(int count, int base) {
    if (base <= 0) return 0;
    return static_cast<int>((200LL * count + base) / (2LL * base));
}

std::string findingSentence(const FindingFigures& figures, const Nouns& nouns, std::string_view finding,
                            Language language, std::string_view finding_one) {
    const std::string_view one = finding_one.empty() ? finding : finding_one;
    return language == Language::Cy ? welshSentence(figures, nouns, finding, one)
                                     : englishSentence(figures, nouns, finding, one);
}

std::string baseQualifier(const FindingFigures& figures, Language language) {
    return qualifierOf(figures, language, figures.skipped);
}

std::string mostCommonSentence(const std::vector<std::string>& labels, int count, int base, const Nouns& nouns,
                               Language language, std::string_view qualifier) {
    const std::string list = quotedList(labels, language);
    const bool tie = labels.size() > 1;
    if (language == Language::Cy) {
        return std::string(tie ? "Yr atebion mwyaf cyffredin oedd " : "Yr ateb mwyaf cyffredin oedd ") + list + ", " +
               (tie ? "pob un wedi\u2019i ddewis gan " : "wedi\u2019i ddewis gan ") +
               softMutation(houseNumber(count, false, Language::Cy, nouns.gender)) + " o\u2019r " +  // "gan dri"
               countedNounAfterArticle(base, welshNoun(nouns)) + std::string(qualifier) + ".";
    }
    return std::string(tie ? "The most common answers were " : "The most common answer was ") + list + ", " +
           (tie ? "each chosen by " : "chosen by ") + houseNumber(count, false) + " of the " + houseNumber(base, false) +
           " " + englishNoun(base, nouns) + std::string(qualifier) + ".";
}

std::string similarChoiceSentence(int top, int count, const std::vector<std::string>& labels, bool multi,
                                  Language language) {
    if (language == Language::Cy) {
        return std::string(multi ? "Dewisodd " : "Atebodd ") + linkedCount(top, count, language) + " " +
               quotedList(labels, language) + ".";
    }
    return capitalise(linkedCount(top, count, language)) + (multi ? " chose " : " answered ") +
           quotedList(labels, language) + ".";
}

std::string splitSentence(const FindingFigures& figures, const Nouns& nouns, const SplitPart& strong,
                          const SplitPart& partial, const std::vector<SplitPart>& rest, Language language) {
    const bool cy = language == Language::Cy;
    std::string sentence = findingSentence(figures, nouns, strong.finding, language);
    sentence.pop_back();  // its full stop: the partial answer follows after a semicolon
    // Welsh clauses are predicates after "roedd", which serves one and many alike.
    const std::string verb = cy ? "roedd " : "";
    // Of two people, each clause names them as two: "the other", "both" (Welsh "y llall", "y ddau").
    int accounted = strong.count;
    const auto ofTwo = [&](int count) -> std::string {
        if (figures.base != 2) return {};
        if (count == 1 && accounted == 1) return cy ? "y llall" : "the other";
        if (count == 2 && accounted == 0) return cy ? (nouns.gender == Gender::Feminine ? "y ddwy" : "y ddau") : "both";
        return {};
    };
    // A clause that accounts for everyone still left says so: "the remaining six" (Welsh "y chwech
    // arall"), as the reports' "the remainder"; from two people up, since one is a plain "one".
    const auto remaining = [&](int count) -> std::string {
        if (figures.base <= 2 || count < 2 || accounted + count != figures.base) return {};
        if (!cy) return "the remaining " + houseNumber(count, false);
        std::string number = houseNumber(count, false, language, nouns.gender);
        if (count == 2) number = softMutation(number);  // "y ddau", "y ddwy"
        return welshArticle(number) + number + " arall";
    };
    // After "None of the eight ...", a plain count: "a further five" would link to nobody.
    std::string partial_count = ofTwo(partial.count);
    if (partial_count.empty()) partial_count = remaining(partial.count);
    if (partial_count.empty()) {
        partial_count = strong.count > 0 ? linkedCount(strong.count, partial.count, language, nouns.gender)
                                         : houseNumber(partial.count, false, language, nouns.gender);
    }
    accounted += partial.count;
    std::vector<std::string> clauses{verb + partial_count + " " + partial.finding};
    for (const SplitPart& part : rest) {
        if (part.count <= 0) continue;
        std::string count = ofTwo(part.count);
        if (count.empty()) count = remaining(part.count);
        if (count.empty()) count = houseNumber(part.count, false, language, nouns.gender);
        accounted += part.count;
        clauses.push_back(verb + count + " " + part.finding);
    }
    sentence += "; " + clauses.front();
    for (std::size_t i = 1; i < clauses.size(); ++i) {
        const bool last = i + 1 == clauses.size();
        sentence += last ? (cy ? ", ac " : ", and ") : ", ";
        sentence += clauses[i];
    }
    return sentence + ".";
}

std::string openingLine(int returned, std::optional<int> distributed, const Nouns& nouns, Language language,
                        RateShown rate) {
    const bool known = distributed && *distributed > 0;
    const auto rateInBrackets = [&](std::string_view words) {
        if (rate == RateShown::No) return std::string{};
        return " (" + std::string(words) + std::to_string(percentOf(returned, *distributed)) + "%)";
    };
    if (language == Language::Cy) {
        const WelshNoun questionnaires = welshQuestionnaireNoun();
        if (known && returned == 0) {
            return "Anfonwyd " + countedNoun(*distributed, questionnaires) + " at " + softMutation(nouns.plural) +
                   "; ni ddychwelwyd yr un.";
        }
        if (known && returned > *distributed) {
            return "Cwblhaodd " + countedNoun(returned, welshNoun(nouns)) + " holiadur; cofnodwyd bod " +
                   countedNoun(*distributed, questionnaires) + " wedi\u2019u rhoi.";
        }
        if (known) {
            return "Allan o " + softMutation(countedNoun(*distributed, questionnaires)) + " a roddwyd, cafodd " +
                   houseNumber(returned, false, language) +
                   (returned == 1 ? " ei gwblhau a'i ddychwelyd" : " eu cwblhau a'u dychwelyd") +
                   rateInBrackets("cyfradd ymateb o ") + ".";
        }
        if (returned == 0) return "Ni chwblhaodd yr un " + nouns.singular + " holiadur.";
        return "Cwblhaodd " + countedNoun(returned, welshNoun(nouns)) + " holiadur.";
    }
    if (known && returned == 0) {
        return openingCount(*distributed) + (*distributed == 1 ? " questionnaire was" : " questionnaires were") +
               " sent to " + nouns.plural + "; none were returned.";
    }
    if (known && returned > *distributed) {
        // No rate over 100%: the report's warning says why.
        return openingCount(returned) + " " + englishNoun(returned, nouns) + " completed a questionnaire; " +
               houseNumber(*distributed, false) + (*distributed == 1 ? " was" : " were") + " recorded as handed out.";
    }
    if (known) {
        return "Out of " + houseNumber(*distributed, false) + (*distributed == 1 ? " questionnaire" : " questionnaires") +
               " handed out, " + houseNumber(returned, false) + (returned == 1 ? " was" : " were") +
               " completed and returned" + rateInBrackets("a response rate of ") + ".";
    }
    if (returned == 0) return "No " + nouns.plural + " completed a questionnaire.";
    return openingCount(returned) + " " + englishNoun(returned, nouns) + " completed a questionnaire.";
}

std::string groupOpeningLine(int returned, const Nouns& nouns, std::string_view answer_label,
                             std::string_view question_text, Language language) {
    const std::string question = quoted(question_text);
    const std::string label = quoted(answer_label);
    if (language == Language::Cy) {
        return "Dychwelwyd " + countedNoun(returned, welshQuestionnaireNoun()) + " gan " + softMutation(nouns.plural) +
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
        return "Gadawodd " + countedNoun(comments, welshNoun(nouns)) + " sylw.";
    }
    if (comments == 0) return "No " + nouns.plural + " left a comment.";
    return openingCount(comments) + " " + englishNoun(comments, nouns) + (comments == 1 ? " left a comment." : " left comments.");
}

std::string quoteComment(std::string_view comment, const Nouns& nouns, Language language) {
    const std::string quoted = "\u201C" + std::string(comment) + "\u201D";
    if (language == Language::Cy) {
        return "Dywedodd un " + nouns.singular + " wrthym: " + quoted;
    }
    return "One " + nouns.singular + " told us: " + quoted;
}

}  // namespace report
