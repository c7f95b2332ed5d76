// The base of every screen: a fixed frame (full-window, header bar with read aloud, the language
// switch, "Text size and colours" and, where allowed, "Leave this page") around a virtual drawContent(). One screen per file in ui/screens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "survey/questionnaire.hpp"
#include "ui/intent.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace kiosk {

// What a screen may read while drawing. Nothing here can change the session or the store.
struct ScreenContext {
    const Strings& strings;
    const Theme& theme;
    Widgets& widgets;
    bool leave_available = false;  // show "Leave this page"
    // Changes with every respondent so no ImGui widget state (a text box's undo history, say)
    // is ever reused for the next person.
    int respondent = 0;
    // Show the press-and-hold "Staff" at the far left of the header (start page, between people).
    bool staff_button = false;
    // Set by the header while "Staff" is pressed this frame; the App times the hold.
    bool staff_held = false;
    // This session is helped by staff: a small mark in the header's far left tells staff so.
    bool assisted = false;

    const std::string& text(std::string_view id) const;
    const std::string& local(const survey::LocalText& text) const;
    std::string locale() const;  // "en", "cy", "en-easy" or "cy-easy": the voice and the stored language
};

// One piece of a page's words, in the order shown. A screen describes its words once, as a
// PageText: drawPart draws each piece and the default reading() reads the same list aloud, so a
// listener hears what a reader sees. An Action is a button's label: read aloud, drawn by the
// screen as its button.
enum class TextRole { Heading, Paragraph, Hint, Action };
struct PagePart {
    TextRole role;
    std::string text;
    std::string key;  // the action or row a piece belongs to, for the screen's own widgets; may be empty
};
using PageText = std::vector<PagePart>;

class Screen {
public:
    virtual ~Screen() = default;
    // Draws the whole window for this frame and returns what the respondent asked for.
    Intents draw(ScreenContext& context);
    // A stable name for screenshots and tests: "start", "question-setting", "check-answers".
    virtual std::string name() const = 0;
    // The same page drawn again with new content (the staff menu after a tick): keeps where the
    // previous one was scrolled to, instead of starting at the top.
    void continueFrom(const Screen& previous) {
        if (previous.name() == name()) first_frame_ = false;
    }
    // The page's words (see PageText); none by default.
    virtual PageText pageText(const ScreenContext& /*context*/) const { return {}; }
    // What read-aloud says when the screen appears, in the context's language: by default the
    // page's words, each as a sentence. Empty: silence.
    virtual std::string reading(const ScreenContext& context) const;
    // What read-aloud says while the screen stays up, when something on it changes that a listener
    // must hear (the more-time countdown at 20, 10 and 5 seconds). Empty: nothing new. Each change
    // is given once; the App calls it after a full reading too, so what was read is not said again.
    virtual std::string announcement(const ScreenContext& /*context*/) { return {}; }

protected:
    virtual void drawContent(ScreenContext& context, Intents& out) = 0;
    // Actions that stay on screen below the scrolling content (Continue, Skip, Back; Send;
    // Done), so a respondent at 250% text never has to hunt for them. None by default.
    virtual void drawFooter(ScreenContext& /*context*/, Intents& /*out*/) {}
    virtual bool hasFooter() const { return false; }
    // The neutral page hides the header so nothing on it hints at the questionnaire.
    virtual bool showsHeader() const { return true; }

    // Helpers shared by the screens.
    static void heading(ScreenContext& context, std::string_view text);
    static void paragraph(std::string_view text);
    static void hint(ScreenContext& context, std::string_view text);
    // A heading, paragraph or hint of the page's words; an Action is left to the screen.
    static void drawPart(ScreenContext& context, const PagePart& part);

private:
    // The bar: read aloud, the other language, "Text size and colours", "Leave this page";
    // right-aligned, wrapping onto a second row when long words and large text need it; and on
    // the start page a small "Staff" alone at the far left, which no row ever reaches.
    void drawHeader(ScreenContext& context, Intents& out);

    float footer_height_ = 0.0f;  // measured on the previous frame
    bool first_frame_ = true;
};

}  // namespace kiosk
