//! Titles and terms: quoted names of works and organisations, and
//! so-called words, which nobody is quoted as saying.

use super::*;

/// Longer quotations are never titles.
const TITLE_MAX_BYTES: usize = 160;

/// A title has at most seven words.
const TITLE_MAX_WORDS: usize = 7;

/// A title that capitalises its words may run longer: "Salt and Sail:
/// Fishing Families of the Northern Coast" has a subtitle.
const TITLE_CASE_MAX_WORDS: usize = 12;

/// The longest quotation after a naming verb that is taken for a name.
const NAME_MAX_WORDS: usize = 3;

/// The longest quotation an apposition after it can gloss as a term.
const GLOSSED_MAX_WORDS: usize = 3;

/// How far before a title in apposition its work's word may stand: "un
/// essai sur son métier, « … »".
const TITLE_CUE_REACH: usize = 5;

/// The most words before a quotation read for a phrase giving a name
/// (« sous l'appellation de »), naming adverbs left out.
const NAME_PHRASE_WORDS: usize = 4;

/// The most lowercase words between the word for a work and its title
/// (« la coopérative des fumeuses de poisson « … » »).
const TITLE_COMPLEMENT_WORDS: usize = 4;

impl Attributor<'_> {
    /// Titles and terms: « le roman “…” », "the so-called “…”", and
    /// title-case names such as “Save Our Piers”.
    pub(super) fn named_thing(&self, quote: usize, at: usize) -> Option<QuoteKind> {
        let mut before = at.checked_sub(1)?;
        if self
            .lower(before)
            .is_some_and(|word| self.lexicon.is_determiner(word))
        {
            before = before.checked_sub(1)?;
        }
        let inner = self.inner_text(quote);
        let whole = &self.text[self.spans[quote].range.clone()];
        // Jack "Bumble" Henshaw: a nickname inside a name.
        let capitalised = |index: usize| {
            self.word(index)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        if capitalised(at.wrapping_sub(1))
            && capitalised(at + 1)
            && self.people.mention_at(at + 1).is_none()
            && inner.split_whitespace().nth(2).is_none()
            && self.sentence_of.get(at.wrapping_sub(1)) == self.sentence_of.get(at)
        {
            return Some(QuoteKind::Term);
        }
        if looks_like_title(whole) && self.cue_after(at).is_none() {
            // "the Pit Ponies", « le Mur »: a nickname, not a work's title.
            let nickname = inner.starts_with(char::is_lowercase);
            return Some(if nickname {
                QuoteKind::Term
            } else {
                QuoteKind::Title
            });
        }
        let mut inner_words = inner.split_whitespace();
        let first_word = inner_words.next().unwrap_or_default();
        let capitalised = |word: &str| word.starts_with(char::is_uppercase);
        // "un livre inclassable, « la Nuit qui bourdonne »,": a title in
        // apposition to the word for the work.
        let title_like = capitalised(first_word)
            || (self.lexicon.is_determiner(first_word)
                && inner_words.next().is_some_and(capitalised));
        if title_like
            && self.punct(before) == Some(",")
            && (before.saturating_sub(TITLE_CUE_REACH)..before)
                .filter_map(|i| self.lower(i))
                .any(|w| self.lexicon.is_title_cue(w))
            && self.has_at_most_words(quote, TITLE_MAX_WORDS)
        {
            return Some(QuoteKind::Title);
        }
        if self.glossed_after(quote, at) {
            return Some(QuoteKind::Term);
        }
        if self.goes_by_name(at) {
            return Some(if title_like {
                QuoteKind::Title
            } else {
                QuoteKind::Term
            });
        }
        // « appelé localement « warrantage » »: the name the participle gives.
        if self
            .lower(before)
            .is_some_and(|word| self.lexicon.is_naming_adverb(word))
        {
            before = before.checked_sub(1)?;
        }
        if let Some(kind) = self
            .lower(before)
            .and_then(|cue| self.kind_after_word(quote, before, cue, first_word, title_like))
        {
            return Some(kind);
        }
        if title_like
            && self.after_complemented_title_cue(before)
            && self.has_at_most_words(quote, TITLE_MAX_WORDS)
            && self.cue_after(at).is_none()
        {
            return Some(QuoteKind::Title);
        }
        // "« Le Phare aveugle », son quatrième roman", "« … », roman paru
        // en 2019": an apposition names what the title is; "« … », estime
        // l'association" is a cue.
        if title_like && self.punct(at + 1) == Some(",") {
            let after = at + 2;
            let mut described = if self
                .lower(after)
                .is_some_and(|w| self.lexicon.is_determiner(w))
            {
                after + 1..after + 4
            } else {
                after..after + 1
            };
            if described.any(|i| self.lower(i).is_some_and(|w| self.lexicon.is_title_cue(w)))
                && self.has_at_most_words(quote, TITLE_MAX_WORDS)
            {
                return Some(QuoteKind::Title);
            }
        }
        // "dont le thème sera « Les îles »": a short name opening with its
        // capitalised article, inside a sentence, with no cue after it.
        let opens_with_article = capitalised(first_word) && self.lexicon.is_determiner(first_word);
        if opens_with_article
            && inner.split_whitespace().nth(4).is_none()
            && !whole.contains([',', '.', '!', '?', ';', ':'])
            && self.is_embedded(at, self.sentence_of[at])
            && self.cue_after(at).is_none()
        {
            return Some(QuoteKind::Title);
        }
        // "le monohybride « Korrigan » a coupé la ligne": one capitalised
        // word inside a sentence, with no cue after it, names something.
        if inner.split_whitespace().nth(1).is_none()
            && inner.starts_with(char::is_uppercase)
            && !whole.contains([',', '.', '!', '?', ';', ':', '…'])
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

    /// « l'émission de santé « Médecin de brousse » », « le programme
    /// municipal « … » », « la coopérative des fumeuses de poisson « … » »:
    /// the word for the work may take a complement or an adjective, a few
    /// lowercase words ending at `before`, ahead of its title.
    fn after_complemented_title_cue(&self, before: usize) -> bool {
        let lowercase = |index: usize| {
            self.word(index)
                .is_some_and(|word| word.starts_with(char::is_lowercase))
        };
        let opens_complement = |first: usize| {
            self.lower(first).is_some_and(|word| {
                people::is_complement_link(word) || self.lexicon.looks_adjectival(word)
            }) && first
                .checked_sub(1)
                .and_then(|cue| self.lower(cue))
                .is_some_and(|cue| self.lexicon.is_title_cue(cue))
        };
        (0..TITLE_COMPLEMENT_WORDS)
            .map_while(|back| before.checked_sub(back).filter(|&index| lowercase(index)))
            .any(opens_complement)
    }

    /// "a practice known locally as “side-selling”", « resté dans les
    /// mémoires sous le nom de « … » »: do the words right before the
    /// quotation at token `at` give the name something goes by?
    fn goes_by_name(&self, at: usize) -> bool {
        // (Asked of every quotation: the word right before it, which few
        // phrases end with, is read first, and the rest into an array.)
        let phrases = self.lexicon.name_phrases();
        if !at
            .checked_sub(1)
            .and_then(|last| self.lower(last))
            .is_some_and(|last| phrases.closes(last))
        {
            return false;
        }
        let mut before = [""; NAME_PHRASE_WORDS];
        let words = (0..at)
            .rev()
            .map_while(|index| self.lower(index))
            .filter(|word| !self.lexicon.is_naming_adverb(word))
            .take(NAME_PHRASE_WORDS);
        let mut first = NAME_PHRASE_WORDS;
        for word in words {
            first -= 1;
            before[first] = word;
        }
        phrases.ends(&before[first..])
    }

    /// « les « pisteurs », ces collecteurs qui sillonnent les villages »:
    /// a short quotation that an apposition right after it explains is a
    /// term, not anyone's words. (« …, ce que la préfecture conteste »
    /// comments on the whole sentence instead.)
    fn glossed_after(&self, quote: usize, at: usize) -> bool {
        let inner = self.inner_text(quote);
        self.punct(at + 1) == Some(",")
            && self
                .lower(at + 2)
                .is_some_and(|w| self.lexicon.is_glossing_word(w))
            && self
                .lower(at + 3)
                .is_some_and(|w| !people::is_relative_pronoun(w))
            && !inner.contains([',', '.', '!', '?', ';', ':'])
            && self.has_at_most_words(quote, GLOSSED_MAX_WORDS)
    }

    /// What the word just before a quotation says it is: a title after
    /// the word for a work, a term after a naming verb.
    /// "« Les Heures claires », de Mathilde Rouvière, éditions du Névé":
    /// a title met before is the same title again, unless a cue gives it
    /// a speaker.
    pub(super) fn title_again(&self, quote: usize, at: usize) -> Option<QuoteKind> {
        (self.titles.contains(self.inner_text(quote)) && self.cue_after(at).is_none())
            .then_some(QuoteKind::Title)
    }

    fn kind_after_word(
        &self,
        quote: usize,
        before: usize,
        cue: &str,
        first_word: &str,
        title_like: bool,
    ) -> Option<QuoteKind> {
        let capitalised = |word: &str| word.starts_with(char::is_uppercase);
        // A title starts with a capital: "called the novel “fierce, funny
        // …”" says what it is; but what a text names in lowercase
        // (« surnommé la « coalition du grand écart » ») is a term.
        if self.lexicon.is_title_cue(cue) {
            if title_like {
                return Some(QuoteKind::Title);
            }
            // ("a appelé « toutes les parties au calme »": right before
            // the quotation and after an auxiliary, the participle calls
            // for something; "a surnommé la « … »" names.)
            // (« a appelé également « … » »: an adverb may stand between.)
            let adverb = self
                .lower(before + 1)
                .is_some_and(|word| self.lexicon.is_naming_adverb(word));
            let calls_for = self.word(before + 1 + usize::from(adverb)).is_none()
                && before
                    .checked_sub(1)
                    .and_then(|previous| self.lower(previous))
                    .is_some_and(|w| self.lexicon.is_auxiliary(w));
            if (looks_past_participle(cue) || cue.ends_with("ed")) && !calls_for {
                return Some(QuoteKind::Term);
            }
        }
        // "le pilier dit « le Mur »" names; "il s'est dit « soulagé »" and
        // "elle a dit « non »" report.
        // "une ville qu'il dit « abandonnée par ses élus »": after its
        // subject, and not before a name (which opens with a capital or an
        // article), the verb reports; "le projet dit « cœur de ville »"
        // names.
        let name_like = capitalised(first_word) || self.lexicon.is_determiner(first_word);
        // ("un plan qui ne dit « pas un mot »": « ne » and « qui » stand
        // before verbs only.)
        let after_subject = before.checked_sub(1).is_some_and(|previous| {
            self.punct(previous).is_some()
                || self.lower(previous).is_some_and(|w| {
                    self.lexicon.pronoun(w).is_some() || matches!(w, "ne" | "n'" | "qui")
                })
                || self.people.mention_ending_at(before).is_some()
        });
        let reported = (!name_like && after_subject && self.lexicon.is_reporting_verb(cue))
            || before
                .checked_sub(1)
                .and_then(|previous| self.lower(previous))
                .is_some_and(|w| self.lexicon.is_auxiliary(w));
        if self.lexicon.is_term_cue(cue) && !reported {
            return Some(QuoteKind::Term);
        }
        // (« ce qu'il appelle une « logique du chiffre » »: what someone
        // calls a thing is left to the caller, a person's words or, from
        // many, a term.)
        if self.lexicon.is_naming_verb(cue)
            && !self.calls_at(before)
            && self.has_at_most_words(quote, NAME_MAX_WORDS)
        {
            return Some(QuoteKind::Term);
        }
        None
    }
}

/// Title case with no sentence punctuation: “Save Our Piers”, “The Salt
/// Orchard”, “One Village, One Well”. Two words at least, so that a
/// one-word quotation is not taken for a title.
pub(super) fn looks_like_title(quoted: &str) -> bool {
    // A title never takes this many bytes: most quotations are
    // turned away before any of the reading below.
    if quoted.len() > TITLE_MAX_BYTES {
        return false;
    }
    let inner = quoted.trim_matches(|c: char| {
        !is_word_char(c) && !matches!(c, ',' | '.' | '!' | '?' | ';' | ':' | '…')
    });
    // American style puts a comma or full stop inside the marks
    // (“Evening at Carrow Pier,”); a subtitle follows a colon.
    let inner = inner.trim_end_matches([',', '.']);
    // Most quotations hold sentence punctuation, found by their bytes
    // (the ASCII marks are never part of another character), or a word in
    // lower case soon after the first; only a title is then counted.
    let punctuated = inner
        .bytes()
        .any(|byte| matches!(byte, b'.' | b'!' | b'?' | b';'))
        || inner.contains('…');
    !punctuated
        && is_title_case(inner)
        && commas_join_names(inner)
        && (2..=TITLE_CASE_MAX_WORDS).contains(
            &inner
                .split_whitespace()
                .take(TITLE_CASE_MAX_WORDS + 1)
                .count(),
        )
}

/// Does every word open with a capital, but short function words and
/// numbers ("Horizon 2028")?
fn is_title_case(inner: &str) -> bool {
    const SMALL: &[&str] = &[
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "de", "du", "des", "la",
        "le", "les", "et", "d'", "l'",
    ];
    let mut words = inner
        .split_whitespace()
        .map(|word| word.trim_end_matches([':', ',']))
        .peekable();
    // "the Pit Ponies", « le Chamois »: a nickname may open with its
    // article in lower case.
    if words.peek().is_some_and(|word| {
        lexicon::with_key(word, |key| {
            matches!(key, "the" | "le" | "la" | "les" | "l'")
        })
    }) {
        words.next();
    }
    words
        .next()
        .is_some_and(|word| word.starts_with(char::is_uppercase))
        && words.all(|word| {
            word.starts_with(char::is_uppercase)
                || word.chars().all(|c| c.is_ascii_digit())
                || lexicon::with_key(word, |key| SMALL.contains(&key))
        })
}

/// “One Village, One Well”, “Tides and Nets: Harbour Life, 1880-1920”: a
/// comma inside a title joins names of two words or more, or a date; “Yes,
/// Sir” is somebody's answer.
fn commas_join_names(inner: &str) -> bool {
    !inner.contains(',')
        || inner.split(',').all(|part| {
            part.split_whitespace().nth(1).is_some()
                || part
                    .trim()
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
        })
}
