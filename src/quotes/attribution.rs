//! Crediting each quotation to a speaker.
//!
//! Quotations are read in order. For each, the first rule that applies wins:
//! 1. a titled work or so-called term (« le roman “…” », "so-called") has
//!    no speaker;
//! 2. a cue right after it (« … », a déclaré X · a-t-il lancé · “…,” said
//!    the mayor · “…,” Roe said · “…” — Jane Roe) or an incise inside it;
//! 3. "selon X" / "according to X" in its sentence;
//! 4. the nearest reporting verb before it in its sentence and that verb's
//!    subject (X a déclaré : « … » · le dirigeant qui a promis « … »);
//! 5. the subject of its sentence, when it is part of a sentence;
//! 6. otherwise the context: the person the previous sentence was about,
//!    turns that alternate in a dialogue, or the previous quotation's speaker.
//!
//! Pronouns resolve to the most salient earlier person of their gender
//! (the subject of a recent sentence first), epithets ("le maître du
//! Kremlin", "the police chief") to the person whose descriptions they
//! share, or else to the most salient person.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use crate::article::Article;

use super::lexicon::{self, Gender, Lexicon, normalise};
use super::marks::Span;
use super::people::{self, People, is_organisation_word};
use super::tokens::{self, Kind, Token};
use super::{Extraction, Quote, QuoteKind, Speaker};

/// How the text refers to a speaker at one place.
#[derive(Debug, Clone, PartialEq)]
enum Referent {
    Entity(usize),
    /// A person's full name read as plain words (inside a quotation).
    Name(Vec<String>),
    Pronoun(Gender),
    /// A description: content words, gender from its determiner, definite
    /// ("le", "the") or not.
    Description {
        words: Vec<String>,
        gender: Gender,
        definite: bool,
        name: String,
    },
}

/// What a description refers to.
enum Described {
    Known(usize),
    /// An organisation the text names only by description ("la préfecture").
    Organisation,
}

/// A speaker found for a quotation, with how the text named them.
struct Found {
    referent: Referent,
    mention: String,
    cue: Option<String>,
}

/// Words after which a name is not a subject.
const PREPOSITIONS: &[&str] = &[
    "à", "au", "aux", "avec", "de", "du", "des", "d'", "pour", "par", "sur", "contre", "chez",
    "entre", "vers", "selon", "sans", "dans", "en", "with", "to", "by", "for", "from", "of",
    "about", "against", "after", "before", "than", "as", "at", "in", "on", "into", "like",
];

/// Words that end a noun phrase read forwards.
const PHRASE_ENDS: &[&str] = &[
    "à", "au", "aux", "en", "dans", "pour", "lors", "devant", "avant", "après", "sur", "avec",
    "qui", "que", "qu'", "dont", "où", "et", "mais", "ou", "selon", "in", "at", "on", "to", "from",
    "after", "before", "during", "for", "with", "who", "that", "which", "and", "but", "or", "as",
    "when", "while",
];

/// Prepositions that open a circumstance ("en fin de journée", "on
/// Monday") rather than name an addressee.
const CIRCUMSTANCE_OPENERS: &[&str] = &[
    "en", "dans", "lors", "depuis", "pendant", "in", "on", "at", "during", "after",
];

/// Object pronouns that stand between a quotation and an inverted verb
/// (« … », lui a-t-il lancé).
const OBJECT_PRONOUNS: &[&str] = &[
    "lui", "leur", "nous", "vous", "me", "m'", "te", "t'", "se", "s'", "y", "l'", "en",
];

const SELON: &[&[&str]] = &[
    &["selon"],
    &["d'", "après"],
    &["according", "to"],
    &["d'après"],
];

/// Quotations this short, inside a sentence and credited to nobody, are
/// terms the author puts in quotation marks.
const TERM_MAX_WORDS: usize = 4;

/// How many names back a pronoun may reach when no recent sentence is
/// about a person of its gender.
const SALIENCE_MENTIONS: usize = 60;

/// How many quotations around a heading may echo its words.
const ECHO_WINDOW: usize = 80;

/// How many sentences back a pronoun or a continuation may reach.
const SALIENCE_SENTENCES: usize = 8;

struct Attributor<'a> {
    text: &'a str,
    lexicon: &'a Lexicon,
    tokens: Vec<Token>,
    sentences: Vec<Range<usize>>,
    sentence_of: Vec<usize>,
    /// The block each token belongs to.
    block_of: Vec<usize>,
    keys: tokens::Keys,
    people: People,
    spans: Vec<Span>,
    quote_token: Vec<usize>,
    /// The entity each sentence is about, once known.
    subjects: Vec<Option<usize>>,
    speakers: Vec<Option<usize>>,
    kinds: Vec<QuoteKind>,
    mentions: Vec<Option<String>>,
    cues: Vec<Option<String>>,
    /// Quotes whose speaker came from a cue of their own.
    cued: Vec<bool>,
}

pub fn attribute(article: &Article, spans: Vec<Span>) -> Extraction {
    let text = &article.text;
    let lexicon = lexicon::for_lang(article.lang);
    let ranges: Vec<Range<usize>> = spans.iter().map(|span| span.range.clone()).collect();
    let tokens = tokens::tokenize(text, &article.blocks, &ranges);
    let sentences = tokens::sentences(text, &tokens, is_abbreviation);
    let mut sentence_of = vec![0; tokens.len()];
    for (index, sentence) in sentences.iter().enumerate() {
        sentence_of[sentence.clone()].fill(index);
    }
    let block_of = tokens
        .iter()
        .scan(0, |block, token| {
            let current = *block;
            *block += usize::from(token.kind == Kind::Break);
            Some(current)
        })
        .collect();
    let starts: HashSet<usize> = sentences.iter().map(|sentence| sentence.start).collect();
    let keys = tokens::Keys::new(text, &tokens);
    let people = people::find(text, &tokens, &keys, starts, lexicon);
    let mut quote_token = vec![0; spans.len()];
    for (index, token) in tokens.iter().enumerate() {
        if let Kind::Quote(quote) = token.kind {
            quote_token[quote] = index;
        }
    }
    let count = spans.len();
    let mut attributor = Attributor {
        text,
        lexicon,
        subjects: vec![None; sentences.len()],
        tokens,
        sentences,
        sentence_of,
        block_of,
        keys,
        people,
        spans,
        quote_token,
        speakers: vec![None; count],
        kinds: vec![QuoteKind::Quote; count],
        mentions: vec![None; count],
        cues: vec![None; count],
        cued: vec![false; count],
    };
    attributor.run();
    attributor.alternate_exchanges();
    attributor.echo_headings(&article.blocks);
    attributor.into_extraction()
}

