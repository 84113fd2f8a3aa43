//! Scoring extraction against gold annotations: `NAME.gold.json` beside
//! each `NAME.txt`, listing every quotation's exact text (found in order),
//! its speaker and its kind.
//!
//! Spans count as found only when they match exactly. Speaker accuracy is
//! measured on the quotations whose span was found; names compare without
//! case, leading articles or apostrophe style.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::library::Document;

#[derive(Debug, Deserialize)]
struct Gold {
    quotes: Vec<GoldQuote>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    text: String,
    speaker: Option<String>,
    /// Other acceptable speakers (null for "none").
    #[serde(default, rename = "or")]
    alternatives: Vec<Option<String>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
    pub speakers_right: usize,
    /// Pairs of listed speakers that name the same person.
    pub duplicates: Vec<(String, String)>,
    /// Quotes whose span matched but speaker did not: (text, expected, got).
    pub wrong_speakers: Vec<(String, String, String)>,
    /// Gold spans not found, and found spans not in the gold.
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Right speakers among the quotations whose span was found.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.matched)
    }

    fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
        self.speakers_right += other.speakers_right;
        self.duplicates.extend(other.duplicates.iter().cloned());
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub articles: Vec<(String, Score)>,
    pub total: Score,
}

impl Report {
    pub fn article(&self, name: &str) -> Option<&Score> {
        self.articles
            .iter()
            .find(|(article, _)| article == name)
            .map(|(_, score)| score)
    }
}

