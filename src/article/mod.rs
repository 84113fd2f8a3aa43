//! The first stage: a file's bytes become an [`Article`] — clean text, its
//! blocks (paragraphs and headings) as byte spans, a title and a language.

mod blocks;
pub mod bundled;
mod frontmatter;
mod lang;
pub mod load;
pub mod source;

use std::ops::Range;

pub use blocks::{Block, BlockKind, is_headline};
pub use lang::Lang;
pub use source::{Encoding, SourceMap};

/// An article ready for extraction and layout. Every position in later
/// stages is a byte offset into `text`.
#[derive(Debug, Clone)]
pub struct Article {
    pub title: String,
    pub lang: Lang,
    pub date: Option<String>,
    pub source: Option<String>,
    /// The body, cleaned: no control characters, `\n` line ends.
    pub text: String,
    pub blocks: Vec<Block>,
    /// From offsets in `text` to offsets in the bytes as read from disk.
    pub source_map: SourceMap,
    pub encoding: Encoding,
}

impl Article {
    /// Build an article from a file's bytes. `fallback_title` names it when
    /// neither front matter nor the text offers a title.
    pub fn from_bytes(bytes: &[u8], fallback_title: &str) -> Article {
        let front = frontmatter::parse(bytes);
        let decoded = source::decode(bytes, front.body_start);
        Article::from_decoded(front, decoded, fallback_title)
    }

    /// Like [`Article::from_bytes`], reusing the buffer for the text when
    /// nothing needs cleaning: one copy of a long file, not two.
    pub fn from_vec(bytes: Vec<u8>, fallback_title: &str) -> Article {
        let front = frontmatter::parse(&bytes);
        let start = front.body_start;
        let decoded = source::decode_owned(bytes, start);
        Article::from_decoded(front, decoded, fallback_title)
    }

    fn from_decoded(
        front: frontmatter::FrontMatter,
        (text, source_map, encoding): (String, SourceMap, Encoding),
        fallback_title: &str,
    ) -> Article {
        let blocks = blocks::detect(&text);
        let lang = front
            .lang
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_else(|| Lang::detect(&text));
        // Front matter and file names have not been through `decode`.
        let title = front
            .title
            .map(|title| source::clean_line(&title).into_owned())
            .or_else(|| title_from_text(&text, &blocks))
            .unwrap_or_else(|| source::clean_line(fallback_title).into_owned());
        let clean = |value: Option<String>| value.map(|v| source::clean_line(&v).into_owned());
        Article {
            title,
            lang,
            date: clean(front.date),
            source: clean(front.source),
            text,
            blocks,
            source_map,
            encoding,
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Range<usize>) -> &str {
        self.text.get(span).unwrap_or_default()
    }

    /// True when the article holds no readable text.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

const TITLE_MAX_CHARS: usize = 70;

/// A leading heading, or else the first line cut at a word boundary.
fn title_from_text(text: &str, blocks: &[Block]) -> Option<String> {
    let first = blocks.first()?;
    let line = text.get(first.span.clone())?.lines().next()?.trim();
    if first.kind == BlockKind::Heading || line.chars().count() <= TITLE_MAX_CHARS {
        return Some(line.to_string());
    }
    let cut: String = line.chars().take(TITLE_MAX_CHARS).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |space| &cut[..space]);
    Some(format!("{}…", at_word.trim_end_matches([',', ';', ':'])))
}

/// The largest char boundary of `text` at or before `index`: byte offsets
/// from any stage can be cut with it safely.
pub fn floor_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_sets_title_and_language_and_is_stripped() {
        let bytes =
            "---\ntitle: Le port\nlang: fr\ndate: 2026-01-02\n---\n# Le port\n\nIl pleut.\n";
        let article = Article::from_bytes(bytes.as_bytes(), "x");
        assert_eq!(article.title, "Le port");
        assert_eq!(article.lang, Lang::Fr);
        assert_eq!(article.date.as_deref(), Some("2026-01-02"));
        assert!(article.text.starts_with("# Le port"));
        let rain = article.text.find("Il pleut").unwrap_or_default();
        assert_eq!(
            &bytes[article.source_map.to_source(rain)..][..8],
            "Il pleut"
        );
    }

    #[test]
    fn raw_text_takes_its_title_from_the_first_line() {
        let article = Article::from_bytes(
            b"The harbour reopens after a long winter of repairs and a great deal of public argument about cost\nIt was said.",
            "file",
        );
        assert!(article.title.starts_with("The harbour reopens"));
        assert!(article.title.ends_with('…'));
        assert!(article.title.chars().count() <= TITLE_MAX_CHARS + 1);
        assert_eq!(article.lang, Lang::En);
    }

    #[test]
    fn empty_input_is_an_empty_article() {
        let article = Article::from_bytes(b"  \n\n ", "empty.txt");
        assert!(article.is_empty());
        assert_eq!(article.title, "empty.txt");
    }
}
