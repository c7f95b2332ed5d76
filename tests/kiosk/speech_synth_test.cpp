// SpeechSynth: espeak-ng produces audible English and Welsh speech, offline.
#include "speech/speech_synth.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include <yaml-cpp/yaml.h>

#include "speech_audio_checks.hpp"
#include "survey/questionnaire_file.hpp"

namespace kiosk {
namespace {

class SpeechSynthTest : public ::testing::Test {
protected:
    // espeak-ng is one engine per process: one synth serves the whole suite.
    static void SetUpTestSuite() { synth_ = std::make_unique<SpeechSynth>(); }
    static void TearDownTestSuite() { synth_.reset(); }
    static std::unique_ptr<SpeechSynth> synth_;
};
std::unique_ptr<SpeechSynth> SpeechSynthTest::synth_;

TEST_F(SpeechSynthTest, StartsAt22050Hz) { EXPECT_EQ(synth_->sampleRate(), 22050); }

TEST_F(SpeechSynthTest, EnglishSentenceIsAudible) {
    const SpeechAudio audio = synth_->synthesize("Were the rules of your supervision explained to you?", "en");
    EXPECT_AUDIBLE(audio, "English sentence");
    EXPECT_GT(audio.seconds(), 1.0);
}

TEST_F(SpeechSynthTest, WelshSentenceIsAudible) {
    const SpeechAudio audio = synth_->synthesize("A gafodd rheolau eich goruchwyliaeth eu hesbonio i chi?", "cy");
    EXPECT_AUDIBLE(audio, "Welsh sentence");
}

TEST_F(SpeechSynthTest, ShortestAnswersAreAudible) {
    for (const char* text : {"Yes", "No", "Ie", "Na"}) {
        EXPECT_AUDIBLE(synth_->synthesize(text, "en"), text);
        EXPECT_AUDIBLE(synth_->synthesize(text, "cy"), text);
    }
}

TEST_F(SpeechSynthTest, WelshLocalesUseTheWelshVoice) {
    EXPECT_EQ(voiceFor("cy"), "cy");
    EXPECT_EQ(voiceFor("cy-easy"), "cy");
    EXPECT_EQ(voiceFor("en-easy"), "en");
    EXPECT_EQ(voiceFor("fr"), "en");
    // The same letters sound different in the two voices. espeak's output varies by a few
    // samples from call to call, so lengths are compared within 1%.
    EXPECT_NE(synth_->synthesize("Croeso", "en").samples, synth_->synthesize("Croeso", "cy").samples);
    const double cy = synth_->synthesize("Croeso", "cy").seconds();
    EXPECT_NEAR(synth_->synthesize("Croeso", "cy-easy").seconds(), cy, cy / 100);
}

TEST_F(SpeechSynthTest, SlowerRateMakesLongerSpeech) {
    const char* text = "Has your probation worker listened to what you have to say?";
    const double slower = synth_->synthesize(text, "en", SpeechRate::Slower).seconds();
    const double normal = synth_->synthesize(text, "en", SpeechRate::Normal).seconds();
    const double faster = synth_->synthesize(text, "en", SpeechRate::Faster).seconds();
    EXPECT_GT(slower, normal);
    EXPECT_GT(normal, faster);
    EXPECT_LT(wordsPerMinute(SpeechRate::Slower), wordsPerMinute(SpeechRate::Normal));
}

TEST_F(SpeechSynthTest, SinkCanAbandonSynthesisAndTheNextTextIsWhole) {
    const char* long_text = "This is the first sentence. This is the second sentence. This is the third sentence.";
    std::size_t received = 0;
    const bool finished = synth_->synthesize(long_text, "en", SpeechRate::Normal,
                                             [&](std::span<const std::int16_t> block) {
                                                 received += block.size();
                                                 return false;  // stop after the first block
                                             });
    EXPECT_FALSE(finished);
    const SpeechAudio whole = synth_->synthesize(long_text, "en");
    EXPECT_LT(received, whole.samples.size());
    // Nothing of the abandoned text leaks into the next one (the whole text is ~10x longer).
    const double yes = synth_->synthesize("Yes", "en").seconds();
    synth_->synthesize(long_text, "en", SpeechRate::Normal, [](std::span<const std::int16_t>) { return false; });
    EXPECT_NEAR(synth_->synthesize("Yes", "en").seconds(), yes, yes / 100);
}

TEST_F(SpeechSynthTest, EmptyTextGivesSilence) {
    const SpeechAudio audio = synth_->synthesize("", "en");
    EXPECT_LT(audio.seconds(), 0.2);
}

TEST_F(SpeechSynthTest, SecondSynthInTheSameProcessIsRefused) {
    EXPECT_THROW(SpeechSynth{}, SpeechError);
}

// Every wording a respondent can meet, with where it comes from, in every locale it exists in.
struct Wording {
    std::string where;
    std::string locale;
    std::string text;
};

void addWordings(std::vector<Wording>& out, const std::string& where, const survey::LocalText& text) {
    for (const auto& [locale, wording] : text.all()) out.push_back({where, locale, wording});
}

std::vector<Wording> questionnaireWordings() {
    std::vector<Wording> out;
    for (const survey::Questionnaire& q : survey::loadQuestionnaires(survey::defaultQuestionnaireDirectory())) {
        addWordings(out, q.id + ".title", q.title);
        addWordings(out, q.id + ".audience", q.audience);
        addWordings(out, q.id + ".introduction", q.introduction);
        for (const survey::Question& question : q.questions) {
            const std::string where = q.id + "." + question.id;
            addWordings(out, where + ".text", question.text);
            addWordings(out, where + ".hint", question.hint);
            for (const survey::Option& option : question.options) {
                addWordings(out, where + "." + option.id, option.label);
            }
        }
    }
    return out;
}

// The journey's own words: assets/kiosk/strings.yaml maps id -> locale -> wording.
std::vector<Wording> kioskWordings() {
    std::vector<Wording> out;
    const YAML::Node file = YAML::LoadFile(PERSPECTIVE_ASSETS_DIR "/kiosk/strings.yaml");
    for (const auto& entry : file) {
        for (const auto& locale : entry.second) {
            out.push_back({"strings." + entry.first.as<std::string>(), locale.first.as<std::string>(),
                           locale.second.as<std::string>()});
        }
    }
    return out;
}

void expectAllAudible(SpeechSynth& synth, const std::vector<Wording>& wordings) {
    ASSERT_FALSE(wordings.empty());
    bool welsh = false;
    for (const Wording& wording : wordings) {
        welsh = welsh || wording.locale.starts_with("cy");
        EXPECT_AUDIBLE(synth.synthesize(wording.text, wording.locale),
                       wording.where + " (" + wording.locale + "): " + wording.text);
    }
    EXPECT_TRUE(welsh) << "no Welsh wording found";
}

TEST_F(SpeechSynthTest, EveryQuestionnaireStringIsAudibleInEveryLocale) {
    expectAllAudible(*synth_, questionnaireWordings());
}

TEST_F(SpeechSynthTest, EveryKioskStringIsAudibleInEveryLocale) {
    expectAllAudible(*synth_, kioskWordings());
}

TEST(SpeechSynth, EngineCanBeClaimedAgainAfterRelease) {
    for (int round = 0; round < 3; ++round) {
        SpeechSynth synth;
        EXPECT_AUDIBLE(synth.synthesize("Again", "en"), "Again");
    }
}

}  // namespace
}  // namespace kiosk
