//! Turning the bytes of a file into clean text, while remembering where each
//! piece of that text came from so exports can point into the original file.
//!
//! One rule, applied once, before anything measures widths: control
//! characters, escape sequences and bidirectional overrides never survive as
//! such. They become visible placeholders, tabs become spaces and CR/CRLF
//! line endings become `\n`.

use std::borrow::Cow;
use std::ops::Range;

/// Maps byte offsets in the normalised text back to byte offsets in the
/// original file. Piecewise linear: between two breakpoints the text is a
/// byte-for-byte copy of the source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceMap {
    /// `(text_offset, source_offset)` pairs, sorted by both.
    breakpoints: Vec<(usize, usize)>,
    text_len: usize,
    source_end: usize,
}

impl SourceMap {
    /// The offset in the original file of the text byte at `offset`.
    /// An offset inside a replaced character maps to that character's start.
    pub fn to_source(&self, offset: usize) -> usize {
        let index = self
            .breakpoints
            .partition_point(|&(text, _)| text <= offset);
        let Some(&(text, source)) = index.checked_sub(1).and_then(|i| self.breakpoints.get(i))
        else {
            return offset;
        };
        let next_source = self
            .breakpoints
            .get(index)
            .map_or(self.source_end, |&(_, source)| source);
        (source + (offset - text)).min(next_source.max(source))
    }

    /// The source range of a text range; `end` maps to the end of the last
    /// source byte it covers.
    pub fn range_to_source(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_source(range.start);
        let end = if range.end >= self.text_len {
            self.source_end
        } else {
            self.to_source(range.end)
        };
        start..end.max(start)
    }
}

/// How the bytes were turned into text, for the status line and for errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8WithBom,
    Utf16Le,
    Utf16Be,
    /// Not UTF-8 and read as Windows-1252 / Latin-1.
    Latin1,
    /// UTF-8 with invalid sequences replaced by U+FFFD.
    Utf8Lossy,
}

impl Encoding {
    /// A short note worth showing the reader, if any.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Encoding::Utf8 | Encoding::Utf8WithBom => None,
            Encoding::Utf16Le | Encoding::Utf16Be => Some("decoded from UTF-16"),
            Encoding::Latin1 => Some("not UTF-8: read as Latin-1"),
            Encoding::Utf8Lossy => Some("invalid UTF-8 replaced with \u{FFFD}"),
        }
    }
}

/// Text built piece by piece from the source, recording breakpoints only
/// where the copy stops being byte-for-byte.
struct Builder {
    text: String,
    breakpoints: Vec<(usize, usize)>,
    /// Source offset that corresponds to `text.len()` if the copy is in sync.
    in_sync_at: Option<usize>,
}

impl Builder {
    fn new(capacity: usize) -> Self {
        Builder {
            text: String::with_capacity(capacity),
            breakpoints: Vec::new(),
            in_sync_at: None,
        }
    }

    /// Append `out`, which stands for `source_len` bytes at `source_offset`.
    fn push(&mut self, source_offset: usize, source_len: usize, out: &str) {
        if self.in_sync_at != Some(source_offset) {
            self.mark(source_offset);
        }
        self.text.push_str(out);
        let source_end = source_offset + source_len;
        if out.len() != source_len {
            // What follows restarts the linear mapping after this piece.
            self.mark(source_end);
        }
        self.in_sync_at = Some(source_end);
    }

    /// Record that the text from here on comes from `source_offset`.
    fn mark(&mut self, source_offset: usize) {
        let point = (self.text.len(), source_offset);
        match self.breakpoints.last_mut() {
            Some(last) if last.0 == point.0 => *last = point,
            _ => self.breakpoints.push(point),
        }
    }

    fn finish(self, source_end: usize) -> (String, SourceMap) {
        let text_len = self.text.len();
        (
            self.text,
            SourceMap {
                breakpoints: self.breakpoints,
                text_len,
                source_end,
            },
        )
    }
}

/// What a character of the source becomes in the text.
enum Clean {
    Keep,
    Replace(&'static str),
    Drop,
}

const TAB_SPACES: &str = "    ";

fn clean_char(c: char, next: Option<char>) -> Clean {
    match c {
        '\n' => Clean::Keep,
        '\t' => Clean::Replace(TAB_SPACES),
        // CRLF: the CR goes, the LF stays; a lone CR is a line end.
        '\r' if next == Some('\n') => Clean::Drop,
        '\r' => Clean::Replace("\n"),
        '\u{1b}' => Clean::Replace("\u{241B}"),
        '\u{7f}' => Clean::Replace("\u{2421}"),
        '\0'..='\u{1f}' => Clean::Replace(control_picture(c)),
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Clean::Replace("\u{FFFD}")
        }
        '\u{feff}' => Clean::Drop,
        _ => Clean::Keep,
    }
}

