//! What the user can choose about the reader: built-in defaults, merged
//! with `config.toml` and command-line flags before the interface starts.
//! The interface only reads these; it never decides them.

/// Colour scheme of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// The terminal's own colours plus the speaker palette.
    #[default]
    Auto,
    Dark,
    Light,
    /// No colour at all: emphasis by bold, italic and reverse video.
    Mono,
}

/// Which side of the text the speakers sidebar sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SidebarSide {
    Left,
    #[default]
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Maximum text column width in cells (None: as wide as the window).
    pub measure: Option<u16>,
    pub justify: bool,
    pub hyphenate: bool,
    pub sidebar_side: SidebarSide,
    pub sidebar_width: u16,
    /// Capture the mouse (wheel, clicks); off lets the terminal select text.
    pub mouse: bool,
    /// Remember and restore the reading position of each article.
    pub remember_position: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            theme: ThemeChoice::Auto,
            measure: None,
            justify: false,
            hyphenate: false,
            sidebar_side: SidebarSide::Right,
            sidebar_width: 30,
            mouse: true,
            remember_position: true,
        }
    }
}
