//! Long texts are read in sections. An article is one section; a report or
//! a book is cut, between paragraphs and preferably before a heading, into
//! sections of a few hundred kilobytes that are attributed one by one and
//! merged. The work per section is bounded, so the whole stays linear in
//! the text and the memory for tokens is that of one section.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use crate::article::{Block, BlockKind};

use super::marks::Span;
use super::{Extraction, Speaker};

/// A section is at least this long before it may end.
pub const SECTION_BYTES: usize = 256 * 1024;

/// How far past the minimum a section may run while waiting for a heading.
const HEADING_REACH: usize = 64 * 1024;

/// Consecutive blocks and the quotations that open in them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub blocks: Range<usize>,
    pub spans: Range<usize>,
}

/// Cut `blocks` into sections of at least `min_bytes`. A section never
/// ends inside a quotation that runs over several paragraphs.
pub fn split(blocks: &[Block], spans: &[Span], min_bytes: usize) -> Vec<Section> {
    let mut sections = Vec::new();
    let (mut first_block, mut first_span, mut next_span) = (0, 0, 0);
    for (index, block) in blocks.iter().enumerate() {
        while spans.get(next_span).is_some_and(|s| s.block <= index) {
            next_span += 1;
        }
        let Some(next) = blocks.get(index + 1) else {
            break;
        };
        let length = block.span.end - blocks[first_block].span.start;
        let inside_quote = next_span
            .checked_sub(1)
            .and_then(|last| spans.get(last))
            .is_some_and(|span| span.range.end > next.span.start);
        let at_heading = next.kind == BlockKind::Heading;
        let ready = length >= min_bytes && (at_heading || length >= min_bytes + HEADING_REACH);
        if ready && !inside_quote {
            sections.push(Section {
                blocks: first_block..index + 1,
                spans: first_span..next_span,
            });
            (first_block, first_span) = (index + 1, next_span);
        }
    }
    sections.push(Section {
        blocks: first_block..blocks.len(),
        spans: first_span..spans.len(),
    });
    sections
}

/// The spans of `section`, with block indices counted from its first block.
pub fn local_spans(spans: &[Span], section: &Section) -> Vec<Span> {
    spans[section.spans.clone()]
        .iter()
        .map(|span| Span {
            block: span.block - section.blocks.start,
            ..span.clone()
        })
        .collect()
}

/// One extraction from the sections' extractions, in order. A speaker
/// named the same way in two sections is one speaker; a one-word name
/// ("Poutine") joins the only fuller name that ends with it.
pub fn merge(parts: Vec<Extraction>) -> Extraction {
    let mut names: Vec<Speaker> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::default();
    // (Sized once: grown by doubling, the list would hold its old and new
    // buffers at once, at the peak of a long text's memory.)
    let mut quotes = Vec::with_capacity(parts.iter().map(|part| part.quotes.len()).sum());
    for part in parts {
        let ids: Vec<usize> = part
            .speakers
            .into_iter()
            .map(|speaker| {
                let id = *by_name.entry(speaker.name.clone()).or_insert_with(|| {
                    names.push(Speaker {
                        name: speaker.name.clone(),
                        aliases: Vec::new(),
                        quotes: 0,
                    });
                    names.len() - 1
                });
                add_aliases(&mut names[id], speaker.aliases);
                id
            })
            .collect();
        quotes.extend(part.quotes.into_iter().map(|mut quote| {
            quote.speaker = quote.speaker.and_then(|id| ids.get(id).copied());
            quote
        }));
    }
    let fuller = fuller_names(&names);
    for quote in &mut quotes {
        quote.speaker = quote.speaker.map(|id| fuller[id]);
    }
    for (id, &target) in fuller.iter().enumerate() {
        if target != id {
            let form = names[id].name.clone();
            let aliases = std::mem::take(&mut names[id].aliases);
            add_aliases(
                &mut names[target],
                std::iter::once(form).chain(aliases).collect(),
            );
        }
    }
    renumber(names, quotes)
}

fn add_aliases(speaker: &mut Speaker, aliases: Vec<String>) {
    for alias in aliases {
        if alias != speaker.name && !speaker.aliases.contains(&alias) {
            speaker.aliases.push(alias);
        }
    }
}

/// For each speaker, the speaker it is a short form of (itself if none):
/// the only longer name ending with it ("Poutine"), else the only one
/// starting with it ("Halverson" for Halverson Freight).
fn fuller_names(names: &[Speaker]) -> Vec<usize> {
    let mut by_last_word: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_first_word: HashMap<&str, Vec<usize>> = HashMap::default();
    for (id, speaker) in names.iter().enumerate() {
        let mut words = speaker.name.split_whitespace();
        if let (Some(first), Some(last)) = (words.next(), words.next_back()) {
            by_first_word.entry(first).or_default().push(id);
            by_last_word.entry(last).or_default().push(id);
        }
    }
    let only = |map: &HashMap<&str, Vec<usize>>, name: &str| match map.get(name) {
        Some(candidates) if candidates.len() == 1 => Some(candidates[0]),
        _ => None,
    };
    names
        .iter()
        .enumerate()
        .map(|(id, speaker)| {
            only(&by_last_word, &speaker.name)
                .or_else(|| only(&by_first_word, &speaker.name))
                .unwrap_or(id)
        })
        .collect()
}

