// Fixed report words in both languages.
#include "labels.hpp"

namespace report {

Labels labelsFor(Language language) {
    if (language == Language::Cy) {
        return {"Safbwynt defnyddwyr gwasanaeth", "Canfyddiadau", "Ateb", "Nifer", "Canran", "Sylfaen", "Wedi hepgor",
                "y tu allan i\u2019r sylfaen", "Sylwadau",
                "Safbwynt defnyddwyr gwasanaeth \u2013 adroddiad"};
    }
    return {"Service users\u2019 perspective", "Findings", "Answer", "Number", "Percentage", "Base", "Skipped",
            "outside the base", "Comments", "Service users\u2019 perspective \u2013 report"};
}

std::string abandonedNote(int abandoned, Language language) {
    if (abandoned == 0) return {};
    if (language == Language::Cy) {
        return "Cafodd " + houseNumber(abandoned, false, language) +
               " o holiaduron eu dechrau ond heb eu gorffen; nid ydynt yn y ffigurau hyn.";
    }
    return houseNumber(abandoned, true) + (abandoned == 1 ? " questionnaire was" : " questionnaires were") +
           " started but not finished; " + (abandoned == 1 ? "it is" : "they are") + " not in these figures.";
}

}  // namespace report