/// The Unicode "control picture" for a C0 control, e.g. ␇ for BEL.
fn control_picture(c: char) -> &'static str {
    const PICTURES: [&str; 32] = [
        "␀", "␁", "␂", "␃", "␄", "␅", "␆", "␇", "␈", "␉", "␊", "␋", "␌", "␍", "␎", "␏", "␐", "␑",
        "␒", "␓", "␔", "␕", "␖", "␗", "␘", "␙", "␚", "␛", "␜", "␝", "␞", "␟",
    ];
    PICTURES.get(c as usize).copied().unwrap_or("\u{FFFD}")
}

fn needs_cleaning(c: char) -> bool {
    !matches!(clean_char(c, None), Clean::Keep)
}

/// `text` made safe to print as one line of a terminal, by the same rule
/// as article bodies, except that line breaks show as ␊ and ␍: for titles
/// from front matter, file names and anything else that did not come
/// through [`decode`].
pub fn clean_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\n' || needs_cleaning(c)) {
        return Cow::Borrowed(text);
    }
    let mut clean = String::with_capacity(text.len());
    for c in text.chars() {
        match clean_char(c, None) {
            _ if c == '\n' || c == '\r' => clean.push_str(control_picture(c)),
            Clean::Keep => clean.push(c),
            Clean::Replace(out) => clean.push_str(out),
            Clean::Drop => {}
        }
    }
    Cow::Owned(clean)
}

/// Bytes that can start a character [`clean_char`] changes: C0 controls
/// but `\n`, DEL, and the lead bytes of U+0080..U+009F (C2), the bidi
/// controls (E2) and U+FEFF (EF). Scanning bytes for these first keeps
/// clean text at memory speed.
fn may_need_cleaning(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\n') || matches!(byte, 0x7f | 0xc2 | 0xe2 | 0xef)
}

/// The first character at or after `from` that cleaning changes.
fn next_to_clean(piece: &str, from: usize) -> Option<(usize, char)> {
    let bytes = piece.as_bytes();
    let mut at = from;
    loop {
        at += bytes
            .get(at..)?
            .iter()
            .position(|&b| may_need_cleaning(b))?;
        // Those bytes are ASCII or lead bytes: always a character's start.
        let c = piece.get(at..)?.chars().next()?;
        if needs_cleaning(c) {
            return Some((at, c));
        }
        at += c.len_utf8();
    }
}

/// Append a valid UTF-8 piece of the source, cleaning it on the way.
fn push_clean(builder: &mut Builder, source_offset: usize, piece: &str) {
    let mut copied_to = 0;
    while let Some((index, c)) = next_to_clean(piece, copied_to) {
        if copied_to < index {
            builder.push(
                source_offset + copied_to,
                index - copied_to,
                &piece[copied_to..index],
            );
        }
        let after = index + c.len_utf8();
        let next = piece[after..].chars().next();
        let out = match clean_char(c, next) {
            Clean::Keep => &piece[index..after],
            Clean::Replace(out) => out,
            Clean::Drop => "",
        };
        builder.push(source_offset + index, c.len_utf8(), out);
        copied_to = after;
    }
    if copied_to < piece.len() {
        builder.push(
            source_offset + copied_to,
            piece.len() - copied_to,
            &piece[copied_to..],
        );
    }
}

/// Like [`decode`], taking the bytes: UTF-8 with nothing to clean (the
/// usual case) becomes the text in place, without a copy.
pub fn decode_owned(bytes: Vec<u8>, start: usize) -> (String, SourceMap, Encoding) {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => return decode(error.as_bytes(), start),
    };
    let in_place = text.is_char_boundary(start) && next_to_clean(&text, start).is_none();
    if !in_place {
        return decode(text.as_bytes(), start);
    }
    let source_end = text.len();
    let breakpoints = if start < source_end {
        vec![(0, start)]
    } else {
        Vec::new()
    };
    text.drain(..start);
    let map = SourceMap {
        breakpoints,
        text_len: text.len(),
        source_end,
    };
    (text, map, Encoding::Utf8)
}

/// Decode `bytes[start..]` into clean text.
pub fn decode(bytes: &[u8], start: usize) -> (String, SourceMap, Encoding) {
    let body = bytes.get(start..).unwrap_or_default();
    let mut builder = Builder::new(body.len());
    let encoding = if let Some(rest) = body.strip_prefix(b"\xEF\xBB\xBF") {
        decode_utf8(&mut builder, rest, start + 3).then_some(Encoding::Utf8WithBom)
    } else if body.starts_with(b"\xFF\xFE") {
        decode_utf16(&mut builder, &body[2..], start + 2, u16::from_le_bytes);
        Some(Encoding::Utf16Le)
    } else if body.starts_with(b"\xFE\xFF") {
        decode_utf16(&mut builder, &body[2..], start + 2, u16::from_be_bytes);
        Some(Encoding::Utf16Be)
    } else {
        decode_utf8(&mut builder, body, start).then_some(Encoding::Utf8)
    };
    let encoding = match encoding {
        Some(encoding) => encoding,
        None if looks_like_latin1(body) => {
            builder = Builder::new(body.len());
            decode_latin1(&mut builder, body, start);
            Encoding::Latin1
        }
        None => Encoding::Utf8Lossy,
    };
    let (text, map) = builder.finish(bytes.len());
    (text, map, encoding)
}