/// Speakers most quoted first (then by first quotation), as
/// [`super::extract`] promises, with the quotes' ids to match.
fn renumber(names: Vec<Speaker>, mut quotes: Vec<super::Quote>) -> Extraction {
    let mut counts = vec![(0usize, usize::MAX); names.len()];
    for (index, quote) in quotes.iter().enumerate() {
        if let Some(id) = quote.speaker {
            counts[id].0 += 1;
            counts[id].1 = counts[id].1.min(index);
        }
    }
    let mut order: Vec<usize> = (0..names.len()).filter(|&id| counts[id].0 > 0).collect();
    order.sort_by_key(|&id| (std::cmp::Reverse(counts[id].0), counts[id].1));
    let mut new_id = vec![usize::MAX; names.len()];
    for (position, &id) in order.iter().enumerate() {
        new_id[id] = position;
    }
    for quote in &mut quotes {
        quote.speaker = quote.speaker.map(|id| new_id[id]);
    }
    let mut names: Vec<Option<Speaker>> = names.into_iter().map(Some).collect();
    let speakers = order
        .iter()
        .filter_map(|&id| {
            let mut speaker = names[id].take()?;
            speaker.quotes = counts[id].0;
            Some(speaker)
        })
        .collect();
    Extraction { quotes, speakers }
}

#[cfg(test)]
mod tests {
    use super::super::{Quote, QuoteKind, extract_in_sections};
    use super::*;
    use crate::article::Article;

    fn paragraphs(count: usize, heading_every: usize) -> String {
        (0..count)
            .map(|i| {
                if heading_every > 0 && i % heading_every == 0 {
                    format!("Partie {i}")
                } else {
                    format!("Paragraphe {i} sans guillemets, assez long pour compter un peu.")
                }
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    #[test]
    fn a_short_article_is_one_section() {
        let article = Article::from_bytes(paragraphs(20, 0).as_bytes(), "t");
        let sections = split(&article.blocks, &[], SECTION_BYTES);
        assert_eq!(
            sections,
            vec![Section {
                blocks: 0..article.blocks.len(),
                spans: 0..0
            }]
        );
    }

    #[test]
    fn sections_cover_every_block_once_and_prefer_headings() {
        let article = Article::from_bytes(paragraphs(400, 7).as_bytes(), "t");
        let sections = split(&article.blocks, &[], 2000);
        assert!(sections.len() > 3, "{}", sections.len());
        let mut next = 0;
        for section in &sections {
            assert_eq!(section.blocks.start, next);
            next = section.blocks.end;
        }
        assert_eq!(next, article.blocks.len());
        for section in &sections[1..] {
            assert_eq!(
                article.blocks[section.blocks.start].kind,
                BlockKind::Heading
            );
        }
    }

    #[test]
    fn a_quotation_over_several_paragraphs_is_never_cut() {
        let long_quote = "« Premier paragraphe de la déclaration.\n\n« Deuxième paragraphe.\n\n« Dernier paragraphe », a déclaré Jean Morel.";
        let text = format!(
            "{}\n\n{long_quote}\n\n{}",
            paragraphs(30, 0),
            paragraphs(30, 0)
        );
        let article = Article::from_bytes(text.as_bytes(), "t");
        let spans = super::super::marks::find_quotations(&article.text, &article.blocks);
        for min_bytes in 1..article.text.len() {
            for section in split(&article.blocks, &spans, min_bytes) {
                let end = article.blocks[section.blocks.end - 1].span.end;
                let cut = spans[section.spans.clone()]
                    .iter()
                    .any(|span| span.range.end > end);
                assert!(!cut, "cut at {min_bytes}");
            }
        }
    }

    #[test]
    fn speakers_merge_across_sections_under_their_full_name() {
        let first = "Partie une\n\n« Nous tiendrons », a déclaré Jean Morel.";
        let second = "Partie deux\n\n« Nous avons tenu », a affirmé Morel.\n\n« Rien », a dit Claire Dubois.";
        let text = format!("{first}\n\n{second}");
        let article = Article::from_bytes(text.as_bytes(), "t");
        let extraction = extract_in_sections(&article, 10);
        let names: Vec<&str> = extraction
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, vec!["Jean Morel", "Claire Dubois"]);
        assert_eq!(extraction.speakers[0].quotes, 2);
        assert!(
            extraction.speakers[0]
                .aliases
                .contains(&"Morel".to_string())
        );
        let speakers: Vec<Option<usize>> = extraction.quotes.iter().map(|q| q.speaker).collect();
        assert_eq!(speakers, vec![Some(0), Some(0), Some(1)]);
    }

    #[test]
    fn a_one_word_organisation_joins_the_longer_name() {
        let speaker = |name: &str| Speaker {
            name: name.into(),
            aliases: vec![],
            quotes: 1,
        };
        let quote = |id| Quote {
            span: 0..1,
            kind: QuoteKind::Quote,
            speaker: Some(id),
            mention: None,
            cue: None,
        };
        let part = Extraction {
            quotes: vec![quote(0), quote(1)],
            speakers: vec![speaker("Halverson Freight"), speaker("Halverson")],
        };
        let merged = merge(vec![part]);
        assert_eq!(merged.speakers.len(), 1);
        assert_eq!(merged.speakers[0].name, "Halverson Freight");
        assert_eq!(merged.speakers[0].aliases, vec!["Halverson".to_string()]);
    }

    #[test]
    fn merging_one_part_changes_nothing() {
        let part = Extraction {
            quotes: vec![Quote {
                span: 0..3,
                kind: QuoteKind::Quote,
                speaker: Some(0),
                mention: None,
                cue: None,
            }],
            speakers: vec![Speaker {
                name: "Jean Morel".into(),
                aliases: vec![],
                quotes: 1,
            }],
        };
        assert_eq!(merge(vec![part.clone()]), part);
    }
}
