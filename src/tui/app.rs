//! The interface's state and the only place it changes. Pure: no
//! terminal here, so every behaviour can be tested by calling `update`.

use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::Start;
use super::action::Action;
use super::geometry;
use super::keys::{self, Context};
use std::ops::Range;

use crate::article::Article;
use crate::layout::{self, Layout, Line};
use crate::library::{Arrival, Document};
use crate::quotes::{Extraction, Quote, SpeakerId};
use crate::settings::Settings;

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

/// Text laid out in answer to a key, at most: about a frame's work. Pages
/// further on are counted between frames by [`App::work`].
const LAYOUT_BYTES_PER_KEY: usize = 64 * 1024;
/// An anchor past any text: the end of the document.
const END: usize = usize::MAX;
/// Text laid out per step of background counting.
const LAYOUT_BYTES_PER_STEP: usize = 128 * 1024;

/// One open document. Positions are byte offsets into its text, so they
/// survive a re-layout at another size.
#[derive(Debug, Clone)]
pub struct Reader {
    pub doc: usize,
    /// Offset of the first character shown: a page's start once that page
    /// is counted.
    pub top: usize,
    /// Index into the extraction's quotes.
    pub selected: Option<usize>,
    pub filter: Option<Filter>,
    pub focus: Focus,
    layout: Layout,
    /// A place to show on its page once the pages up to it are counted.
    anchor: Option<usize>,
    /// The page shown, when its number is known.
    page: Option<usize>,
    /// The lines on screen.
    shown: Vec<Line>,
    /// True while the article holds only the start of the file: its end
    /// is not the document's end.
    partial: bool,
}

