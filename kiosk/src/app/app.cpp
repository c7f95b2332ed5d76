#include "app/app.hpp"

#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "app/overloaded.hpp"
#include "ui/screens/check_answers_screen.hpp"
#include "ui/screens/confirmation_screen.hpp"
#include "ui/screens/display_options_screen.hpp"
#include "ui/screens/more_time_screen.hpp"
#include "ui/screens/neutral_screen.hpp"
#include "ui/screens/question_screen.hpp"
#include "ui/screens/start_screen.hpp"
#include "ui/screens/store_error_screen.hpp"

namespace kiosk {

namespace {

using std::chrono::milliseconds;

milliseconds remaining(std::chrono::steady_clock::duration total, std::chrono::steady_clock::duration elapsed) {
    return std::max(milliseconds(0), std::chrono::duration_cast<milliseconds>(total - elapsed));
}

}  // namespace

App::App(std::vector<survey::Questionnaire> questionnaires, survey::ResponseStore& store, Strings strings,
         KioskOptions options, SteadyClock steady, survey::Clock wall, Timings timings)
    : questionnaires_(std::move(questionnaires)), store_(&store), strings_(std::move(strings)),
      options_(std::move(options)), steady_(std::move(steady)), wall_(std::move(wall)), timings_(timings),
      input_(steady_, timings_.shift_window, timings_.staff_hold) {
    // Staff's choice (saved in the store) unless the command line named a questionnaire.
    if (options_.offered.empty()) options_.offered = StaffMode::savedOffered(*store_, questionnaires_);
    for (const std::string& id : options_.offered) {
        const auto found = std::find_if(questionnaires_.begin(), questionnaires_.end(),
                                        [&](const survey::Questionnaire& q) { return q.id == id; });
        if (found == questionnaires_.end()) throw std::invalid_argument("no questionnaire with id '" + id + "' was loaded");
        offered_.push_back(&*found);
    }
    if (options_.offered.empty()) {
        for (const survey::Questionnaire& q : questionnaires_) offered_.push_back(&q);
    }
    if (offered_.empty()) throw std::invalid_argument("no questionnaires to offer");
    theme_.apply(DisplaySettings{});
    staff_ = std::make_unique<StaffMode>(*store_, steady_);  // the PIN lockout runs on monotonic time
    show(Page::Start);
    if (options_.choose_pin_first && !staff_->pinSet()) apply(StaffIntent{OpenStaff{}});
}

App::~App() = default;

bool App::prepareFrame(ImFontAtlas& atlas) {
    if (style_dirty_) {
        theme_.applyStyle(ImGui::GetStyle());
        style_dirty_ = false;
    }
    if (!fonts_dirty_) return false;
    theme_.buildFonts(atlas);
    ImGui::GetIO().FontDefault = theme_.body();
    fonts_dirty_ = false;
    return true;
}

void App::frame() {
    const InputFrame input = readInputFrame();
    input_.note(input, overlay_ == Overlay::MoreTime);
    if (input_.leaveAsked(input) && leaveAvailable()) apply(LeaveNow{});
    checkTimers();
    widgets_.beginFrame(theme_.colours());
    ScreenContext context{strings_, theme_, widgets_, leaveAvailable(), respondent_};
    context.staff_button = staffButtonShown();
    context.assisted = session_ != nullptr && session_channel_ == survey::Channel::Assisted;
    Intents intents = visibleScreen().draw(context);
    checkStaffEntry(input, context.staff_held, intents);
    for (const Intent& intent : intents) apply(intent);
    readAloud();
}

void App::setVoice(Voice* voice) {
    voice_ = voice;
    if (voice_ != nullptr) voice_->setRate(theme_.settings().speech_rate);
    reading_due_ = true;
}

void App::readAloud() {
    Screen& screen = visibleScreen();
    // Every screen change makes a new Screen object while the old one is still alive, so a new
    // address means a new page.
    const bool changed = &screen != read_screen_;
    read_screen_ = &screen;
    const bool due = changed || reading_due_;
    reading_due_ = false;
    const DisplaySettings& settings = theme_.settings();
    if (voice_ == nullptr || !settings.read_aloud) return;
    const ScreenContext context{strings_, theme_, widgets_, leaveAvailable(), respondent_};
    if (due) {
        std::string text = screen.reading(context);
        if (text.empty()) voice_->stop();
        else voice_->say(std::move(text), context.locale());
        screen.announcement(context);  // already in the reading: not said again
        return;
    }
    if (std::string news = screen.announcement(context); !news.empty()) voice_->say(std::move(news), context.locale());
}

Screen& App::visibleScreen() { return overlay_ != Overlay::None ? *overlay_screen_ : *shown_.screen; }

std::string App::screenName() const { return overlay_ != Overlay::None ? overlay_screen_->name() : shown_.screen->name(); }

bool App::leaveAvailable() const {
    // Every questionnaire's pages have the way out; `leave_button` adds it to the start page.
    if (session_ != nullptr) return shown_.page != Page::Confirmation;
    if (shown_.page != Page::Start) return false;
    return std::any_of(offered_.begin(), offered_.end(), [](const survey::Questionnaire* q) { return q->leave_button; });
}

void App::checkTimers() {
    const auto now = steady_();
    if (shown_.page == Page::Staff) {
        if (input_.idleFor() >= timings_.staff_idle) leaveStaff();  // staff walked away
        return;
    }
    const bool in_session = shown_.page == Page::Question || shown_.page == Page::CheckAnswers;
    if (overlay_ == Overlay::MoreTime) {
        if (now - shown_at_ >= timings_.countdown) {
            endSession(session_->questionnaire().on_timeout);
            show(Page::Start);
        }
        return;
    }
    const bool idle = input_.idleFor() >= timings_.inactivity;
    if (in_session && idle) {
        overlay_ = Overlay::MoreTime;
        overlay_screen_ = std::make_unique<MoreTimeScreen>(steady_, now + timings_.countdown);
        shown_at_ = now;
        widgets_.resetFocus();
    } else if (shown_.page == Page::Confirmation && now - shown_at_ >= timings_.confirmation) {
        apply(ReturnToStart{});
    } else if ((shown_.page == Page::Neutral || shown_.page == Page::Start) && idle) {
        // Nobody is here: the next person starts with the default display settings.
        if (leftForNextPerson()) {
            changeDisplay(DisplaySettings{});
            show(Page::Start);
        }
    }
}

bool App::leftForNextPerson() const {
    return shown_.page == Page::Neutral || overlay_ != Overlay::None || theme_.settings() != DisplaySettings{};
}

std::optional<milliseconds> App::untilNextTimer() const {
    const auto now = steady_();
    if (shown_.page == Page::Staff) return remaining(timings_.staff_idle, input_.idleFor());
    if (const auto held = input_.untilHeld()) return held;
    if (overlay_ == Overlay::MoreTime) {
        // Wake each second to redraw the countdown, and when it runs out.
        const auto left = remaining(timings_.countdown, now - shown_at_);
        return std::min(left, milliseconds(left.count() % 1000 == 0 ? 1000 : left.count() % 1000));
    }
    if (shown_.page == Page::Confirmation) return remaining(timings_.confirmation, now - shown_at_);
    if (shown_.page == Page::Question || shown_.page == Page::CheckAnswers || leftForNextPerson())
        return remaining(timings_.inactivity, input_.idleFor());
    return std::nullopt;
}

void App::apply(const Intent& intent) {
    std::visit(Overloaded{
                   [&](const StartQuestionnaire& start) { startSession(start.questionnaire_id); },
                   [&](const AnswerGiven& given) {
                       if (session_ == nullptr || session_->stage() != survey::Stage::Question) return;
                       survey::AnswerChanges changes;
                       try {
                           changes = session_->answer(given.answer);
                       } catch (const std::invalid_argument&) {
                           return;  // the screens only build valid answers; stay on the page
                       }
                       if (save(changes)) showSessionPage();
                   },
                   [&](const SkipQuestion&) {
                       if (session_ == nullptr || session_->stage() != survey::Stage::Question) return;
                       if (save(session_->skip())) showSessionPage();
                   },
                   [&](const GoBack& back) {
                       if (session_ == nullptr) return;
                       // Back on the first question is the way out of a questionnaire chosen by
                       // mistake: to the chooser, leaving no trace (a victim may tap the wrong door).
                       if (session_->stage() == survey::Stage::Question && !session_->canGoBack()) {
                           backOut();
                           return;
                       }
                       if (back.typed && !save(session_->keepText(*back.typed)))
                           return;
                       session_->back();
                       showSessionPage();
                   },
                   [&](const ChangeAnswer& change) {
                       if (session_ == nullptr || session_->stage() != survey::Stage::CheckAnswers) return;
                       session_->change(change.question_id);
                       showSessionPage();
                   },
                   [&](const SubmitAnswers&) {
                       if (session_ == nullptr || session_->stage() != survey::Stage::CheckAnswers) return;
                       if (!save({}) || !write([&] { store_->submit(*response_); })) return;
                       session_->submit();
                       session_.reset();
                       response_.reset();
                       // A paper return goes back to the staff menu, not to a respondent's confirmation.
                       if (session_channel_ == survey::Channel::Paper)
                           showStaff(strings_.get("staff.menu.paper_saved", theme_.settings().language,
                                                  theme_.settings().easy_read));
                       else
                           show(Page::Confirmation);
                   },
                   [&](const LeaveNow&) {
                       if (session_ != nullptr) endSession(session_->questionnaire().on_leave);
                       show(Page::Neutral);
                   },
                   [&](const NeedMoreTime&) {
                       if (overlay_ != Overlay::MoreTime) return;
                       overlay_ = Overlay::None;
                       overlay_screen_.reset();
                       input_.noteActivity();
                       widgets_.resetFocus();
                   },
                   [&](const ReturnToStart&) {
                       if (session_ != nullptr) endSession(session_->questionnaire().on_timeout);
                       changeDisplay(DisplaySettings{});
                       show(Page::Start);
                   },
                   [&](const OpenDisplayOptions&) {
                       overlay_ = Overlay::DisplayOptions;
                       overlay_screen_ = std::make_unique<DisplayOptionsScreen>();
                       widgets_.resetFocus();
                   },
                   [&](const CloseDisplayOptions&) {
                       if (overlay_ != Overlay::DisplayOptions) return;
                       overlay_ = Overlay::None;
                       overlay_screen_.reset();
                       widgets_.resetFocus();
                   },
                   [&](const ChangeDisplay& change) { changeDisplay(change.settings); },
                   [&](const StaffIntent& staff) { applyStaff(staff.action); },
                   [&](const Speak& speak) {
                       const DisplaySettings& s = theme_.settings();
                       if (voice_ == nullptr || !s.read_aloud) return;
                       voice_->say(speak.text, survey::localeKey(s.language, s.easy_read));
                   },
               },
               intent);
}

void App::changeDisplay(const DisplaySettings& settings) {
    const DisplaySettings before = theme_.settings();
    if (settings == before) return;
    fonts_dirty_ = theme_.apply(settings) || fonts_dirty_;
    style_dirty_ = true;
    const bool locale_changed = settings.language != before.language || settings.easy_read != before.easy_read;
    if (voice_ != nullptr) {
        if (settings.speech_rate != before.speech_rate) voice_->setRate(settings.speech_rate);
        if (before.read_aloud && !settings.read_aloud) voice_->stop();
    }
    // Turned on, a new language, a new speed: the page is read again, so the change is heard.
    reading_due_ = reading_due_ || settings.read_aloud != before.read_aloud || locale_changed ||
                   settings.speech_rate != before.speech_rate;
    if (locale_changed && response_)
        write([&] { store_->setLanguage(*response_, survey::localeKey(settings.language, settings.easy_read)); });
}

void App::startSession(const std::string& questionnaire_id) {
    const auto found = std::find_if(offered_.begin(), offered_.end(),
                                    [&](const survey::Questionnaire* q) { return q->id == questionnaire_id; });
    // A paper return may be for a questionnaire this kiosk does not offer on screen.
    const bool paper = staff_->nextChannel() == survey::Channel::Paper;
    const survey::Questionnaire* chosen = found != offered_.end() ? *found : paper ? loaded(questionnaire_id) : nullptr;
    if (chosen == nullptr || session_ != nullptr) return;
    session_channel_ = staff_->takeChannel(options_.channel);
    // No row yet: the response begins with the first answer or skip (save), so someone who
    // backs out of the first page or walks away from it leaves nothing behind.
    session_ = std::make_unique<survey::Session>(*chosen, wall_);
    ++respondent_;
    input_.noteActivity();
    showSessionPage();
}

bool App::save(const survey::AnswerChanges& changes) {
    if (!response_) {
        const survey::Questionnaire& questionnaire = session_->questionnaire();
        survey::ResponseInfo info;
        info.questionnaire_id = questionnaire.id;
        info.questionnaire_version = questionnaire.version;
        info.definition_hash = questionnaire.definition_hash;
        info.site = options_.site;
        info.channel = session_channel_;
        info.language = survey::localeKey(theme_.settings().language, theme_.settings().easy_read);
        info.date = session_->date();
        if (!write([&] { response_ = store_->begin(info); })) return false;
    }
    return changes.empty() || write([&] { store_->apply(*response_, changes); });
}

void App::backOut() {
    const bool paper = session_channel_ == survey::Channel::Paper;
    // Staff's "next person is helped" or "paper return" was for whoever answers: keep it.
    if (session_channel_ != options_.channel) staff_->setNextChannel(session_channel_);
    endSession(survey::OnExit::Discard);
    if (paper) showStaff();
    else show(Page::Start);
}

void App::endSession(survey::OnExit how) {
    if (response_) {
        const survey::ResponseId id = *response_;
        write([&] {
            if (how == survey::OnExit::Discard) store_->discard(id);
            else store_->abandon(id);
        });
    }
    if (session_ != nullptr && session_->stage() != survey::Stage::Submitted) session_->abandon();
    session_.reset();
    response_.reset();
}

bool App::write(const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const survey::StoreError&) {
        // Whatever was saved stays saved; this respondent's session ends here. The response, if
        // begun, stays in progress and is closed as abandoned at the next start-up.
        session_.reset();
        response_.reset();
        show(Page::StoreError);
        return false;
    }
}

