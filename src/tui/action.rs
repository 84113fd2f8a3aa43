//! What the user asked for, independent of which key they pressed.

/// Everything [`super::app::App::update`] can be told to do. Keys map to
/// these through the table in [`super::keys`]; resizes come from the run
/// loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    ToggleHelp,
    CloseHelp,
    /// Scroll the help overlay by this many lines (negative: up).
    HelpScroll(i16),
    /// Library: move the cursor.
    SelectPrev,
    SelectNext,
    SelectFirst,
    SelectLast,
    /// Library: read the chosen document.
    Open,
    NextPage,
    PrevPage,
    FirstPage,
    LastPage,
    NextQuote,
    PrevQuote,
    ToggleSidebar,
    SwitchFocus,
    /// Clear the speaker filter, or else leave the reader for the library.
    Back,
    /// Sidebar: choose the previous or next speaker as the filter.
    SpeakerPrev,
    SpeakerNext,
    /// Sidebar: go to the chosen speaker's next quote.
    SpeakerJump,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// Reader: open the search prompt (`/` forward, `?` backward).
    SearchForward,
    SearchBackward,
    /// Prompt: add a character, erase the last one, search, give up.
    Type(char),
    Erase,
    Submit,
    CancelPrompt,
    /// The next (previous) match while a search is active, else the next
    /// (previous) quotation.
    Next,
    Previous,
    /// The quote list of the chosen speaker, or of everyone if none is.
    OpenQuoteList,
    /// Every quotation, grouped by speaker.
    AllQuotes,
    /// Quote list: move a screenful.
    SelectPageUp,
    SelectPageDown,
    CloseQuoteList,
    /// Copy the current quotation to the clipboard.
    CopyQuote,
    /// Mouse: the left button went down on this cell.
    Click {
        column: u16,
        row: u16,
    },
    /// Mouse: the wheel turned over this cell.
    Scroll {
        column: u16,
        row: u16,
        down: bool,
    },
}
