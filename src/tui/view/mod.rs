//! Drawing. Views read `&App` and never change it.

mod help;
mod library;
mod quote_list;
mod reader;
mod sidebar;
mod status;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::app::{App, Screen};
use super::geometry;
use super::strings;

pub use reader::{highlighted_line, justified, line_pieces, styled_line};

/// Lines of the help overlay that do not fit in `area` on `screen`.
pub fn help_overflow(app: &App, area: Rect) -> usize {
    help::overflow(app, area)
}

pub fn draw(frame: &mut Frame, app: &App) {
    frame.render_widget(app, frame.area());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme().base());
        if geometry::too_small(area) {
            too_small(area, buf);
            return;
        }
        match self.screen() {
            Screen::Library => library::render(self, area, buf),
            Screen::Reader => reader::render(self, area, buf),
        }
        if self.quote_list().is_some() && self.screen() == Screen::Reader {
            quote_list::render(self, area, buf);
        }
        if self.help_open() {
            help::render(self, area, buf);
        }
    }
}

/// The longest of these that fits is shown when nothing useful would.
const TOO_SMALL: &[&str] = &[
    "quoth needs a larger terminal (20×5)",
    "terminal too small (20×5)",
    "too small",
    "20×5",
];

fn too_small(area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let Some(text) = TOO_SMALL.iter().find(|text| strings::width(text) <= width) else {
        return;
    };
    let x = area.x + (area.width - strings::width(text) as u16) / 2;
    let y = area.y + area.height / 2;
    buf.set_line(x, y, &Line::from(*text), area.width);
}
