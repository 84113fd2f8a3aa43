//! The interface's state and the only place it changes. Pure: no
//! terminal here, so every behaviour can be tested by calling `update`.

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::Start;
use super::action::Action;
use super::geometry::{self, ReaderAreas};
use super::keys::{Context, Keymap};
use super::theme::Theme;
use crate::layout::{Layout, WrapOptions};
use crate::library::Document;
use crate::quotes::{Extraction, Quote, SpeakerId};
use crate::settings::Settings;
use crate::state::{self, Memory, Position};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Library,
    Reader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Text,
    Sidebar,
}

/// Which quotes `n`/`N` visit: one speaker's, or those nobody is credited
/// with. Also the sidebar's entries, in their display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Speaker(SpeakerId),
    Unattributed,
}

impl Filter {
    pub fn matches(self, quote: &Quote) -> bool {
        match self {
            Filter::Speaker(id) => quote.speaker == Some(id),
            Filter::Unattributed => quote.speaker.is_none(),
        }
    }
}

/// The sidebar's entries: every speaker, then "unattributed" if needed.
pub fn sidebar_entries(extraction: &Extraction) -> Vec<Filter> {
    let mut entries: Vec<Filter> = (0..extraction.speakers.len())
        .map(Filter::Speaker)
        .collect();
    if extraction.unattributed() > 0 {
        entries.push(Filter::Unattributed);
    }
    entries
}

/// One open document. Positions are byte offsets into its text, so they
/// survive a re-layout at another size.
#[derive(Debug, Clone)]
pub struct Reader {
    pub doc: usize,
    /// Offset of the first character of the page shown.
    pub top: usize,
    /// Index into the extraction's quotes.
    pub selected: Option<usize>,
    pub filter: Option<Filter>,
    pub focus: Focus,
    layout: Layout,
    wrap: WrapOptions,
    /// The article's key in the position memory, when it is on.
    memory_key: Option<String>,
}

/// How the settings ask `doc` to be wrapped.
fn wrap_options(doc: &Document, settings: &Settings) -> WrapOptions {
    WrapOptions {
        hyphenate: settings.hyphenate.then_some(doc.article.lang),
    }
}

