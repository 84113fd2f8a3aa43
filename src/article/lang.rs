//! Which language an article is written in, by counting frequent words.

use std::collections::HashSet;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    En,
}

static FRENCH: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("data/stopwords.fr.txt")));
static ENGLISH: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("data/stopwords.en.txt")));

fn words(data: &'static str) -> HashSet<&'static str> {
    data.lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// Enough words to tell; more only costs time on huge files.
const SAMPLE_WORDS: usize = 2000;

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" | "français" => Some(Lang::Fr),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// French or English, whichever has more of its function words.
    /// Ties (including no words at all) read as English.
    pub fn detect(text: &str) -> Lang {
        let (mut french, mut english) = (0usize, 0usize);
        let tokens = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|token| !token.is_empty())
            .take(SAMPLE_WORDS);
        for token in tokens {
            let lower = token.to_lowercase();
            french += usize::from(FRENCH.contains(lower.as_str()));
            english += usize::from(ENGLISH.contains(lower.as_str()));
        }
        if french > english { Lang::Fr } else { Lang::En }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_french_and_english() {
        assert_eq!(
            Lang::detect("Le président russe s’est entretenu avec son homologue."),
            Lang::Fr
        );
        assert_eq!(
            Lang::detect("The mayor said the deal was overdue, according to the council."),
            Lang::En
        );
        assert_eq!(Lang::detect(""), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
