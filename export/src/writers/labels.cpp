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

}  // namespace report