impl Reader {
    fn new(doc: &Document, index: usize, text: Rect, wrap: WrapOptions) -> Reader {
        Reader {
            doc: index,
            top: 0,
            selected: None,
            filter: None,
            focus: Focus::Text,
            layout: Layout::with_options(
                &doc.article,
                usize::from(text.width),
                usize::from(text.height),
                wrap,
            ),
            wrap,
            memory_key: None,
        }
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    pub fn page(&self) -> usize {
        self.layout.page_of_offset(self.top)
    }

    fn show_page(&mut self, page: usize) {
        let page = page.min(self.layout.page_count() - 1);
        self.top = self.layout.page_start_offset(page);
    }

    /// Quotes that `n`/`N` visit under the current filter.
    pub fn filtered(&self, extraction: &Extraction) -> Vec<usize> {
        extraction
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, quote)| self.filter.is_none_or(|filter| filter.matches(quote)))
            .map(|(index, _)| index)
            .collect()
    }

    /// `(I, N)`: the selected quote's 1-based place among the filtered
    /// quotes (None when nothing, or something filtered out, is selected).
    pub fn quote_position(&self, extraction: &Extraction) -> (Option<usize>, usize) {
        let filtered = self.filtered(extraction);
        let place = self
            .selected
            .and_then(|selected| filtered.iter().position(|&index| index == selected))
            .map(|place| place + 1);
        (place, filtered.len())
    }

    /// Lay out again if the text column changed size (or wrapping changed),
    /// keeping the selected quote (or else the top line) on screen.
    fn fit(&mut self, doc: &Document, text: Rect, wrap: WrapOptions) {
        let (width, height) = (
            usize::from(text.width).max(1),
            usize::from(text.height).max(1),
        );
        if (self.layout.width, self.layout.height, self.wrap) == (width, height, wrap) {
            return;
        }
        self.wrap = wrap;
        self.layout = Layout::with_options(&doc.article, width, height, wrap);
        let anchor = self
            .selected
            .and_then(|index| doc.extraction.quotes.get(index))
            .map_or(self.top, |quote| quote.span.start);
        self.show_page(self.layout.page_of_offset(anchor));
    }

    /// The selected quote, if it starts on the page shown: searches go on
    /// from it; otherwise they start from the page.
    fn selected_on_page(&self, extraction: &Extraction) -> Option<usize> {
        let page = self.page();
        self.selected.filter(|&index| {
            extraction
                .quotes
                .get(index)
                .is_some_and(|quote| self.layout.page_of_offset(quote.span.start) == page)
        })
    }

    /// Select the next (or previous) quote under the filter and show its
    /// page. Returns a message for the status line, if any.
    fn jump(&mut self, extraction: &Extraction, forward: bool) -> Option<String> {
        let filtered = self.filtered(extraction);
        let start_of = |index: usize| {
            extraction
                .quotes
                .get(index)
                .map_or(0, |quote| quote.span.start)
        };
        let from = self.selected_on_page(extraction);
        let found = match (forward, from) {
            (true, Some(selected)) => filtered.iter().find(|&&index| index > selected),
            (true, None) => filtered.iter().find(|&&index| start_of(index) >= self.top),
            (false, Some(selected)) => filtered.iter().rev().find(|&&index| index < selected),
            (false, None) => filtered
                .iter()
                .rev()
                .find(|&&index| start_of(index) < self.top),
        };
        let (target, message) = match found {
            Some(&index) => (index, None),
            None => {
                let wrapped = if forward {
                    filtered.first()
                } else {
                    filtered.last()
                };
                let Some(&index) = wrapped else {
                    return Some("no quotations here".to_string());
                };
                let note = if forward {
                    "wrapped to first quote"
                } else {
                    "wrapped to last quote"
                };
                (index, (filtered.len() > 1).then(|| note.to_string()))
            }
        };
        self.selected = Some(target);
        self.show_page(self.layout.page_of_offset(start_of(target)));
        message
    }

    fn step_filter(&mut self, extraction: &Extraction, forward: bool) {
        let entries = sidebar_entries(extraction);
        if entries.is_empty() {
            return;
        }
        let current = self
            .filter
            .and_then(|filter| entries.iter().position(|&entry| entry == filter));
        let next = match current {
            None => 0,
            Some(place) if forward => (place + 1).min(entries.len() - 1),
            Some(place) => place.saturating_sub(1),
        };
        self.filter = entries.get(next).copied();
    }
}

pub struct App {
    documents: Vec<Document>,
    screen: Screen,
    /// Whether there is a library to go back to.
    has_library: bool,
    library_cursor: usize,
    reader: Option<Reader>,
    help: bool,
    quit: bool,
    size: (u16, u16),
    /// The user's `s` choice, kept across resizes.
    sidebar_hidden: bool,
    message: Option<String>,
    settings: Settings,
    theme: Theme,
    /// Reading positions, when they are remembered.
    memory: Option<Memory>,
    save_due: bool,
}

impl App {
    pub fn new(documents: Vec<Document>, start: Start, size: (u16, u16)) -> App {
        let mut app = App {
            documents,
            screen: Screen::Library,
            has_library: start == Start::Library,
            library_cursor: 0,
            reader: None,
            help: false,
            quit: false,
            size,
            sidebar_hidden: false,
            message: None,
            settings: Settings::default(),
            theme: Theme::default(),
            memory: None,
            save_due: false,
        };
        if start == Start::Reader {
            app.open(0);
        }
        app
    }

    /// The same app, with the user's settings instead of the defaults.
    pub fn with_settings(mut self, settings: Settings) -> App {
        self.theme = Theme::new(settings.theme);
        self.settings = settings;
        self.fit();
        self
    }

