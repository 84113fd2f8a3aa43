//! The help overlay, generated from the key table so it cannot drift from
//! what the keys do.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget};

use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::geometry;
use crate::tui::keys::{self, Context};
use crate::tui::strings::width;
use crate::tui::theme;

/// The sections worth showing from a screen: its own keys first.
fn sections(screen: Screen) -> &'static [Context] {
    match screen {
        Screen::Library => &[Context::Library, Context::Global],
        Screen::Reader => &[
            Context::Reader,
            Context::Sidebar,
            Context::QuoteList,
            Context::Prompt,
            Context::Global,
        ],
    }
}

pub fn lines(screen: Screen) -> Vec<Line<'static>> {
    let sections = sections(screen);
    let key_width = sections
        .iter()
        .flat_map(|&context| keys::bindings_in(context))
        .map(|binding| width(&binding.label()))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for &context in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(context.title(), theme::help_section()));
        for binding in keys::bindings_in(context) {
            let label = binding.label();
            let pad = " ".repeat(key_width - width(&label));
            lines.push(Line::from(vec![
                Span::styled(format!("  {label}{pad}"), theme::help_keys()),
                Span::raw(format!("  {}", binding.help)),
            ]));
        }
    }
    let close: Vec<String> = keys::bindings_in(Context::Help)
        .filter(|binding| binding.action == Action::CloseHelp)
        .map(|binding| binding.label())
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(
        format!("{} close this help", close.join(" ")),
        theme::hint(),
    ));
    lines
}

fn popup(lines: &[Line], area: Rect) -> Rect {
    let content_width = lines.iter().map(Line::width).max().unwrap_or(0);
    geometry::centred(area, (content_width + 4) as u16, (lines.len() + 2) as u16)
}

/// How many lines of help do not fit in `area`: how far it scrolls.
pub fn overflow(screen: Screen, area: Rect) -> usize {
    let lines = lines(screen);
    let shown = usize::from(popup(&lines, area).height.saturating_sub(2));
    lines.len().saturating_sub(shown)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = lines(app.screen());
    let popup = popup(&lines, area);
    Clear.render(popup, buf);
    let mut block = Block::bordered()
        .title(" Keys ")
        .border_style(theme::pane_border(true))
        .padding(Padding::horizontal(1));
    let overflow = overflow(app.screen(), area);
    if overflow > 0 {
        block = block.title_bottom(Line::styled(" ↑↓ scroll ", theme::hint()));
    }
    let scroll = u16::try_from(app.help_scroll().min(overflow)).unwrap_or(u16::MAX);
    Paragraph::new(lines)
        .block(block)
        .scroll((scroll, 0))
        .render(popup, buf);
}
