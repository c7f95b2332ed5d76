// The App's staff mode: the ways in (hold on "Staff", Ctrl+Alt+S, Escape, Alt+F4, window close),
// the staff pages, and the staff actions applied to the App and the store.
#include <algorithm>

#include "app/app.hpp"
#include "app/overloaded.hpp"
#include "survey/handed_out.hpp"
#include "survey/handover.hpp"
#include "ui/screens/staff_distributed_screen.hpp"
#include "ui/screens/staff_handover_screen.hpp"
#include "ui/screens/staff_menu_screen.hpp"
#include "ui/screens/staff_paper_screen.hpp"
#include "ui/screens/staff_pin_screen.hpp"
#include "ui/screens/staff_site_screen.hpp"

namespace kiosk {

void App::requestQuit() { apply(StaffIntent{OpenStaff{}}); }

bool App::staffButtonShown() const { return shown_.page == Page::Start && session_ == nullptr && overlay_ == Overlay::None; }

void App::checkStaffEntry(const InputFrame& input, bool held, Intents& out) {
    // Only on the start page, between respondents: nobody's session can be interrupted.
    const bool between_people = shown_.page == Page::Start && session_ == nullptr;
    if (between_people && input.staff_shortcut) out.emplace_back(StaffIntent{OpenStaff{}});
    if (input_.staffHeld(between_people && held && overlay_ == Overlay::None)) out.emplace_back(StaffIntent{OpenStaff{}});
}

const survey::Questionnaire* App::loaded(const std::string& questionnaire_id) const {
    const auto found = std::find_if(questionnaires_.begin(), questionnaires_.end(),
                                    [&](const survey::Questionnaire& q) { return q.id == questionnaire_id; });
    return found == questionnaires_.end() ? nullptr : &*found;
}

void App::applyStaff(const StaffAction& action) {
    const DisplaySettings& s = theme_.settings();
    const auto text = [&](std::string_view id) { return strings_.get(id, s.language, s.easy_read); };
    const bool unlocked = shown_.page == Page::Staff && staff_->unlocked();
    std::visit(
        Overloaded{
            [&](const OpenStaff&) {
                if (shown_.page != Page::Start || session_ != nullptr) return;  // never over a respondent
                staff_->open();
                showStaff();
            },
            [&](const PinEntered& entered) {
                if (shown_.page != Page::Staff || staff_->unlocked()) return;
                staff_->enterPin(entered.pin);
                showStaff();
            },
            [&](const ShowStaffPage& shown) {
                if (!unlocked) return;
                if (shown.page == StaffPage::Handover) handover_.refresh(*store_);
                staff_->show(shown.page);
                showStaff();
            },
            [&](const SetSite& site) {
                if (!unlocked) return;
                if (!write([&] { staff_->saveSite(site.site); })) return;
                options_.site = site.site;
                staff_->show(StaffPage::Menu);
                showStaff();
            },
            [&](const ToggleOffered& toggled) {
                if (!unlocked || loaded(toggled.questionnaire_id) == nullptr) return;
                std::vector<const survey::Questionnaire*> offered;
                for (const survey::Questionnaire& q : questionnaires_) {
                    const bool was = std::find(offered_.begin(), offered_.end(), &q) != offered_.end();
                    if (was != (q.id == toggled.questionnaire_id)) offered.push_back(&q);
                }
                if (offered.empty()) {  // the kiosk must offer something
                    showStaff(text("staff.menu.offered_hint"));
                    return;
                }
                std::vector<std::string> ids;
                for (const survey::Questionnaire* q : offered) ids.push_back(q->id);
                if (!write([&] { staff_->saveOffered(ids); })) return;
                offered_ = std::move(offered);
                options_.offered = std::move(ids);
                showStaff();
            },
            [&](const RecordDistributed& recorded) {
                const survey::Questionnaire* q = loaded(recorded.questionnaire_id);
                if (!unlocked || q == nullptr || recorded.count <= 0) return;
                const survey::Distribution distribution{q->id, options_.site, recorded.count, survey::isoDate(wall_())};
                // A second batch the same day is added on purpose: staff see today's counts on
                // the page they record from, and withdraw one that was wrong (the exporter's
                // `distributed` asks for --force instead, as nothing shows it what is there).
                int earlier = 0;
                for (const CountToday& c : countsToday()) earlier += c.questionnaire == q ? c.count : 0;
                if (!write([&] { store_->recordDistributed(distribution, earlier > 0); })) return;
                staff_->show(StaffPage::Menu);
                const std::string title = q->title.get(s.language, s.easy_read);
                showStaff(earlier == 0 ? fill(text("staff.menu.recorded"),
                                              {{"count", std::to_string(recorded.count)}, {"title", title}})
                                       : fill(text("staff.menu.recorded_total"),
                                              {{"count", std::to_string(recorded.count)},
                                               {"title", title},
                                               {"total", std::to_string(earlier + recorded.count)}}));
            },
            [&](const WithdrawDistributed& withdrawn) {
                if (!unlocked) return;
                // Only a count the page shows: recorded here today and still live.
                const std::vector<CountToday> today = countsToday();
                const auto found = std::find_if(today.begin(), today.end(),
                                                [&](const CountToday& c) { return c.uid == withdrawn.uid; });
                if (found == today.end()) return;
                if (!write([&] { store_->withdrawDistribution(found->uid); })) return;
                showStaff(fill(text("staff.distributed.withdrawn"),
                               {{"count", std::to_string(found->count)},
                                {"title", found->questionnaire->title.get(s.language, s.easy_read)}}));
            },
            [&](const EnterPaperReturn& paper) {
                if (!unlocked || loaded(paper.questionnaire_id) == nullptr) return;
                staff_->show(StaffPage::Menu);  // where the return comes back to once sent
                staff_->setNextChannel(survey::Channel::Paper);
                startSession(paper.questionnaire_id);
                if (session_ == nullptr) staff_->setNextChannel(survey::Channel::Kiosk);
            },
            [&](const AssistNextSession&) {
                if (!unlocked) return;
                staff_->setNextChannel(survey::Channel::Assisted);
                leaveStaff();
            },
            [&](const LeaveStaff&) {
                if (shown_.page == Page::Staff) leaveStaff();
            },
            [&](const CloseKiosk&) {
                if (!unlocked) return;
                quit_ = true;
                leaveStaff();
            },
            [&](const SaveHandover& save) {
                if (!unlocked) return;
                handover_.save(*store_, save.folder, options_.site, survey::isoDate(wall_()));
                showStaff();
            },
            [&](const AskDeleteSaved&) {
                if (!unlocked) return;
                handover_.askDelete();
                showStaff();
            },
            [&](const DeleteSavedResponses&) {
                if (!unlocked) return;
                handover_.deleteSaved(*store_);
                showStaff();
            },
        },
        action);
}

void App::leaveStaff() {
    staff_->close();
    changeDisplay(DisplaySettings{});  // the next respondent starts with the default display
    show(Page::Start);
}

std::vector<CountToday> App::countsToday() const {
    std::vector<CountToday> today;
    std::vector<survey::Distribution> all;
    try {
        all = store_->distributions();
    } catch (const survey::StoreError&) {
        return today;  // shown as none; recording still says if the file cannot be written
    }
    const std::string date = survey::isoDate(wall_());
    for (const survey::HandedOutEntry& e : survey::resolveHandedOut(all)) {
        const survey::Distribution& d = e.entry;
        const survey::Questionnaire* q = loaded(d.questionnaire_id);
        if (e.state != survey::HandedOutEntry::State::Live || q == nullptr) continue;
        // Counted for today alone at this site: a period typed at the exporter is not "today".
        if (d.site != options_.site || d.date != date || !d.period_from.empty() || !d.period_to.empty()) continue;
        today.push_back({d.uid, q, d.count});
    }
    return today;
}

void App::showStaff(std::string note) {
    std::unique_ptr<Screen> screen;
    std::vector<const survey::Questionnaire*> all;
    for (const survey::Questionnaire& q : questionnaires_) all.push_back(&q);
    switch (staff_->page()) {
        case StaffPage::Pin:
        case StaffPage::ChoosePin:
        case StaffPage::ConfirmPin:
            screen = std::make_unique<StaffPinScreen>(staff_->page(), staff_->message());
            break;
        case StaffPage::Menu: {
            StaffMenuView view;
            view.site = options_.site;
            view.next_assisted = staff_->nextChannel() == survey::Channel::Assisted;
            view.note = std::move(note);
            try {
                view.recipient = store_->recipientFingerprint().value_or("");
                view.kiosk_key = survey::handover::kioskFingerprint(*store_);
            } catch (const std::exception&) {
                // Shown as not set; saving says why.
            }
            std::vector<survey::StatusCounts> counts;
            try {
                counts = store_->statusCounts();
            } catch (const survey::StoreError&) {
                // Counts are shown as zero; the menu stays usable.
            }
            for (const survey::Questionnaire* q : all) {
                StaffMenuRow row;
                row.questionnaire = q;
                row.offered = std::find(offered_.begin(), offered_.end(), q) != offered_.end();
                const auto found = std::find_if(counts.begin(), counts.end(),
                                                [&](const survey::StatusCounts& c) { return c.questionnaire_id == q->id; });
                if (found != counts.end()) row.submitted = found->submitted, row.abandoned = found->abandoned;
                view.rows.push_back(row);
            }
            screen = std::make_unique<StaffMenuScreen>(std::move(view));
            break;
        }
        case StaffPage::Site: screen = std::make_unique<StaffSiteScreen>(options_.site); break;
        case StaffPage::Distributed:
            screen = std::make_unique<StaffDistributedScreen>(all, countsToday(), std::move(note));
            break;
        case StaffPage::Paper: screen = std::make_unique<StaffPaperScreen>(all); break;
        case StaffPage::Handover: screen = std::make_unique<StaffHandoverScreen>(handover_.view()); break;
    }
    present(Page::Staff, std::move(screen));
    input_.noteActivity();
}

}  // namespace kiosk