    /// The same app, remembering reading positions: the open article (if
    /// any) goes back to where it was. `note` is shown in the status line.
    pub fn with_memory(mut self, memory: Memory, note: Option<String>) -> App {
        self.memory = Some(memory);
        self.message = note;
        if let Some(reader) = self.reader.as_mut() {
            reader.memory_key = None;
        }
        self.recall();
        self
    }

    /// Positions changed since the last save, when a save is due (every
    /// few page turns); None otherwise.
    pub fn take_due_save(&mut self) -> Option<state::Positions> {
        if !std::mem::take(&mut self.save_due) {
            return None;
        }
        self.memory.as_mut().map(Memory::take_changes)
    }

    /// Every position changed since the last save, due or not (on quit).
    pub fn take_unsaved(&mut self) -> state::Positions {
        self.save_due = false;
        self.memory
            .as_mut()
            .map(Memory::take_changes)
            .unwrap_or_default()
    }

    /// Show `message` in the status line until the next action.
    pub fn notify(&mut self, message: String) {
        self.message = Some(message);
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The key bindings in force.
    pub fn keymap(&self) -> &Keymap {
        &self.settings.keymap
    }

    /// Where the reader's panes are, for this size and these settings.
    pub fn reader_areas(&self) -> ReaderAreas {
        geometry::reader(self.area(), self.sidebar_visible(), &self.settings)
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn library_cursor(&self) -> usize {
        self.library_cursor
    }

    pub fn has_library(&self) -> bool {
        self.has_library
    }

    /// The open document's state, on the reader screen.
    pub fn reader(&self) -> Option<&Reader> {
        self.reader
            .as_ref()
            .filter(|_| self.screen == Screen::Reader)
    }

    /// The document shown by the reader.
    pub fn document(&self) -> Option<&Document> {
        self.reader()
            .and_then(|reader| self.documents.get(reader.doc))
    }

    pub fn help_open(&self) -> bool {
        self.help
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    pub fn sidebar_visible(&self) -> bool {
        !self.sidebar_hidden && geometry::sidebar_fits(self.size.0, self.settings.sidebar_width)
    }

    pub fn focus(&self) -> Focus {
        match &self.reader {
            Some(reader) if self.sidebar_visible() => reader.focus,
            _ => Focus::Text,
        }
    }

    /// Key contexts in force, most specific first.
    pub fn contexts(&self) -> &'static [Context] {
        if self.help {
            return &[Context::Help, Context::Global];
        }
        match (self.screen, self.focus()) {
            (Screen::Library, _) => &[Context::Library, Context::Global],
            (Screen::Reader, Focus::Sidebar) => {
                &[Context::Sidebar, Context::Reader, Context::Global]
            }
            (Screen::Reader, Focus::Text) => &[Context::Reader, Context::Global],
        }
    }

    /// Map a key press through the key table and act on it.
    pub fn on_key(&mut self, key: &KeyEvent) {
        if let Some(action) = self.settings.keymap.action_for(key, self.contexts()) {
            self.update(action);
        }
    }

    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.help = !self.help,
            Action::CloseHelp => self.help = false,
            Action::Resize(width, height) => {
                self.size = (width, height);
                self.fit();
            }
            Action::SelectPrev
            | Action::SelectNext
            | Action::SelectFirst
            | Action::SelectLast
            | Action::Open => {
                self.library(action);
            }
            _ => self.read(action),
        }
        self.remember();
    }

    /// Put a newly opened reader where the memory says it was.
    fn recall(&mut self) {
        let (Some(memory), Some(reader)) = (self.memory.as_ref(), self.reader.as_mut()) else {
            return;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return;
        };
        if reader.memory_key.is_some() {
            return;
        }
        let key = state::key(&doc.article);
        if let Some(position) = memory.recall(&key) {
            let (top, selected) =
                state::restore(position, &doc.article.text, &doc.extraction.quotes);
            reader.selected = selected;
            reader.show_page(reader.layout.page_of_offset(top));
        }
        reader.memory_key = Some(key);
    }

