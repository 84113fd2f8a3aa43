//! From how the text refers to someone (a name, a pronoun, a
//! description) to the entity meant.

use super::descriptions::{DescriptionIndex, SenseFacts, masculine_stem};
use super::*;

/// How many tokens around a description its place's name is sought.
const PLACE_NAME_REACH: usize = 40;

/// What the quotation being attributed tells about whom a cue means.
#[derive(Clone, Copy, Default)]
pub(super) struct Hints<'q> {
    /// The speaker the cue says goes on speaking (« poursuit le lanceur
    /// d'alerte »).
    pub going_on: Option<usize>,
    /// The quotation's capitalised words: no pronoun or description means
    /// someone they name (« Mattia est un gentleman », a-t-il raconté).
    pub quoted_names: &'q [&'q str],
    /// The roles the quotation addresses someone by: « madame la
    /// ministre » is not said by the minister.
    pub addressed: &'q [String],
}

/// How many tokens into a sentence a spokesperson who opens it is sought
/// ("In a statement, a spokeswoman for …").
const SPOKESPERSON_OPENING: usize = 8;

/// How many words a role set before a name in apposition may take ("par
/// la présidente du tribunal, X").
const ROLE_BEFORE_APPOSITION: usize = 5;

/// How many words into a description its head may be (« le collectif »).
const TITLED_DESCRIPTION_REACH: usize = 3;

/// How many words after a description's head the body it belongs to may
/// be named (« la direction générale de la société »).
const BODY_AFTER_HEAD_REACH: usize = 3;

/// Parts of an organisation that speak for it (« la direction de X »,
/// "the management of X").
static ORGANISATION_PARTS: WordSet = WordSet::new(&["direction", "management", "leadership"]);

pub(super) fn is_organisation_part(word: &str) -> bool {
    ORGANISATION_PARTS.contains(word)
}

