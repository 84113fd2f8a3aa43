//! Every colour and style of the interface, in one place.
//!
//! Speaker colours are mid-luminance 256-colour entries: readable on dark
//! and on light backgrounds alike, and far enough apart in hue to tell
//! speakers apart. Nothing relies on colour alone: the selected quote is
//! also reversed, unattributed quotes are italic.

use ratatui::style::{Color, Modifier, Style};

const SPEAKER_PALETTE: &[Color] = &[
    Color::Indexed(33),  // azure
    Color::Indexed(166), // orange
    Color::Indexed(34),  // green
    Color::Indexed(163), // magenta
    Color::Indexed(37),  // teal
    Color::Indexed(160), // red
    Color::Indexed(98),  // violet
    Color::Indexed(136), // ochre
];

/// The colour of speaker `id` (cycling when there are many speakers).
pub fn speaker_color(id: usize) -> Color {
    SPEAKER_PALETTE[id % SPEAKER_PALETTE.len()]
}

/// A quote by `speaker` (None: unattributed), selected or not.
pub fn quote(speaker: Option<usize>, selected: bool) -> Style {
    let base = match speaker {
        Some(id) => Style::new().fg(speaker_color(id)),
        None => Style::new().add_modifier(Modifier::ITALIC),
    };
    if selected {
        base.add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        base
    }
}

pub fn heading() -> Style {
    Style::new()
        .fg(Color::Indexed(31))
        .add_modifier(Modifier::BOLD)
}

pub fn status() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn status_message() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::ITALIC)
}

pub fn hint() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

pub fn header() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn column_titles() -> Style {
    Style::new().add_modifier(Modifier::UNDERLINED | Modifier::DIM)
}

pub fn cursor() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// The sidebar's frame: bright when it has the focus.
pub fn pane_border(focused: bool) -> Style {
    if focused {
        Style::new()
            .fg(Color::Indexed(33))
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::DIM)
    }
}

/// The speaker whose quote is selected.
pub fn current_speaker() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn help_section() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn help_keys() -> Style {
    Style::new()
        .fg(Color::Indexed(33))
        .add_modifier(Modifier::BOLD)
}

/// A search match: a warm background that quote colours still show
/// through; underlined so it shows without colour too. The current match
/// is stronger.
pub fn search_match(current: bool) -> Style {
    if current {
        Style::new()
            .fg(Color::Black)
            .bg(Color::Indexed(208))
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
            .remove_modifier(Modifier::REVERSED)
    } else {
        Style::new()
            .bg(Color::Indexed(223))
            .fg(Color::Black)
            .add_modifier(Modifier::UNDERLINED)
            .remove_modifier(Modifier::REVERSED)
    }
}

/// The search prompt, set apart from the reversed status line.
pub fn prompt() -> Style {
    Style::new()
}

pub fn prompt_cursor() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// A speaker's name above their quotations in the quote list.
pub fn list_group(speaker: Option<usize>) -> Style {
    quote(speaker, false).add_modifier(Modifier::BOLD)
}

/// Page numbers in the quote list.
pub fn list_page() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}
