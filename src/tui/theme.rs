//! Every colour and style of the interface, in one place: a [`Theme`]
//! chosen from the settings.
//!
//! Nothing relies on colour alone: the selected quote is reversed and
//! bold, unattributed quotes are italic, so the monochrome theme (and
//! `NO_COLOR`) loses no information.

use ratatui::style::{Color, Modifier, Style};

use crate::settings::ThemeChoice;

/// Mid-luminance 256-colour entries: a contrast of at least 3:1 on black
/// and on white alike, whatever background the terminal has, and far apart
/// in hue.
const AUTO_PALETTE: &[Color] = &[
    Color::Indexed(33),  // azure
    Color::Indexed(166), // orange
    Color::Indexed(28),  // green
    Color::Indexed(163), // magenta
    Color::Indexed(30),  // teal
    Color::Indexed(160), // red
    Color::Indexed(98),  // violet
    Color::Indexed(136), // ochre
];

/// Light, saturated entries: at least 4.5:1 on the near-black background.
const DARK_PALETTE: &[Color] = &[
    Color::Indexed(75),  // sky
    Color::Indexed(215), // apricot
    Color::Indexed(114), // leaf
    Color::Indexed(213), // pink
    Color::Indexed(80),  // aqua
    Color::Indexed(203), // coral
    Color::Indexed(141), // lavender
    Color::Indexed(221), // gold
];

/// Deep entries that keep a contrast of at least 4.5:1 on white.
const LIGHT_PALETTE: &[Color] = &[
    Color::Indexed(25),  // navy
    Color::Indexed(130), // rust
    Color::Indexed(28),  // forest
    Color::Indexed(127), // plum
    Color::Indexed(23),  // deep teal
    Color::Indexed(124), // brick
    Color::Indexed(55),  // indigo
    Color::Indexed(94),  // brown
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// The whole screen's colours (none: the terminal's own).
    base: Style,
    /// Speaker colours; empty for monochrome.
    palette: &'static [Color],
    /// Headings, help keys, the focused frame.
    accent: Option<Color>,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::new(ThemeChoice::Auto)
    }
}

impl Theme {
    pub fn new(choice: ThemeChoice) -> Theme {
        match choice {
            ThemeChoice::Auto => Theme {
                base: Style::new(),
                palette: AUTO_PALETTE,
                accent: Some(Color::Indexed(31)),
            },
            ThemeChoice::Dark => Theme {
                base: Style::new().fg(Color::Indexed(252)).bg(Color::Indexed(235)),
                palette: DARK_PALETTE,
                accent: Some(Color::Indexed(117)),
            },
            ThemeChoice::Light => Theme {
                base: Style::new().fg(Color::Indexed(235)).bg(Color::Indexed(231)),
                palette: LIGHT_PALETTE,
                accent: Some(Color::Indexed(24)),
            },
            ThemeChoice::Mono => Theme {
                base: Style::new(),
                palette: &[],
                accent: None,
            },
        }
    }

    fn accented(&self, style: Style) -> Style {
        match self.accent {
            Some(colour) => style.fg(colour),
            None => style,
        }
    }

    /// Every cell's colours, painted before anything else.
    pub fn base(&self) -> Style {
        self.base
    }

    /// The colour of speaker `id` (cycling when there are many speakers).
    pub fn speaker_color(&self, id: usize) -> Option<Color> {
        (!self.palette.is_empty()).then(|| self.palette[id % self.palette.len()])
    }

    /// A quote by `speaker` (None: unattributed), selected or not. Without
    /// colours, attributed quotes are underlined.
    pub fn quote(&self, speaker: Option<usize>, selected: bool) -> Style {
        let base = match speaker.map(|id| self.speaker_color(id)) {
            Some(Some(colour)) => Style::new().fg(colour),
            Some(None) => Style::new().add_modifier(Modifier::UNDERLINED),
            None => Style::new().add_modifier(Modifier::ITALIC),
        };
        if selected {
            base.add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            base
        }
    }

    /// The sidebar's swatch for a speaker: their colour, if any.
    pub fn swatch(&self, speaker: Option<usize>) -> Style {
        match speaker.and_then(|id| self.speaker_color(id)) {
            Some(colour) => Style::new().fg(colour),
            None => Style::new(),
        }
    }

    pub fn heading(&self) -> Style {
        self.accented(Style::new().add_modifier(Modifier::BOLD))
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn status_message(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::ITALIC)
    }

