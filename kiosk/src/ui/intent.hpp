// What a screen asks the App to do after a frame. Screens return intents and never change the
// session or the store themselves; the App applies them in order (App::apply).
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "survey/answers.hpp"
#include "staff/staff_intent.hpp"
#include "ui/theme.hpp"

namespace kiosk {

struct StartQuestionnaire { std::string questionnaire_id; };
struct AnswerGiven { survey::Answer answer; };  // Continue with an answer
struct SkipQuestion {};                          // "Skip this question", or Continue with none
struct GoBack { std::optional<std::string> typed; };  // typed: a comment to keep on its question
struct ChangeAnswer { std::string question_id; };  // "Change" on check-answers
struct SubmitAnswers {};
struct LeaveNow {};          // "Leave this page" or Shift x3
struct NeedMoreTime {};      // "Yes, I need more time"
struct ReturnToStart {};     // confirmation done, neutral page "Home", store error "Start again"
struct OpenDisplayOptions {};
struct CloseDisplayOptions {};
struct ChangeDisplay { DisplaySettings settings; };  // text size, font, colours, language, Easy Read
struct Speak { std::string text; };  // a touched option, read out when read-aloud is on

using Intent = std::variant<StartQuestionnaire, AnswerGiven, SkipQuestion, GoBack, ChangeAnswer, SubmitAnswers,
                            LeaveNow, NeedMoreTime, ReturnToStart, OpenDisplayOptions, CloseDisplayOptions,
                            ChangeDisplay, Speak, StaffIntent>;
using Intents = std::vector<Intent>;

// Asks for the current display settings with one edit applied, e.g.
// changeDisplay(out, current, [](DisplaySettings& s) { s.easy_read = true; }).
template <class Edit>
void changeDisplay(Intents& out, DisplaySettings settings, Edit edit) {
    edit(settings);
    out.emplace_back(ChangeDisplay{settings});
}

}  // namespace kiosk