void App::showSessionPage() {
    if (session_ == nullptr) return;
    if (session_->stage() == survey::Stage::CheckAnswers) {
        present(Page::CheckAnswers, std::make_unique<CheckAnswersScreen>(session_->questionnaire(), session_->answers()));
        return;
    }
    const survey::Progress progress = session_->progress();
    // Back always shows: on the first question it leads out to the chooser (backOut).
    present(Page::Question, std::make_unique<QuestionScreen>(*session_->current(), progress.position,
                                                             progress.total.value_or(0), session_->currentAnswer(), true));
}

void App::show(Page page) {
    switch (page) {
        case Page::Start: present(page, std::make_unique<StartScreen>(offered_)); return;
        case Page::Confirmation: present(page, std::make_unique<ConfirmationScreen>()); return;
        case Page::Neutral: present(page, std::make_unique<NeutralScreen>()); return;
        case Page::StoreError: present(page, std::make_unique<StoreErrorScreen>()); return;
        case Page::Staff: showStaff(); return;
        case Page::Question:
        case Page::CheckAnswers: showSessionPage(); return;
    }
}

void App::present(Page page, std::unique_ptr<Screen> screen) {
    // A staff page drawn again with new content (a tick on the staff menu) keeps its scroll and
    // focus; any other page, and every respondent page, starts at the top with nothing focused.
    const bool again = page == Page::Staff && shown_.page == page && shown_.screen != nullptr &&
                       shown_.screen->name() == screen->name();
    if (again) screen->continueFrom(*shown_.screen);
    else widgets_.resetFocus();
    shown_ = {page, std::move(screen)};
    overlay_ = Overlay::None;
    overlay_screen_.reset();
    shown_at_ = steady_();
}

}  // namespace kiosk