    pub fn hint(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn header(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn column_titles(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED | Modifier::DIM)
    }

    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The sidebar's frame: bright when it has the focus.
    pub fn pane_border(&self, focused: bool) -> Style {
        if focused {
            self.accented(Style::new().add_modifier(Modifier::BOLD))
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The speaker whose quote is selected.
    pub fn current_speaker(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn help_section(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn help_keys(&self) -> Style {
        self.accented(Style::new().add_modifier(Modifier::BOLD))
    }

    /// A search match: a warm background that quote colours still show
    /// through; underlined so it shows without colour too. The current
    /// match is stronger.
    pub fn search_match(&self, current: bool) -> Style {
        let mut style = Style::new()
            .add_modifier(Modifier::UNDERLINED)
            .remove_modifier(Modifier::REVERSED);
        if current {
            style = style.add_modifier(Modifier::BOLD);
        }
        if self.palette.is_empty() {
            return style;
        }
        let background = if current { 208 } else { 223 };
        style.fg(Color::Black).bg(Color::Indexed(background))
    }

    /// The search prompt, set apart from the reversed status line.
    pub fn prompt(&self) -> Style {
        self.base
    }

    pub fn prompt_cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// A speaker's name above their quotations in the quote list.
    pub fn list_group(&self, speaker: Option<usize>) -> Style {
        self.quote(speaker, false).add_modifier(Modifier::BOLD)
    }

    /// Page numbers in the quote list.
    pub fn list_page(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [ThemeChoice; 4] = [
        ThemeChoice::Auto,
        ThemeChoice::Dark,
        ThemeChoice::Light,
        ThemeChoice::Mono,
    ];

    fn has_colour(style: Style) -> bool {
        style.fg.is_some() || style.bg.is_some() || style.underline_color.is_some()
    }

    #[test]
    fn mono_has_no_colour_anywhere() {
        let theme = Theme::new(ThemeChoice::Mono);
        let styles = [
            theme.base(),
            theme.quote(Some(0), false),
            theme.quote(Some(3), true),
            theme.quote(None, false),
            theme.swatch(Some(1)),
            theme.heading(),
            theme.pane_border(true),
            theme.help_keys(),
            theme.status(),
        ];
        assert!(styles.into_iter().all(|style| !has_colour(style)));
        assert_ne!(theme.quote(Some(0), false), theme.quote(None, false));
    }

    #[test]
    fn the_selected_quote_is_reversed_in_every_theme() {
        for choice in ALL {
            let theme = Theme::new(choice);
            for speaker in [Some(0), Some(5), None] {
                let style = theme.quote(speaker, true);
                assert!(
                    style.add_modifier.contains(Modifier::REVERSED),
                    "{choice:?}"
                );
            }
        }
    }

    #[test]
    fn speakers_get_distinct_colours_in_colour_themes() {
        for choice in [ThemeChoice::Auto, ThemeChoice::Dark, ThemeChoice::Light] {
            let theme = Theme::new(choice);
            let colours: Vec<Option<Color>> = (0..8).map(|id| theme.speaker_color(id)).collect();
            for (i, colour) in colours.iter().enumerate() {
                assert!(colour.is_some());
                assert!(!colours[i + 1..].contains(colour), "{choice:?}");
            }
        }
    }

    /// The sRGB value of a 256-colour palette entry (16 and up).
    fn rgb(index: u8) -> [f64; 3] {
        const LEVELS: [f64; 6] = [0.0, 95.0, 135.0, 175.0, 215.0, 255.0];
        let channels = if index >= 232 {
            let grey = 8.0 + 10.0 * f64::from(index - 232);
            [grey; 3]
        } else {
            let cube = index - 16;
            [cube / 36, (cube / 6) % 6, cube % 6].map(|level| LEVELS[usize::from(level)])
        };
        channels.map(|value| value / 255.0)
    }

    /// WCAG 2 contrast ratio between two palette entries.
    fn contrast(a: Color, b: Color) -> f64 {
        let luminance = |colour: Color| {
            let Color::Indexed(index) = colour else {
                panic!("palette entries are indexed: {colour:?}");
            };
            let linear = rgb(index).map(|c| {
                if c <= 0.039_28 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            });
            0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        };
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn speaker_colours_are_readable_on_their_background() {
        let (black, white) = (Color::Indexed(16), Color::Indexed(231));
        for &colour in AUTO_PALETTE {
            assert!(contrast(colour, black) >= 3.0, "auto {colour:?} on black");
            assert!(contrast(colour, white) >= 3.0, "auto {colour:?} on white");
        }
        for (choice, palette) in [
            (ThemeChoice::Dark, DARK_PALETTE),
            (ThemeChoice::Light, LIGHT_PALETTE),
        ] {
            let theme = Theme::new(choice);
            let Some(background) = theme.base().bg else {
                panic!("{choice:?} paints its background");
            };
            for &colour in palette {
                let ratio = contrast(colour, background);
                assert!(ratio >= 4.5, "{choice:?} {colour:?}: {ratio:.2}");
            }
            let Some(text) = theme.base().fg else {
                panic!("{choice:?} sets its text colour");
            };
            assert!(contrast(text, background) >= 7.0, "{choice:?} text");
        }
    }

    #[test]
    fn dark_and_light_paint_their_background_and_auto_does_not() {
        assert_eq!(Theme::new(ThemeChoice::Auto).base(), Style::new());
        assert!(Theme::new(ThemeChoice::Dark).base().bg.is_some());
        assert!(Theme::new(ThemeChoice::Light).base().bg.is_some());
    }
}
