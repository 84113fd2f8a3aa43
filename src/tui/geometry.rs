//! Where each pane goes for a terminal size. Pure, so the app (which lays
//! out text for the text column) and the views agree on the same areas.

use ratatui::layout::{Margin, Rect};

use crate::settings::{Settings, SidebarSide};

/// Below this the reader shows only a "too small" message.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// The sidebar shows only if it leaves the text at least this much room.
pub const SIDEBAR_MIN_TEXT_ROOM: u16 = 40;
/// The default sidebar width, and the default narrowest terminal with one.
pub const SIDEBAR_WIDTH: u16 = 30;
pub const SIDEBAR_MIN_TERMINAL_WIDTH: u16 = SIDEBAR_WIDTH + SIDEBAR_MIN_TEXT_ROOM;
/// The default measure.
pub const MAX_TEXT_WIDTH: u16 = crate::settings::DEFAULT_MEASURE;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The narrowest terminal that shows a sidebar `sidebar_width` wide.
pub fn sidebar_min_terminal_width(sidebar_width: u16) -> u16 {
    sidebar_width.saturating_add(SIDEBAR_MIN_TEXT_ROOM)
}

pub fn sidebar_fits(width: u16, sidebar_width: u16) -> bool {
    width >= sidebar_min_terminal_width(sidebar_width)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderAreas {
    pub text: Rect,
    pub sidebar: Option<Rect>,
    pub status: Rect,
}

/// The reader's panes: the sidebar (if shown) on the chosen side, the text
/// centred in the rest, no wider than the measure.
pub fn reader(area: Rect, sidebar: bool, settings: &Settings) -> ReaderAreas {
    let status = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    let body_height = area.height.saturating_sub(1);
    // A blank row above the text when there is room to spare.
    let top_margin = u16::from(body_height >= 12);
    let sidebar_width = if sidebar {
        settings.sidebar_width.min(area.width)
    } else {
        0
    };
    let on_left = settings.sidebar_side == SidebarSide::Left;
    let sidebar = sidebar.then(|| Rect {
        x: if on_left {
            area.x
        } else {
            area.right().saturating_sub(sidebar_width)
        },
        y: area.y,
        width: sidebar_width,
        height: body_height,
    });
    // One column of air on each side of the text, when there is room.
    let free = area.width.saturating_sub(sidebar_width);
    let gutter = if free >= 24 { 2 } else { 0 };
    let text_width = free
        .saturating_sub(gutter)
        .min(settings.measure.unwrap_or(u16::MAX));
    let free_x = if on_left {
        area.x + sidebar_width
    } else {
        area.x
    };
    let text = Rect {
        x: free_x + (free - text_width) / 2,
        y: area.y + top_margin,
        width: text_width,
        height: body_height.saturating_sub(top_margin),
    };
    ReaderAreas {
        text,
        sidebar,
        status,
    }
}

/// A popup of at most `width` × `height` centred in `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The inside of a bordered pane.
pub fn pane_inner(pane: Rect) -> Rect {
    pane.inner(Margin::new(1, 1))
}

/// The library's rows of articles, under its header and column titles
/// and above its footer.
pub fn library_rows(area: Rect) -> Rect {
    Rect {
        y: area.y + 2.min(area.height),
        height: area.height.saturating_sub(3),
        ..area
    }
}

/// The quote list's popup: most of the screen above the status line,
/// which stays visible for messages.
pub fn quote_list(area: Rect) -> Rect {
    let body = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let width = if body.width >= 40 {
        (body.width - 4).min(100)
    } else {
        body.width
    };
    let height = if body.height >= 12 {
        body.height - 2
    } else {
        body.height
    };
    centred(body, width, height)
}

/// The rows of quotations inside the quote list's frame.
pub fn quote_list_rows(area: Rect) -> Rect {
    pane_inner(quote_list(area))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_centred_left_of_the_sidebar_and_never_too_wide() {
        let areas = reader(Rect::new(0, 0, 140, 45), true, &Settings::default());
        let sidebar = areas.sidebar.unwrap_or_default();
        assert_eq!(areas.text.width, MAX_TEXT_WIDTH);
        assert!(areas.text.right() <= sidebar.x);
        let left = areas.text.x;
        let right = sidebar.x - areas.text.right();
        assert!(left.abs_diff(right) <= 1);
        assert_eq!(areas.status.y, 44);
    }

    #[test]
    fn degenerate_sizes_give_empty_areas_not_panics() {
        for (w, h) in [(0, 0), (1, 1), (1, 0), (0, 5), (30, 1)] {
            let areas = reader(Rect::new(0, 0, w, h), true, &Settings::default());
            assert!(areas.text.right() <= w.max(areas.text.x));
        }
    }

    #[test]
    fn the_sidebar_goes_left_and_the_measure_limits_the_text() {
        let settings = Settings {
            sidebar_side: SidebarSide::Left,
            sidebar_width: 24,
            measure: Some(50),
            ..Settings::default()
        };
        let areas = reader(Rect::new(0, 0, 140, 45), true, &settings);
        let sidebar = areas.sidebar.unwrap_or_default();
        assert_eq!((sidebar.x, sidebar.width), (0, 24));
        assert_eq!(areas.text.width, 50);
        let left = areas.text.x - sidebar.right();
        let right = 140 - areas.text.right();
        assert!(left.abs_diff(right) <= 1, "{left} {right}");
        let whole = Settings {
            measure: None,
            ..Settings::default()
        };
        let areas = reader(Rect::new(0, 0, 140, 45), false, &whole);
        assert_eq!(areas.text.width, 138);
    }

    #[test]
    fn a_wider_sidebar_needs_a_wider_terminal() {
        assert!(sidebar_fits(70, SIDEBAR_WIDTH));
        assert!(!sidebar_fits(69, SIDEBAR_WIDTH));
        assert!(!sidebar_fits(70, 40));
        assert!(sidebar_fits(56, 16));
    }
}