    /// Note the reader's position in the memory.
    fn remember(&mut self) {
        let (Some(memory), Some(reader)) = (self.memory.as_mut(), self.reader.as_ref()) else {
            return;
        };
        let (Some(key), Some(doc)) = (reader.memory_key.as_deref(), self.documents.get(reader.doc))
        else {
            return;
        };
        let position = Position::new(reader.top, reader.selected, &doc.extraction.quotes);
        self.save_due |= memory.remember(key, position);
    }

    fn library(&mut self, action: Action) {
        if self.screen != Screen::Library {
            return;
        }
        let last = self.documents.len().saturating_sub(1);
        self.library_cursor = match action {
            Action::SelectPrev => self.library_cursor.saturating_sub(1),
            Action::SelectNext => (self.library_cursor + 1).min(last),
            Action::SelectFirst => 0,
            Action::SelectLast => last,
            _ => self.library_cursor,
        };
        if action == Action::Open {
            self.open(self.library_cursor);
        }
    }

    fn open(&mut self, index: usize) {
        let Some(doc) = self.documents.get(index) else {
            return;
        };
        if self
            .reader
            .as_ref()
            .is_none_or(|reader| reader.doc != index)
        {
            let text = self.reader_areas().text;
            let wrap = wrap_options(doc, &self.settings);
            self.reader = Some(Reader::new(doc, index, text, wrap));
        }
        self.screen = Screen::Reader;
        self.fit();
        self.recall();
    }

    fn fit(&mut self) {
        let text = self.reader_areas().text;
        if let Some(reader) = self.reader.as_mut()
            && let Some(doc) = self.documents.get(reader.doc)
        {
            reader.fit(doc, text, wrap_options(doc, &self.settings));
        }
    }

    fn read(&mut self, action: Action) {
        let sidebar_visible = self.sidebar_visible();
        if self.screen != Screen::Reader {
            return;
        }
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return;
        };
        let extraction = &doc.extraction;
        let last_page = reader.layout.page_count() - 1;
        match action {
            Action::NextPage => reader.show_page(reader.page() + 1),
            Action::PrevPage => reader.show_page(reader.page().saturating_sub(1)),
            Action::FirstPage => reader.show_page(0),
            Action::LastPage => reader.show_page(last_page),
            Action::NextQuote => self.message = reader.jump(extraction, true),
            Action::PrevQuote => self.message = reader.jump(extraction, false),
            Action::SpeakerPrev => reader.step_filter(extraction, false),
            Action::SpeakerNext => reader.step_filter(extraction, true),
            Action::SpeakerJump => {
                self.message = reader.jump(extraction, true);
                reader.focus = Focus::Text;
            }
            Action::SwitchFocus if sidebar_visible => {
                reader.focus = match reader.focus {
                    Focus::Text => Focus::Sidebar,
                    Focus::Sidebar => Focus::Text,
                };
            }
            Action::SwitchFocus => {
                self.message = Some("speakers are hidden: s shows them".to_string())
            }
            Action::Back if reader.filter.is_some() => reader.filter = None,
            Action::Back if self.has_library => {
                reader.focus = Focus::Text;
                self.screen = Screen::Library;
            }
            Action::ToggleSidebar => {
                self.sidebar_hidden = !self.sidebar_hidden;
                let sidebar_width = self.settings.sidebar_width;
                if !self.sidebar_hidden && !geometry::sidebar_fits(self.size.0, sidebar_width) {
                    self.message = Some(format!(
                        "speakers need a terminal {} columns wide",
                        geometry::sidebar_min_terminal_width(sidebar_width)
                    ));
                }
                if self.sidebar_hidden {
                    reader.focus = Focus::Text;
                }
                self.fit();
            }
            _ => {}
        }
    }
}
