//! The help overlay, generated from the key table so it cannot drift from
//! what the keys do.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget};

use crate::tui::action::Action;
use crate::tui::app::{App, Screen};
use crate::tui::geometry;
use crate::tui::keys::Context;
use crate::tui::strings::width;

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

/// The bindings in force (the user's `[keys]` included), by section.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = app.theme();
    let keymap = app.keymap();
    let sections = sections(app.screen());
    let key_width = sections
        .iter()
        .flat_map(|&context| keymap.bindings_in(context))
        .map(|bound| width(&bound.label()))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for &context in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(context.title(), theme.help_section()));
        for bound in keymap.bindings_in(context) {
            let label = bound.label();
            let pad = " ".repeat(key_width - width(&label));
            lines.push(Line::from(vec![
                Span::styled(format!("  {label}{pad}"), theme.help_keys()),
                Span::raw(format!("  {}", bound.binding.help)),
            ]));
        }
    }
    let close: Vec<String> = keymap
        .bindings_in(Context::Help)
        .filter(|bound| bound.binding.action == Action::CloseHelp)
        .map(|bound| bound.label())
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(
        format!("{} close this help", close.join(" ")),
        theme.hint(),
    ));
    lines
}

fn popup(lines: &[Line], area: Rect) -> Rect {
    let content_width = lines.iter().map(Line::width).max().unwrap_or(0);
    geometry::centred(area, (content_width + 4) as u16, (lines.len() + 2) as u16)
}

/// How many lines of help do not fit in `area`: how far it scrolls.
pub fn overflow(app: &App, area: Rect) -> usize {
    let lines = lines(app);
    let shown = usize::from(popup(&lines, area).height.saturating_sub(2));
    lines.len().saturating_sub(shown)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = lines(app);
    let popup = popup(&lines, area);
    Clear.render(popup, buf);
    // Clear leaves the terminal's colours: paint the theme's back.
    let mut block = Block::bordered()
        .style(app.theme().base())
        .title(" Keys ")
        .border_style(app.theme().pane_border(true))
        .padding(Padding::horizontal(1));
    let overflow = overflow(app, area);
    if overflow > 0 {
        block = block.title_bottom(Line::styled(" ↑↓ scroll ", app.theme().hint()));
    }
    let scroll = u16::try_from(app.help_scroll().min(overflow)).unwrap_or(u16::MAX);
    Paragraph::new(lines)
        .block(block)
        .scroll((scroll, 0))
        .render(popup, buf);
}