fn is_abbreviation(word: &str) -> bool {
    lexicon::is_honorific(word)
        || lexicon::is_honorific_before(word, true)
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

impl Attributor<'_> {
    fn run(&mut self) {
        for sentence in 0..self.sentences.len() {
            let quotes: Vec<usize> = self.sentences[sentence]
                .clone()
                .filter_map(|index| match self.tokens[index].kind {
                    Kind::Quote(quote) => Some(quote),
                    _ => None,
                })
                .collect();
            let subject = self.subject_before(sentence, self.first_quote_token(sentence));
            self.subjects[sentence] = subject;
            for quote in quotes {
                self.attribute_quote(quote, sentence);
            }
            // A sentence that quotes someone is about them, unless a person
            // was already its subject.
            let about_person =
                self.subjects[sentence].is_some_and(|e| self.people.entities[e].person);
            if !about_person {
                let speaker = self.sentences[sentence].clone().find_map(|index| {
                    match self.tokens[index].kind {
                        Kind::Quote(quote) if self.cued[quote] => self.speakers[quote],
                        _ => None,
                    }
                });
                if speaker.is_some() {
                    self.subjects[sentence] = speaker;
                }
            }
        }
    }

    fn first_quote_token(&self, sentence: usize) -> usize {
        self.sentences[sentence]
            .clone()
            .find(|&index| matches!(self.tokens[index].kind, Kind::Quote(_)))
            .unwrap_or(self.sentences[sentence].end)
    }

    fn word(&self, index: usize) -> Option<&str> {
        let token = self.tokens.get(index)?;
        (token.kind == Kind::Word).then(|| &self.text[token.start..token.end])
    }

    fn lower(&self, index: usize) -> Option<&str> {
        let token = self.tokens.get(index)?;
        (token.kind == Kind::Word).then(|| self.keys.get(index))
    }

    fn punct(&self, index: usize) -> Option<&str> {
        let token = self.tokens.get(index)?;
        (token.kind == Kind::Punct).then(|| &self.text[token.start..token.end])
    }

    fn attribute_quote(&mut self, quote: usize, sentence: usize) {
        let at = self.quote_token[quote];
        if let Some(kind) = self.named_thing(quote, at) {
            self.kinds[quote] = kind;
            return;
        }
        let found = self
            .cue_after(at)
            .or_else(|| self.incise_inside(quote))
            .or_else(|| self.selon(at, sentence))
            .or_else(|| self.colon_introduction(quote))
            .or_else(|| self.reporting_verb_before(at, sentence))
            .or_else(|| self.subject_of_clause(at, sentence));
        if let Some(found) = found
            && let Some(entity) = self.resolve(&found.referent, at)
        {
            self.speakers[quote] = Some(entity);
            self.mentions[quote] = Some(found.mention);
            self.cues[quote] = found.cue;
            self.cued[quote] = true;
            return;
        }
        if self.is_embedded(at, sentence) && self.word_count(quote) <= TERM_MAX_WORDS {
            self.kinds[quote] = QuoteKind::Term;
            return;
        }
        self.speakers[quote] = self.speaker_in_context(quote, sentence);
    }

    /// Titles and terms: « le roman “…” », "the so-called “…”", and
    /// title-case names such as “Save Our Piers”.
    fn named_thing(&self, quote: usize, at: usize) -> Option<QuoteKind> {
        let mut before = at.checked_sub(1)?;
        if self
            .lower(before)
            .is_some_and(|word| self.lexicon.is_determiner(word))
        {
            before = before.checked_sub(1)?;
        }
        let inner = self.inner_text(quote);
        let whole = &self.text[self.spans[quote].range.clone()];
        if looks_like_title(whole) && self.cue_after(at).is_none() {
            return Some(QuoteKind::Title);
        }
        let cue = self.lower(before)?;
        if self.lexicon.is_title_cue(cue) {
            return Some(QuoteKind::Title);
        }
        if self.lexicon.is_term_cue(cue) {
            return Some(QuoteKind::Term);
        }
        // "« Le Phare aveugle », son quatrième roman": an apposition names
        // what the title is.
        let mut after = at + 1;
        if self.punct(after) == Some(",") {
            after += 1;
            if self
                .lower(after)
                .is_some_and(|w| self.lexicon.is_determiner(w))
            {
                after += 1;
            }
            let described = (after..after + 3)
                .filter_map(|i| self.lower(i))
                .any(|w| self.lexicon.is_title_cue(w));
            if described {
                return Some(QuoteKind::Title);
            }
        }
        // "dont le thème sera « Les îles »": a short name opening with its
        // capitalised article, inside a sentence, with no cue after it.
        let first_word = inner.split_whitespace().next().unwrap_or_default();
        let opens_with_article =
            first_word.starts_with(char::is_uppercase) && self.lexicon.is_determiner(first_word);
        if opens_with_article
            && inner.split_whitespace().count() <= 4
            && !whole.contains([',', '.', '!', '?', ';', ':'])
            && self.is_embedded(at, self.sentence_of[at])
            && self.cue_after(at).is_none()
        {
            return Some(QuoteKind::Title);
        }
        // "la « Nuit des cuivres »": a capitalised name right after an article.
        let after_article = self.lower(at - 1).is_some_and(|word| {
            self.lexicon.is_determiner(word) || matches!(word, "de" | "du" | "des" | "of")
        });
        (after_article
            && inner.starts_with(char::is_uppercase)
            && !whole.contains([',', '.', '!', '?', ';', ':']))
        .then_some(QuoteKind::Title)
    }

    /// A quotation's words without its marks.
    fn inner_text(&self, quote: usize) -> &str {
        self.text[self.spans[quote].range.clone()].trim_matches(|c: char| !c.is_alphanumeric())
    }

    fn word_count(&self, quote: usize) -> usize {
        self.text[self.spans[quote].range.clone()]
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .count()
    }

    /// Does the quotation stand inside a sentence, with words of the
    /// author's own before it?
    fn is_embedded(&self, at: usize, sentence: usize) -> bool {
        (self.sentences[sentence].start..at).any(|index| self.tokens[index].kind == Kind::Word)
    }

    // ----- cues after the quotation -------------------------------------

    /// « … », a déclaré X · a-t-il ajouté · “…,” said X · “…,” X said ·
    /// “…” — X.
    fn cue_after(&self, at: usize) -> Option<Found> {
        let mut index = at + 1;
        match self.punct(index) {
            Some(",") => index += 1,
            Some("—" | "–") => return self.dash_signature(index + 1),
            _ => {}
        }
        while self
            .lower(index)
            .is_some_and(|word| OBJECT_PRONOUNS.contains(&word))
        {
            index += 1;
        }
        if let Some(found) = self.inverted_cue(index) {
            return Some(found);
        }
        if let Some((verb_end, cue)) = self.reporting_verb_at(index) {
            let (referent, mention) = self.phrase_after_verb(verb_end)?;
            return Some(Found {
                referent,
                mention,
                cue: Some(cue),
            });
        }
        let (referent, phrase_end, mention) = self.phrase_at(index)?;
        let verb = self.skip_apposition_and_adverbs(phrase_end);
        let (verb_end, cue) = self.reporting_verb_at(verb)?;
        // "Doe said: “…”" introduces the next quotation, not this one.
        let introduces_next = self.punct(verb_end) == Some(":")
            || matches!(
                self.tokens.get(verb_end).map(|t| t.kind),
                Some(Kind::Quote(_))
            );
        (!introduces_next).then_some(Found {
            referent,
            mention,
            cue: Some(cue),
        })
    }

    /// “…” — Jane Roe
    fn dash_signature(&self, index: usize) -> Option<Found> {
        let mention = self.people.mention_at(index)?;
        Some(Found {
            referent: Referent::Entity(mention.entity),
            mention: self.span_text(index, mention.end),
            cue: Some("—".into()),
        })
    }

    /// "a-t-il lancé", "affirme-t-elle", "répondit-il".
    fn inverted_cue(&self, index: usize) -> Option<Found> {
        let word = self.word(index)?;
        let (verb, gender) = self.lexicon.inversion(word)?;
        if self.lexicon.is_reporting_verb(verb) {
            return Some(Found {
                referent: Referent::Pronoun(gender),
                mention: word.to_string(),
                cue: Some(word.to_string()),
            });
        }
        if !lexicon::is_auxiliary(verb) {
            return None;
        }
        let participle = (index + 1..index + 4).find(|&next| {
            self.word(next)
                .is_some_and(|w| self.lexicon.is_reporting_verb(w))
        })?;
        Some(Found {
            referent: Referent::Pronoun(gender),
            mention: word.to_string(),
            cue: Some(self.span_text(index, participle + 1)),
        })
    }

    /// A reporting verb at `index`, alone or after an auxiliary ("a
    /// déclaré", "has said", "a fait savoir"): where it ends and its text.
    fn reporting_verb_at(&self, index: usize) -> Option<(usize, String)> {
        let word = self.word(index)?;
        if self.lexicon.is_reporting_verb(word) && !lexicon::is_auxiliary(word) {
            return Some((index + 1, word.to_string()));
        }
        let auxiliary = lexicon::is_auxiliary(word)
            || matches!(
                normalise(word).as_str(),
                "has" | "had" | "is" | "was" | "have"
            );
        if !auxiliary {
            return None;
        }
        let verb = (index + 1..index + 4)
            .take_while(|&next| self.tokens.get(next).is_some_and(|t| t.kind == Kind::Word))
            .find(|&next| {
                self.word(next)
                    .is_some_and(|w| self.lexicon.is_reporting_verb(w) && !lexicon::is_auxiliary(w))
            })?;
        Some((verb + 1, self.span_text(index, verb + 1)))
    }

    /// The subject after an inverted verb: « … », a déclaré pour sa part
    /// Vladimir Poutine / explique le ministre / said the mayor, Jane Roe.
    fn phrase_after_verb(&self, mut index: usize) -> Option<(Referent, String)> {
        // "conclut, inquiet, le colonel Sallès": skip a short aside.
        if self.punct(index) == Some(",")
            && let Some(close) = (index + 2..index + 5).find(|&i| self.punct(i) == Some(","))
            && (index + 1..close).all(|i| self.word(i).is_some())
        {
            index = close + 1;
        }
        for _ in 0..4 {
            let words: Vec<String> = (index..index + 5)
                .map_while(|i| self.lower(i))
                .map(str::to_string)
                .collect();
            let skip = self.lexicon.adverbial_len(&words);
            if skip == 0 {
                break;
            }
            index += skip;
        }
        if let Some((referent, _, mention)) = self.phrase_at(index) {
            return Some((referent, mention));
        }
        // "a fait savoir en fin de journée la préfecture": a circumstance
        // stands between the verb and its subject.
        if !self
            .lower(index)
            .is_some_and(|w| CIRCUMSTANCE_OPENERS.contains(&w))
        {
            return None;
        }
        (index + 1..index + 6)
            .take_while(|&i| self.word(i).is_some())
            .filter(|&i| {
                self.lower(i).is_some_and(|w| self.lexicon.is_determiner(w))
                    || self.people.mention_at(i).is_some()
            })
            .find_map(|i| self.phrase_at(i))
            .map(|(referent, _, mention)| (referent, mention))
    }

    /// Skip ", the police chief," and "later" between a subject and its verb.
    fn skip_apposition_and_adverbs(&self, mut index: usize) -> usize {
        if self.punct(index) == Some(",") {
            let close = (index + 1..index + 10).find(|&i| self.punct(i) == Some(","));
            if let Some(close) = close {
                index = close + 1;
            }
        }
        while let Some(word) = self.lower(index) {
            let is_adverb = word.ends_with("ly");
            if self.lexicon.adverbial_len(&[word.to_string()]) == 0 && !is_adverb {
                break;
            }
            index += 1;
        }
        index
    }

    /// A noun phrase naming someone at `index`: a name, a pronoun, or a
    /// determiner and its words. Returns the referent, where the phrase
    /// ends and its text.
    fn phrase_at(&self, index: usize) -> Option<(Referent, usize, String)> {
        let word = self.word(index)?;
        // "said Councilwoman Dorothy Fenwick": a title before the name.
        let titled = (index + 1..index + 4)
            .take_while(|&i| {
                self.word(i - 1).is_some_and(|w| {
                    w.starts_with(char::is_uppercase) && self.lexicon.role(w).is_some()
                        || w.chars().all(|c| c.is_ascii_uppercase())
                })
            })
            .find_map(|i| self.people.mention_at(i));
        if let Some(mention) = titled {
            return Some((
                Referent::Entity(mention.entity),
                mention.end,
                self.span_text(index, mention.end),
            ));
        }
        let name_at = if lexicon::is_honorific(word)
            || lexicon::is_honorific_before(word, self.punct(index + 1) == Some("."))
        {
            let after = index + 1 + usize::from(self.punct(index + 1) == Some("."));
            self.people.mention_at(after)
        } else {
            self.people.mention_at(index)
        };
        if let Some(mention) = name_at {
            return Some((
                Referent::Entity(mention.entity),
                mention.end,
                self.span_text(index, mention.end),
            ));
        }
        if let Some(gender) = self.lexicon.pronoun(word) {
            return (gender != Gender::Plural)
                .then(|| (Referent::Pronoun(gender), index + 1, word.to_string()));
        }
        if !self.lexicon.is_determiner(word) {
            return None;
        }
        // "the Port Ellison Harbor Authority": a name right after its article.
        if let Some(mention) = self.people.mention_at(index + 1) {
            return Some((
                Referent::Entity(mention.entity),
                mention.end,
                self.span_text(index, mention.end),
            ));
        }
        let gender = determiner_gender(word);
        let definite = is_definite(word);
        let mut end = index + 1;
        let mut words = Vec::new();
        while let Some(next) = self.lower(end) {
            if PHRASE_ENDS.contains(&next)
                || lexicon::is_auxiliary(next)
                || matches!(
                    next,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "sont"
                        | "était"
                        | "sera"
                )
                || self.lexicon.is_reporting_verb(next) && !words.is_empty()
                || words.len() >= 6
            {
                break;
            }
            if !self.lexicon.is_determiner(next)
                && !matches!(next, "de" | "du" | "des" | "d'" | "of" | "l'")
            {
                words.push(next.trim_end_matches("'s").to_string());
            }
            end += 1;
        }
        if words.is_empty() {
            return None;
        }
        // "asked a reporter from the Gazette": someone unnamed, speaking for
        // the organisation named.
        if !definite
            && self
                .lower(end)
                .is_some_and(|w| matches!(w, "from" | "of" | "de" | "du" | "d'"))
        {
            let mut name_at = end + 1;
            if self
                .lower(name_at)
                .is_some_and(|w| self.lexicon.is_determiner(w))
            {
                name_at += 1;
            }
            if let Some(mention) = self.people.mention_at(name_at)
                && !self.people.entities[mention.entity].person
            {
                return Some((
                    Referent::Entity(mention.entity),
                    mention.end,
                    self.span_text(index, mention.end),
                ));
            }
        }
        // "said the mayor, Jane Roe": the name after the description.
        if self.punct(end) == Some(",")
            && let Some(mention) = self.people.mention_at(end + 1)
        {
            return Some((
                Referent::Entity(mention.entity),
                mention.end,
                self.span_text(end + 1, mention.end),
            ));
        }
        let mention = self.span_text(index, end);
        let name = self.span_text(index + 1, end);
        Some((
            Referent::Description {
                words,
                gender,
                definite,
                name,
            },
            end,
            mention,
        ))
    }

    /// « Nous ferons tout, a-t-il assuré, pour que cela change. »
    fn incise_inside(&self, quote: usize) -> Option<Found> {
        let span = &self.spans[quote];
        if span.dash {
            return None;
        }
        let inner = &self.text[span.range.clone()];
        for (offset, _) in inner.match_indices(", ") {
            let rest = &inner[offset + 2..];
            let clause = rest
                .split([',', '.', ';', '!', '?', '»', '”'])
                .next()
                .unwrap_or_default();
            let mut words = clause.split_whitespace();
            let Some(first) = words.next() else { continue };
            if let Some((verb, gender)) = self.lexicon.inversion(first)
                && (self.lexicon.is_reporting_verb(verb) || lexicon::is_auxiliary(verb))
                && rest.len() > clause.len()
            {
                return Some(Found {
                    referent: Referent::Pronoun(gender),
                    mention: first.to_string(),
                    cue: Some(clause.trim().to_string()),
                });
            }
            let reports = self.lexicon.is_reporting_verb(first) && !lexicon::is_auxiliary(first)
                || lexicon::is_auxiliary(first)
                    && words
                        .clone()
                        .next()
                        .is_some_and(|w| self.lexicon.is_reporting_verb(w));
            if reports && rest.len() > clause.len() {
                // The subject may run on into an apposition: "a affirmé le
                // chef de la diplomatie, Tomas Ilvesko, lors de …".
                let sentence = rest
                    .split(['.', '!', '?', '»', '”', ';'])
                    .next()
                    .unwrap_or_default();
                let longer: String = sentence
                    .splitn(3, ',')
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(",");
                let subject: Vec<&str> = longer
                    .split_whitespace()
                    .skip_while(|w| self.lexicon.is_reporting_verb(w) || lexicon::is_auxiliary(w))
                    .collect();
                if let Some(found) = self.described_in(&subject, first) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// A subject given as plain words (inside a quotation, where names are
    /// not indexed): a known name, or a description.
    fn described_in(&self, words: &[&str], cue: &str) -> Option<Found> {
        let (first, rest) = words.split_first()?;
        let mention = words.join(" ");
        let entity = self.people.entities.iter().position(|entity| {
            let name = entity.display_name();
            mention.contains(&name)
                || (entity.person
                    && entity
                        .name
                        .last()
                        .is_some_and(|last| words.contains(&last.as_str())))
        });
        let name = capitalised_name(words);
        let referent = match entity {
            _ if name.len() >= 2 => Referent::Name(name),
            Some(entity) => Referent::Entity(entity),
            None if self.lexicon.is_determiner(first) => Referent::Description {
                words: rest.iter().map(|word| normalise(word)).collect(),
                gender: determiner_gender(first),
                definite: is_definite(first),
                name: rest.join(" "),
            },
            None => return None,
        };
        Some(Found {
            referent,
            mention,
            cue: Some(cue.to_string()),
        })
    }

    /// "… il a raconté la nuit de mardi :" closing the paragraph before:
    /// the quotation that opens the next paragraph is what was announced.
    fn colon_introduction(&self, quote: usize) -> Option<Found> {
        let at = self.quote_token[quote];
        if !self.is_turn(quote) || self.spans[quote].dash {
            return None;
        }
        let colon = at.checked_sub(2)?;
        if self.tokens.get(at - 1)?.kind != Kind::Break || self.punct(colon) != Some(":") {
            return None;
        }
        let sentence = self.sentence_of[colon];
        // "la maire a pris la parole :" announces her words without a
        // reporting verb: the announcing sentence's subject speaks.
        // "celui de Laëtitia Garnier, …, a fait pleurer l’assistance :"
        // names its speaker as the last person of the sentence.
        let last_person = || {
            let start = self.sentences[sentence].start;
            let mention = self
                .mentions_before(colon)
                .iter()
                .rev()
                .take_while(|mention| mention.first >= start)
                .find(|mention| self.people.entities[mention.entity].person)?;
            Some(Found {
                referent: Referent::Entity(mention.entity),
                mention: self.span_text(mention.first, mention.end),
                cue: None,
            })
        };
        self.reporting_verb_before(colon, sentence)
            .or_else(last_person)
            .or_else(|| self.sentence_subject(sentence, None))
    }

    // ----- cues elsewhere in the sentence -------------------------------

    /// "Selon X, « … »" (at the sentence start or right before the
    /// quotation) or "« … » … selon X" after it in the same sentence.
    fn selon(&self, at: usize, sentence: usize) -> Option<Found> {
        let range = self.sentences[sentence].clone();
        let next_quote = (at + 1..range.end)
            .find(|&i| matches!(self.tokens[i].kind, Kind::Quote(_)))
            .unwrap_or(range.end);
        let after = (at + 1..next_quote).find_map(|i| self.selon_at(i));
        let before = (range.start..at)
            .filter_map(|i| self.selon_at(i).map(|found| (i, found)))
            .find(|(i, found)| {
                *i == range.start
                    || found.1 == at
                    || (found.1 + 1 == at && self.punct(found.1) == Some(","))
            });
        // "Pour Agnès Roumier, …, l’escalade était prévisible : « … »"
        let opening_pour = || {
            let word = self.lower(range.start)?;
            if !matches!(word, "pour" | "for") {
                return None;
            }
            let (referent, end, mention) = self.phrase_at(range.start + 1)?;
            let named = matches!(referent, Referent::Entity(_));
            (named && self.punct(end) == Some(",")).then(|| Found {
                referent,
                mention,
                cue: Some(self.span_text(range.start, range.start + 1)),
            })
        };
        after
            .or(before.map(|(_, found)| found))
            .map(|(found, _)| found)
            .or_else(opening_pour)
    }

    /// "selon X" starting at `index`: the subject found and where it ends.
    fn selon_at(&self, index: usize) -> Option<(Found, usize)> {
        let cue = SELON.iter().find(|cue| {
            cue.iter().enumerate().all(|(offset, word)| {
                self.lower(index + offset)
                    .is_some_and(|found| found == *word)
            })
        })?;
        let (referent, end, mention) = self.phrase_at(index + cue.len())?;
        let cue = self.span_text(index, index + cue.len());
        Some((
            Found {
                referent,
                mention,
                cue: Some(cue),
            },
            end,
        ))
    }

    /// The nearest reporting verb before the quotation in its sentence, and
    /// who does the reporting.
    fn reporting_verb_before(&self, at: usize, sentence: usize) -> Option<Found> {
        let start = self.sentences[sentence].start;
        let verb = (start..at).rev().find(|&i| {
            self.word(i)
                .is_some_and(|w| self.lexicon.is_reporting_verb(w) && !lexicon::is_auxiliary(w))
                || self
                    .word(i)
                    .and_then(|w| self.lexicon.inversion(w))
                    .is_some_and(|(v, _)| {
                        self.lexicon.is_reporting_verb(v) || lexicon::is_auxiliary(v)
                    })
        })?;
        let cue = self.word(verb).map(str::to_string);
        // The verb is the incise of an earlier quotation: same speaker.
        let mut back = verb;
        while back > start
            && self.word(back - 1).is_some_and(|w| {
                lexicon::is_auxiliary(w) || OBJECT_PRONOUNS.contains(&normalise(w).as_str())
            })
        {
            back -= 1;
        }
        if let Some(word) = self.word(verb)
            && let Some((_, gender)) = self.lexicon.inversion(word)
        {
            return Some(Found {
                referent: Referent::Pronoun(gender),
                mention: word.to_string(),
                cue,
            });
        }
        if back > start
            && back >= 2
            && self.punct(back - 1) == Some(",")
            && let Kind::Quote(earlier) = self.tokens[back - 2].kind
            && let Some(entity) = self.speakers[earlier]
        {
            return Some(Found {
                referent: Referent::Entity(entity),
                mention: self.mentions[earlier].clone().unwrap_or_default(),
                cue,
            });
        }
        let before = back.checked_sub(1)?;
        if self.lower(before).is_some_and(|w| w == "en")
            || self.word(verb).is_some_and(|w| {
                w.ends_with("ant") && self.lexicon.lang == crate::article::Lang::Fr
            })
        {
            return self.sentence_subject(sentence, cue);
        }
        if self
            .lower(before)
            .is_some_and(|w| matches!(w, "qui" | "who" | "that"))
        {
            // "Dr Miriam Osei, an environmental toxicologist at Harwick
            // University, who told": the subject stands before the apposition.
            if let Some(found) = self.subject_before_apposition(before, sentence) {
                return Some(Found { cue, ..found });
            }
            // "la préfecture du Finistère, qui assure": the phrase ends
            // before the comma.
            let end = if before > 0 && self.punct(before - 1) == Some(",") {
                before - 1
            } else {
                before
            };
            return self.phrase_ending_at(end).map(|(referent, mention)| Found {
                referent,
                mention,
                cue,
            });
        }
        if let Some(found) = self.subject_before_apposition(back, sentence) {
            return Some(Found { cue, ..found });
        }
        self.phrase_ending_at(back)
            .map(|(referent, mention)| Found {
                referent,
                mention,
                cue: cue.clone(),
            })
            .or_else(|| self.sentence_subject(sentence, cue))
    }

    /// "Dr Miriam Osei, a toxicologist at Harwick University, said" and "Le
    /// président du jury, l’acteur Bastien Lemarchal, a salué": the subject
    /// stands before the apposition; when it is only a description, the
    /// person the apposition names is meant.
    fn subject_before_apposition(&self, verb: usize, sentence: usize) -> Option<Found> {
        let close = verb.checked_sub(1)?;
        if self.punct(close) != Some(",") {
            return None;
        }
        let start = self.sentences[sentence].start;
        let open = (start..close)
            .rev()
            .take(14)
            .find(|&i| self.punct(i) == Some(","))?;
        if !self.opens_apposition(open + 1) {
            return None;
        }
        let inside = self
            .mentions_before(close)
            .iter()
            .rev()
            .take_while(|m| m.first > open)
            .find(|m| self.people.entities[m.entity].person)
            .copied();
        let (referent, mention) = self.phrase_ending_at(open)?;
        match (&referent, inside) {
            (Referent::Description { .. }, Some(named)) => Some(Found {
                referent: Referent::Entity(named.entity),
                mention: self.span_text(named.first, named.end),
                cue: None,
            }),
            _ => Some(Found {
                referent,
                mention,
                cue: None,
            }),
        }
    }

    /// Does an apposition start at `index` ("an environmental
    /// toxicologist", "l’acteur", "porte-parole du syndicat")?
    fn opens_apposition(&self, index: usize) -> bool {
        self.lower(index).is_some_and(|word| {
            let article = self.lexicon.is_determiner(word)
                && !(self.lexicon.lang == crate::article::Lang::Fr && lexicon::is_auxiliary(word));
            article || self.lexicon.role(word).is_some()
        }) || self.people.mention_at(index).is_some()
            || self.word(index).is_some_and(|word| {
                lexicon::is_honorific_before(word, self.punct(index + 1) == Some("."))
            })
    }

    fn sentence_subject(&self, sentence: usize, cue: Option<String>) -> Option<Found> {
        let entity = self.subjects[sentence]?;
        Some(Found {
            referent: Referent::Entity(entity),
            mention: self.people.entities[entity].display_name(),
            cue,
        })
    }

    /// A noun phrase that ends just before token `end`, read backwards: a
    /// name, a pronoun, or a described person ("le dirigeant nord-coréen").
    fn phrase_ending_at(&self, end: usize) -> Option<(Referent, String)> {
        let last = end.checked_sub(1)?;
        if let Some(mention) = self
            .mentions_before(end)
            .last()
            .filter(|mention| mention.end == end)
            .filter(|mention| {
                !self
                    .lower(mention.first.wrapping_sub(1))
                    .is_some_and(|w| matches!(w, "de" | "du" | "d'" | "des" | "of"))
            })
        {
            return Some((
                Referent::Entity(mention.entity),
                self.span_text(mention.first, mention.end),
            ));
        }
        let word = self.word(last)?;
        if let Some(gender) = self.lexicon.pronoun(word) {
            return (gender != Gender::Plural)
                .then(|| (Referent::Pronoun(gender), word.to_string()));
        }
        let mut start = last;
        let mut words: Vec<String> = Vec::new();
        while let Some(word) = self.lower(start) {
            // "le président du jury": "du" joins two nouns when a noun
            // stands before it.
            let joins = matches!(word, "du" | "des")
                && start > 0
                && self.lower(start - 1).is_some_and(|before| {
                    !self.lexicon.is_determiner(before)
                        && !PREPOSITIONS.contains(&before)
                        && !lexicon::is_auxiliary(before)
                        && !self.lexicon.is_reporting_verb(before)
                });
            if !joins && (self.lexicon.is_determiner(word) || matches!(word, "au" | "aux")) {
                break;
            }
            // "le ministère est critiqué": a verb inside is no noun phrase.
            if PREPOSITIONS.contains(&word) && !matches!(word, "de" | "du" | "d'" | "of")
                || lexicon::is_auxiliary(word)
                || words.len() >= 6
            {
                return None;
            }
            if !matches!(word, "de" | "du" | "d'" | "of") {
                words.push(word.to_string());
            }
            start = start.checked_sub(1)?;
        }
        let determiner = self.word(start)?;
        words.reverse();
        let is_person = words.iter().any(|word| {
            self.lexicon.role(word).is_some()
                || self.lexicon.role(word.trim_end_matches('s')).is_some()
        });
        let is_organisation = self
            .head(&words)
            .is_some_and(|head| is_organisation_word(head));
        ((is_person || is_organisation) && !words.is_empty()).then(|| {
            let name = self.span_text(start + 1, end);
            (
                Referent::Description {
                    words,
                    gender: determiner_gender(determiner),
                    definite: is_definite(determiner),
                    name,
                },
                // "au dirigeant" reads as "dirigeant": the contraction is not his.
                if self.lexicon.is_determiner(determiner) {
                    self.span_text(start, end)
                } else {
                    self.span_text(start + 1, end)
                },
            )
        })
    }

    /// The subject of the sentence a quotation is part of ("X a remercié
    /// les soldats qui « … »").
    fn subject_of_clause(&self, at: usize, sentence: usize) -> Option<Found> {
        if !self.is_embedded(at, sentence) {
            return None;
        }
        self.sentence_subject(sentence, None)
    }

    /// The entity a sentence is about, read from its start up to `limit`:
    /// its first name, pronoun or described person in subject position.
    fn subject_before(&mut self, sentence: usize, limit: usize) -> Option<usize> {
        let range = self.sentences[sentence].clone();
        let end = limit.min(range.start + 40);
        for index in range.start..end {
            if self.tokens[index].kind != Kind::Word {
                continue;
            }
            let after_preposition = self
                .lower(index.wrapping_sub(1))
                .is_some_and(|w| PREPOSITIONS.contains(&w));
            let clause_start = index == range.start
                || matches!(self.punct(index - 1), Some("," | ";" | ":"))
                || self
                    .lower(index - 1)
                    .is_some_and(|w| matches!(w, "et" | "mais" | "and" | "but" | "puis" | "then"));
            if let Some(mention) = self.people.mention_at(index) {
                if after_preposition {
                    continue;
                }
                return Some(mention.entity);
            }
            if !clause_start {
                continue;
            }
            if let Some((referent, _, _)) = self.phrase_at(index) {
                let is_pronoun = matches!(referent, Referent::Pronoun(_));
                let is_role = matches!(&referent, Referent::Description { words, .. }
                    if words.iter().any(|w| self.lexicon.role(w).is_some())
                        || self.head(words).is_some_and(|head| is_organisation_word(head)));
                if is_pronoun || is_role {
                    return self.resolve(&referent, index);
                }
            }
        }
        None
    }

    // ----- resolution -----------------------------------------------------

    fn resolve(&mut self, referent: &Referent, at: usize) -> Option<usize> {
        match referent {
            Referent::Entity(entity) => Some(*entity),
            Referent::Name(words) => Some(self.people.person_named(words)),
            Referent::Pronoun(gender) => self.salient_person(at, *gender),
            Referent::Description {
                words,
                gender,
                definite,
                name,
            } => match self.described(words, *gender, *definite, at)? {
                Described::Known(entity) => Some(entity),
                Described::Organisation => {
                    let name = name.split_whitespace().map(str::to_string).collect();
                    Some(self.people.entity_named(name, false))
                }
            },
        }
    }

    /// The most salient person of `gender` before token `at`: the subject
    /// of the nearest earlier sentence about a person, else the nearest
    /// person named.
    fn salient_person(&self, at: usize, gender: Gender) -> Option<usize> {
        let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
        let agrees = |entity: usize| {
            let entity = &self.people.entities[entity];
            entity.person && entity.gender.agrees(gender)
        };
        let current = self
            .subjects
            .get(sentence)
            .copied()
            .flatten()
            .filter(|&entity| agrees(entity) && self.subject_precedes(sentence, at));
        current
            .or_else(|| {
                (sentence.saturating_sub(SALIENCE_SENTENCES)..sentence)
                    .rev()
                    .find_map(|s| self.subjects[s].filter(|&e| agrees(e)))
            })
            .or_else(|| {
                self.mentions_before(at)
                    .iter()
                    .rev()
                    .take(SALIENCE_MENTIONS)
                    .map(|m| m.entity)
                    .find(|&e| agrees(e))
            })
    }

    /// Was the current sentence's subject stated before token `at`?
    fn subject_precedes(&self, sentence: usize, at: usize) -> bool {
        (self.sentences[sentence].start..at).any(|index| {
            self.people.mention_at(index).is_some()
                || self
                    .word(index)
                    .is_some_and(|w| self.lexicon.pronoun(w).is_some())
        })
    }

    /// The entity a description refers to: the person whose own
    /// descriptions share the most words with it; else, for a person's
    /// role, the most salient person; else an organisation.
    fn described(
        &self,
        words: &[String],
        gender: Gender,
        definite: bool,
        at: usize,
    ) -> Option<Described> {
        let best = self
            .people
            .entities
            .iter()
            .enumerate()
            .filter(|(_, entity)| entity.person && entity.gender.agrees(gender))
            .map(|(index, entity)| (descriptor_overlap(words, &entity.descriptors), index))
            .filter(|(score, _)| *score > 0)
            .max_by_key(|&(score, index)| (score, self.last_mention_before(index, at)));
        if let Some((_, index)) = best {
            return Some(Described::Known(index));
        }
        // The head noun decides: "le maître du Kremlin" is a person, "the
        // port authority" an organisation.
        let head = self.head(words);
        let organisation = head.is_some_and(|head| is_organisation_word(head));
        if !organisation {
            return definite
                .then(|| self.salient_person(at, gender))
                .flatten()
                .map(Described::Known);
        }
        if !definite {
            return None;
        }
        let named = self
            .people
            .entities
            .iter()
            .position(|entity| {
                !entity.person && words.iter().all(|word| entity.name_keys.contains(word))
            })
            .or_else(|| {
                let head = head?;
                self.people
                    .entities
                    .iter()
                    .position(|entity| !entity.person && entity.name_keys.contains(head))
            })
            .or_else(|| {
                let generic = head.is_some_and(|head| self.lexicon.is_generic_organisation(head));
                generic
                    .then(|| self.last_organisation_speaker(at))
                    .flatten()
            });
        Some(named.map_or(Described::Organisation, Described::Known))
    }

    /// The organisation that last spoke before token `at` ("the company
    /// said" after Westerly Sound Ferries was quoted).
    fn last_organisation_speaker(&self, at: usize) -> Option<usize> {
        let is_organisation = |entity: usize| {
            let entity = &self.people.entities[entity];
            !entity.person
                && !entity.place
                && entity.name_keys.iter().any(|w| is_organisation_word(w))
        };
        let spoke = (0..self.spans.len())
            .rev()
            .filter(|&quote| self.quote_token[quote] < at)
            .filter_map(|quote| self.speakers[quote])
            .find(|&entity| is_organisation(entity));
        // Else the organisation named last ("Meridian Foods announced …").
        spoke.or_else(|| {
            self.mentions_before(at)
                .iter()
                .rev()
                .take(SALIENCE_MENTIONS)
                .map(|m| m.entity)
                .find(|&entity| is_organisation(entity))
        })
    }

    /// The head noun of a description: first in French ("ministère de
    /// l'Agriculture"), last in English ("port authority").
    fn head<'w>(&self, words: &'w [String]) -> Option<&'w String> {
        match self.lexicon.lang {
            crate::article::Lang::Fr => words.first(),
            crate::article::Lang::En => words.last(),
        }
    }

    /// How recently `entity` was named before token `at` (0: not lately).
    fn last_mention_before(&self, entity: usize, at: usize) -> usize {
        self.mentions_before(at)
            .iter()
            .rev()
            .take(SALIENCE_MENTIONS)
            .find(|m| m.entity == entity)
            .map_or(0, |m| m.first + 1)
    }

    /// Mentions that start before token `at`, in text order.
    fn mentions_before(&self, at: usize) -> &[people::Mention] {
        let mentions = &self.people.mentions;
        &mentions[..mentions.partition_point(|m| m.first < at)]
    }

    // ----- context ----------------------------------------------------------

    /// No cue: the person the previous sentence of the paragraph was about;
    /// in a dialogue, the other speaker; else the previous speaker.
    fn speaker_in_context(&self, quote: usize, sentence: usize) -> Option<usize> {
        let block = self.spans[quote].block;
        if sentence > 0 && !self.is_embedded(self.quote_token[quote], sentence) {
            let previous = sentence - 1;
            let same_block = self.sentence_block(previous) == Some(block);
            let previous_has_quote = self.sentences[previous]
                .clone()
                .any(|i| matches!(self.tokens[i].kind, Kind::Quote(_)));
            if same_block
                && !previous_has_quote
                && let Some(entity) =
                    self.subjects[previous].filter(|&e| self.people.entities[e].person)
            {
                return Some(entity);
            }
        }
        let previous = quote.checked_sub(1)?;
        let gap = block.saturating_sub(self.spans[previous].block);
        if gap > 2 {
            return None;
        }
        if self.is_turn(quote)
            && let Some(other) = self.other_party(quote)
        {
            return Some(other);
        }
        self.speakers[previous]
    }

    /// In an exchange (turns in consecutive paragraphs), the speaker of the
    /// turn before the previous one, when the last two turns were by two
    /// different people.
    fn other_party(&self, quote: usize) -> Option<usize> {
        let block = self.spans[quote].block;
        let turn_in =
            |block: usize| (0..quote).find(|&q| self.spans[q].block == block && self.is_turn(q));
        let last = turn_in(block.checked_sub(1)?)?;
        let before = turn_in(block.checked_sub(2)?)?;
        let (last, before) = (self.speakers[last]?, self.speakers[before]?);
        (last != before).then_some(before)
    }

    /// A dialogue turn: a dash paragraph, or a quotation that opens its
    /// paragraph.
    fn is_turn(&self, quote: usize) -> bool {
        let span = &self.spans[quote];
        if span.dash {
            return true;
        }
        let at = self.quote_token[quote];
        at == 0 || self.tokens[at - 1].kind == Kind::Break
    }

    fn sentence_block(&self, sentence: usize) -> Option<usize> {
        self.block_of.get(self.sentences[sentence].start).copied()
    }

    fn span_text(&self, first: usize, end: usize) -> String {
        let (Some(start), Some(last)) = (
            self.tokens.get(first),
            end.checked_sub(1).and_then(|i| self.tokens.get(i)),
        ) else {
            return String::new();
        };
        self.text[start.start..last.end.max(start.start)].to_string()
    }

    /// A quotation in a heading with no speaker of its own ("Se revoir
    /// « bientôt »") repeats words the article quotes elsewhere: it takes
    /// the speaker of the quotation that contains them.
    fn echo_headings(&mut self, blocks: &[crate::article::Block]) {
        for quote in 0..self.spans.len() {
            let in_heading = blocks
                .get(self.spans[quote].block)
                .is_some_and(|b| b.kind == crate::article::BlockKind::Heading);
            if !in_heading || self.speakers[quote].is_some() {
                continue;
            }
            let words = normalise(self.inner_text(quote));
            // The echoed words are quoted near their heading, in the same article.
            let window =
                quote.saturating_sub(ECHO_WINDOW)..(quote + ECHO_WINDOW).min(self.spans.len());
            let echo = window
                .filter(|&other| other != quote && self.speakers[other].is_some())
                .find(|&other| {
                    !words.is_empty() && normalise(self.inner_text(other)).contains(&words)
                });
            if let Some(other) = echo {
                self.speakers[quote] = self.speakers[other];
                self.kinds[quote] = QuoteKind::Quote;
                self.mentions[quote] = self.mentions[other].clone();
            }
        }
    }

    /// Dialogue turns in consecutive paragraphs alternate between two
    /// parties: the turns with a cue tell which party speaks at which
    /// parity, and the turns without one take the party of theirs. When
    /// only one party is ever named (an interview), the other is the
    /// publication named before the exchange.
    fn alternate_exchanges(&mut self) {
        for run in self.dialogue_runs() {
            let mut parties: [Option<usize>; 2] = [None, None];
            for (position, &quote) in run.iter().enumerate() {
                if self.cues[quote].is_some() && parties[position % 2].is_none() {
                    parties[position % 2] = self.speakers[quote];
                }
            }
            if parties[0].is_none() && parties[1].is_none() || parties[0] == parties[1] {
                continue;
            }
            let publication = self
                .interviewer_before(run[0])
                .or_else(|| self.publication_before(run[0]));
            for party in &mut parties {
                if party.is_none() {
                    *party = publication;
                }
            }
            for (position, &quote) in run.iter().enumerate() {
                if self.cues[quote].is_none() {
                    self.speakers[quote] = parties[position % 2];
                    self.mentions[quote] = None;
                }
            }
        }
    }

    /// Runs of three or more dash turns in consecutive paragraphs.
    fn dialogue_runs(&self) -> Vec<Vec<usize>> {
        let mut runs: Vec<Vec<usize>> = Vec::new();
        let mut current: Vec<usize> = Vec::new();
        for quote in 0..self.spans.len() {
            let continues = current
                .last()
                .is_some_and(|&last| self.spans[quote].block == self.spans[last].block + 1);
            if !self.spans[quote].dash || !continues && !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            if self.spans[quote].dash {
                current.push(quote);
            }
        }
        runs.push(current);
        runs.retain(|run| run.len() >= 3);
        runs
    }

    /// "Propos recueillis par Sophie Lenoir", "Interview by Dan Whitlow":
    /// a person named after "par" or "by" in the paragraph just before the
    /// exchange.
    fn interviewer_before(&self, quote: usize) -> Option<usize> {
        let at = self.quote_token[quote];
        let paragraph_start = (0..at.saturating_sub(1))
            .rev()
            .find(|&i| self.tokens[i].kind == Kind::Break)
            .map_or(0, |i| i + 1);
        (paragraph_start..at)
            .filter(|&i| self.lower(i).is_some_and(|w| matches!(w, "par" | "by")))
            .filter_map(|i| self.people.mention_at(i + 1))
            .map(|mention| mention.entity)
            .find(|&entity| self.people.entities[entity].person)
    }

    /// The newspaper or broadcaster named last before `quote`: an
    /// organisation, or a title in quotation marks ("« Le Courrier de
    /// Vauclerc »"), whose name holds a press word.
    fn publication_before(&mut self, quote: usize) -> Option<usize> {
        let at = self.quote_token[quote];
        let named = self
            .mentions_before(at)
            .iter()
            .rev()
            .map(|m| m.entity)
            .find(|&entity| {
                let entity = &self.people.entities[entity];
                !entity.person && entity.name_keys.iter().any(|word| is_press_word(word))
            });
        if named.is_some() {
            return named;
        }
        let title = (0..quote).rev().find(|&earlier| {
            self.kinds[earlier] == QuoteKind::Title
                && self
                    .inner_text(earlier)
                    .split_whitespace()
                    .any(|word| is_press_word(&normalise(word)))
        })?;
        let name: Vec<String> = self
            .inner_text(title)
            .split_whitespace()
            .skip_while(|word| self.lexicon.is_determiner(word))
            .map(str::to_string)
            .collect();
        Some(self.people.entity_named(name, false))
    }

    fn into_extraction(self) -> Extraction {
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::default();
        for (quote, speaker) in self.speakers.iter().enumerate() {
            if let Some(entity) = speaker {
                let entry = counts.entry(*entity).or_insert((0, quote));
                entry.0 += 1;
            }
        }
        let mut order: Vec<(usize, (usize, usize))> = counts.into_iter().collect();
        order.sort_by_key(|&(_, (count, first))| (std::cmp::Reverse(count), first));
        let id_of: HashMap<usize, usize> = order
            .iter()
            .enumerate()
            .map(|(id, (entity, _))| (*entity, id))
            .collect();
        let speakers = order
            .iter()
            .map(|&(entity, (count, _))| {
                let entity = &self.people.entities[entity];
                let mut aliases = entity.forms.clone();
                aliases.retain(|alias| *alias != entity.display_name());
                Speaker {
                    name: entity.display_name(),
                    aliases,
                    quotes: count,
                }
            })
            .collect();
        let quotes = self
            .spans
            .iter()
            .enumerate()
            .map(|(index, span)| Quote {
                span: span.range.clone(),
                kind: self.kinds[index],
                speaker: self.speakers[index].and_then(|entity| id_of.get(&entity).copied()),
                mention: self.speakers[index].and(self.mentions[index].clone()),
                cue: self.speakers[index].and(self.cues[index].clone()),
            })
            .collect();
        let mut extraction = Extraction { quotes, speakers };
        add_epithet_aliases(&mut extraction);
        extraction
    }
}

/// The first run of two or more capitalised words, without titles:
/// "son avocat, Me Julien Sarrazin" → Julien Sarrazin.
fn capitalised_name(words: &[&str]) -> Vec<String> {
    let cleaned: Vec<&str> = words
        .iter()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'')
        })
        .collect();
    let is_name_word = |word: &str| {
        word.starts_with(char::is_uppercase)
            && !lexicon::is_honorific(word)
            && !lexicon::is_honorific_before(word, true)
    };
    let Some(start) = cleaned.iter().position(|word| is_name_word(word)) else {
        return Vec::new();
    };
    cleaned[start..]
        .iter()
        .take_while(|word| is_name_word(word))
        .map(|word| word.to_string())
        .collect()
}

