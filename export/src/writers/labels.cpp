// Fixed report words in both languages.
#include "labels.hpp"

namespace report {

Labels labelsFor(Language language) {
    if (language == Language::Cy) {
        return {"Safbwynt defnyddwyr gwasanaeth", "Ateb", "Nifer", "Canran", "Sylfaen", "Wedi hepgor",
                "y tu allan i\u2019r sylfaen", "Sylwadau",
                "Safbwynt defnyddwyr gwasanaeth \u2013 adroddiad", "Atodiad: y ffigurau ar gyfer pob cwestiwn", "Tabl",
                "Dim canrannau: mae\u2019r sylfaen yn rhy fach"};
    }
    return {"Service users\u2019 perspective", "Answer", "Number", "Percentage", "Base", "Skipped",
            "outside the base", "Comments", "Service users\u2019 perspective \u2013 report",
            "Appendix: the figures for each question", "Table", "No percentages: the base is too small"};
}

}  // namespace report
