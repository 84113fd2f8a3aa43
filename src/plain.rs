//! Output for a pipe or a file: the article as plain wrapped text, with
//! each quotation's speaker after it, instead of a UI drawn into a pipe.

use std::io::{self, Write};

use crate::article::BlockKind;
use crate::layout;
use crate::library::Document;

const WIDTH: usize = 72;
const NO_TEXT: &str = "(no text: the file is empty or holds only blank space)";

pub fn print(documents: &[Document], out: &mut impl Write) -> io::Result<()> {
    for document in documents {
        print_document(document, out)?;
    }
    Ok(())
}

fn print_document(document: &Document, out: &mut impl Write) -> io::Result<()> {
    let article = &document.article;
    let extraction = &document.extraction;
    writeln!(
        out,
        "{}\n{}\n",
        article.title,
        "=".repeat(article.title.chars().count().min(WIDTH))
    )?;
    if let Some(note) = article.encoding.note() {
        writeln!(out, "({note})\n")?;
    }
    if article.is_empty() {
        writeln!(out, "{NO_TEXT}\n")?;
    }
    for block in &article.blocks {
        let mut text = String::new();
        let mut at = block.span.start;
        for quote in extraction
            .quotes
            .iter()
            .filter(|q| q.span.start >= block.span.start && q.span.start < block.span.end)
        {
            let end = quote.span.end.min(block.span.end);
            text.push_str(&article.text[at..end]);
            if let Some(name) = extraction.speaker_name(quote) {
                text.push_str(&format!(" [{name}]"));
            }
            at = end;
        }
        text.push_str(&article.text[at.min(block.span.end)..block.span.end]);
        let lines = layout::wrap(&text, 0..text.len(), WIDTH);
        for line in lines {
            let shown = text[line].replace('\n', " ");
            match block.kind {
                BlockKind::Heading => writeln!(out, "## {shown}")?,
                BlockKind::Paragraph => writeln!(out, "{shown}")?,
            }
        }
        writeln!(out)?;
    }
    Ok(())
}