static PRESS_WORDS: std::sync::LazyLock<HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("data/press.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

fn is_press_word(word: &str) -> bool {
    PRESS_WORDS.contains(word)
}

/// Title case with no sentence punctuation: “Save Our Piers”, “The Salt
/// Orchard”. Two words at least, so that a one-word quotation is not taken
/// for a title.
fn looks_like_title(quoted: &str) -> bool {
    let inner = quoted.trim_matches(|c: char| {
        !c.is_alphanumeric() && !matches!(c, ',' | '.' | '!' | '?' | ';' | ':' | '…')
    });
    const SMALL: &[&str] = &[
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "de", "du", "des", "la",
        "le", "les", "et", "d'", "l'",
    ];
    // American style puts a comma or full stop inside the marks
    // (“Evening at Carrow Pier,”); a subtitle follows a colon.
    let inner = inner.trim_end_matches([',', '.']);
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|word| word.trim_end_matches(':'))
        .collect();
    (2..=7).contains(&words.len())
        && !inner.contains([',', '.', '!', '?', ';', '…'])
        && words
            .first()
            .is_some_and(|word| word.starts_with(char::is_uppercase))
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase) || SMALL.contains(&normalise(word).as_str())
        })
}

/// Epithets used for a speaker ("le maître du Kremlin") become aliases.
fn add_epithet_aliases(extraction: &mut Extraction) {
    let pairs: Vec<(usize, String)> = extraction
        .quotes
        .iter()
        .filter_map(|quote| Some((quote.speaker?, quote.mention.clone()?)))
        .collect();
    for (speaker, mention) in pairs {
        let speaker = &mut extraction.speakers[speaker];
        let is_pronoun = mention.contains("-t-")
            || mention.contains('-') && mention.ends_with("il")
            || mention.chars().count() <= 4;
        if mention != speaker.name && !is_pronoun && !speaker.aliases.contains(&mention) {
            speaker.aliases.push(mention);
        }
    }
}

