//! Splitting text into blocks: paragraphs and headings.
//!
//! Paragraphs are separated by blank lines, or, in files that put one
//! paragraph per line, by single newlines. Lines that were hard-wrapped
//! inside a paragraph (all of similar, moderate length, in a file that uses
//! blank lines) are joined back into one paragraph.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's text, trimmed, without Markdown `#` markers.
    pub span: Range<usize>,
}

/// A heading shorter than this, in characters, can be told from a sentence.
const HEADING_MAX_CHARS: usize = 90;
const HEADING_MAX_WORDS: usize = 14;
/// Lines of a hard-wrapped paragraph are at most this long...
const WRAPPED_MAX_CHARS: usize = 100;
/// ...and, except the last, at least this long.
const WRAPPED_MIN_CHARS: usize = 40;

/// Is block `index` the headline: a heading, or the first line standing
/// alone above the text, however long ("« La pellicule, ça se respire » :
/// quarante ans en cabine avec Gérard Lhomme")?
pub fn is_headline(text: &str, blocks: &[Block], index: usize) -> bool {
    blocks.get(index).is_some_and(|block| {
        block.kind == BlockKind::Heading
            || (index == 0
                && blocks.len() > 1
                && text
                    .get(block.span.clone())
                    .is_some_and(|line| !line.contains('\n')))
    })
}

pub fn detect(text: &str) -> Vec<Block> {
    let lines = lines_with_offsets(text);
    let uses_blank_lines = lines.iter().any(|line| line.trim.is_empty());
    let mut blocks = Vec::new();
    let mut group: Vec<Line> = Vec::new();
    for line in lines.into_iter().chain(std::iter::once(Line::blank())) {
        if line.trim.is_empty() {
            push_group(&mut blocks, &group, uses_blank_lines);
            group.clear();
        } else {
            group.push(line);
        }
    }
    mark_short_headings(text, &mut blocks);
    blocks
}

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    trim: &'a str,
    /// Span of the trimmed line.
    start: usize,
    end: usize,
}

impl Line<'_> {
    fn blank() -> Self {
        Line {
            trim: "",
            start: 0,
            end: 0,
        }
    }

    fn chars(&self) -> usize {
        self.trim.chars().count()
    }

    /// Lines that always open a block of their own.
    fn opens_block(&self) -> bool {
        self.trim.starts_with(['#', '—', '–', '•', '>'])
            || self.trim.starts_with("- ")
            || self.trim.starts_with("* ")
    }
}

fn lines_with_offsets(text: &str) -> Vec<Line<'_>> {
    let mut offset = 0;
    text.split_inclusive('\n')
        .map(|raw| {
            let line_start = offset;
            offset += raw.len();
            let trim_start = raw.len() - raw.trim_start().len();
            let trim = raw.trim();
            Line {
                trim,
                start: line_start + trim_start,
                end: line_start + trim_start + trim.len(),
            }
        })
        .collect()
}

fn push_group(blocks: &mut Vec<Block>, group: &[Line], uses_blank_lines: bool) {
    let mut paragraph: Option<Range<usize>> = None;
    for (index, line) in group.iter().enumerate() {
        if let Some(heading) = markdown_heading(line) {
            flush(blocks, &mut paragraph);
            blocks.push(heading);
            continue;
        }
        let continues = paragraph.is_some()
            && uses_blank_lines
            && !line.opens_block()
            && index > 0
            && is_wrapped_line(&group[index - 1]);
        match (&mut paragraph, continues) {
            (Some(span), true) => span.end = line.end,
            _ => {
                flush(blocks, &mut paragraph);
                paragraph = Some(line.start..line.end);
            }
        }
    }
    flush(blocks, &mut paragraph);
}

fn is_wrapped_line(line: &Line) -> bool {
    (WRAPPED_MIN_CHARS..=WRAPPED_MAX_CHARS).contains(&line.chars())
}

fn flush(blocks: &mut Vec<Block>, paragraph: &mut Option<Range<usize>>) {
    if let Some(span) = paragraph.take() {
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            span,
        });
    }
}

