//! What the user asked for, independent of which key they pressed.

/// Everything [`super::app::App::update`] can be told to do. Keys map to
/// these through the table in [`super::keys`]; resizes come from the run
/// loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    ToggleHelp,
    CloseHelp,
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
}