/// Returns false when the bytes held invalid sequences (replaced by U+FFFD).
fn decode_utf8(builder: &mut Builder, bytes: &[u8], offset: usize) -> bool {
    let mut valid = true;
    for chunk in bytes.utf8_chunks() {
        let chunk_offset = offset + (chunk.valid().as_ptr() as usize - bytes.as_ptr() as usize);
        push_clean(builder, chunk_offset, chunk.valid());
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            valid = false;
            builder.push(
                chunk_offset + chunk.valid().len(),
                invalid.len(),
                "\u{FFFD}",
            );
        }
    }
    valid
}

fn decode_utf16(builder: &mut Builder, bytes: &[u8], offset: usize, unit: fn([u8; 2]) -> u16) {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut position = offset;
    let mut buffer = [0u8; 4];
    let mut decoded = char::decode_utf16(units)
        .map(|decoded| match decoded {
            Ok(c) => (c, c.len_utf16() * 2),
            Err(_) => ('\u{FFFD}', 2),
        })
        .peekable();
    while let Some((c, len)) = decoded.next() {
        let next = decoded.peek().map(|&(next, _)| next);
        let piece: &str = c.encode_utf8(&mut buffer);
        match clean_char(c, next) {
            Clean::Keep => builder.push(position, len, piece),
            Clean::Replace(out) => builder.push(position, len, out),
            Clean::Drop => builder.push(position, len, ""),
        }
        position += len;
    }
}

/// Mostly valid-looking 8-bit text: invalid UTF-8, but accented letters in
/// the Latin-1 range and few control bytes. UTF-8 with a few broken bytes
/// among well-formed accented letters is not Latin-1 but damaged UTF-8.
fn looks_like_latin1(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let high = sample.iter().filter(|&&b| b >= 0xC0).count();
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
        .count();
    let (mut well_formed, mut broken) = (0, 0);
    for chunk in sample.utf8_chunks() {
        well_formed += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    high > 0 && controls == 0 && broken > well_formed
}

fn decode_latin1(builder: &mut Builder, bytes: &[u8], offset: usize) {
    let mut buffer = [0u8; 4];
    let mut ascii_run_start = 0;
    for (index, &byte) in bytes.iter().enumerate() {
        if byte.is_ascii() && !needs_cleaning(byte as char) {
            continue;
        }
        if ascii_run_start < index {
            // ASCII bytes are valid UTF-8 as they stand.
            let run = std::str::from_utf8(&bytes[ascii_run_start..index]).unwrap_or_default();
            builder.push(offset + ascii_run_start, run.len(), run);
        }
        let c = windows_1252(byte);
        let next = bytes.get(index + 1).map(|&b| b as char);
        match clean_char(c, next) {
            Clean::Keep => builder.push(offset + index, 1, c.encode_utf8(&mut buffer)),
            Clean::Replace(out) => builder.push(offset + index, 1, out),
            Clean::Drop => builder.push(offset + index, 1, ""),
        }
        ascii_run_start = index + 1;
    }
    if ascii_run_start < bytes.len() {
        let run = std::str::from_utf8(&bytes[ascii_run_start..]).unwrap_or_default();
        builder.push(offset + ascii_run_start, run.len(), run);
    }
}

/// Windows-1252, the superset of Latin-1 that real "Latin-1" files use.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[(byte - 0x80) as usize],
        _ => byte as char,
    }
}

