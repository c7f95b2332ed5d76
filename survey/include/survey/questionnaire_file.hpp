// Loading and validating questionnaire definition files (YAML; format in assets/questionnaires/README.md).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "survey/questionnaire.hpp"

namespace survey {

// Locales every respondent-facing text must have for a file to load. English is always required.
struct LoadOptions {
    std::vector<std::string> required_locales = {"en"};
};

// Loads one questionnaire file, resolving `scale:` names against the scales file
// (assets/questionnaires/scales.yaml). Throws ValidationError listing every problem
// (file, line, field); a file that fails validation never loads.
Questionnaire loadQuestionnaire(const std::filesystem::path& file,
                                const std::filesystem::path& scales_file,
                                const LoadOptions& options = {});

// Loads every questionnaire in a directory (its *.yaml except scales.yaml), sorted by id.
// Problems from all files are gathered into one ValidationError.
std::vector<Questionnaire> loadQuestionnaires(const std::filesystem::path& directory,
                                              const LoadOptions& options = {});

// The directory holding the shipped questionnaires: $PERSPECTIVE_ASSETS/questionnaires when set,
// else <prefix>/share/perspective/questionnaires beside an installed program (<prefix>/bin),
// else the source tree's assets (compiled in) for a program run from its build tree.
std::filesystem::path defaultQuestionnaireDirectory();

}  // namespace survey