impl Attributor<'_> {
    pub(super) fn resolve(&mut self, referent: &Referent, at: usize) -> Option<usize> {
        self.resolve_after(referent, at, Hints::default())
    }

    /// [`Self::resolve`], with what the quotation being attributed tells.
    pub(super) fn resolve_after(
        &mut self,
        referent: &Referent,
        at: usize,
        hints: Hints<'_>,
    ) -> Option<usize> {
        let unquoted = |entity: usize| {
            !self.is_named_in(entity, hints.quoted_names)
                && !self.holds_role_among(entity, hints.addressed)
        };
        match referent {
            Referent::Entity(entity) => Some(*entity),
            Referent::Name(words, gender) => Some(self.people.person_named(words, *gender)),
            // "a-t-on entendu", "ont-ils dit": no one person.
            Referent::Pronoun(Gender::Plural) => None,
            // A pronoun may mean someone the text did not name.
            Referent::Pronoun(gender) => self
                .organisation_with_document(at, *gender)
                .or_else(|| self.organisation_by_spokesperson_before(at, *gender))
                .or_else(|| self.salient_person_fitting(at, *gender, unquoted)),
            Referent::Description {
                words,
                gender,
                definite,
                name,
            } => {
                if let Some(body) = self.named_body_of_part(words, *gender, name, at, hints) {
                    return Some(body);
                }
                // « un communiqué du ministère de la Pêche »: a document
                // speaks for the body it is said to be from.
                if let Some(issuer) = self.issuer_named(words, *gender, name, at, hints) {
                    return Some(issuer);
                }
                let described = self.described(words, *gender, *definite, name, at, hints)?;
                self.resolve_described(described, words, name, at)
            }
        }
    }

    /// « la direction générale de la société »: the body whose part a
    /// description names, when a common noun after the part means a body
    /// the text names; the part speaks for it.
    fn named_body_of_part(
        &self,
        words: &[String],
        gender: Gender,
        name: &str,
        at: usize,
        hints: Hints<'_>,
    ) -> Option<usize> {
        // (The part opens the description in both languages: "the
        // management of X" has its head before the complement.)
        if !words
            .first()
            .is_some_and(|first| is_organisation_part(first))
        {
            return None;
        }
        if let Some(body) = self.body_named_after_part(name) {
            return Some(body);
        }
        let (words, name) = self.body_after_head(
            words,
            name,
            |head| ORGANISATION_PARTS.contains(head),
            |w| self.lexicon.is_private_body_noun(w),
        )?;
        let Some(Described::Known(entity)) = self.described(&words, gender, true, &name, at, hints)
        else {
            return None;
        };
        let named = &self.people.entities[entity];
        let capitalised = named.name.iter().any(|w| w.starts_with(char::is_uppercase));
        (!named.person && capitalised).then_some(entity)
    }

    /// "the management of X", « la direction générale de X »: words that
    /// open with a part of a body, then more (the body, or what the part
    /// is of).
    pub(super) fn opens_with_organisation_part(&self, words: &[String]) -> bool {
        words.len() > 1
            && words
                .first()
                .is_some_and(|first| is_organisation_part(first))
    }

    /// « la direction de Tanneries Unies de la Mbolé », "the management
    /// of X": a body the text has named, written out whole after the
    /// part's link.
    fn body_named_after_part(&self, name: &str) -> Option<usize> {
        let (_, after_link) = name.split_once([' ', '\''])?;
        let after_link = after_link.trim_start();
        let body = ["de ", "du ", "des ", "d'", "d’", "of "]
            .iter()
            .find_map(|link| after_link.strip_prefix(link))?;
        // (An acronym is matched with the name it stands for elsewhere.)
        if !body.starts_with(char::is_uppercase) || people::is_acronym(body) {
            return None;
        }
        self.people
            .entities
            .iter()
            .position(|entity| !entity.person && entity.display_name() == body)
    }

    /// « un communiqué du ministère de la Pêche », « le rapport de la
    /// préfecture »: the body a document is said to be from, when the text
    /// names it so, or the body the description names.
    fn issuer_named(
        &mut self,
        words: &[String],
        gender: Gender,
        name: &str,
        at: usize,
        hints: Hints<'_>,
    ) -> Option<usize> {
        let (words, name) = self.body_after_head(
            words,
            name,
            |head| self.lexicon.is_document(head),
            |w| people::is_body_word(self.lexicon, w),
        )?;
        // (Not a body found only by its kind: « le communiqué du groupe
        // socialiste » is no group met before.)
        match self.described(&words, gender, true, &name, at, hints)? {
            Described::Known(entity)
                if self
                    .head(&words)
                    .is_some_and(|head| self.people.entities[entity].name_keys.contains(head)) =>
            {
                Some(entity)
            }
            Described::Organisation => {
                self.resolve_described(Described::Organisation, &words, &name, at)
            }
            _ => None,
        }
    }

    /// The description of a body that a French description names after its
    /// head noun: « l'entreprise » in « la direction de l'entreprise »,
    /// « ministère de la Pêche » in « un communiqué du ministère de la
    /// Pêche »: its words and its name. `is_head` tells the head noun
    /// (« direction », « communiqué »), `is_body` the noun that opens the
    /// body's description.
    fn body_after_head(
        &self,
        words: &[String],
        name: &str,
        is_head: impl Fn(&str) -> bool,
        is_body: impl Fn(&str) -> bool,
    ) -> Option<(Vec<String>, String)> {
        if !self.head(words).is_some_and(|head| is_head(head))
            || self.lexicon.lang != crate::article::Lang::Fr
        {
            return None;
        }
        // (The head may itself be such a noun: « direction ». The body
        // follows the head, maybe after an adjective and an article: not
        // « un communiqué transmis hier à la préfecture ».)
        let body = 1 + words
            .get(1..)?
            .iter()
            .take(BODY_AFTER_HEAD_REACH)
            .position(|w| is_body(w))?;
        let name_words: Vec<&str> = name.split_whitespace().collect();
        let noun = name_words
            .iter()
            .position(|w| lexicon::with_key(w, |key| key.ends_with(words[body].as_str())))?;
        // (A description's name leaves out its article: « l'ONG X » is
        // named « ONG X ».)
        let mut name_words = name_words[noun..].to_vec();
        if let Some((article, noun)) = name_words[0].split_once(['\'', '’'])
            && article.chars().count() <= 2
        {
            name_words[0] = noun;
        }
        Some((words[body..].to_vec(), name_words.join(" ")))
    }

    /// The entity a description resolved to `described` stands for.
    fn resolve_described(
        &mut self,
        described: Described,
        words: &[String],
        name: &str,
        at: usize,
    ) -> Option<usize> {
        match described {
            // "Les dirigeants promettent": many people are no one of them.
            Described::Known(entity) | Described::Salient(entity)
                if self.people.entities[entity].person
                    && self
                        .head(words)
                        .is_some_and(|head| self.lexicon.is_plural_role(head)) =>
            {
                None
            }
            Described::Known(entity) => {
                // "La préfecture maintient …", later "la préfecture de
                // la Dordogne-Nord": the organisation gets its full name.
                // (Not past an acronym in brackets or a verb read into it.)
                // (A person's name is never lengthened, so their words are
                // not listed.)
                if !self.people.entities[entity].person {
                    let fuller: Vec<&str> = name
                        .split_whitespace()
                        .take_while(|word| {
                            !word.starts_with('(')
                                && !lexicon::with_key(word, |key| {
                                    self.lexicon.is_reporting_verb(key)
                                })
                        })
                        .collect();
                    self.people.lengthen_name(entity, &fuller);
                }
                Some(entity)
            }
            // "le prévenu" means whom it meant the first time.
            Described::Salient(entity) => {
                let role = self.head(words)?;
                // (The role is copied only the first time it is met.)
                if let Some(&guessed) = self.guessed_roles.get(role) {
                    return Some(guessed);
                }
                self.guessed_roles.insert(role.clone(), entity);
                Some(entity)
            }
            Described::Unnamed(gender) => Some(self.people.someone_unnamed(gender)),
            Described::Organisation => {
                let fullest = self
                    .titled_before(words, at)
                    .or_else(|| self.self_described_before(words, name, at))
                    .unwrap_or_else(|| name.to_string());
                let name: Vec<&str> = fullest.split_whitespace().collect();
                Some(self.people.entity_named(&name, false))
            }
        }
    }

    /// Does a word of the entity's name, other than a particle, stand among
    /// a quotation's capitalised words? Nobody speaks of themselves by name.
    /// ("Jean-Marc" stands there as "Jean" and "Marc".)
    fn is_named_in(&self, entity: usize, quoted_names: &[&str]) -> bool {
        let quoted = |part: &String| {
            part.split(|c: char| !is_word_char(c))
                .filter(|piece| !piece.is_empty())
                .all(|piece| quoted_names.contains(&piece))
        };
        !quoted_names.is_empty()
            && self.people.entities[entity]
                .name
                .iter()
                .any(|part| !people::is_name_particle(part) && quoted(part))
    }

    /// Does one of the entity's descriptions hold one of `roles`?
    fn holds_role_among(&self, entity: usize, roles: &[String]) -> bool {
        !roles.is_empty()
            && self.people.entities[entity]
                .descriptors
                .iter()
                .flatten()
                .any(|own| roles.iter().any(|role| same_but_gender(own, role)))
    }

    /// « à l'appel du collectif « Naître à Valcourt » … le collectif
    /// qualifie »: the name a title quoted right after the same head noun
    /// gave the body.
    fn titled_before(&self, words: &[String], at: usize) -> Option<String> {
        let head = self.head(words)?;
        // (The description itself may be the one the title follows. Far
        // fewer quotations than words: each is asked for the word before.)
        let from = at.saturating_sub(DESCRIBED_BEFORE_REACH) + 1;
        let to = at + TITLED_DESCRIPTION_REACH + 1;
        self.quotes_between(from..to).rev().find_map(|quote| {
            let token = self.quote_token[quote];
            (self.lower(token - 1) == Some(head.as_str())
                && self.named_thing(quote, token) == Some(QuoteKind::Title))
            .then(|| self.inner_text(quote).to_string())
        })
    }

    /// "Selon la préfecture du Nord, … La préfecture affirme": the fuller
    /// name an organisation was first described by, with the same head
    /// noun, when no quotation has made it an entity yet.
    fn self_described_before(&self, words: &[String], name: &str, at: usize) -> Option<String> {
        if self.lexicon.lang != crate::article::Lang::Fr || words.len() != 1 {
            return None;
        }
        let head = self.head(words)?;
        let length = name.split_whitespace().count();
        (at.saturating_sub(DESCRIBED_BEFORE_REACH)..at)
            .filter(|&i| self.lower(i) == Some(head.as_str()))
            .filter_map(
                |i| match self.phrase_or_contraction_at(i.checked_sub(1)?)? {
                    (Referent::Description { name, .. }, _, _) => Some(name),
                    _ => None,
                },
            )
            .find(|fuller| fuller.split_whitespace().count() > length)
    }

    /// "La préfecture a maintenu l'alerte. Dans un communiqué, elle
    /// appelle …", « …, indique-t-elle dans un communiqué », « La société,
    /// dans un communiqué, « regrette … ». Elle précise … »: a French
    /// pronoun in a sentence citing a document is the organisation that
    /// sentence is about, or else the one the last sentence was about; so
    /// is one right after such a sentence, or opening
    /// the sentence after one that quoted the organisation, when an article
    /// of the pronoun's gender named the organisation there. ("he" and
    /// "she" are people.)
    fn organisation_with_document(&self, at: usize, gender: Gender) -> Option<usize> {
        if self.lexicon.lang != crate::article::Lang::Fr {
            return None;
        }
        let sentence = *self.sentence_of.get(at)?;
        let cites_document = |sentence: usize| {
            self.sentences[sentence]
                .clone()
                .any(|i| self.lower(i).is_some_and(|w| self.lexicon.is_document(w)))
        };
        // « Le groupement a adressé une lettre au préfet, dans laquelle il
        // dénonce … »: the organisation this very sentence is about (not
        // after « Selon lui, la mairie … », whose pronoun comes first).
        if let Some(own) = self.organisation_subject_of(sentence)
            && cites_document(sentence)
            && self.selon_at(self.sentences[sentence].start).is_none()
        {
            return Some(own);
        }
        let previous = self.organisation_subject_before(at)?;
        let cited_before = sentence.checked_sub(1).is_some_and(&cites_document);
        // "… a réagi par un communiqué. Il y affirme que": "y" points back
        // to the document of the sentence before.
        let in_it = || {
            self.sentences[sentence].clone().any(|i| {
                matches!(self.lower(i), Some("il" | "elle")) && self.lower(i + 1) == Some("y")
            })
        };
        // « la société Stationéo a fait savoir qu'elle était « ouverte … ».
        // Elle souligne »: or opening the sentence after one it was quoted
        // in.
        let quoted_before = || {
            matches!(
                self.lower(self.sentences[sentence].start),
                Some("il" | "elle")
            ) && self.speakers[self.quotes_between(self.sentences[sentence - 1].clone())]
                .contains(&Some(previous))
        };
        let cited = cites_document(sentence)
            || ((cited_before || quoted_before())
                && (in_it() || self.named_with_article_of(previous, sentence - 1, gender)));
        cited.then_some(previous)
    }

    /// Is `entity` named in `sentence` after an article of `gender`,
    /// maybe with a noun between (« La société Lukaya », « l'ONG X »)?
    /// "du Palais des sports X" and "le sénateur LR X" are not.
    fn named_with_article_of(&self, entity: usize, sentence: usize, gender: Gender) -> bool {
        let range = self.sentences[sentence].clone();
        let agrees = |i: usize| match self.lower(i) {
            Some("l'") => true,
            Some(word @ ("le" | "la")) => lexicon::determiner_gender(word) == gender,
            _ => false,
        };
        let body_word = |i: usize| {
            self.lower(i)
                .is_some_and(|w| people::is_body_word(self.lexicon, w))
        };
        let mentions = &self.people.mentions;
        let from = mentions.partition_point(|m| m.first < range.start);
        let Some(mention) = mentions[from..]
            .iter()
            .take_while(|m| m.first < range.end)
            .find(|m| m.entity == entity)
        else {
            // « Dans un communiqué, la société précise … »: the sentence's
            // subject, described by a noun after such an article.
            return self.subjects[sentence] == Some(entity)
                && range.clone().any(|i| agrees(i) && body_word(i + 1));
        };
        let before = mention.first.wrapping_sub(1);
        agrees(before) || (body_word(before) && agrees(before.wrapping_sub(1)))
    }

    /// "A spokeswoman for the Regional Transport Authority said … “…,” she
    /// said": the organisation whose spokesperson, of the pronoun's gender,
    /// the sentence before opened with.
    fn organisation_by_spokesperson_before(&self, at: usize, gender: Gender) -> Option<usize> {
        let sentence = *self.sentence_of.get(at)?;
        let previous = sentence.checked_sub(1)?;
        let organisation = self.organisation_subject_before(at)?;
        let start = self.sentences[previous].start;
        let end = self.sentences[previous]
            .end
            .min(start + SPOKESPERSON_OPENING);
        let agrees = |word: &str| match word {
            "spokeswoman" => gender == Gender::Feminine,
            "spokesman" => gender == Gender::Masculine,
            _ => true,
        };
        (start..end)
            .any(|i| {
                self.lower(i)
                    .is_some_and(|w| SPOKESPEOPLE.contains(w) && agrees(w))
            })
            .then_some(organisation)
    }

    /// "The Scottish Government said it welcomed “…”": the organisation
    /// named first in token `at`'s sentence, before `at`.
    pub(super) fn organisation_opening_sentence(&self, at: usize) -> Option<usize> {
        let start = self.sentences[*self.sentence_of.get(at)?].start;
        let mentions = &self.people.mentions;
        let first = mentions.get(mentions.partition_point(|m| m.first < start))?;
        let entity = &self.people.entities[first.entity];
        (first.end <= at && !entity.person && !entity.place).then_some(first.entity)
    }

    /// The organisation the sentence before token `at`'s is about, if it
    /// is about one.
    pub(super) fn organisation_subject_before(&self, at: usize) -> Option<usize> {
        let sentence = *self.sentence_of.get(at)?;
        self.organisation_subject_of(sentence.checked_sub(1)?)
    }

    /// The organisation `sentence` is about, if it is about one.
    fn organisation_subject_of(&self, sentence: usize) -> Option<usize> {
        let subject = self.subjects[sentence]?;
        let entity = &self.people.entities[subject];
        (!entity.person && !entity.place).then_some(subject)
    }

    /// "Waterways Ireland did not respond, but a spokesman said …": the
    /// subject of this sentence or the one before, when its name may be a
    /// body's though nothing marks it as one. Only a spokesperson asks:
    /// people seldom have one.
    fn body_subject_near(&self, at: usize) -> Option<usize> {
        let sentence = *self.sentence_of.get(at)?;
        [Some(sentence), sentence.checked_sub(1)]
            .into_iter()
            .flatten()
            .find_map(|s| self.subjects[s])
            .filter(|&entity| self.may_be_organisation(entity))
    }

    /// "A spokesperson for Birmingham City Council said … “…,” the
    /// spokesperson said": the organisation a recent sentence gave a
    /// spokesperson to.
    fn organisation_spoken_for_before(&self, at: usize) -> Option<usize> {
        let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
        let start = self.sentences[sentence.saturating_sub(UNNAMED_REACH)].start;
        (start..at).rev().find_map(|index| {
            if !self.lower(index).is_some_and(|w| SPOKESPEOPLE.contains(w))
                || !self
                    .lower(index + 1)
                    .is_some_and(|w| matches!(w, "for" | "of" | "at" | "de" | "du" | "des" | "d'"))
            {
                return None;
            }
            let name = self.past_determiner(index + 2);
            let entity = self.people.mention_at(name)?.entity;
            let found = &self.people.entities[entity];
            (!found.person && !found.place).then_some(entity)
        })
    }

    /// Did a recent sentence bring in someone unnamed with `head`, a word
    /// for a person ("A BCCI official", « un habitant »), and no name right
    /// after?
    pub(super) fn introduced_unnamed(&self, head: &str, at: usize) -> bool {
        // "a statement … the statement said" is the issuer's.
        if self.lexicon.role(head).is_none() {
            return false;
        }
        let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
        let start = self.sentences[sentence.saturating_sub(UNNAMED_REACH)].start;
        // (French "a" is a verb: « a insisté le patron ».)
        let indefinite = |word: &str| match self.lexicon.lang {
            crate::article::Lang::Fr => matches!(word, "un" | "une"),
            crate::article::Lang::En => matches!(word, "a" | "an" | "one"),
        };
        (start..at).any(|index| {
            self.lower(index).is_some_and(indefinite)
                && (index + 1..index + 4)
                    .take_while(|&i| self.word(i).is_some())
                    .find(|&i| self.lower(i) == Some(head))
                    .is_some_and(|noun| {
                        let next = noun + 1 + usize::from(self.punct(noun + 1) == Some(","));
                        self.people.mention_at(next).is_none()
                    })
        })
    }

    /// Does the text, in this sentence or the one before, leave someone
    /// unnamed on purpose? "One backbencher, who asked not to be named, was
    /// less confident. “…,” the MP said": an epithet right after is that
    /// person, though the text named an MP before.
    fn left_unnamed_just_before(&self, at: usize) -> bool {
        let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
        (sentence.saturating_sub(1)..=sentence).any(|s| self.sentence_leaves_unnamed(s))
    }

    /// Does the narration of token `at`'s sentence (its quotations aside)
    /// say "I" or « je »?
    fn told_in_first_person(&self, at: usize) -> bool {
        let Some(&sentence) = self.sentence_of.get(at) else {
            return false;
        };
        // ("Me Sophie Garrigues" is a lawyer.)
        let lawyers_title = |index: usize| self.word(index) == Some("Me");
        self.first_person.get(sentence, self.sentences.len(), || {
            self.sentences[sentence].clone().any(|index| {
                self.lower(index)
                    .is_some_and(|w| phrases::FIRST_PERSON.contains(w))
                    && !lawyers_title(index)
            })
        })
    }

    /// The most salient person of `gender` before token `at`: the subject
    /// of the nearest earlier sentence about a person, else the nearest
    /// person named.
    pub(super) fn salient_person(&self, at: usize, gender: Gender) -> Option<usize> {
        self.salient_person_fitting(at, gender, |entity| self.is_named(entity))
    }

    /// Is `word` written as a name ("Orne") near token `around`?
    fn names_place(&self, word: &str, around: usize) -> bool {
        let near = around.saturating_sub(PLACE_NAME_REACH)..around + PLACE_NAME_REACH;
        near.into_iter().any(|i| {
            self.lower(i) == Some(word)
                && self
                    .word(i)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    }

    /// Is `entity` someone the text names (not "a neighbour")?
    pub(super) fn is_named(&self, entity: usize) -> bool {
        !self.people.entities[entity].unnamed
    }

    /// Does `sentence` say its subject did not speak ("Petrie left the
    /// ground without speaking to reporters")? Then a pronoun after it
    /// means someone else.
    fn is_silent(&self, sentence: usize) -> bool {
        self.silent_sentences
            .get(sentence, self.sentences.len(), || {
                let silences = self.lexicon.silences();
                // (The sentence's words are read in order, not looked up by
                // index.)
                self.keys
                    .words_in(self.sentences[sentence].clone())
                    .any(|(index, first)| {
                        silences
                            .opened_by(first)
                            .any(|phrase| self.words_follow(index, phrase))
                    })
            })
    }

    /// Is `entity` a person whom `gender` may stand for?
    fn is_person_of(&self, entity: usize, gender: Gender) -> bool {
        let entity = &self.people.entities[entity];
        entity.person && entity.gender.agrees(gender)
    }

    /// [`Self::salient_person`] among the people that `fits`.
    pub(super) fn salient_person_fitting(
        &self,
        at: usize,
        gender: Gender,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
        let agrees = |index: usize| self.is_person_of(index, gender) && fits(index);
        let current = self
            .subjects
            .get(sentence)
            .copied()
            .flatten()
            .filter(|&entity| agrees(entity));
        // "De l'autre, Claire Dufresne, décidée à démonter une mesure
        // qu'elle juge « … »": a sentence without subject is about the
        // person it names; "Avec Barthe, il …" is not about Barthe.
        let named_before = || {
            let unsaid = self.subjects.get(sentence).copied().flatten().is_none();
            let fits = |mention: &people::Mention| {
                agrees(mention.entity) && !self.beside_the_subject(mention.first)
            };
            unsaid
                .then(|| self.last_mentioned_before(sentence, at, fits))
                .flatten()
        };
        // Sentence by sentence back: its subject, else (when it has none)
        // the last person it names ("on demande à Geneviève Ouellet si …").
        current
            .or_else(named_before)
            .or_else(|| {
                (sentence.saturating_sub(SALIENCE_SENTENCES)..sentence)
                    .rev()
                    .find_map(|s| {
                        let found = match self.subjects[s] {
                            // "La commission a entendu Nadia Ferrand": a
                            // person is sought past an organisation's
                            // sentence.
                            // "She was followed by Tom Renwick. … he said":
                            // when the subject cannot be meant, the one the
                            // sentence names who can.
                            Some(subject) if self.people.entities[subject].person => Some(subject)
                                .filter(|&e| agrees(e))
                                .or_else(|| self.last_named_in(s, gender, &agrees)),
                            _ => self.last_named_in(s, gender, &agrees),
                        };
                        // (Asked only of the sentence that would answer.)
                        found.filter(|_| !self.is_silent(s))
                    })
            })
            .or_else(|| self.named_recently(at, agrees))
    }

    /// Does a word such as "avec" or "par" govern the name opening at
    /// `first`, directly or through a role in apposition ("Invitée par la
    /// présidente, Isabelle Gérard, à s'expliquer, elle …")?
    fn beside_the_subject(&self, first: usize) -> bool {
        let governs = |i: usize| {
            self.lower(i)
                .is_some_and(|w| BESIDE_THE_SUBJECT.contains(w))
        };
        let before = first.wrapping_sub(1);
        // (The role heads the apposition: "par la présidente, X", not "cité
        // par le parquet, X".)
        let role_after = |i: usize| {
            self.lower(i + 1)
                .is_some_and(|w| self.lexicon.is_determiner(w))
                && self
                    .lower(i + 2)
                    .is_some_and(|w| self.lexicon.role(w).is_some())
        };
        governs(before)
            || (self.punct(before) == Some(",")
                && (before.saturating_sub(ROLE_BEFORE_APPOSITION)..before)
                    .rev()
                    .take_while(|&i| self.word(i).is_some())
                    .any(|i| governs(i) && role_after(i)))
    }

    /// The last person `sentence` names that `fits`, unless a pronoun of
    /// `gender` comes before the name: "Critics compared her touch to Bill
    /// Evans. She turned it down." is about someone met earlier.
    fn last_named_in(
        &self,
        sentence: usize,
        gender: Gender,
        fits: &impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let range = self.sentences[sentence].clone();
        let pronoun_before = |at: usize| {
            gender != Gender::Unknown
                && (range.start..at).any(|index| {
                    self.lower(index)
                        .and_then(|word| self.lexicon.person_pronoun(word))
                        == Some(gender)
                        // ("who gave his name as Terrence": that is him.)
                        && !self
                            .lower(index + 1)
                            .is_some_and(|w| w == "first" || people::is_word_for_a_name(w))
                })
        };
        self.mentions_latest_first(range.start, range.end)
            .find(|mention| fits(mention.entity))
            .filter(|mention| !pronoun_before(mention.first))
            .map(|mention| mention.entity)
    }

    /// The entity of the last mention in `sentence` before token `at` that
    /// `fits`.
    fn last_mentioned_before(
        &self,
        sentence: usize,
        at: usize,
        fits: impl Fn(&people::Mention) -> bool,
    ) -> Option<usize> {
        let range = self.sentences[sentence].clone();
        self.mentions_latest_first(range.start, at.min(range.end))
            .find(|mention| fits(mention))
            .map(|mention| mention.entity)
    }

    /// The entity named most recently before token `at` that `fits`, within
    /// the names a reader still has in mind.
    pub(super) fn named_recently(&self, at: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        self.mentions_before(at)
            .iter()
            .rev()
            .take(SALIENCE_MENTIONS)
            .map(|mention| mention.entity)
            .find(|&entity| fits(entity))
    }

    /// The speaker of the last quotation before token `at`, if it has one.
    fn last_speaker_before(&self, at: usize) -> Option<usize> {
        let before = self.quote_token.partition_point(|&token| token < at);
        self.speakers.get(before.checked_sub(1)?).copied().flatten()
    }

    /// The entity a description refers to: the person whose own
    /// descriptions share the most words with it; else, for a person's
    /// role, the most salient person; else an organisation.
    pub(super) fn described(
        &self,
        words: &[String],
        gender: Gender,
        definite: bool,
        name: &str,
        at: usize,
        hints: Hints<'_>,
    ) -> Option<Described> {
        // An epithet refers to someone the text has named by the end of its
        // sentence ("le colonel Bruno Sallès"; not someone met later).
        let sentence_end = self
            .sentence_of
            .get(at)
            .map_or(at, |&sentence| self.sentences[sentence].end);
        // "Lacoste et Mercadier … a plaisanté le premier": one of the last
        // pair named together.
        if let [word] = words
            && let Some(place) = self.lexicon.pair_reference(word)
        {
            // With no pair, the latter is the last person named before this
            // sentence ("Une allégation que rejette Serge Banzouzi. … ce
            // dernier dénonce"), and the former the one named before them
            // ("Olivier Ferrand …, remplacé par … Thibault Saint-Arroman. …
            // a glissé le premier").
            let latest = || {
                let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
                let start = self.sentences[sentence].start;
                let latest =
                    self.named_recently(start, |entity| self.is_person_of(entity, gender))?;
                if place == 2 {
                    return Some(latest);
                }
                self.named_recently(start, |entity| {
                    entity != latest && self.is_person_of(entity, gender)
                })
            };
            return self
                .last_pair_before(at)
                .map(|pair| pair[place - 1])
                .or_else(latest)
                .map(Described::Known);
        }
        // "rétorque la quadragénaire", "said the 34-year-old": the person
        // named with that age.
        // ("le jeune Isérois": whom the rest of the words describe; not
        // « la jeune femme », which says no more than « la jeune ».)
        // (Asked only of words that give an age.)
        let described_otherwise = || {
            words.iter().any(|w| {
                self.lexicon.age_range(w).is_none()
                    && !self.lexicon.is_person_noun(w)
                    && (self.lexicon.is_demonym(w) || self.lexicon.role(w).is_some())
            })
        };
        if let Some((youngest, oldest)) = words
            .iter()
            .find_map(|w| self.lexicon.age_range(w))
            .filter(|_| !described_otherwise())
        {
            let aged = self
                .people
                .entities
                .iter()
                .enumerate()
                .filter(|&(index, _)| self.is_person_of(index, gender))
                .filter(|(_, e)| e.age.is_some_and(|age| (youngest..=oldest).contains(&age)))
                .map(|(index, _)| index)
                .max_by_key(|&index| self.last_mention_before(index, at));
            if let Some(index) = aged {
                return Some(Described::Known(index));
            }
        }
        // "le parquet de Draguignan" is no person described "… de Draguignan".
        let head = self.head(words);
        let names_organisation = head
            .is_some_and(|head| is_organisation_word(head) && self.lexicon.role(head).is_none());
        let person_word = head.is_some_and(|head| self.lexicon.role(head).is_some());
        if definite && person_word && !names_organisation && self.left_unnamed_just_before(at) {
            return Some(Described::Unnamed(gender));
        }
        // (Borrowed: a sense is its word, or the first word of its group.
        // Its facts are looked up only when a definite description, of no
        // organisation, is matched with someone met before.)
        let facts: Vec<SenseFacts> = if definite && !names_organisation {
            // (« la femme » is matched with no one's « sage-femme ».)
            words
                .iter()
                .filter(|word| !self.lexicon.is_person_noun(word))
                .map(|word| {
                    let sense = lexicon::role_sense_of(word);
                    SenseFacts {
                        sense,
                        is_role: self.lexicon.role(sense).is_some(),
                        covers: lexicon::covered_by(sense),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        // "un porte-parole du groupe": someone new, not the group's
        // director met before.
        let best = (definite && !names_organisation)
            .then(|| {
                let fits = |index: usize| {
                    self.is_person_of(index, gender) && !self.is_named_in(index, hints.quoted_names)
                };
                self.best_described(&facts, fits, at, sentence_end)
            })
            .flatten();
        if let Some(index) = best {
            let descriptors = &self.people.entities[index].descriptors;
            let fits = !self.qualifiers_conflict(&facts, descriptors, false);
            // "L'entraîneur montbrunois" after "Didier Ravanel, l'entraîneur
            // de Cressac" and a sentence about Julien Ferrand: the one the
            // text is about, when the only one described so is from
            // elsewhere.
            // "le député de l'Orne" after "le député de la Mayenne X": so is
            // one from another place the text names.
            let placed_elsewhere = || {
                let first_named = self.first_named.get(index).copied().unwrap_or(at);
                facts.iter().any(|fact| self.names_place(fact.sense, at))
                    && descriptors
                        .iter()
                        .flatten()
                        .any(|word| self.names_place(word, first_named))
            };
            // « le nouveau président » after « l'ancien président X »: so
            // is one whose role the text dates the other way.
            let from_elsewhere = !fits
                && (facts.iter().any(|fact| self.lexicon.is_demonym(fact.sense))
                    || placed_elsewhere()
                    || self.dated_otherwise(&facts, descriptors));
            let about = from_elsewhere
                .then(|| self.salient_person(at, gender))
                .flatten()
                .filter(|&person| {
                    person != index
                        && !self.qualifiers_conflict(
                            &facts,
                            &self.people.entities[person].descriptors,
                            false,
                        )
                });
            return Some(Described::Known(about.unwrap_or(index)));
        }
        // The head noun decides: "le maître du Kremlin" is a person, "the
        // port authority" an organisation, "the statement" its issuer.
        // (« l'inspection du travail rappelle » with no issuer before: a
        // word that also names a body is that body when words qualify it,
        // unless another document word heads it, as in "the inspection
        // report". Nor is a body an adjective qualifies, « l'inspection
        // pédagogique de la Lékoni », the last organisation quoted: only a
        // document brought in before may have issued it.)
        if head.is_some_and(|head| self.lexicon.is_document(head)) {
            let names_body = words.len() > 1
                && head.is_some_and(|head| people::is_body_word(self.lexicon, head))
                && words
                    .iter()
                    .filter(|word| self.lexicon.is_document(word))
                    .count()
                    == 1;
            let qualified_body = names_body
                && words
                    .get(1)
                    .is_some_and(|word| self.lexicon.looks_adjectival(word));
            let issuer = self.issuer_before(at).or_else(|| {
                (!qualified_body)
                    .then(|| self.last_organisation_speaker(at))
                    .flatten()
            });
            if issuer.is_some() || !names_body {
                return issuer.map(Described::Known);
            }
        }
        // "a trust spokesperson", "un représentant du parquet": the
        // organisation named with that word speaks; but a definite one
        // whose gender the person just talked about shares is that person
        // ("la représentante de l'État" after « La préfète, Catherine
        // Aubanel, »). Not a spokesperson a recent sentence gave a body to:
        // "A spokeswoman for the water department said …" and later "the
        // spokeswoman said" speak for the department. (A representative
        // may be someone the text is about: the prefect represents the
        // State.)
        let spokesperson_of_body = || {
            !matches!(
                head.map(String::as_str),
                Some("représentant" | "représentante" | "representative")
            ) && self.organisation_spoken_for_before(at).is_some()
        };
        let representing_someone = definite
            && self.salient_person(at, gender).is_some_and(|person| {
                gender != Gender::Unknown && self.people.entities[person].gender == gender
            })
            && !spokesperson_of_body();
        if head.is_some_and(|head| SPOKESPEOPLE.contains(head))
            && !representing_someone
            && let Some(organisation) = self.organisation_named_by(words, at)
        {
            return Some(Described::Known(organisation));
        }
        // « la direction de Norvalis », « la direction générale de la
        // SRFP »: a part of an organisation it names speaks for it. (« la
        // direction régionale de l'Environnement »: a service of the state,
        // named by its domain, is a body of its own.)
        let complement = &words[1..];
        let qualified = || {
            complement
                .first()
                .is_some_and(|w| self.lexicon.looks_adjectival(w))
        };
        if head.is_some_and(|head| ORGANISATION_PARTS.contains(head))
            && !complement
                .iter()
                .any(|w| self.lexicon.is_generic_organisation(w))
            && let Some(organisation) = self.organisation_named_by(complement, at)
            && (!qualified() || self.people.entities[organisation].named_as_body())
        {
            return Some(Described::Known(organisation));
        }
        // "Sa rivale a eu le dernier mot": the one facing the person the
        // text was about.
        if head.is_some_and(|head| self.lexicon.is_counterpart(head)) {
            // Whom the text was about before this sentence, which the
            // counterpart may itself be the subject of.
            let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
            let before = self.sentences[sentence].start.saturating_sub(1);
            let facing = self.salient_person(before, gender);
            return self
                .named_recently(at, |entity| {
                    self.is_person_of(entity, gender) && Some(entity) != facing
                })
                .map(Described::Known);
        }
        // « Le principal intéressé hausse les épaules » after his apprentice
        // spoke of him: the one the last quotation was about, named since,
        // not the one who spoke it.
        if words.iter().any(|word| self.lexicon.is_spoken_about(word))
            && let Some(speaker) = self.last_speaker_before(at)
            && let Some(spoken_of) = self.named_recently(at, |entity| {
                entity != speaker && self.is_person_of(entity, gender) && self.is_named(entity)
            })
        {
            return Some(Described::Known(spoken_of));
        }
        // ("a neighbour", "une entreprise": someone or something new.)
        if !definite {
            return None;
        }
        let organisation = head.is_some_and(|head| people::is_body_word(self.lexicon, head));
        if !organisation {
            // "A BCCI official said … “…,” the official said": the one
            // the text brought in unnamed.
            if head.is_some_and(|head| self.introduced_unnamed(head, at)) {
                return None;
            }
            // "le prévenu" is not the lawyer met just before.
            let trial_role = words
                .iter()
                .find(|word| self.lexicon.is_exclusive_role(word))
                .map(|word| lexicon::role_sense(word.clone()));
            let other_role = |entity: usize| {
                trial_role.as_ref().is_some_and(|sense| {
                    self.holds_other_exclusive_role(
                        sense,
                        &self.people.entities[entity].descriptors,
                    )
                })
            };
            let fits = |entity: usize| {
                !other_role(entity)
                    && self.is_named(entity)
                    && !self.is_named_in(entity, hints.quoted_names)
            };
            if let Some(index) = head.and_then(|head| self.described_next(head, gender, at)) {
                return Some(Described::Known(index));
            }
            // "The driver came back, looked at it, and said to me, “…”":
            // where the narrator says "I", a description no one was given
            // is someone the narrator does not name.
            if self.told_in_first_person(at) {
                return Some(Described::Unnamed(gender));
            }
            return hints
                .going_on
                .filter(|&entity| self.is_person_of(entity, gender) && fits(entity))
                .or_else(|| self.salient_person_fitting(at, gender, fits))
                .map(Described::Salient);
        }
        // "la banque évoque …" after "la banque privée Perrottet & Cie":
        // what the text called by that noun, before what bears it in its
        // name ("Association des employés de banque").
        // "le ministère de la Mer" is not "le ministère des Travaux
        // publics": a capitalised word of the description must stand in
        // the name it means, unless that name has none to differ by ("la
        // préfecture", later "la préfecture de la Gironde").
        let capitalised: Vec<String> = name
            .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’'))
            .skip(1)
            .filter(|word| word.starts_with(char::is_uppercase))
            .map(lexicon::normalise)
            .collect();
        let holds_capitalised = |entity: &people::Entity| {
            capitalised
                .iter()
                .all(|word| entity.name_keys.contains(word))
                || !entity
                    .name
                    .iter()
                    .any(|word| word.starts_with(char::is_uppercase))
        };
        let described_as = |entity: &people::Entity| {
            head.is_some()
                && holds_capitalised(entity)
                && entity
                    .descriptors
                    .iter()
                    .any(|descriptor| self.head(descriptor) == head)
        };
        // An organisation the text names ("l'Institut" became "l'Institut
        // géophysique du Pérou (IGP)": the short one is named no more);
        // of several, the one the sentence before was about ("the Eastland
        // Wood Council said … the council said" after "the Tairawhiti
        // District Council").
        let subject_before = self.organisation_subject_before(at);
        let organisation_named = |fits: &dyn Fn(&people::Entity) -> bool| {
            let named = |index: usize, entity: &people::Entity| {
                !entity.person && self.first_named.get(index) != Some(&usize::MAX) && fits(entity)
            };
            subject_before
                .filter(|&index| named(index, &self.people.entities[index]))
                .or_else(|| {
                    self.people
                        .entities
                        .iter()
                        .enumerate()
                        .position(|(index, entity)| named(index, entity))
                })
        };
        let named = organisation_named(&described_as)
            .or_else(|| {
                organisation_named(&|entity| {
                    words.iter().all(|word| entity.name_keys.contains(word))
                })
            })
            .or_else(|| {
                let head = head?;
                // "the water resources department" is not "the India
                // Meteorological Department": a noun qualifying the head
                // must stand in the name too ("the port authority": maybe
                // in the plural, "South West Ports Authority").
                let english = self.lexicon.lang == crate::article::Lang::En;
                let qualifies = |entity: &people::Entity, word: &str| {
                    let word = lexicon::without_possessive(word);
                    entity.name_keys.iter().any(|key| {
                        let key = lexicon::without_possessive(key);
                        key == word || key.strip_suffix('s') == Some(word)
                    }) || self.lexicon.is_adjective_like(word)
                };
                organisation_named(&|entity| {
                    entity.name_keys.contains(head)
                        && holds_capitalised(entity)
                        && (!english || words.iter().all(|word| qualifies(entity, word)))
                })
            })
            .or_else(|| {
                // "la fédération" alone or with adjectives ("le syndicat
                // majoritaire"); "la Fédération des locataires solidaires"
                // names one.
                // ("the Toronto-based company": with a place made an
                // adjective.)
                let generic = head.is_some_and(|head| {
                    self.lexicon.is_generic_organisation(head)
                        && name.split_whitespace().all(|word| {
                            let key = lexicon::normalise(word);
                            &key == head
                                || self.lexicon.looks_adjectival(&key)
                                || is_place_adjective(word)
                        })
                });
                generic
                    .then(|| {
                        // (An adjective may set the body apart from the one
                        // named most: « le syndicat agricole départemental ».)
                        let bare = !words.iter().any(|word| {
                            Some(word) != head
                                && self.lexicon.looks_adjectival(word)
                                && !self.lexicon.is_reporting_verb(word)
                        });
                        self.last_organisation_speaker_for(words, at)
                            .or_else(|| bare.then(|| self.most_named_organisation(at)).flatten())
                    })
                    .flatten()
            });
        Some(named.map_or(Described::Organisation, Described::Known))
    }

    /// « Selon l'expert, … « … ». L'expert, Jean-François Lemaire, a
    /// nuancé »: a description no one named so far bears may announce the
    /// person the paragraph's next sentence opens on, named in apposition
    /// to the same words.
    fn described_next(&self, head: &str, gender: Gender, at: usize) -> Option<usize> {
        let next = self.sentence_of.get(at)? + 1;
        let opening = self.sentences.get(next)?.start;
        let (determiner, noun, comma) = (opening, opening + 1, opening + 2);
        let announced = self.block_of.get(opening) == self.block_of.get(at)
            && self
                .lower(determiner)
                .is_some_and(|w| self.lexicon.is_determiner(w))
            && self.lower(noun) == Some(head)
            && self.punct(comma) == Some(",");
        let mention = self.people.mention_at(comma + 1).filter(|_| announced)?;
        (self.is_person_of(mention.entity, gender)
            && self.first_named[mention.entity] == mention.first)
            .then_some(mention.entity)
    }

    /// The person named by the end of the description's sentence whose
    /// own descriptions share the most words with it (the senses of `facts`).
    fn best_described(
        &self,
        facts: &[SenseFacts],
        fits: impl Fn(usize) -> bool,
        at: usize,
        sentence_end: usize,
    ) -> Option<usize> {
        // (Only entities sharing a key with the description may score.)
        // The buffer is taken, not borrowed, so a nested call finds it empty
        // rather than in use.
        let mut candidates = self.candidates_buffer.take();
        self.description_index
            .get_or_init(|| DescriptionIndex::new(&self.people.entities))
            .candidates(facts, &mut candidates);
        let best = candidates
            .iter()
            .copied()
            .map(|index| (index, &self.people.entities[index]))
            .filter(|&(index, _)| {
                self.first_named
                    .get(index)
                    .is_some_and(|&first| first < sentence_end)
            })
            .filter(|&(index, _)| fits(index))
            .map(|(index, entity)| {
                let overlap = descriptor_overlap(facts, &entity.descriptors);
                (overlap, index)
            })
            .filter(|(score, _)| *score > 0)
            // "l'entraîneur palois": between two coaches, not the one
            // described as "castrais".
            // ("le technicien gersois" may well be "l'entraîneur de
            // Montauzac": a place's name says nothing against it.)
            .fold(None, |best: Option<Ranked>, (score, index)| {
                let fits = |index: usize| {
                    let descriptors = &self.people.entities[index].descriptors;
                    !self.qualifiers_conflict(facts, descriptors, true)
                };
                Some(
                    Ranked::new(score, index)
                        .over(best, fits, |index| self.last_mention_before(index, at)),
                )
            })
            .map(|ranked| ranked.index);
        self.candidates_buffer.set(candidates);
        best
    }

    /// "Vauclair voit sa marge fondre … le groupe": what is no person nor
    /// place and was named most, at least twice, before token `at`.
    fn most_named_organisation(&self, at: usize) -> Option<usize> {
        let mut counts = vec![0usize; self.people.entities.len()];
        for mention in self.mentions_before(at) {
            let entity = &self.people.entities[mention.entity];
            if !entity.person && !entity.place {
                counts[mention.entity] += 1;
            }
        }
        let (entity, count) = counts
            .iter()
            .enumerate()
            .max_by_key(|&(entity, count)| (*count, std::cmp::Reverse(entity)))?;
        (*count >= 2).then_some(entity)
    }

    /// The organisation whose name holds one of `words` that marks an
    /// organisation ("trust" for "South Fens NHS Trust").
    /// "un porte-parole du groupe": else the organisation a generic word
    /// stands for.
    fn organisation_named_by(&self, words: &[String], at: usize) -> Option<usize> {
        let marks: Vec<&String> = words.iter().filter(|w| is_organisation_word(w)).collect();
        // "la direction de la SCM" after "la Société calédonienne des métaux
        // (SCM)": the body whose name was bracketed with an acronym.
        let bracketed = self.people.entities.iter().position(|entity| {
            !entity.person
                && entity.forms.iter().any(|form| {
                    people::is_acronym(form) && words.iter().any(|w| w.eq_ignore_ascii_case(form))
                })
        });
        // "une porte-parole de la RATP": or an organisation named by one word.
        let named = bracketed.or_else(|| {
            self.people.entities.iter().position(|entity| {
                !entity.person
                    && (marks.iter().any(|mark| entity.name_keys.contains(mark))
                        || matches!(entity.name_keys.as_slice(), [only] if words.contains(only)))
            })
        });
        let generic = || {
            words
                .iter()
                .any(|w| self.lexicon.is_generic_organisation(w))
                .then(|| self.last_organisation_speaker_for(words, at))
                .flatten()
        };
        // "Western Isles Ferries apologised. “…,” a spokeswoman said.": a
        // spokesperson of nothing named speaks for what the text was about.
        let bare = || {
            words
                .iter()
                .all(|w| SPOKESPEOPLE.contains(w))
                .then(|| {
                    // « Du côté du Centre spatial, un porte-parole a
                    // indiqué »: the body the sentence opens with.
                    self.organisation_opening_sentence(at)
                        .or_else(|| self.organisation_subject_before(at))
                        .or_else(|| self.organisation_spoken_for_before(at))
                        .or_else(|| self.body_subject_near(at))
                })
                .flatten()
        };
        named.or_else(generic).or_else(bare)
    }

    /// The last two people named together before token `at` ("Lacoste et
    /// Mercadier", "Hale and Reyes").
    fn last_pair_before(&self, at: usize) -> Option<[usize; 2]> {
        let mentions = self.mentions_before(at);
        mentions
            .windows(2)
            .rev()
            .take(SALIENCE_MENTIONS)
            .find(|pair| {
                let [first, second] = pair else { return false };
                first.end + 1 == second.first
                    && self
                        .lower(first.end)
                        .is_some_and(|w| matches!(w, "et" | "and"))
                    && self.people.entities[first.entity].person
                    && self.people.entities[second.entity].person
            })
            .map(|pair| [pair[0].entity, pair[1].entity])
    }

    /// The organisation that last spoke before token `at` ("the company
    /// said" after Westerly Sound Ferries was quoted).
    /// How many sentences before a quotation's own may tell which
    /// organisation the text is about.
    const ORGANISATION_SUBJECT_SENTENCES: usize = 3;

    pub(super) fn last_organisation_speaker(&self, at: usize) -> Option<usize> {
        self.last_organisation_speaker_fitting(at, |_| true)
    }

    /// [`Self::last_organisation_speaker`] that the description `words`
    /// may stand for: "the company" is no council, a private body's noun
    /// fits no body of the state.
    fn last_organisation_speaker_for(&self, words: &[String], at: usize) -> Option<usize> {
        let private = words.iter().any(|w| self.lexicon.is_private_body_noun(w));
        let kind = self
            .head(words)
            .filter(|head| self.lexicon.is_generic_organisation(head));
        self.last_organisation_speaker_fitting(at, |entity| {
            let keys = &self.people.entities[entity].name_keys;
            (!private || !keys.iter().any(|key| self.lexicon.is_public_body_word(key)))
                && !kind.is_some_and(|kind| self.of_another_kind(entity, kind))
        })
    }

    /// « la compagnie de gendarmerie » is no « syndicat »: a body the text
    /// names by the common noun for its kind is of no other kind. (A
    /// capitalised name, « Compagnie fruitière », may still be « le
    /// groupe ».)
    fn of_another_kind(&self, entity: usize, kind: &str) -> bool {
        let entity = &self.people.entities[entity];
        let Some(head) = self.head(&entity.name) else {
            return false;
        };
        !head.starts_with(char::is_uppercase)
            && self
                .head(&entity.name_keys)
                .is_some_and(|key| key != kind && self.lexicon.is_generic_organisation(key))
    }

    /// [`Self::last_organisation_speaker`] among the entities that `fits`.
    fn last_organisation_speaker_fitting(
        &self,
        at: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        // "Calder Homes said …": what is no person and spoke lately is one.
        let before = self.quote_token.partition_point(|&token| token < at);
        let lately = &self.speakers[before.saturating_sub(ORGANISATION_REACH)..before];
        let spoke = |entity: usize| lately.contains(&Some(entity));
        let judge = |index: usize| {
            let entity = &self.people.entities[index];
            fits(index)
                && !entity.person
                && (spoke(index) || !entity.place)
                && (spoke(index)
                    || entity.named_as_organisation()
                    || matches!(entity.name.as_slice(), [word] if people::is_acronym(word))
                    || entity.descriptors.iter().any(|words| {
                        self.head(words)
                            .is_some_and(|head| people::is_body_word(self.lexicon, head))
                    }))
        };
        // The same few entities come back among the last speakers and
        // mentions: each is judged once.
        let judged = vec![std::cell::Cell::new(None); self.people.entities.len()];
        let is_organisation = |index: usize| match judged.get(index).and_then(|cell| cell.get()) {
            Some(verdict) => verdict,
            None => {
                let verdict = judge(index);
                if let Some(cell) = judged.get(index) {
                    cell.set(Some(verdict));
                }
                verdict
            }
        };
        // "L'association Terre Vivante s'inquiète … « … », prévient
        // l'organisation": the organisation the last sentences were about
        // comes first.
        let sentence = self.sentence_of.get(at).copied().unwrap_or(0);
        let has_words = |s: &usize| self.sentences[*s].clone().any(|i| self.word(i).is_some());
        let subject = (0..=sentence)
            .rev()
            .filter(has_words)
            .take(1 + Self::ORGANISATION_SUBJECT_SENTENCES)
            .find_map(|s| self.subjects.get(s).copied().flatten())
            // "Flag carrier Archipelago Air said … the airline said": a
            // subject that is neither person nor place is an organisation,
            // marked as one or not.
            .filter(|&entity| {
                let found = &self.people.entities[entity];
                fits(entity)
                    && (is_organisation(entity)
                        || self.may_be_organisation(entity)
                        || !(found.person || found.place))
            });
        if subject.is_some() {
            return subject;
        }
        let last_speaker = (0..before)
            .rev()
            .take(ORGANISATION_REACH)
            .filter_map(|quote| self.speakers[quote])
            .find(|&entity| is_organisation(entity));
        // Else the organisation named last ("Meridian Foods announced …").
        last_speaker.or_else(|| self.named_recently(at, is_organisation))
    }

    /// "Aurel Air said in a statement that … “…,” the statement said": the
    /// subject of the last recent sentence that brings in a document ("a
    /// statement", « un communiqué »).
    pub(super) fn issuer_before(&self, at: usize) -> Option<usize> {
        let sentence = self.sentence_of.get(at).copied()?;
        let brings_in_document = |s: &usize| {
            self.sentences[*s].clone().any(|i| {
                self.lower(i).is_some_and(|w| self.lexicon.is_document(w))
                    && self
                        .lower(i.wrapping_sub(1))
                        .is_some_and(|w| INTRODUCING_DETERMINERS.contains(w))
            })
        };
        let introduced = (sentence.saturating_sub(Self::ORGANISATION_SUBJECT_SENTENCES)..sentence)
            .rev()
            .find(brings_in_document)?;
        self.subjects[introduced]
    }

    /// Taken for a person only for want of a sign of an organisation,
    /// though nothing says a person either: no given name, no gender, no
    /// role ("Salares del Sur rejects the account … the company said").
    fn may_be_organisation(&self, entity: usize) -> bool {
        let found = &self.people.entities[entity];
        let described_as_person = || {
            found
                .descriptors
                .iter()
                .flatten()
                .any(|word| self.lexicon.role(word).is_some())
        };
        found.person
            && !found.unnamed
            && found.gender == Gender::Unknown
            && found.name.len() >= 2
            && found
                .name
                .first()
                .is_some_and(|first| people::given_name_gender(first).is_none())
            && !described_as_person()
    }

    /// The head noun of a description: first in French ("ministère de
    /// l'Agriculture"), last in English ("port authority").
    pub(super) fn head<'w>(&self, words: &'w [String]) -> Option<&'w String> {
        match self.lexicon.lang {
            crate::article::Lang::Fr => words.first(),
            crate::article::Lang::En => words.last(),
        }
    }

    /// How recently `entity` was named before token `at` (0: not lately).
    pub(super) fn last_mention_before(&self, entity: usize, at: usize) -> usize {
        self.mentions_before(at)
            .iter()
            .rev()
            .take(SALIENCE_MENTIONS)
            .find(|m| m.entity == entity)
            .map_or(0, |m| m.first + 1)
    }
}

impl Attributor<'_> {
    /// Was someone described with a trial role other than `sense`
    /// ("avocat" when the description says "prévenu")?
    fn holds_other_exclusive_role(&self, sense: &str, descriptors: &[Vec<String>]) -> bool {
        descriptors.iter().flatten().any(|word| {
            self.lexicon.is_exclusive_role(word) && lexicon::role_sense(word.clone()) != sense
        })
    }

    /// Does a description date its role one way ("nouveau") and every
    /// one of a person's descriptions with that role the other
    /// ("ancien")?
    fn dated_otherwise(&self, words: &[SenseFacts], descriptors: &[Vec<String>]) -> bool {
        let Some(past) = words
            .iter()
            .find_map(|word| self.lexicon.dates_role_as_past(word.sense))
        else {
            return false;
        };
        let mut same_role = self.with_role_among(words, descriptors).peekable();
        same_role.peek().is_some()
            && same_role.all(|descriptor| {
                descriptor
                    .iter()
                    .any(|word| self.lexicon.dates_role_as_past(word) == Some(!past))
            })
    }

    /// The descriptions among `descriptors` that hold a role among
    /// `words`.
    fn with_role_among<'d>(
        &'d self,
        words: &'d [SenseFacts],
        descriptors: &'d [Vec<String>],
    ) -> impl Iterator<Item = &'d Vec<String>> + 'd {
        descriptors.iter().filter(move |descriptor| {
            words
                .iter()
                .any(|word| word.is_role && descriptor.iter().any(|own| own == word.sense))
        })
    }

    /// Do a description's qualifiers ("palois") and those of every one of
    /// a person's descriptions with the same role ("castrais") differ?
    /// With `comparable`, only descriptions whose qualifiers say where or
    /// what kind ("castrais", "national") count, not a place's name.
    fn qualifiers_conflict(
        &self,
        words: &[SenseFacts],
        descriptors: &[Vec<String>],
        comparable: bool,
    ) -> bool {
        let is_role = |word: &str| self.lexicon.role(word).is_some();
        let holds = |descriptor: &[String], word: &str| descriptor.iter().any(|own| own == word);
        // (A description's own words know whether they are roles.)
        let mut own = words
            .iter()
            .filter(|w| !w.is_role)
            .map(|w| w.sense)
            .peekable();
        if own.peek().is_none() {
            return false;
        }
        let mut same_role = self.with_role_among(words, descriptors).peekable();
        same_role.peek().is_some()
            && same_role.all(|descriptor| {
                let mut theirs = descriptor.iter().filter(|w| !is_role(w)).peekable();
                let of_a_kind = || {
                    descriptor
                        .iter()
                        .filter(|w| !is_role(w))
                        .any(|w| self.lexicon.is_adjective_like(w))
                };
                theirs.peek().is_some()
                    && !own.clone().any(|w| holds(descriptor, w))
                    && (!comparable || of_a_kind())
            })
    }
}

/// Determiners that bring a document in ("a statement", "its statement",
/// « un communiqué »), as against one already spoken of.
static INTRODUCING_DETERMINERS: WordSet = WordSet::new(&[
    "a", "an", "its", "his", "her", "their", "un", "une", "son", "sa", "leur",
]);

/// How many of a description's `words` (their senses, whether each is a
/// role, and the roles each covers) the best of an entity's descriptors
/// holds. A word that is a role is also held as part of a compound: "le
/// gynécologue" by "gynécologue-obstétricien", but "la jeune femme" not by
/// "sage-femme". (A word held shares a key of
/// `descriptions::DescriptionIndex` with the word holding it: a new way of
/// holding needs a key there too.)
fn descriptor_overlap(senses: &[SenseFacts], descriptors: &[Vec<String>]) -> usize {
    descriptors
        .iter()
        .map(|descriptor| {
            let holds = |facts: &&SenseFacts| {
                let SenseFacts {
                    sense: word,
                    is_role: role,
                    covers,
                } = **facts;
                descriptor.iter().any(|own| {
                    same_but_gender(own, word)
                        || (role
                            && lexicon::may_hold_hyphen(own.as_bytes())
                            && own.bytes().any(|byte| byte == b'-')
                            && own.split('-').any(|part| part == word))
                        || covers.is_some_and(|specifics| specifics.contains(own))
                }) || (role && spelt_by_initials(word, descriptor))
            };
            senses.iter().filter(holds).count()
        })
        .max()
        .unwrap_or(0)
}

/// "ceo" and "chief executive officer", "pdg" and "président-directeur
/// général": a role's acronym, spelt by the initials of a description.
fn spelt_by_initials(acronym: &str, descriptor: &[String]) -> bool {
    if !(2..=4).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // The last initials read, as many as the acronym has letters: asked of
    // every description of every candidate, it builds no string.
    let wanted = acronym.as_bytes();
    let mut window = [0u8; 4];
    let mut read = 0;
    descriptor
        .iter()
        .flat_map(|word| word.split('-'))
        .filter_map(|part| part.bytes().next())
        .any(|initial| {
            window.copy_within(1.., 0);
            window[3] = initial;
            read += 1;
            read >= wanted.len() && window[4 - wanted.len()..] == *wanted
        })
}

/// A person as [`Attributor::best_described`] ranks them: by score, then
/// by whether their descriptions fit, then by when they were last named;
/// the last of equals wins, as with `max_by_key`. The later keys are read
/// only to part equal scores: most candidates are told apart by score.
struct Ranked {
    score: usize,
    index: usize,
    fits: Option<bool>,
    last_named: Option<usize>,
}

impl Ranked {
    fn new(score: usize, index: usize) -> Ranked {
        Ranked {
            score,
            index,
            fits: None,
            last_named: None,
        }
    }

    /// The better of `self`, met later, and `best`.
    fn over(
        mut self,
        best: Option<Ranked>,
        fits: impl Fn(usize) -> bool,
        last_named: impl Fn(usize) -> usize,
    ) -> Ranked {
        let Some(mut best) = best else {
            return self;
        };
        if self.score != best.score {
            return if self.score > best.score { self } else { best };
        }
        let (own, theirs) = (
            *self.fits.get_or_insert_with(|| fits(self.index)),
            *best.fits.get_or_insert_with(|| fits(best.index)),
        );
        if own != theirs {
            return if own { self } else { best };
        }
        let (own, theirs) = (
            *self
                .last_named
                .get_or_insert_with(|| last_named(self.index)),
            *best
                .last_named
                .get_or_insert_with(|| last_named(best.index)),
        );
        if own >= theirs { self } else { best }
    }
}

/// "française" and "français", "soldanienne" and "soldanien": one word but
/// for a French feminine ending.
#[inline]
fn same_but_gender(own: &str, word: &str) -> bool {
    // Most words compared differ from the first letter, and are told
    // apart there, where they are compared (this is asked of every word
    // of every description of every candidate).
    own.as_bytes().first() == word.as_bytes().first() && same_but_ending(own, word)
}

#[inline(never)]
fn same_but_ending(own: &str, word: &str) -> bool {
    own == word || (own.len() > 4 && masculine_stem(own) == masculine_stem(word))
}

/// "Toronto-based", "Perth-headquartered": a capitalised place joined to
/// a lowercase participle.
fn is_place_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        tail.len() > 3 && tail.ends_with("ed") && tail.starts_with(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use super::descriptions::{DescriptionIndex, SenseFacts};
    use super::{descriptor_overlap, lexicon, spelt_by_initials};
    use crate::quotes::people::Entity;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_roles_acronym_is_spelt_by_consecutive_initials() {
        assert!(spelt_by_initials("ceo", &words("chief executive officer")));
        assert!(spelt_by_initials(
            "pdg",
            &words("président-directeur général")
        ));
        assert!(spelt_by_initials(
            "cfo",
            &words("group chief financial officer")
        ));
        assert!(!spelt_by_initials("ceo", &words("chief operating officer")));
        assert!(!spelt_by_initials("ceo", &words("executive officer")));
        // Only a short lowercase acronym counts.
        assert!(!spelt_by_initials("c", &words("chief")));
        assert!(!spelt_by_initials("CEO", &words("chief executive officer")));
    }

    #[test]
    fn every_entity_a_description_holds_a_word_of_is_a_candidate() {
        let vocabulary = [
            "président",
            "présidente",
            "président-directeur",
            "directeur",
            "général",
            "pdg",
            "ceo",
            "chief",
            "executive",
            "officer",
            "française",
            "français",
            "soldanienne",
            "soldanien",
            "juge",
            "procureur",
            "magistrat",
            "sage-femme",
            "femme",
            "gynécologue-obstétricien",
            "gynécologue",
            "élu",
            "élue",
        ];
        // Each entity described by a run of one to three words.
        let entities: Vec<Entity> = (0..vocabulary.len())
            .flat_map(|start| (1..=3).map(move |len| (start, len)))
            .map(|(start, len)| Entity {
                name: Vec::new(),
                forms: Vec::new(),
                person: true,
                gender: lexicon::Gender::Unknown,
                descriptors: vec![
                    vocabulary
                        .iter()
                        .cycle()
                        .skip(start)
                        .take(len)
                        .map(|word| lexicon::role_sense(word.to_string()))
                        .collect(),
                ],
                name_keys: Vec::new(),
                place: false,
                age: None,
                unnamed: false,
            })
            .collect();
        let index = DescriptionIndex::new(&entities);
        let mut candidates = Vec::new();
        for first in vocabulary {
            for second in vocabulary {
                let words = words(&format!("{first} {second}"));
                let senses: Vec<&str> = words
                    .iter()
                    .map(|word| lexicon::role_sense_of(word))
                    .collect();
                let facts: Vec<SenseFacts> = senses
                    .iter()
                    .map(|&sense| SenseFacts {
                        sense,
                        is_role: true,
                        covers: lexicon::covered_by(sense),
                    })
                    .collect();
                index.candidates(&facts, &mut candidates);
                for (entity, found) in entities.iter().enumerate() {
                    let overlap = descriptor_overlap(&facts, &found.descriptors);
                    assert!(
                        overlap == 0 || candidates.binary_search(&entity).is_ok(),
                        "{senses:?} {:?}",
                        found.descriptors
                    );
                }
            }
        }
    }
}