/// True when the start of the file looks like binary data rather than text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8 * 1024)];
    if sample.starts_with(b"\xFF\xFE") || sample.starts_with(b"\xFE\xFF") {
        return false;
    }
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x1b | 0x0c))
        .count();
    controls * 10 > sample.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(bytes: &[u8]) -> (String, SourceMap, Encoding) {
        let decoded = decode(bytes, 0);
        assert_eq!(
            decode_owned(bytes.to_vec(), 0),
            decoded,
            "in place as copied"
        );
        decoded
    }

    #[test]
    fn decoding_in_place_agrees_with_copying() {
        let inputs: [&[u8]; 7] = [
            b"",
            b"plain",
            "« Venez », a-t-il dit — “oui” 東京 👍🏽\n\nfin".as_bytes(),
            b"---\ntitle: x\n---\nbody \xC2\xAB ok \xC2\xBB",
            b"tab\there",
            "bidi \u{202e} and \u{85} and \u{feff}".as_bytes(),
            b"bad \xff utf8",
        ];
        for bytes in inputs {
            for start in [0, bytes.len().min(4)] {
                assert_eq!(
                    decode_owned(bytes.to_vec(), start),
                    decode(bytes, start),
                    "{:?} from {start}",
                    String::from_utf8_lossy(bytes)
                );
            }
        }
    }

    #[test]
    fn plain_utf8_maps_identically() {
        let (text, map, encoding) = clean("« Venez »".as_bytes());
        assert_eq!(text, "« Venez »");
        assert_eq!(encoding, Encoding::Utf8);
        for offset in [0, 2, 5, text.len()] {
            assert_eq!(map.to_source(offset), offset);
        }
    }

    #[test]
    fn crlf_and_bom_are_removed_but_offsets_point_into_the_file() {
        let source = b"\xEF\xBB\xBFab\r\ncd\re";
        let (text, map, encoding) = clean(source);
        assert_eq!(text, "ab\ncd\ne");
        assert_eq!(encoding, Encoding::Utf8WithBom);
        assert_eq!(map.to_source(0), 3);
        assert_eq!(map.to_source(3), 7); // 'c'
        assert_eq!(&source[map.range_to_source(3..5)], b"cd");
        assert_eq!(map.range_to_source(0..text.len()).end, source.len());
    }

    #[test]
    fn escape_sequences_become_visible_placeholders() {
        let (text, map, _) = clean(b"a\x1b]0;title\x07b\x1b[2Jc");
        assert_eq!(text, "a\u{241B}]0;title\u{2407}b\u{241B}[2Jc");
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
        let b = text.find('b').unwrap_or_default();
        assert_eq!(map.to_source(b), 11);
    }

    #[test]
    fn bidi_overrides_and_c1_controls_are_neutralised() {
        let (text, _, _) = clean("x\u{202e}y\u{85}z".as_bytes());
        assert_eq!(text, "x\u{FFFD}y\u{FFFD}z");
    }

    #[test]
    fn invalid_utf8_is_replaced_and_mapped() {
        let source = b"caf\xE9 ok \xFF\x00";
        let (text, map, encoding) = clean(source);
        assert_eq!(encoding, Encoding::Utf8Lossy);
        let ok = text.find("ok").unwrap_or_default();
        assert_eq!(&source[map.range_to_source(ok..ok + 2)], b"ok");
    }

    #[test]
    fn utf8_with_a_broken_byte_is_not_taken_for_latin1() {
        let source = "Élise a dit « oui » à côté du café ".as_bytes().to_vec();
        let source = [source.as_slice(), b"\xE9t\xE9."].concat();
        let (text, _, encoding) = clean(&source);
        assert_eq!(encoding, Encoding::Utf8Lossy);
        assert!(text.starts_with("Élise a dit « oui »"), "{text}");
        assert!(text.ends_with("\u{FFFD}t\u{FFFD}."), "{text}");
    }

    #[test]
    fn latin1_text_is_decoded() {
        let source = b"\xAB Bient\xF4t \xBB, a dit \xC9lise.";
        let (text, map, encoding) = clean(source);
        assert_eq!(encoding, Encoding::Latin1);
        assert_eq!(text, "« Bientôt », a dit Élise.");
        let elise = text.find("Élise").unwrap_or_default();
        assert_eq!(
            &source[map.range_to_source(elise..elise + "Élise".len())],
            b"\xC9lise"
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut source = vec![0xFF, 0xFE];
        for unit in "« Oui »\r\n".encode_utf16() {
            source.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, map, encoding) = clean(&source);
        assert_eq!(encoding, Encoding::Utf16Le);
        assert_eq!(text, "« Oui »\n");
        let oui = text.find("Oui").unwrap_or_default();
        assert_eq!(map.range_to_source(oui..oui + 3), 6..12);
    }

    #[test]
    fn single_lines_are_cleaned_by_the_same_rule() {
        assert_eq!(clean_line("plain title"), "plain title");
        assert_eq!(
            clean_line("a\x1b]0;t\x07\nb\rc\u{202e}d\u{9b}e"),
            "a\u{241B}]0;t\u{2407}\u{240A}b\u{240D}c\u{FFFD}d\u{FFFD}e"
        );
    }

    #[test]
    fn tabs_expand() {
        assert_eq!(clean(b"a\tb").0, "a    b");
    }

    #[test]
    fn binary_is_recognised() {
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\x00\x00"));
        assert!(!looks_binary("Le président a dit « oui ».\n".as_bytes()));
        assert!(!looks_binary(b""));
    }
}
