//! Optional `---` front matter at the top of a file: `title`, `lang`,
//! `date`, `source`. Unknown keys are ignored; the block is not shown.

#[derive(Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    /// Byte offset where the body starts (0 without front matter).
    pub body_start: usize,
}

const FENCE: &str = "---";
/// Front matter longer than this is not front matter but text.
const MAX_LEN: usize = 4096;

pub fn parse(bytes: &[u8]) -> FrontMatter {
    let head = &bytes[..bytes.len().min(MAX_LEN)];
    let head = match std::str::from_utf8(head) {
        Ok(head) => head,
        Err(error) => std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or_default(),
    };
    let head = head.strip_prefix('\u{feff}').unwrap_or(head);
    let bom = bytes.len() - bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes).len();
    let Some(rest) = head.strip_prefix(FENCE).and_then(strip_line_end) else {
        return FrontMatter::default();
    };
    let mut front = FrontMatter::default();
    let mut offset = head.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line == FENCE {
            front.body_start = bom + offset;
            return front;
        }
        let Some((key, value)) = line.split_once(':') else {
            return FrontMatter::default();
        };
        let value = Some(value.trim().trim_matches('"').to_string()).filter(|v| !v.is_empty());
        match key.trim() {
            "title" => front.title = value,
            "lang" | "language" => front.lang = value,
            "date" => front.date = value,
            "source" => front.source = value,
            _ => {}
        }
    }
    FrontMatter::default()
}

fn strip_line_end(text: &str) -> Option<&str> {
    text.strip_prefix("\r\n")
        .or_else(|| text.strip_prefix('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_keys_and_body_start() {
        let text = "---\ntitle: \"A: B\"\nlang: en\nextra: 1\n---\nBody";
        let front = parse(text.as_bytes());
        assert_eq!(front.title.as_deref(), Some("A: B"));
        assert_eq!(front.lang.as_deref(), Some("en"));
        assert_eq!(&text[front.body_start..], "Body");
    }

    #[test]
    fn crlf_front_matter_and_bom() {
        let text = "\u{feff}---\r\ntitle: T\r\n---\r\nBody";
        let front = parse(text.as_bytes());
        assert_eq!(front.title.as_deref(), Some("T"));
        assert_eq!(&text[front.body_start..], "Body");
    }

    #[test]
    fn unterminated_or_malformed_front_matter_is_text() {
        assert_eq!(parse(b"---\ntitle: T\nBody").body_start, 0);
        assert_eq!(parse(b"---\nnot a key line\n---\n").body_start, 0);
        assert_eq!(parse(b"--- rule").body_start, 0);
    }
}