fn markdown_heading(line: &Line) -> Option<Block> {
    let hashes = line.trim.len() - line.trim.trim_start_matches('#').len();
    let rest = &line.trim[hashes..];
    if hashes == 0 || hashes > 6 || !rest.starts_with(' ') {
        return None;
    }
    let content = rest.trim();
    let start = line.end - rest.trim_start().len();
    (!content.is_empty()).then(|| Block {
        kind: BlockKind::Heading,
        span: start..start + content.len(),
    })
}

/// Short lines standing alone, without closing punctuation, between two
/// paragraphs are headings ("Se revoir « bientôt »").
fn mark_short_headings(text: &str, blocks: &mut [Block]) {
    let last = blocks.len().saturating_sub(1);
    for block in &mut blocks[..last] {
        if block.kind == BlockKind::Paragraph && looks_like_heading(&text[block.span.clone()]) {
            block.kind = BlockKind::Heading;
        }
    }
}

fn looks_like_heading(line: &str) -> bool {
    if line.contains('\n')
        || line.chars().count() > HEADING_MAX_CHARS
        || line.split_whitespace().count() > HEADING_MAX_WORDS
    {
        return false;
    }
    // « On a tout monté à l'étage »: a heading may be a quotation.
    let Some(first) = line
        .trim_start_matches(['«', '“', '"', '‘', '\'', ' ', '\u{a0}', '\u{202f}'])
        .chars()
        .next()
    else {
        return false;
    };
    if !(first.is_uppercase() || first.is_numeric()) {
        return false;
    }
    // A heading may end on a quotation ("Se revoir « bientôt »"), but not on
    // a sentence's punctuation inside or outside it.
    let core = line.trim_end_matches(['»', '”', '"', '’', '\'', ' ', '\u{a0}', '\u{202f}']);
    !core.ends_with(['.', '!', '?', ',', ';', ':', '…', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_texts(text: &str) -> Vec<(BlockKind, &str)> {
        detect(text)
            .into_iter()
            .map(|block| (block.kind, &text[block.span]))
            .collect()
    }

    #[test]
    fn single_newlines_separate_paragraphs_when_there_are_no_blank_lines() {
        let text = "Premier paragraphe.\nSe revoir « bientôt »\n« Venez », a-t-il dit.";
        assert_eq!(
            kinds_and_texts(text),
            vec![
                (BlockKind::Paragraph, "Premier paragraphe."),
                (BlockKind::Heading, "Se revoir « bientôt »"),
                (BlockKind::Paragraph, "« Venez », a-t-il dit."),
            ]
        );
    }

    #[test]
    fn a_quotation_alone_without_final_stop_is_a_heading() {
        let text = "Le maire a parlé.\n\n« On a tout monté à l'étage »\n\n« On a tout perdu. »\n\n— Et demain ?";
        let kinds: Vec<BlockKind> = kinds_and_texts(text)
            .into_iter()
            .map(|(kind, _)| kind)
            .collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "# Title\n\nThis paragraph was wrapped by an editor at a fixed\nwidth of about sixty columns, like many plain texts\nare.\n\nSecond one.\n";
        let blocks = kinds_and_texts(text);
        assert_eq!(blocks[0], (BlockKind::Heading, "Title"));
        assert_eq!(blocks[1].0, BlockKind::Paragraph);
        assert!(blocks[1].1.starts_with("This paragraph") && blocks[1].1.ends_with("are."));
        assert_eq!(blocks[2], (BlockKind::Paragraph, "Second one."));
    }

    #[test]
    fn dialogue_lines_stay_separate_even_with_blank_lines_elsewhere() {
        let text = "Intro of the scene, long enough to look like wrapped prose.\n— Vous partez déjà ?\n— Oui.\n\nEnd.";
        let blocks = kinds_and_texts(text);
        assert_eq!(blocks.len(), 4);
        assert_eq!(blocks[1].1, "— Vous partez déjà ?");
    }

    #[test]
    fn the_last_short_line_is_not_a_heading() {
        let blocks = kinds_and_texts("Body text here.\nBy Jane Roe");
        assert_eq!(blocks[1].0, BlockKind::Paragraph);
    }

    #[test]
    fn sentences_are_not_headings() {
        assert!(!looks_like_heading("Il pleut."));
        assert!(!looks_like_heading("« Venez chez nous »."));
        assert!(!looks_like_heading("« Venez chez nous ! »"));
        assert!(looks_like_heading("Un accord « historique »"));
        assert!(!looks_like_heading("lowercase start"));
    }
}
