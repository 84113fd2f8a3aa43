//! The second stage: who said what. Finds quotation spans in an article
//! and attributes each to a speaker. Pure: text in, data out.

mod attribution;
mod lexicon;
mod marks;
mod people;
mod sections;
mod tokens;
mod word_index;

use std::ops::Range;

use serde::Serialize;

use crate::article::Article;

/// What a quoted span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Someone's words.
    Quote,
    /// The title of a work, the name of an organisation or event.
    Title,
    /// A scare-quoted or so-called term that nobody is quoted as saying.
    Term,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Quote => "quote",
            QuoteKind::Title => "title",
            QuoteKind::Term => "term",
        }
    }
}

pub type SpeakerId = usize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to just past the closing mark (or the end of
    /// the paragraph when the closing mark is missing).
    pub span: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerId>,
    /// How the text named the speaker for this quote ("a-t-il", "the mayor").
    pub mention: Option<String>,
    /// The reporting phrase ("a déclaré", "said").
    pub cue: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The fullest form of the name in the text, without titles.
    pub name: String,
    /// Other ways the text refers to them.
    pub aliases: Vec<String>,
    pub quotes: usize,
}

/// Quotations in reading order and the speakers they are attributed to,
/// most quoted first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
}

impl Extraction {
    pub fn speaker_name(&self, quote: &Quote) -> Option<&str> {
        quote
            .speaker
            .and_then(|id| self.speakers.get(id))
            .map(|speaker| speaker.name.as_str())
    }

    /// Quotes with no speaker, for the sidebar's "unattributed" entry.
    pub fn unattributed(&self) -> usize {
        self.quotes
            .iter()
            .filter(|quote| quote.speaker.is_none())
            .count()
    }
}

/// Find every quotation of `article` and who said it.
pub fn extract(article: &Article) -> Extraction {
    extract_in_sections(article, sections::SECTION_BYTES)
}

/// [`extract`], reading long texts in sections of at least `min_bytes`.
fn extract_in_sections(article: &Article, min_bytes: usize) -> Extraction {
    let spans = marks::find_quotations(&article.text, &article.blocks);
    let parts = sections::split(&article.blocks, &spans, min_bytes)
        .into_iter()
        .map(|section| {
            attribution::attribute(
                &article.text,
                article.lang,
                &article.blocks[section.blocks.clone()],
                sections::local_spans(&spans, &section),
            )
        })
        .collect();
    sections::merge(parts)
}
