//! `quoth quotes`: who said what, as JSON, JSON lines, CSV or text.
//!
//! Offsets are byte offsets into each file exactly as read from disk (BOM,
//! CRLF and front matter included): `start` at the opening mark, `end` just
//! past the closing mark.

use std::io::{self, Write};

use serde::Serialize;

use crate::article::source;
use crate::library::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One object for one file; an array of them for several.
    Json,
    /// One object per line, one line per file.
    Jsonl,
    /// One row per quotation.
    Csv,
    /// A readable listing grouped by speaker.
    Text,
}

#[derive(Debug, Serialize)]
pub struct FileExport<'a> {
    pub path: &'a str,
    pub title: &'a str,
    pub lang: &'static str,
    pub speakers: Vec<SpeakerExport<'a>>,
    pub quotes: Vec<QuoteExport<'a>>,
}

#[derive(Debug, Serialize)]
pub struct SpeakerExport<'a> {
    pub name: &'a str,
    pub aliases: &'a [String],
    pub quotes: usize,
}

#[derive(Debug, Serialize)]
pub struct QuoteExport<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub mention: Option<&'a str>,
    pub cue: Option<&'a str>,
    pub kind: &'static str,
}

impl<'a> FileExport<'a> {
    pub fn new(document: &'a Document) -> FileExport<'a> {
        let article = &document.article;
        let extraction = &document.extraction;
        FileExport {
            path: &document.origin,
            title: &article.title,
            lang: article.lang.code(),
            speakers: extraction
                .speakers
                .iter()
                .map(|speaker| SpeakerExport {
                    name: &speaker.name,
                    aliases: &speaker.aliases,
                    quotes: speaker.quotes,
                })
                .collect(),
            quotes: extraction
                .quotes
                .iter()
                .map(|quote| {
                    let source = article.source_map.range_to_source(quote.span.clone());
                    QuoteExport {
                        start: source.start,
                        end: source.end,
                        text: article.slice(quote.span.clone()),
                        speaker: extraction.speaker_name(quote),
                        mention: quote.mention.as_deref(),
                        cue: quote.cue.as_deref(),
                        kind: quote.kind.as_str(),
                    }
                })
                .collect(),
        }
    }
}

/// Write `documents` in `format`. Titles, quotations and speakers are free
/// of control characters (articles are cleaned when loaded); the text
/// format also cleans the path, the one string that comes from elsewhere.
/// JSON and CSV keep the path as it is, escaped by their own rules.
pub fn write(documents: &[Document], format: Format, out: &mut impl Write) -> io::Result<()> {
    let exports: Vec<FileExport> = documents.iter().map(FileExport::new).collect();
    match format {
        Format::Json => {
            match exports.as_slice() {
                [single] => serde_json::to_writer_pretty(&mut *out, single)?,
                many => serde_json::to_writer_pretty(&mut *out, many)?,
            }
            writeln!(out)
        }
        Format::Jsonl => exports.iter().try_for_each(|export| {
            serde_json::to_writer(&mut *out, export)?;
            writeln!(out)
        }),
        Format::Csv => write_csv(&exports, out),
        Format::Text => exports
            .iter()
            .try_for_each(|export| write_text(export, out)),
    }
}

fn write_csv(exports: &[FileExport], out: &mut impl Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "path", "start", "end", "speaker", "kind", "cue", "mention", "text",
    ])?;
    for export in exports {
        for quote in &export.quotes {
            writer.write_record([
                export.path,
                &quote.start.to_string(),
                &quote.end.to_string(),
                quote.speaker.unwrap_or(""),
                quote.kind,
                quote.cue.unwrap_or(""),
                quote.mention.unwrap_or(""),
                quote.text,
            ])?;
        }
    }
    writer.flush()
}

const UNATTRIBUTED: &str = "(unattributed)";

fn write_text(export: &FileExport, out: &mut impl Write) -> io::Result<()> {
    let path = source::clean_line(export.path);
    writeln!(out, "{} ({path}, {})", export.title, export.lang)?;
    let groups = export
        .speakers
        .iter()
        .map(|speaker| (speaker.name, Some(speaker.name)))
        .chain(std::iter::once((UNATTRIBUTED, None)));
    for (label, name) in groups {
        let quotes: Vec<&QuoteExport> = export
            .quotes
            .iter()
            .filter(|quote| quote.speaker == name)
            .collect();
        if quotes.is_empty() {
            continue;
        }
        writeln!(out, "\n  {label} ({})", quotes.len())?;
        for quote in quotes {
            let text: String = quote.text.split_whitespace().collect::<Vec<_>>().join(" ");
            writeln!(out, "    {text}")?;
        }
    }
    writeln!(out)
}
