#include "report/audience_headings.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace report {
namespace {

Report threeAudiences(Language language) {
    Report report;
    report.language = language;
    for (const char* id : {"offender", "victim", "sentencer"}) {
        QuestionnaireReport r;
        r.id = id;
        r.title = std::string("Title of ") + id;
        report.questionnaires.push_back(r);
    }
    return report;
}

const std::vector<std::string> kKnown = {"offender", "victim", "sentencer"};

TEST(AudienceHeadings, TheReportsHeadingsByDefaultInEitherLanguage) {
    Report en = threeAudiences(Language::En);
    applyHeadings(en, {}, kKnown);
    EXPECT_EQ(en.questionnaires[0].heading, "Offenders");
    EXPECT_EQ(en.questionnaires[1].heading, "Victims");
    EXPECT_EQ(en.questionnaires[2].heading, "Courts");
    Report cy = threeAudiences(Language::Cy);
    applyHeadings(cy, {}, kKnown);
    EXPECT_EQ(cy.questionnaires[2].heading, "Llysoedd");
    EXPECT_EQ(defaultHeading("staff", "Staff views", Language::En), "Staff views");
}

TEST(AudienceHeadings, AnInspectorCanRenameOne) {
    Report report = threeAudiences(Language::En);
    applyHeadings(report, {"sentencer=Sentencers and courts"}, kKnown);
    EXPECT_EQ(report.questionnaires[2].heading, "Sentencers and courts");
    EXPECT_EQ(report.questionnaires[0].heading, "Offenders");
}

TEST(AudienceHeadings, ABadRenameIsRefusedNamingIt) {
    for (const std::string bad : {"sentencer", "=Courts", "sentencer=", "judge=Courts"}) {
        Report report = threeAudiences(Language::En);
        try {
            applyHeadings(report, {bad}, kKnown);
            FAIL() << bad;
        } catch (const std::invalid_argument& error) {
            EXPECT_NE(std::string(error.what()).find("'" + bad + "'"), std::string::npos) << error.what();
        }
    }
}

}  // namespace
}  // namespace report