/// Names as compared: lowercase, straight apostrophes, no leading article.
pub fn normalise_name(name: &str) -> String {
    let lower = name.replace('’', "'").to_lowercase();
    let mut rest = lower.trim();
    for article in ["le ", "la ", "les ", "l'", "the "] {
        if let Some(stripped) = rest.strip_prefix(article) {
            rest = stripped.trim_start();
            break;
        }
    }
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn evaluate_dir(dir: &Path) -> Result<Report, String> {
    let mut report = Report::default();
    for (text_path, gold_path) in gold_pairs(dir)? {
        let name = text_path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        let score = evaluate_file(&text_path, &gold_path)?;
        report.total.add(&score);
        report.articles.push((name, score));
    }
    if report.articles.is_empty() {
        return Err(format!(
            "{}: no NAME.txt with NAME.gold.json found",
            dir.display()
        ));
    }
    Ok(report)
}

fn gold_pairs(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>, String> {
    let entries = fs::read_dir(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let mut pairs: Vec<(PathBuf, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .filter_map(|text| {
            let gold = text.with_extension("gold.json");
            gold.is_file().then_some((text, gold))
        })
        .collect();
    pairs.sort();
    Ok(pairs)
}

/// Where each of `quotes` stands in `text`, taken in the order they open
/// (a quotation nested in a dialogue turn opens inside it); the index of
/// the first one not found.
fn locate_in_order<'q>(
    text: &str,
    quotes: impl Iterator<Item = &'q str>,
) -> Result<Vec<std::ops::Range<usize>>, usize> {
    let mut from = 0;
    quotes
        .enumerate()
        .map(|(index, quote)| {
            let start = text
                .get(from..)
                .and_then(|rest| rest.find(quote))
                .map(|offset| from + offset)
                .ok_or(index)?;
            from = start + quote.chars().next().map_or(1, char::len_utf8);
            Ok(start..start + quote.len())
        })
        .collect()
}

fn evaluate_file(text_path: &Path, gold_path: &Path) -> Result<Score, String> {
    let document = Document::from_path(text_path).map_err(|error| error.to_string())?;
    let gold_json = fs::read_to_string(gold_path)
        .map_err(|error| format!("{}: {error}", gold_path.display()))?;
    let gold: Gold = serde_json::from_str(&gold_json)
        .map_err(|error| format!("{}: {error}", gold_path.display()))?;
    let text = &document.article.text;
    let mut score = Score {
        gold: gold.quotes.len(),
        found: document.extraction.quotes.len(),
        ..Score::default()
    };
    let gold_spans = locate_in_order(text, gold.quotes.iter().map(|quote| quote.text.as_str()))
        .map_err(|missing| {
            format!(
                "{}: gold text not found in order: {:?}",
                gold_path.display(),
                gold.quotes[missing].text
            )
        })?;
    for (quote, span) in gold.quotes.iter().zip(&gold_spans) {
        let Some(found) = document
            .extraction
            .quotes
            .iter()
            .find(|found| found.span == *span)
        else {
            score.missed.push(quote.text.clone());
            continue;
        };
        score.matched += 1;
        let got = document.extraction.speaker_name(found).map(normalise_name);
        let acceptable = std::iter::once(&quote.speaker)
            .chain(&quote.alternatives)
            .any(|speaker| speaker.as_deref().map(normalise_name) == got);
        if acceptable {
            score.speakers_right += 1;
        } else {
            score.wrong_speakers.push((
                quote.text.clone(),
                quote.speaker.clone().unwrap_or_else(|| "-".into()),
                got.unwrap_or_else(|| "-".into()),
            ));
        }
    }
    score.spurious = document
        .extraction
        .quotes
        .iter()
        .filter(|found| !gold_spans.contains(&found.span))
        .map(|found| text[found.span.clone()].to_string())
        .collect();
    score.duplicates =
        duplicate_speakers(document.extraction.speakers.iter().map(|s| s.name.as_str()));
    Ok(score)
}

/// Speakers whose names are one the other's short form ("Poutine" and
/// "Vladimir Poutine"): the same person listed twice.
fn duplicate_speakers<'a>(names: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    let names: Vec<String> = names.map(normalise_name).collect();
    let mut pairs = Vec::new();
    for (index, first) in names.iter().enumerate() {
        for second in &names[index + 1..] {
            let (short, long) = if first.len() <= second.len() {
                (first, second)
            } else {
                (second, first)
            };
            let long_words: Vec<&str> = long.split_whitespace().collect();
            if short
                .split_whitespace()
                .all(|word| long_words.contains(&word))
            {
                pairs.push((first.clone(), second.clone()));
            }
        }
    }
    pairs
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<32} {:>5} {:>5} {:>6} {:>6} {:>6} {:>8} {:>4}",
            "article", "gold", "found", "P", "R", "F1", "speaker", "dup"
        )?;
        let rows = self
            .articles
            .iter()
            .map(|(name, score)| (name.as_str(), score));
        for (name, score) in rows.chain(std::iter::once(("overall", &self.total))) {
            writeln!(
                f,
                "{:<32} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>8.3} {:>4}",
                name,
                score.gold,
                score.found,
                score.precision(),
                score.recall(),
                score.f1(),
                score.speaker_accuracy(),
                score.duplicates.len()
            )?;
        }
        if std::env::var_os("QUOTH_EVAL_DETAILS").is_some() {
            for (name, score) in &self.articles {
                for text in &score.missed {
                    writeln!(f, "{name}: missed {text:?}")?;
                }
                for text in &score.spurious {
                    writeln!(f, "{name}: spurious {text:?}")?;
                }
                for (text, expected, got) in &score.wrong_speakers {
                    let short: String = text.chars().take(50).collect();
                    writeln!(
                        f,
                        "{name}: speaker {got:?} should be {expected:?}: {short:?}"
                    )?;
                }
                for (first, second) in &score.duplicates {
                    writeln!(f, "{name}: listed twice: {first:?} / {second:?}")?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_quotations_are_found_in_the_order_they_open() {
        let text = "— Il a dit : « Attends. » Puis il est parti. « Attends. »";
        let spans = locate_in_order(
            text,
            ["— Il a dit", "« Attends. »", "« Attends. »"].into_iter(),
        );
        let starts: Vec<usize> = spans.unwrap().iter().map(|span| span.start).collect();
        assert_eq!(
            starts,
            [0, text.find('«').unwrap(), text.rfind('«').unwrap()]
        );
        let text = "— Il a dit : « Attends. » Puis il est parti.";
        let nested = [
            "— Il a dit : « Attends. » Puis il est parti.",
            "« Attends. »",
        ];
        assert!(locate_in_order(text, nested.into_iter()).is_ok());
        assert_eq!(
            locate_in_order(text, ["« Attends. »", "— Il"].into_iter()),
            Err(1)
        );
    }

    #[test]
    fn names_compare_without_articles_case_or_apostrophes() {
        assert_eq!(normalise_name("Le Kremlin"), "kremlin");
        assert_eq!(normalise_name("l’ARS"), "ars");
        assert_eq!(normalise_name("the port  authority"), "port authority");
    }

    #[test]
    fn short_forms_are_duplicates() {
        let pairs = duplicate_speakers(["Vladimir Poutine", "Poutine", "Kim Jong Un"].into_iter());
        assert_eq!(
            pairs,
            vec![("vladimir poutine".to_string(), "poutine".to_string())]
        );
        assert!(duplicate_speakers(["Jane Roe", "John Doe"].into_iter()).is_empty());
    }
}
