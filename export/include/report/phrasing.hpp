// The house style of the inspection reports: the opening line of each questionnaire, one
// sentence a finding ("All but two of the 60 offenders said ..."), and comments as quotes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/number_words.hpp"
#include "report/welsh_mutation.hpp"

namespace report {

// How the respondents are named: "offender" / "offenders" ("troseddwr" / "troseddwyr").
struct Nouns {
    std::string singular;
    std::string plural;
    Gender gender = Gender::Masculine;  // Welsh only
};

// The figures one sentence reports: `count` of `base` respondents gave the finding's options;
// `expressed_view` when some chose options outside the base ("who expressed a view").
struct FindingFigures {
    int count = 0;
    int base = 0;
    bool expressed_view = false;   // someone chose a no-view option ("who expressed a view")
    bool not_applicable = false;   // someone said it did not apply ("to whom it applied")
    int answered = 0;              // answered at all, for a base of 0 ("None of the five who answered")
    // Who was asked, when the question's routing asked only some: "in prison", "whose contact
    // went ahead" (the questionnaire file's `who:` of the answer its `when:` names); else empty.
    std::string who{};
    bool skipped = false;          // some who were asked did not answer ("who answered")
};

// What the base's noun is followed by: who was asked ("in prison"), then why some who answered
// are not counted ("to whom it applied", "who expressed a view") or, when nobody was left out for
// those reasons, that some skipped it ("who answered"). Empty or with a leading space.
std::string baseQualifier(const FindingFigures& figures, Language language);

// Whole-number percentage, rounded half up; 0 when the base is 0.
int percentOf(int count, int base);

// "All but two of the 60 offenders said the rules ... explained." `finding` is the end of the
// sentence; the count phrase is chosen by the rules of the table in docs/house-style.md.
// `finding_one` ends it instead where its subject is one person ("Only one of the 22 sentencers
// was a magistrate"); empty when `finding` reads after one too.
std::string findingSentence(const FindingFigures& figures, const Nouns& nouns, std::string_view finding,
                            Language language, std::string_view finding_one = {});

// Multi-choice with no finding: "The most common answer was “Housing”, chosen by five of the 12
// offenders." Several `labels` (a tie): "The most common answers were “A” and “B”, each chosen by ...".
// `qualifier` follows the noun (baseQualifier).
std::string mostCommonSentence(const std::vector<std::string>& labels, int count, int base, const Nouns& nouns,
                               Language language, std::string_view qualifier = {});

// One answer a split finding names: how many gave it, and the file's wording of the finding for
// that answer alone (`finding.split` in the questionnaire file: "said they had been partly
// supported"; Welsh a predicate, "wedi dweud ..."). The wording must read after one and after many.
struct SplitPart {
    int count = 0;
    std::string finding;
};

// A finding split into its strong and partial answer, in the reports' voice: "Only two of the
// eight offenders said they had been fully supported; a further five said they had been partly
// supported, and one said they had received no support." `figures.count` is the strong answer's;
// `rest` the other answers inside the base (those with none are left out).
std::string splitSentence(const FindingFigures& figures, const Nouns& nouns, const SplitPart& strong,
                          const SplitPart& partial, const std::vector<SplitPart>& rest, Language language);

// After the most common answer (chosen by `top`), the next when it was chosen by a similar
// number: "A similar number (four) chose “Work”." `multi`: "chose", else "answered".
std::string similarChoiceSentence(int top, int count, const std::vector<std::string>& labels, bool multi,
                                  Language language);

// "holiadur" / "holiaduron" (masculine), the noun Welsh rate sentences count.
WelshNoun welshQuestionnaireNoun();

// Whether an opening line gives the response rate. No where fewer were handed out than the
// report's --min-base: "75%" of four reads as more than it is (small_numbers.hpp).
enum class RateShown : bool { No, Yes };

// "Sixty-eight offenders completed a questionnaire." / "Out of 150 questionnaires handed out, 13
// were completed and returned (a response rate of 9%)." / "Twenty questionnaires were sent to
// victims; none were returned." With RateShown::No the rate in brackets is left out.
std::string openingLine(int returned, std::optional<int> distributed, const Nouns& nouns, Language language,
                        RateShown rate = RateShown::Yes);

// The opening of a --by group: "Eight questionnaires were returned by offenders who answered
// “In prison” to “Are you in prison now?”." With no `answer_label`: "... who did not answer ...".
std::string groupOpeningLine(int returned, const Nouns& nouns, std::string_view answer_label,
                             std::string_view question_text, Language language);

// "Twelve offenders left a comment." for a free-text question.
std::string commentCountSentence(int comments, const Nouns& nouns, Language language);

// "One offender told us: “…”". `comment` must already be redacted (report/redaction.hpp).
std::string quoteComment(std::string_view comment, const Nouns& nouns, Language language);


}  // namespace report