fn descriptor_overlap(words: &[String], descriptors: &[Vec<String>]) -> usize {
    descriptors
        .iter()
        .map(|descriptor| {
            words
                .iter()
                .filter(|word| descriptor.contains(word))
                .count()
        })
        .max()
        .unwrap_or(0)
}

fn determiner_gender(word: &str) -> Gender {
    match normalise(word).as_str() {
        "le" | "un" | "son" | "ce" | "cet" | "du" | "au" | "his" => Gender::Masculine,
        "la" | "une" | "sa" | "cette" | "her" => Gender::Feminine,
        _ => Gender::Unknown,
    }
}

fn is_definite(word: &str) -> bool {
    !matches!(normalise(word).as_str(), "un" | "une" | "des" | "a" | "an")
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::article::Article;

    fn speakers_of(text: &str) -> Vec<(String, Option<String>)> {
        let article = Article::from_bytes(text.as_bytes(), "t");
        let extraction = extract(&article);
        extraction
            .quotes
            .iter()
            .map(|quote| {
                (
                    article.text[quote.span.clone()].to_string(),
                    extraction.speaker_name(quote).map(str::to_string),
                )
            })
            .collect()
    }

    fn speaker(text: &str, index: usize) -> Option<String> {
        speakers_of(text)
            .get(index)
            .and_then(|(_, speaker)| speaker.clone())
    }

    #[test]
    fn french_inverted_cues_name_the_speaker() {
        let text = "« Nous avançons », a déclaré Claire Dubois, maire de la ville.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Claire Dubois"));
    }

    #[test]
    fn a_pronoun_goes_to_the_subject_of_the_previous_sentence() {
        let text = "Vladimir Poutine a accompagné Kim Jong Un jusqu’à la voiture. « Venez chez nous », a-t-il lancé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Vladimir Poutine"));
        let text = "Mayor Jane Roe met developer Tom Hale on Monday. “We are close,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn epithets_resolve_through_appositions() {
        let text = "Le président du club, Marc Lenoir, a reçu la maire Claire Dubois.\n« Nous resterons », tranche le président du club.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marc Lenoir"));
    }

    #[test]
    fn english_orders_of_cue() {
        let text = "“It is overdue,” said the mayor, Jane Roe. “We will,” Roe said, “do everything.” Doe said: “No.”";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Jane Roe"));
        assert_eq!(found[1].1.as_deref(), Some("Jane Roe"));
        assert_eq!(found[2].1.as_deref(), Some("Jane Roe"));
        assert_eq!(found[3].1.as_deref(), Some("Doe"));
    }

    #[test]
    fn titles_and_terms_have_no_speaker() {
        let text = "Le roman « Le Grand Large » a été salué par l’association « Terre vivante ».";
        let found = speakers_of(text);
        assert!(
            found.iter().all(|(_, speaker)| speaker.is_none()),
            "{found:?}"
        );
    }

    #[test]
    fn a_short_form_is_the_same_person() {
        let text =
            "« Un », a dit Jean Morel. « Deux », a ajouté M. Morel. « Trois », a conclu Morel.";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let extraction = extract(&article);
        assert_eq!(extraction.speakers.len(), 1, "{:?}", extraction.speakers);
        assert_eq!(extraction.speakers[0].name, "Jean Morel");
        assert_eq!(extraction.speakers[0].quotes, 3);
    }
}