impl Reader {
    fn new(doc: &Document, index: usize, text: Rect) -> Reader {
        let mut reader = Reader {
            doc: index,
            top: 0,
            selected: None,
            filter: None,
            focus: Focus::Text,
            layout: Layout::lazy(&doc.article, 1, 1),
            anchor: None,
            page: None,
            shown: Vec::new(),
            partial: doc.loading,
        };
        reader.relayout(&doc.article, text);
        reader
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The page shown (0-based), or the last page counted before it while
    /// its number is not known yet.
    pub fn page(&self) -> usize {
        self.page
            .unwrap_or_else(|| self.layout.page_of_offset(self.top))
    }

    /// The page shown (0-based), once the pages before it are counted.
    pub fn page_number(&self) -> Option<usize> {
        self.page
    }

    /// The lines on screen, top to bottom.
    pub fn shown(&self) -> &[Line] {
        &self.shown
    }

    /// From the first character on screen to the last.
    pub fn shown_range(&self) -> Range<usize> {
        layout::range_of(&self.shown)
    }

    /// Lay out the whole article that replaced the first paragraphs shown,
    /// staying at the same place.
    fn reload(&mut self, article: &Article, text: Rect) {
        let at_end = self.anchor == Some(END);
        self.partial = false;
        self.anchor = Some(self.anchor.unwrap_or(self.top));
        self.relayout(article, text);
        if at_end {
            self.last_page(article);
        }
    }

    fn relayout(&mut self, article: &Article, text: Rect) {
        let (width, height) = (usize::from(text.width), usize::from(text.height));
        self.layout = Layout::lazy(article, width, height);
        self.layout.extend(article, LAYOUT_BYTES_PER_KEY);
        self.settle(article);
    }

    /// Show the page holding the anchor (or the top) if it is counted, or
    /// else the lines from the top, page unknown.
    fn settle(&mut self, article: &Article) {
        let target = self.anchor.unwrap_or(self.top);
        self.layout.extend_to(article, target, LAYOUT_BYTES_PER_KEY);
        let page = self.layout.page_holding(target);
        match page.filter(|_| !(self.partial && target == END)) {
            Some(page) => {
                self.page = Some(page);
                self.top = self.layout.page_start_offset(page);
                self.anchor = None;
                self.shown = self.layout.page(article, page);
            }
            None => {
                let (width, height) = (self.layout.width, self.layout.height);
                self.page = None;
                self.shown = layout::lines_after(article, width, self.top, height);
            }
        }
    }

    /// Count more pages; returns true if that did anything.
    fn work(&mut self, article: &Article) -> bool {
        if self.layout.is_complete() {
            return false;
        }
        self.layout.extend(article, LAYOUT_BYTES_PER_STEP);
        self.settle(article);
        true
    }

    fn show_page(&mut self, article: &Article, page: usize) {
        let page = page.min(self.layout.page_count() - 1);
        self.show_from(article, self.layout.page_start_offset(page));
    }

    /// Show the text from `offset` on (its whole page once counted).
    fn show_from(&mut self, article: &Article, offset: usize) {
        self.top = offset;
        self.anchor = None;
        self.settle(article);
    }

    /// Show the page holding `offset`; until it is counted, show the text
    /// from the line holding `offset`.
    fn show_offset(&mut self, article: &Article, offset: usize) {
        self.top = offset;
        self.anchor = Some(offset);
        self.settle(article);
    }

    fn next_page(&mut self, article: &Article) {
        let next = match self.page {
            Some(page) if page + 1 < self.layout.page_count() => {
                Some(self.layout.page_start_offset(page + 1))
            }
            Some(_) if self.layout.is_complete() => None,
            _ => layout::lines_after(article, self.layout.width, self.shown_range().end, 1)
                .first()
                .map(|line| line.range.start),
        };
        if let Some(next) = next {
            self.show_from(article, next);
        }
    }

    fn previous_page(&mut self, article: &Article) {
        match self.page {
            Some(page) => self.show_page(article, page.saturating_sub(1)),
            None => {
                let (width, height) = (self.layout.width, self.layout.height);
                let before = layout::lines_before(article, width, self.top, height);
                if let Some(line) = before.first() {
                    self.show_from(article, line.range.start);
                }
            }
        }
    }

    /// The last page; until it is counted (or while only the start of the
    /// file is loaded), the last screenful of the text there is.
    fn last_page(&mut self, article: &Article) {
        if let Some(total) = self.layout.total_pages().filter(|_| !self.partial) {
            self.show_page(article, total - 1);
            return;
        }
        let (width, height) = (self.layout.width, self.layout.height);
        let last_lines = layout::lines_before(article, width, article.text.len(), height);
        self.top = last_lines.first().map_or(0, |line| line.range.start);
        self.anchor = Some(END);
        self.settle(article);
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

    /// Lay out again if the text column changed size, keeping the selected
    /// quote (or else the top line) on screen.
    fn fit(&mut self, doc: &Document, text: Rect) {
        let (width, height) = (
            usize::from(text.width).max(1),
            usize::from(text.height).max(1),
        );
        if (self.layout.width, self.layout.height) == (width, height) {
            return;
        }
        let anchor = self
            .selected
            .and_then(|index| doc.extraction.quotes.get(index))
            .map_or(self.anchor.unwrap_or(self.top), |quote| quote.span.start);
        self.top = anchor;
        self.anchor = Some(anchor);
        self.relayout(&doc.article, text);
    }

    /// The selected quote, if it starts on the page shown: searches go on
    /// from it; otherwise they start from the page.
    fn selected_on_page(&self, extraction: &Extraction) -> Option<usize> {
        let shown = self.shown_range();
        self.selected.filter(|&index| {
            extraction
                .quotes
                .get(index)
                .is_some_and(|quote| shown.contains(&quote.span.start))
        })
    }

    /// Select the next (or previous) quote under the filter and show its
    /// page. Returns a message for the status line, if any.
    fn jump(&mut self, doc: &Document, forward: bool) -> Option<String> {
        if doc.extraction_pending {
            return Some("still finding quotes…".to_string());
        }
        let extraction = &doc.extraction;
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
        self.show_offset(&doc.article, start_of(target));
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
        };
        if start == Start::Reader {
            app.open(0);
        }
        app
    }

    /// The same app, with the user's settings instead of the defaults.
    pub fn with_settings(mut self, settings: Settings) -> App {
        self.settings = settings;
        self
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
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
        !self.sidebar_hidden && geometry::sidebar_fits(self.size.0)
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
        if let Some(action) = keys::action_for(key, self.contexts()) {
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
            let text = geometry::reader(self.area(), self.sidebar_visible()).text;
            self.reader = Some(Reader::new(doc, index, text));
        }
        self.screen = Screen::Reader;
        self.fit();
    }

    /// True while [`App::work`] has something to do.
    pub fn work_pending(&self) -> bool {
        self.reader
            .as_ref()
            .is_some_and(|reader| !reader.layout.is_complete())
    }

    /// Work that does not need the screen: counting the open document's
    /// pages, a slice at a time. Returns true if what is on screen may have
    /// changed; call it between frames.
    pub fn work(&mut self) -> bool {
        let Some(reader) = self.reader.as_mut() else {
            return false;
        };
        let Some(doc) = self.documents.get(reader.doc) else {
            return false;
        };
        reader.work(&doc.article)
    }

    /// Take in what the background brings: a whole article (laid out
    /// again, the reader keeping its place) or its quotations.
    pub fn arrived(&mut self, arrival: Arrival) {
        match arrival {
            Arrival::Article(index, article) => {
                let text = geometry::reader(self.area(), self.sidebar_visible()).text;
                if let Some(doc) = self.documents.get_mut(index) {
                    doc.loaded(article);
                    if let Some(reader) = self.reader.as_mut().filter(|r| r.doc == index) {
                        reader.reload(&doc.article, text);
                    }
                }
            }
            Arrival::Extraction(index, extraction) => {
                if let Some(doc) = self.documents.get_mut(index) {
                    doc.extraction_done(extraction);
                }
            }
            Arrival::Failed(_, error) => self.message = Some(error.to_string()),
        }
    }

    fn fit(&mut self) {
        let text = geometry::reader(self.area(), self.sidebar_visible()).text;
        if let Some(reader) = self.reader.as_mut()
            && let Some(doc) = self.documents.get(reader.doc)
        {
            reader.fit(doc, text);
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
        let article = &doc.article;
        match action {
            Action::NextPage => reader.next_page(article),
            Action::PrevPage => reader.previous_page(article),
            Action::FirstPage => reader.show_page(article, 0),
            Action::LastPage => reader.last_page(article),
            Action::NextQuote => self.message = reader.jump(doc, true),
            Action::PrevQuote => self.message = reader.jump(doc, false),
            Action::SpeakerPrev => reader.step_filter(extraction, false),
            Action::SpeakerNext => reader.step_filter(extraction, true),
            Action::SpeakerJump => {
                self.message = reader.jump(doc, true);
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
                if !self.sidebar_hidden && !geometry::sidebar_fits(self.size.0) {
                    self.message = Some(format!(
                        "speakers need a terminal {} columns wide",
                        geometry::SIDEBAR_MIN_TERMINAL_WIDTH
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
