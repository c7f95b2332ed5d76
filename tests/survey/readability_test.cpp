// Readability: the syllable counter, the Flesch-Kincaid grade, and the shipped questionnaires'
// wording held to grade 8 (standard) and grade 5 with sentences of 15 words at most (Easy Read).
#include "survey/readability.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <utility>
#include <vector>

#include "survey/questionnaire_file.hpp"

namespace survey {
namespace {

TEST(Syllables, PlainWordsCountTheirVowelGroups) {
    const std::vector<std::pair<const char*, int>> words = {
        {"cat", 1}, {"probation", 3}, {"offender", 3}, {"manager", 3}, {"question", 2},
        {"supervision", 4}, {"appointment", 3}, {"information", 4}, {"organisation", 5},
        {"about", 2}, {"house", 1}, {"court", 1}, {"prison", 2}, {"education", 4}};
    for (const auto& [word, syllables] : words) EXPECT_EQ(countSyllables(word), syllables) << word;
}

TEST(Syllables, SilentFinalEAndItsExceptions) {
    const std::vector<std::pair<const char*, int>> words = {
        {"make", 1}, {"the", 1}, {"are", 1}, {"one", 1}, {"whole", 1}, {"sure", 1}, {"free", 1},
        {"people", 2}, {"table", 2}, {"little", 2}, {"true", 1}, {"issue", 2}, {"continue", 3},
        {"he", 1}, {"be", 1}, {"eye", 1}, {"license", 2}};
    for (const auto& [word, syllables] : words) EXPECT_EQ(countSyllables(word), syllables) << word;
}

TEST(Syllables, EsAndEdEndings) {
    const std::vector<std::pair<const char*, int>> words = {
        {"times", 1}, {"makes", 1}, {"uses", 2}, {"boxes", 2}, {"changes", 2}, {"places", 2},
        {"tables", 2}, {"goes", 1}, {"studies", 2}, {"yes", 1},
        {"asked", 1}, {"used", 1}, {"explained", 2}, {"involved", 2}, {"arranged", 2},
        {"wanted", 2}, {"needed", 2}, {"contacted", 3}, {"handled", 2}, {"called", 1}, {"bed", 1}};
    for (const auto& [word, syllables] : words) EXPECT_EQ(countSyllables(word), syllables) << word;
}

TEST(Syllables, YIsAVowelExceptAtTheStartOrBeforeAVowel) {
    const std::vector<std::pair<const char*, int>> words = {
        {"my", 1}, {"happy", 2}, {"yes", 1}, {"you", 1}, {"yourself", 2}, {"beyond", 2},
        {"player", 2}, {"they", 1}, {"days", 1}, {"trying", 2}, {"saying", 2}, {"study", 2}};
    for (const auto& [word, syllables] : words) EXPECT_EQ(countSyllables(word), syllables) << word;
}

TEST(Syllables, SuffixesAndVowelPairsThatSplit) {
    const std::vector<std::pair<const char*, int>> words = {
        {"safely", 2}, {"statement", 2}, {"involvement", 3}, {"useful", 2}, {"homeless", 2},
        {"carefully", 3}, {"only", 2}, {"family", 3}, {"really", 2}, {"apply", 2}, {"fly", 1},
        {"media", 3}, {"liaison", 3}, {"special", 2}, {"period", 3}, {"various", 3},
        {"nation", 2}, {"opinion", 3}, {"actual", 3}, {"usual", 3}, {"situation", 4},
        {"language", 2}, {"idea", 3}, {"area", 3}, {"going", 2}, {"being", 2}, {"behaviour", 3},
        {"reoffend", 3}, {"reoffending", 4}};
    for (const auto& [word, syllables] : words) EXPECT_EQ(countSyllables(word), syllables) << word;
}

TEST(Syllables, CapitalsApostrophesAndNumbers) {
    EXPECT_EQ(countSyllables("VLO"), 3);
    EXPECT_EQ(countSyllables("WWW"), 9);
    EXPECT_EQ(countSyllables("I"), 1);
    EXPECT_EQ(countSyllables("don't"), 1);
    EXPECT_EQ(countSyllables("don\u2019t"), 1);
    EXPECT_EQ(countSyllables("Yes"), 1);
    EXPECT_EQ(countSyllables("10"), 2);
    EXPECT_EQ(countSyllables("..."), 0);
}

TEST(Sentences, SplitAtEndMarksAndLineBreaks) {
    EXPECT_EQ(splitSentences("One. Two? Three!").size(), 3u);
    EXPECT_EQ(splitSentences("No end mark").size(), 1u);
    EXPECT_EQ(splitSentences("A worker, e.g. a tutor, helped. It took 2.5 hours.").size(), 2u);
    EXPECT_EQ(splitSentences("First line\nSecond line").size(), 2u);
    EXPECT_EQ(splitSentences("He said \"Stop.\" Then he left.").size(), 2u);
    EXPECT_TRUE(splitSentences("  ...  ").empty());
}

TEST(Words, CountsWordsNotPunctuation) {
    EXPECT_EQ(splitWords("Yes, fully - I don't know (2,000 words).").size(), 7u);
    EXPECT_EQ(splitWords("drugs-worker").size(), 1u);
    EXPECT_EQ(longestSentenceWords("Short one. This sentence has exactly six words."), 6);
}

TEST(Grade, FormulaMatchesFleschKincaid) {
    EXPECT_DOUBLE_EQ(fleschKincaidGrade({100, 5, 150}), 0.39 * 20 + 11.8 * 1.5 - 15.59);
    EXPECT_DOUBLE_EQ(fleschKincaidGrade({}), 0.0);
}

TEST(Grade, ReferencePassages) {
    // Hand counted: 6 words, 1 sentence, 6 syllables -> -1.45, clamped to 0.
    EXPECT_NEAR(fleschKincaidGrade(measureText("The cat sat on the mat.")), 0.39 * 6 + 11.8 - 15.59, 1e-9);
    EXPECT_DOUBLE_EQ(readingGrade("The cat sat on the mat."), 0.0);
    // Hand counted with a dictionary: 17 words, 1 sentence, 26 syllables -> grade 8.0.
    EXPECT_NEAR(readingGrade("Has your offender manager made you think about your offending "
                             "and how to avoid it in future?"),
                0.39 * 17 + 11.8 * 26 / 17.0 - 15.59, 0.7);
    // Gettysburg Address, first sentence: 30 words, 1 sentence, 48 syllables -> grade 15.0.
    EXPECT_NEAR(readingGrade("Four score and seven years ago our fathers brought forth on this "
                             "continent, a new nation, conceived in Liberty, and dedicated to the "
                             "proposition that all men are created equal."),
                0.39 * 30 + 11.8 * 48 / 30.0 - 15.59, 0.8);
    // Easy Read style: short words, short sentences -> well under grade 5.
    EXPECT_LT(readingGrade("Did someone tell you the rules? You can skip this."), 2.0);
    // Long words in a long sentence -> far above grade 8.
    EXPECT_GT(readingGrade("Notwithstanding the aforementioned considerations, the organisation's "
                           "implementation of rehabilitative interventions was unsatisfactory."),
              16.0);
}

// ---- The shipped questionnaires ------------------------------------------------------------
//
// How short texts are measured: Flesch-Kincaid is a formula for running prose. On a two-word
// answer button it is noise ("Relationships" alone scores grade 32; "Yes" scores -3.4). So:
// - every grade is clamped at 0 (readingGrade);
// - titles, introductions, questions and hints are measured each on its own;
// - a question's option labels are measured together, with the question they answer, as one
//   passage (the question, then one sentence a label): that is how a respondent reads them.
struct Passage {
    std::string where;  // "offender.yaml:120: rules_explained.hint"
    std::string text;
};

std::string labelPassage(const Question& question, std::string_view locale) {
    std::string passage = *question.text.find(locale);
    for (const Option& option : question.options) {
        const std::string* label = option.label.find(locale);
        if (label == nullptr) continue;
        passage += "\n";
        passage += *label;
    }
    return passage;
}

// Every passage of `locale` wording in the shipped questionnaires, as measured above.
std::vector<Passage> shippedPassages(std::string_view locale) {
    std::vector<Passage> passages;
    for (const Questionnaire& questionnaire : loadQuestionnaires(defaultQuestionnaireDirectory())) {
        const std::string file = questionnaire.source;
        const auto add = [&](int line, const std::string& field, const LocalText& text) {
            if (const std::string* wording = text.find(locale)) {
                const std::string at = line > 0 ? ":" + std::to_string(line) : std::string();
                passages.push_back({file + at + ": " + field, *wording});
            }
        };
        add(0, "title", questionnaire.title);  // the loader keeps no line for these
        add(0, "audience", questionnaire.audience);
        add(0, "introduction", questionnaire.introduction);
        for (const Question& question : questionnaire.questions) {
            add(question.line, question.id + ".text", question.text);
            add(question.line, question.id + ".hint", question.hint);
            if (!question.options.empty() && question.text.find(locale) != nullptr) {
                passages.push_back({file + ":" + std::to_string(question.line) + ": " + question.id +
                                        ".text and option labels",
                                    labelPassage(question, locale)});
            }
        }
    }
    return passages;
}

std::string describe(const Passage& passage, double grade) {
    std::ostringstream out;
    out << passage.where << ": grade " << grade << ": \"" << passage.text << "\"";
    return out.str();
}

TEST(ShippedQuestionnaires, StandardEnglishIsAtMostGrade8) {
    const std::vector<Passage> passages = shippedPassages("en");
    ASSERT_FALSE(passages.empty());
    for (const Passage& passage : passages) {
        const double grade = readingGrade(passage.text);
        EXPECT_LE(grade, 8.0) << describe(passage, grade);
    }
}

TEST(ShippedQuestionnaires, EasyReadEnglishIsAtMostGrade5) {
    const std::vector<Passage> passages = shippedPassages("en-easy");
    ASSERT_FALSE(passages.empty());
    for (const Passage& passage : passages) {
        const double grade = readingGrade(passage.text);
        EXPECT_LE(grade, 5.0) << describe(passage, grade);
    }
}

TEST(ShippedQuestionnaires, EasyReadSentencesHaveAtMost15Words) {
    const std::vector<Passage> passages = shippedPassages("en-easy");
    ASSERT_FALSE(passages.empty());
    for (const Passage& passage : passages) {
        EXPECT_LE(longestSentenceWords(passage.text), 15) << describe(passage, readingGrade(passage.text));
    }
}

}  // namespace
}  // namespace survey
