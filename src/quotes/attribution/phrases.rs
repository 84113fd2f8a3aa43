//! Noun phrases that name a speaker, read forwards after a verb or
//! backwards before one: names, pronouns, descriptions and appositions.

use super::*;
use std::borrow::Cow;

/// The most words a description is read for.
const PHRASE_MAX_WORDS: usize = 6;
/// The words a part of an organisation is written in: "state chapter",
/// « antenne provinciale ».
const BRANCH_PHRASE_WORDS: usize = 3;

/// English endings of nouns for someone who does something: "maker",
/// "vendor", "florist", "merchant", "student", "librarian".
const TRADE_ENDINGS: [&str; 6] = ["er", "or", "ist", "ant", "ent", "ian"];

/// Nouns for the way words are said, after « d'un » / « d'une »: « d'une
/// voix blanche », « d'un ton sec ».
static MANNER_NOUNS: WordSet = WordSet::new(&[
    "voix", "ton", "air", "geste", "souffle", "sourire", "trait", "murmure", "filet",
]);

/// Pronouns for someone the text does not name.
/// The narrator's or speaker's own words for themselves ("j" as split
/// from "j'ai").
pub(super) static FIRST_PERSON: WordSet = WordSet::new(&[
    "i", "me", "my", "myself", "je", "j", "j'", "j’", "m'", "m’", "moi", "mon", "ma", "mes",
]);

/// French verbs of will, ability and duty, which a word for a person may
/// govern: « la directrice veut », « le maire doit ».
static FRENCH_VERBS_OF_WILL: WordSet = WordSet::new(&[
    "veut", "veulent", "peut", "peuvent", "doit", "doivent", "sait", "va", "vont", "compte",
    "souhaite", "espère", "entend",
]);

pub(super) static INDEFINITE_PEOPLE: WordSet =
    WordSet::new(&["quelqu'un", "quelqu’un", "someone", "somebody"]);

/// Prepositions before a place that describes someone ("from Ode-Ire",
/// « de Pointe-Noire »).
static PLACE_PREPOSITIONS: WordSet = WordSet::new(&["from", "of", "in", "de", "du", "d'"]);

impl<'a> Attributor<'a> {
    /// The subject after an inverted verb: « … », a déclaré pour sa part
    /// Vladimir Poutine / explique le ministre / said the mayor, Jane Roe.
    pub(super) fn phrase_after_verb(&self, mut index: usize) -> Option<(Referent, String)> {
        // "conclut, inquiet, le colonel Sallès": skip a short aside;
        // "résumait, en fin de soirée, un sénateur": or a circumstance.
        let aside_reach = if self
            .lower(index + 1)
            .is_some_and(|w| CIRCUMSTANCE_OPENERS.contains(w))
        {
            CIRCUMSTANCE_ASIDE_REACH
        } else {
            SHORT_ASIDE_REACH
        };
        if self.punct(index) == Some(",")
            && let Some(close) =
                (index + 2..index + aside_reach).find(|&i| self.punct(i) == Some(","))
            && (index + 1..close).all(|i| self.word(i).is_some())
        {
            index = close + 1;
        }
        // "a déclaré à l'AFP par téléphone le chef du district": adverbials
        // and an addressee may stand before the subject, in any order.
        for _ in 0..4 {
            let skip = self.adverbial_at(index);
            if skip > 0 {
                index += skip;
                // "à la télévision publique le porte-parole": an adjective
                // may close the adverbial.
                if self
                    .word(index)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                    && self
                        .lower(index + 1)
                        .is_some_and(|w| self.lexicon.is_determiner(w))
                {
                    index += 1;
                }
                continue;
            }
            // "said state Rep. Dale Whitcomb": a word qualifying the title.
            // "said 74-year-old Margaret Tully": or an age before the name.
            let aged_name = || {
                self.lower(index)
                    .is_some_and(|w| self.lexicon.age_range(w).is_some())
                    && self.people.mention_at(index + 1).is_some()
            };
            // "said Grandmaster Nadia Orlova": or a capitalised label that
            // the name finder left out of the name after it.
            let label_before_name = || {
                self.word(index)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                    && self.people.mention_at(index).is_none()
                    && self.people.mention_at(index + 1).is_some()
            };
            // ("a reconnu Issoufou Maman Lawali": not a word that opens a
            // name the title-like word belongs to.)
            if (self.past_honorific(index + 1) > index + 1
                && self
                    .lower(index)
                    .is_some_and(|w| !self.lexicon.is_determiner(w))
                && self.people.mention_at(index).is_none())
                || aged_name()
                || label_before_name()
            {
                index += 1;
            }
            if let Some((referent, end, mention)) = self.phrase_at(index) {
                // "said Kitale seed merchant Joseph Wekesa", "says Mombasa
                // kite maker": a place or a body qualifying a trade names
                // the one who plies it, not itself.
                if let Referent::Entity(entity) = referent
                    && !self.people.entities[entity].person
                    && self.lexicon.lang == crate::article::Lang::En
                {
                    if let Some(found) = self.person_after_bare_description(end) {
                        return Some(found);
                    }
                    if self.trade_ends_phrase(end) {
                        return None;
                    }
                }
                let named = matches!(referent, Referent::Description { .. })
                    .then(|| self.person_named_after_description(end, true))
                    .flatten();
                return Some(match named {
                    Some(person) => (Referent::Entity(person), mention.to_string()),
                    None => (referent, mention.to_string()),
                });
            }
            match self.after_addressee(index) {
                Some(after) => index = after,
                None => break,
            }
        }
        if let Some(found) = self.person_after_bare_description(index) {
            return Some(found);
        }
        // "a fait savoir en fin de journée la préfecture": a circumstance
        // stands between the verb and its subject.
        if !self
            .lower(index)
            .is_some_and(|w| CIRCUMSTANCE_OPENERS.contains(w))
        {
            return None;
        }
        // ("lors d'une conférence de presse à Sion la géologue": the
        // circumstance's own nouns come after a preposition.)
        (index + 1..index + CIRCUMSTANCE_SUBJECT_REACH)
            .take_while(|&i| self.word(i).is_some())
            .filter(|&i| {
                (self.lower(i).is_some_and(|w| self.lexicon.is_determiner(w))
                    || self.people.mention_at(i).is_some())
                    && !self.lower(i - 1).is_some_and(|w| PREPOSITIONS.contains(w))
                    // ("à l'issue du vote Paul Girard": "du" is one too.)
                    && !matches!(self.lower(i), Some("du" | "des"))
            })
            .find_map(|i| self.phrase_at(i))
            .map(|(referent, _, mention)| (referent, mention.to_string()))
    }

    /// The person a description ending at token `end` goes on to name in
    /// apposition: "His neighbor, retired firefighter Walter Beaumont,",
    /// « son représentant sur place, le Dr Henrik Solberg ». A few lowercase
    /// words may stand on either side of the comma; the name closes with a
    /// comma, or also with its sentence when `at_sentence_end`.
    pub(super) fn person_named_after_description(
        &self,
        end: usize,
        at_sentence_end: bool,
    ) -> Option<usize> {
        let lowercase = |i: usize| self.starts_lowercase(i);
        // ("His counterpart from Ode-Ire, Chief Adewale Okerinde,": one
        // capitalised word, maybe hyphenated, may follow a preposition.)
        let described_place = |i: usize| {
            lowercase(i)
                || (i > end
                    && (self.punct(i - 1) == Some("-")
                        || self.punct(i) == Some("-")
                        || self
                            .lower(i - 1)
                            .is_some_and(|w| PLACE_PREPOSITIONS.contains(w))))
        };
        let comma = self.apposition_comma(end, lowercase).or_else(|| {
            self.lower(end)
                .is_some_and(|w| PLACE_PREPOSITIONS.contains(w))
                .then(|| self.apposition_comma(end, described_place))
                .flatten()
        })?;
        // ("Chief Adewale Okerinde", "Councillor Alan Reekie": a title the
        // names leave out may open the name.)
        let titled = || {
            let title = self.lower(comma + 1)?;
            self.lexicon.role(title)?;
            Some(comma + 2)
        };
        let name = self
            .past_a_few_words(comma + 1, APPOSED_DESCRIPTION_WORDS, lowercase)
            .map(|i| self.past_honorific(i))
            .find(|&i| self.people.mention_at(i).is_some())
            .or_else(|| titled().filter(|&i| self.people.mention_at(i).is_some()))?;
        let mention = self.people.mention_at(name)?;
        let closed = match self.tokens.get(mention.end).map(|token| token.kind) {
            _ if self.punct(mention.end) == Some(",") => true,
            Some(Kind::Break) | None => at_sentence_end,
            _ => at_sentence_end && matches!(self.punct(mention.end), Some("." | ";")),
        };
        (self.people.entities[mention.entity].person && closed).then_some(mention.entity)
    }

    /// The comma after a few words from token `end` that `word_fits`, that
    /// opens an apposition.
    fn apposition_comma(&self, end: usize, word_fits: impl Fn(usize) -> bool) -> Option<usize> {
        // ("a expliqué le prévenu à la présidente, Anne-Laure Vasseur": the
        // name is the addressee's.)
        let no_role = |i: usize| self.lower(i).is_none_or(|w| self.lexicon.role(w).is_none());
        // (The comma is found first: most descriptions have none, and then
        // no word need be asked for a role.)
        self.past_a_few_words(end, APPOSED_DESCRIPTION_WORDS, word_fits)
            .find(|&i| self.punct(i) == Some(","))
            .filter(|&comma| (end..comma).all(no_role))
    }

    /// Tokens from `from` on, as far as up to `most` words that
    /// `word_fits` lead: where a name or a comma may stand after a few
    /// words of description.
    fn past_a_few_words(
        &self,
        from: usize,
        most: usize,
        word_fits: impl Fn(usize) -> bool,
    ) -> impl Iterator<Item = usize> {
        (from..=from + most).take_while(move |&i| i == from || word_fits(i - 1))
    }

    /// "the 58-year-old shrugged", "the mayor smiled", « la directrice
    /// voudrait équiper … »: after a word for a person, a verb's form (in
    /// English one in -ed; in French the imperfect, the conditional or a
    /// common verb of will or ability) is the verb, not more description.
    fn verb_after_head(&self, word: &str, words: &[String]) -> bool {
        let verb_form = match self.lexicon.lang {
            crate::article::Lang::En => word.ends_with("ed"),
            crate::article::Lang::Fr => {
                word.ends_with("ait")
                    || word.ends_with("aient")
                    || FRENCH_VERBS_OF_WILL.contains(word)
            }
        };
        verb_form
            && words.last().is_some_and(|head| {
                self.lexicon.role(head).is_some() || self.lexicon.age_range(head).is_some()
            })
    }

    /// Does the token at `index` start with a lowercase letter?
    pub(super) fn starts_lowercase(&self, index: usize) -> bool {
        self.word(index)
            .is_some_and(|w| w.starts_with(char::is_lowercase))
    }

    /// Is the word at `index` a one-word name's possessive ("India's", not
    /// "State Engineer's")?
    fn is_possessive_name(&self, index: usize) -> bool {
        self.capitalised(index)
            && self
                .word(index)
                .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
            && !index.checked_sub(1).is_some_and(|i| self.capitalised(i))
    }

    /// "said season ticket holder Claire Benham": in English, a few
    /// lowercase words with no article may describe the person named
    /// right after them.
    fn person_after_bare_description(&self, index: usize) -> Option<(Referent, String)> {
        if self.lexicon.lang != crate::article::Lang::En {
            return None;
        }
        let name = self
            .past_a_few_words(index, BARE_DESCRIPTION_WORDS, |i| self.describes_bare(i))
            .skip(1)
            .find(|&i| self.people.mention_at(i).is_some())?;
        let mention = self.people.mention_at(name)?;
        if !self.people.entities[mention.entity].person {
            return None;
        }
        let (referent, _, mention) = self.phrase_at(name)?;
        Some((referent, mention.to_string()))
    }

    /// May the word at `index` stand in a description without an article
    /// ("retired firefighter", "seed merchant")?
    fn describes_bare(&self, index: usize) -> bool {
        self.starts_lowercase(index)
            && self.lower(index).is_some_and(|w| {
                !PHRASE_ENDS.contains(w)
                    && !self.lexicon.is_determiner(w)
                    && !self.lexicon.is_reporting_verb(w)
            })
    }

    /// Do a few lowercase words from `index` name a trade and end the
    /// phrase ("kite maker", "seed merchant" before the sentence's end)?
    fn trade_ends_phrase(&self, index: usize) -> bool {
        let describing = |i: usize| {
            self.describes_bare(i)
                && self
                    .lower(i)
                    .is_some_and(|w| !PREPOSITIONS.contains(w) && !self.lexicon.is_auxiliary(w))
        };
        let Some(last) = self
            .past_a_few_words(index, BARE_DESCRIPTION_WORDS, describing)
            .last()
            .filter(|&end| end > index)
        else {
            return false;
        };
        self.word(last).is_none() && self.lower(last - 1).is_some_and(|w| self.names_a_trade(w))
    }

    /// A role, or in English a noun for someone who does something
    /// ("maker", "merchant", "vendor").
    fn names_a_trade(&self, word: &str) -> bool {
        self.lexicon.role(word).is_some()
            || (self.lexicon.lang == crate::article::Lang::En
                && TRADE_ENDINGS.iter().any(|ending| word.ends_with(ending)))
    }

    /// How many words an adverbial phrase ("pour sa part", "by phone")
    /// starting at `index` covers.
    pub(super) fn adverbial_at(&self, index: usize) -> usize {
        // (The five words an adverbial phrase may take, on the stack.)
        let mut words = [""; 5];
        let mut count = 0;
        for (slot, word) in words.iter_mut().zip((index..).map_while(|i| self.lower(i))) {
            *slot = word;
            count += 1;
        }
        let listed = self.lexicon.adverbial_len(&words[..count]);
        if listed > 0 {
            return listed;
        }
        // "a réagi sobrement l'un des fils": an adverb in -ment before the
        // phrase that names the speaker.
        let adverb = self.lexicon.lang == crate::article::Lang::Fr
            && self.word(index).is_some_and(|w| {
                w.len() > 6 && w.ends_with("ment") && w.starts_with(char::is_lowercase)
            })
            && self.lower(index + 1).is_some_and(|next| {
                self.lexicon.is_determiner(next) || self.people.mention_at(index + 1).is_some()
            });
        usize::from(adverb)
    }

    /// Where the phrase after an addressee ("à l'AFP", "au Parisien",
    /// "auprès de l'AFP") starts, if `index` opens one.
    fn after_addressee(&self, index: usize) -> Option<usize> {
        let mut after = match self.lower(index) {
            Some("à" | "au" | "aux") => index + 1,
            Some("auprès")
                if self
                    .lower(index + 1)
                    .is_some_and(|w| matches!(w, "de" | "d'" | "du" | "des")) =>
            {
                index + 2
            }
            _ => return None,
        };
        if self
            .lower(after)
            .is_some_and(|w| self.lexicon.is_determiner(w))
        {
            after += 1;
        }
        // "à 20 Minutes": a title may open with a number.
        if self
            .word(after)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            && self
                .word(after + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            after += 1;
        }
        match self.people.mention_at(after) {
            Some(name) => Some(name.end),
            // "à l'AFP": a press agency need not be anyone the text quotes.
            None => self
                .word(after)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                .then_some(after + 1),
        }
    }

    /// "Rovers manager Ian Gillespie", "Kremlin spokesman Dmitry Peskov":
    /// after a name, role words and a person's name; the person is meant.
    pub(super) fn person_after_role(&self, name: &people::Mention) -> Option<people::Mention> {
        // "Liberal Democrat councillor Janet Orme": a party's name may have
        // been taken for a person's.
        let known_person = {
            let entity = &self.people.entities[name.entity];
            entity.person && entity.gender != Gender::Unknown
        };
        let end = name.end;
        if known_person {
            return self.person_after_plain_nouns(end);
        }
        let is_role = |i: usize| {
            self.lower(i)
                .is_some_and(|w| self.lexicon.role(w).is_some())
        };
        let mut roles = (end..end + 3).take_while(|&i| is_role(i)).count();
        // "NSW Rural Fire Service incident controller Kath Brennan": one
        // plain word may qualify the role ("dismissed head coach X" is a
        // verb and its object).
        let qualified = roles == 0
            && is_role(end + 1)
            && self
                .lower(end)
                .is_some_and(|w| !w.ends_with("ed") && !self.lexicon.is_determiner(w));
        if qualified {
            roles = 2;
        }
        // "the Rovers manager, Graham Dunleavy": or after a comma.
        let mut at = end + roles;
        // "DashMakan's head of public affairs, Mr Benjamin Koh": past the
        // role's complement, up to the comma.
        let complement = |w: &str| matches!(w, "of" | "for" | "de" | "du" | "des" | "d'");
        if roles > 0
            && self.lower(at).is_some_and(complement)
            && let Some(comma) = (at + 1..at + 5)
                .take_while(|&i| self.starts_lowercase(i) || self.punct(i) == Some(","))
                .find(|&i| self.punct(i) == Some(","))
        {
            at = comma;
        }
        // "GeoWatch duty volcanologist Dr Hannah Pirini": an honorific
        // may stand between the role and the name.
        if roles > 0 {
            at = self.past_honorific(at + usize::from(self.punct(at) == Some(",")));
        }
        self.people
            .mention_at(at)
            .filter(|mention| roles > 0 && self.people.entities[mention.entity].person)
            .copied()
            .or_else(|| self.person_after_plain_nouns(end))
    }

    /// "Byron Bay shaper and longtime Lennox local Matt Delaney, who …":
    /// English nouns the lexicon lacks, maybe with names among them, then a
    /// person who has a given name and is the subject (a comma or a verb
    /// follows). A word that may be a verb ("hired", "hires") ends the
    /// search: "Acme hired veteran Joe Bloggs" is not about Joe.
    fn person_after_plain_nouns(&self, end: usize) -> Option<people::Mention> {
        if self.lexicon.lang != crate::article::Lang::En || self.lower(end) == Some("and") {
            return None;
        }
        // ("boss" is a noun, "hires" may be a verb.)
        let verb_ending = |w: &str| w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss"));
        let plain_noun = |w: &str| {
            !w.starts_with(char::is_uppercase)
                && !verb_ending(w)
                && !self.lexicon.is_determiner(w)
                && !self.lexicon.is_auxiliary(w)
                && !self.lexicon.is_reporting_verb(w)
                && (w == "and" || !people::is_function_word(self.lexicon, w))
        };
        let mut at = end;
        while at < end + PHRASE_MAX_WORDS {
            if let Some(mention) = self.people.mention_at(at) {
                let entity = &self.people.entities[mention.entity];
                if entity.person && entity.gender != Gender::Unknown {
                    return (at > end && self.opens_predicate(mention.end)).then_some(*mention);
                }
                at = mention.end;
            } else if self.word(at).is_some_and(plain_noun) {
                at += 1;
            } else {
                return None;
            }
        }
        None
    }

    /// A comma or a verb after a subject: "Matt Delaney, who", "Tom Akers
    /// asked" (not "Federer beat Rafael Nadal in Paris").
    fn opens_predicate(&self, index: usize) -> bool {
        self.punct(index) == Some(",")
            || self.lower(index).is_some_and(|w| {
                w.ends_with("ed")
                    || self.lexicon.is_auxiliary(w)
                    || self.lexicon.is_reporting_verb(w)
            })
    }

    /// "le PDG, Stéphane Brévard": a person named right after a title the
    /// text wrote as a name.
    fn person_in_apposition(&self, name: &people::Mention) -> Option<people::Mention> {
        if self.people.entities[name.entity].person || self.punct(name.end) != Some(",") {
            return None;
        }
        let person = self.people.mention_at(name.end + 1)?;
        self.people.entities[person.entity]
            .person
            .then_some(*person)
    }

    /// "le ministre délégué à l'Industrie, Raphaël Dumontet": the comma
    /// closing a short complement that starts at `end`.
    fn comma_after_complement(&self, end: usize) -> Option<usize> {
        if !self
            .lower(end)
            .is_some_and(|w| matches!(w, "à" | "au" | "aux" | "chez" | "at" | "for" | "in"))
        {
            return None;
        }
        let comma = (end + 1..end + 6)
            .take_while(|&i| self.word(i).is_some() || self.punct(i) == Some(","))
            .find(|&i| self.punct(i) == Some(","))?;
        // "a expliqué le prévenu à la présidente, Anne Roy": a person
        // spoken to, not part of the speaker's title.
        // ("His colleague at a rival bank, Erik Solheim": a bank.)
        let words: Vec<String> = (end + 1..comma)
            .filter_map(|i| self.lower(i))
            .filter(|w| !self.lexicon.is_determiner(w))
            .map(str::to_string)
            .collect();
        let to_a_person = self
            .head(&words)
            .is_some_and(|head| self.lexicon.role(head).is_some());
        (!to_a_person).then_some(comma)
    }

    /// "le conseiller d'État bernois chargé de l'économie, Pierre-Yves
    /// Rochat": a description cut at its word limit may still run on to a
    /// comma and a name.
    fn comma_after_long_description(&self, end: usize, words: usize) -> Option<usize> {
        if words < PHRASE_MAX_WORDS {
            return None;
        }
        (end..end + PHRASE_MAX_WORDS)
            .take_while(|&i| self.word(i).is_some() || self.punct(i) == Some(","))
            .find(|&i| self.punct(i) == Some(","))
    }

    /// Past a bracket opening at `index` ("(divers gauche)", "(LR)"), or
    /// `index` itself.
    fn past_brackets(&self, index: usize) -> usize {
        if self.punct(index) != Some("(") {
            return index;
        }
        (index + 1..index + APPOSITION_REACH)
            .find(|&i| self.punct(i) == Some(")"))
            .map_or(index, |close| close + 1)
    }

    /// Before a bracket closing just before `end` ("… internationale
    /// (CSI)"), or `end` itself.
    pub(super) fn before_brackets(&self, end: usize) -> usize {
        if self.punct(end.wrapping_sub(1)) != Some(")") {
            return end;
        }
        (end.saturating_sub(APPOSITION_REACH)..end - 1)
            .rev()
            .find(|&i| self.punct(i) == Some("("))
            .unwrap_or(end)
    }

    /// Skip ", the police chief," and "later" between a subject and its verb.
    pub(super) fn skip_apposition_and_adverbs(&self, mut index: usize) -> usize {
        // "the director, Raymond Okafor, said": the comma closing the name's
        // apposition comes before the verb.
        let verb_next = self
            .lower(index + 1)
            .is_some_and(|w| self.lexicon.is_reporting_verb(w) || self.lexicon.is_auxiliary(w));
        if self.punct(index) == Some(",") && verb_next {
            index += 1;
        } else if self.punct(index) == Some(",") {
            if let Some(close) = self.apposition_close(index + 1) {
                index = close + 1;
            }
            // "Henrik Solberg, Nordvale's chief executive, who will lead the
            // group, told": a relative clause after the apposition.
            if self.lower(index).is_some_and(|w| RELATIVES.contains(w))
                && let Some(close) = (index + 1..index + APPOSITION_REACH)
                    .find(|&i| self.word(i).is_none())
                    .filter(|&i| self.punct(i) == Some(","))
            {
                index = close + 1;
            }
        }
        while let Some(word) = self.lower(index) {
            let is_adverb = word.ends_with("ly");
            if self.lexicon.adverbial_len(&[word]) == 0 && !is_adverb {
                break;
            }
            index += 1;
        }
        index
    }

    /// The comma closing an apposition that opens at `from`, within the
    /// clause: ", loin derrière la côte sud. « … », ironise X" has none,
    /// the sentence ending first.
    fn apposition_close(&self, from: usize) -> Option<usize> {
        (from..from + APPOSITION_REACH)
            .take_while(|&i| self.word(i).is_some() || self.punct(i).is_some_and(|p| p != ";"))
            .take_while(|&i| !self.ends_sentence_before_capital(i))
            .find(|&i| self.punct(i) == Some(","))
    }

    /// Is the token at `index` a full stop, "!" or "?" before a capital
    /// ("sud. Un argument"), unlike the one of "No. 2"?
    fn ends_sentence_before_capital(&self, index: usize) -> bool {
        self.punct(index)
            .is_some_and(|p| matches!(p, "." | "!" | "?"))
            && self
                .word(index + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    }

    /// Does an age follow at `index` ("de 27 ans", "aged 31")? What it
    /// follows describes a person: "le Basque de 27 ans".
    pub(super) fn aged(&self, index: usize) -> bool {
        let number = |i: usize| {
            self.word(i)
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        };
        match self.lower(index) {
            Some("de") => number(index + 1) && self.lower(index + 2) == Some("ans"),
            Some("aged") => number(index + 1),
            _ => false,
        }
    }

    /// Where a name starts after a second description in apposition ("le
    /// président du jury, l'acteur Bastien Lemarchal") or a title.
    fn past_role(&self, index: usize) -> usize {
        let mut at = index;
        if self
            .lower(at)
            .is_some_and(|w| self.lexicon.is_determiner(w))
        {
            at += 1;
            // "the American astronaut Rick Delgado": a word for where
            // someone comes from may stand among the roles.
            while at < index + 4
                && self
                    .lower(at)
                    .is_some_and(|w| self.lexicon.role(w).is_some() || self.lexicon.is_demonym(w))
                && self
                    .word(at)
                    .is_some_and(|w| people::given_name_gender(w).is_none())
            {
                at += 1;
            }
            // "le troisième-ligne Romain Cazals": a word the lexicon lacks,
            // between the article and a person's name.
            let plain = |i: usize| {
                self.word(i).is_some_and(|w| {
                    !w.starts_with(char::is_uppercase)
                        && !self.lexicon.is_auxiliary(w)
                        && !self.lexicon.is_reporting_verb(w)
                        && !matches!(w, "de" | "du" | "des" | "d'" | "of")
                })
            };
            if let Some(name) = (at + 1..at + 3)
                .take_while(|&i| plain(i - 1))
                .find(|&i| self.people.mention_at(i).is_some())
                && self
                    .people
                    .mention_at(name)
                    .is_some_and(|m| self.people.entities[m.entity].person)
            {
                at = name;
            }
            if at == index + 1 {
                return self.past_honorific(index);
            }
        }
        self.past_honorific(at)
    }

    /// The token after a determiner at `index`, or `index` without one.
    pub(super) fn past_determiner(&self, index: usize) -> usize {
        index
            + usize::from(
                self.lower(index)
                    .is_some_and(|w| self.lexicon.is_determiner(w)),
            )
    }

    /// Where a name starts if one stands at `index`: after a title ("M.",
    /// "Cllr") when there is one.
    pub(super) fn past_honorific(&self, index: usize) -> usize {
        let Some(word) = self.word(index) else {
            return index;
        };
        let dotted = self.punct(index + 1) == Some(".");
        if lexicon::is_honorific_before(word, dotted) || self.people.is_title_in_this_text(index) {
            index + 1 + usize::from(dotted)
        } else {
            index
        }
    }

    /// A noun phrase naming someone at `index`: a name, a pronoun, or a
    /// determiner and its words. Returns the referent, where the phrase
    /// ends and its text.
    pub(super) fn phrase_at(&self, index: usize) -> Option<(Referent, usize, &'a str)> {
        let word = self.word(index)?;
        // "said Councilwoman Dorothy Fenwick": a title before the name.
        // "said Halverson Chief Executive Mark Delacroix": the title may
        // follow the organisation's name.
        let mut titled_yet = false;
        // "spokesperson Jordan Beale said": or open with a lowercase title.
        // "board President Linda Okafor said": or a word qualifying a
        // capitalised title.
        // "district collector Anupama Sethi told TOI": or a lowercase one.
        let qualifies_title = || {
            !self.lexicon.is_determiner(word)
                && !self.lexicon.is_reporting_verb(word)
                && self
                    .word(index + 1)
                    .is_some_and(|next| self.lexicon.role(next).is_some())
        };
        // "said Leader of Opposition Sunita Kharbanda": "of" may join a
        // capitalised title's words.
        let joins_title = |i: usize| {
            i > index
                && self.lower(i).is_some_and(|w| matches!(w, "of" | "the"))
                && self
                    .word(i + 1)
                    .is_some_and(|next| next.starts_with(char::is_uppercase))
        };
        // "director of school education Sunita Deshmukh told TOI": or a
        // lowercase title's complement.
        // (Asked only after an "of": most titles have none, and then no role
        // need be looked up.)
        let role_at_index = || {
            self.lower(index)
                .is_some_and(|w| self.lexicon.role(w).is_some())
        };
        let in_complement = |i: usize| {
            i > index
                && (index + 1..=i).any(|k| self.is_of(k))
                && role_at_index()
                && self.word(i).is_some_and(|w| {
                    !w.starts_with(char::is_uppercase)
                        && !self.lexicon.is_auxiliary(w)
                        && !self.lexicon.is_reporting_verb(w)
                })
        };
        let titled = (index + 1..index + 6)
            .take_while(|&i| {
                self.word(i - 1).is_some_and(|w| {
                    w.starts_with(char::is_uppercase)
                        || (i - 1 == index && (self.lexicon.role(w).is_some() || qualifies_title()))
                        || (i - 1 == index + 1 && qualifies_title())
                        || joins_title(i - 1)
                        || in_complement(i - 1)
                })
            })
            .find_map(|i| {
                // "said Arkansas Gov. Dana Whitfield": a place, then a title.
                let after_title = self.past_honorific(i - 1);
                if i - 1 > index && after_title > i - 1 {
                    return self.people.mention_at(after_title);
                }
                titled_yet |= self.word(i - 1).is_some_and(|w| {
                    self.lexicon.role(w).is_some() || w.chars().all(|c| c.is_ascii_uppercase())
                });
                // "agency chief Dr. Ana Ruiz said": an honorific may come
                // between the title and the name.
                titled_yet
                    .then(|| self.people.mention_at(self.past_honorific(i)))
                    .flatten()
            });
        if let Some(mention) = titled {
            return Some((
                Referent::Entity(mention.entity),
                mention.end,
                self.span_str(index, mention.end),
            ));
        }
        if let Some(mention) = self.people.mention_at(self.past_honorific(index)) {
            let mention = self.person_after_role(mention).unwrap_or(*mention);
            return Some((
                Referent::Entity(mention.entity),
                mention.end,
                self.span_str(index, mention.end),
            ));
        }
        if let Some(gender) = self.lexicon.pronoun(word) {
            return self.reads_as_one(index, gender).then_some((
                Referent::Pronoun(gender),
                index + 1,
                word,
            ));
        }
        // "a lancé quelqu'un au fond de la salle": someone unnamed.
        if self
            .lower(index)
            .is_some_and(|w| INDEFINITE_PEOPLE.contains(w))
        {
            return Some((someone(word), index + 1, word));
        }
        // ("“does not accept” that it had ignored": "that" opens a clause.)
        if !self.lexicon.is_determiner(word)
            || self
                .lower(index + 1)
                .is_some_and(|next| self.lexicon.pronoun(next).is_some())
        {
            return None;
        }
        self.phrase_after_article(index, determiner_gender(word), is_definite(word))
    }

    /// May the pronoun at `index`, of `gender`, stand for one speaker?
    /// A plural does not, except "it", read for the body it stands for
    /// ("“…,” it said", "It urged residents to “…”").
    fn reads_as_one(&self, index: usize, gender: Gender) -> bool {
        gender != Gender::Plural || self.lower(index) == Some("it")
    }

    /// The phrase at `index`, where a French contraction ("au ministère
    /// de l'Intérieur") opens the phrase as its article would.
    pub(super) fn phrase_or_contraction_at(
        &self,
        index: usize,
    ) -> Option<(Referent, usize, &'a str)> {
        match self.lower(index)? {
            "au" => self.phrase_after_article(index, Gender::Masculine, true),
            "aux" => self.phrase_after_article(index, Gender::Plural, true),
            _ => self.phrase_at(index),
        }
    }

    /// The phrase an article (or a contraction such as "au") at `index`
    /// opens, of the gender and definiteness the article gives.
    pub(super) fn phrase_after_article(
        &self,
        index: usize,
        gender: Gender,
        definite: bool,
    ) -> Option<(Referent, usize, &'a str)> {
        // "the Port Ellison Harbor Authority": a name right after its article;
        // "le PDG, Stéphane Brévard": a title, then the person's name.
        if let Some(mention) = self.people.mention_at(index + 1)
            && !self.aged(mention.end)
        {
            if let Some(longer) = self.name_running_on(index, mention) {
                return Some(longer);
            }
            if let Some(owner) = self.owner_of_named_branch(mention.end) {
                return Some((
                    Referent::Entity(owner.entity),
                    owner.end,
                    self.span_str(index, owner.end),
                ));
            }
            let mention = self
                .person_after_role(mention)
                .or_else(|| self.person_in_apposition(mention))
                .unwrap_or(*mention);
            // "The Rovers boss": a role after an organisation's name
            // describes a person of it.
            if let Some(described) = self.role_of_organisation(index, &mention) {
                return Some(described);
            }
            // "a Downing Street spokesperson said": the organisation speaks.
            let end = mention.end
                + usize::from(
                    self.lower(mention.end)
                        .is_some_and(|w| SPOKESPEOPLE.contains(w)),
                );
            return Some((
                Referent::Entity(mention.entity),
                end,
                self.span_str(index, end),
            ));
        }
        // "l'un d'eux", "l'une des manifestantes": someone unnamed.
        let one_of = self
            .lower(index + 1)
            .is_some_and(|w| matches!(w, "un" | "une"));
        let definite = definite && !one_of;
        let mut end = index + 1;
        let mut words = Vec::new();
        while let Some(next) = self.lower(end) {
            // ("de l'Est": a capitalised "Est" is the region, no verb.)
            if (PHRASE_ENDS.contains(next) && !self.name_goes_on_at(end))
                || (self.lexicon.is_auxiliary(next)
                    && !self
                        .word(end)
                        .is_some_and(|w| w.starts_with(char::is_uppercase)))
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
                // ("The union accused management of", "The statement
                // accused": a verb that is also a word for a person is the
                // verb after a body's or a document's noun.)
                || self.lexicon.is_reporting_verb(next)
                    && (self.lexicon.role(next).is_none()
                        || words.last().is_some_and(|w: &String| self.speaks_as_body(w)))
                    && !words.is_empty()
                || self.verb_after_head(next, &words)
                || words.len() >= PHRASE_MAX_WORDS
                || self.manner_at(end)
            {
                break;
            }
            // "the state chapter of the Pharmaceutical Society": the part
            // speaks for the organisation (asked only after a word for a
            // part, as most words are none).
            if words.last().is_some_and(|w| people::is_branch_word(w))
                && let Some(named) = self.people.mention_at(end)
                && self.branch_of(named)
            {
                return Some((
                    Referent::Entity(named.entity),
                    named.end,
                    self.span_str(index, named.end),
                ));
            }
            // "le groupe coopératif Lactalis Nord", "l'ONG locale Sahayog":
            // the words describe the name that follows them (not one after
            // "de": "le maire de Lyon").
            // "une source jointe par l'AFP": a name after a preposition is
            // another party.
            if !words.is_empty()
                && !self.is_complement(end)
                && !self.governed_by_preposition(end)
                && let Some(named) = self.people.mention_at(end)
            {
                // "la présidente du groupe Renouveau, Claire Dufresne": a
                // person's role with an organisation in it describes the
                // person in apposition.
                if self.role_of_person_in_apposition(&words, named) {
                    end = named.end;
                    break;
                }
                // "le délégué FO": a person's role, then the organisation
                // the person belongs to.
                let entity = &self.people.entities[named.entity];
                if entity.named_as_body() && words.iter().any(|w| self.lexicon.role(w).is_some()) {
                    words.extend(entity.name_keys.iter().cloned());
                    end = named.end;
                    break;
                }
                return Some((
                    Referent::Entity(named.entity),
                    named.end,
                    self.span_str(index, named.end),
                ));
            }
            if !self.lexicon.is_determiner(next)
                && !matches!(
                    next,
                    "de" | "du" | "des" | "d'" | "of" | "l'" | "et" | "and"
                )
            {
                words.push(lexicon::without_possessive(next).to_string());
            }
            end += 1;
        }
        if words.is_empty() {
            return None;
        }
        let definite = definite && !self.has_indefinite_complement(index + 1..end);
        // "asked a reporter from the Gazette": someone unnamed, speaking for
        // the organisation named; so does "a spokesperson for" one.
        let spokesperson = words.iter().any(|w| SPOKESPEOPLE.contains(w));
        let of_organisation = self.lower(end).is_some_and(|w| {
            matches!(w, "from" | "of" | "de" | "du" | "d'") || (spokesperson && w == "for")
        });
        if (!definite || spokesperson) && of_organisation {
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
                    self.span_str(index, mention.end),
                ));
            }
        }
        // « le ministère des Travaux publics, Transports et Communications »:
        // an organisation's listed complement, not a name in apposition.
        let listed = match self.past_listed_items(end) {
            listed if listed > end && words.first().is_some_and(|w| is_organisation_word(w)) => {
                listed
            }
            _ => end,
        };
        words.extend(
            (end..listed)
                .filter_map(|i| self.lower(i))
                .filter(|w| !people::is_complement_link(w) && !matches!(*w, "l'" | "la" | "et"))
                .map(str::to_string),
        );
        // "said the mayor, Jane Roe": the name after the description, or
        // after its complement ("le ministre délégué à l'Industrie, X").
        // "le maire (divers gauche), Gilles Ravanel".
        let end = self.past_brackets(listed);
        let comma = if self.punct(end) == Some(",") {
            Some(end)
        } else {
            self.comma_after_complement(end)
                .or_else(|| self.comma_after_long_description(end, words.len()))
        };
        if let Some(comma) = comma
            && let Some(mention) = self.person_after_comma(comma, comma == end)
        {
            return Some((
                Referent::Entity(mention.entity),
                mention.end,
                self.span_str(comma + 1, mention.end),
            ));
        }
        let mention = self.span_str(index, end);
        let name = self.span_text(index + 1, self.name_end(index + 1, end));
        // "l'accusé": an elided article leaves the gender to the noun.
        let gender = match gender {
            Gender::Unknown => words
                .first()
                .and_then(|w| self.lexicon.role(w))
                .unwrap_or(Gender::Unknown),
            known => known,
        };
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

    /// Who is named after the comma at `comma` closing a description: a
    /// person, or anyone when the comma closes the description's own
    /// words. "the chairman of …, Chief Linus Ochang,": a capitalised
    /// title may stand before a person's name.
    fn person_after_comma(&self, comma: usize, anyone: bool) -> Option<&people::Mention> {
        let is_person = |mention: &&people::Mention| self.people.entities[mention.entity].person;
        let start = self.past_role(comma + 1);
        if let Some(mention) = self.people.mention_at(start) {
            return Some(mention).filter(|mention| anyone || is_person(mention));
        }
        let titled = self.capitalised(start)
            && self
                .lower(start)
                .is_some_and(|w| self.lexicon.role(w).is_some());
        titled
            .then(|| self.people.mention_at(start + 1))
            .flatten()
            .filter(is_person)
    }

    /// « a répondu le prévenu d'une voix blanche »: "d'un ton", "d'une
    /// voix" tell how the words were said, not whom the description means.
    fn manner_at(&self, index: usize) -> bool {
        self.lower(index).is_some_and(|w| matches!(w, "d'" | "de"))
            && self
                .lower(index + 1)
                .is_some_and(|w| matches!(w, "un" | "une"))
            && self
                .lower(index + 2)
                .is_some_and(|w| MANNER_NOUNS.contains(w))
    }

    /// "la fille d'une résidente", "the son of a patient": a description
    /// whose complement is indefinite is of someone the text does not name.
    /// (Not « cet homme d'une cinquantaine d'années »: an age.)
    fn has_indefinite_complement(&self, words: Range<usize>) -> bool {
        words.into_iter().any(|i| {
            self.lower(i)
                .is_some_and(|w| matches!(w, "de" | "d'" | "of"))
                && self
                    .lower(i + 1)
                    .is_some_and(|w| matches!(w, "un" | "une" | "a" | "an"))
                && !self.approximate_age_at(i + 2)
        })
    }

    /// « une cinquantaine d'années »: a round number of years from the
    /// noun at `index`.
    fn approximate_age_at(&self, index: usize) -> bool {
        self.lower(index).is_some_and(|w| w.ends_with("aine"))
            && self.lower(index + 1) == Some("d'")
            && self.lower(index + 2) == Some("années")
    }

    fn role_of_organisation(
        &self,
        determiner: usize,
        organisation: &people::Mention,
    ) -> Option<(Referent, usize, &'a str)> {
        let role = self.lower(organisation.end)?;
        let definite = self.word(determiner).is_some_and(is_definite);
        // "one Tully grower": after an indefinite article, a person's name
        // too may say whom someone unnamed belongs with.
        // ("The African Union observer mission": the role word names a
        // body with the word after it.)
        if (definite && self.people.entities[organisation.entity].person)
            || self.lexicon.role(role).is_none()
            || self
                .lower(organisation.end + 1)
                .is_some_and(is_organisation_word)
            || SPOKESPEOPLE.contains(role)
        {
            return None;
        }
        let end = organisation.end + 1;
        let described =
            self.holder_of_role(organisation.entity, role, definite, determiner + 1..end);
        Some((described, end, self.span_str(determiner, end)))
    }

    /// Someone holding `role` at the organisation `entity`, described by
    /// the words at `words` ("Unite convener", « représentant FO »).
    fn holder_of_role(
        &self,
        entity: usize,
        role: &str,
        definite: bool,
        words: Range<usize>,
    ) -> Referent {
        let mut keys = self.people.entities[entity].name_keys.clone();
        keys.push(role.to_string());
        Referent::Description {
            words: keys,
            gender: self.lexicon.role(role).unwrap_or(Gender::Unknown),
            definite,
            name: self.span_text(words.start, words.end),
        }
    }

    fn role_of_person_in_apposition(&self, words: &[String], named: &people::Mention) -> bool {
        !self.people.entities[named.entity].person
            && words.iter().any(|w| self.lexicon.role(w).is_some())
            && self.punct(named.end) == Some(",")
            && self
                .people
                .mention_at(self.past_honorific(named.end + 1))
                .is_some_and(|person| self.people.entities[person.entity].person)
    }

    /// "l'Institut national d'hydrologie": a French organisation's name
    /// that the text capitalises only on its first word runs on; read as a
    /// description, it lengthens the name.
    fn name_running_on(
        &self,
        determiner: usize,
        mention: &people::Mention,
    ) -> Option<(Referent, usize, &'a str)> {
        let first = mention.first;
        let single = mention.end == first + 1 && !self.people.entities[mention.entity].person;
        if self.lexicon.lang != crate::article::Lang::Fr
            || !single
            || !self.lower(first).is_some_and(is_organisation_word)
        {
            return None;
        }
        let mut end = mention.end;
        let mut limit = mention.end + PHRASE_MAX_WORDS;
        while end < limit {
            let Some(word) = self.lower(end) else { break };
            // ("de l'Est": a capitalised "Est" is the region, no verb.)
            if (self.lexicon.is_auxiliary(word) && !self.capitalised(end))
                || self.lexicon.is_reporting_verb(word)
            {
                break;
            }
            // « l'Union des éleveurs et commerçants de bétail du Centre »:
            // "et" and the second noun do not count against the length.
            if self.plural_nouns_joined_at(end) {
                limit += 2;
            } else if PHRASE_ENDS.contains(word) {
                break;
            }
            end += 1;
        }
        // « l'Observatoire citoyen des ressources naturelles de l'Est »: the
        // limit never parts a complement's article from its noun.
        while end == limit
            && self.word(end).is_some()
            && self
                .lower(end - 1)
                .is_some_and(|w| self.is_of(end - 1) || self.lexicon.is_determiner(w))
        {
            end += 1;
            limit += 1;
        }
        let named_to = self.name_end(first, end);
        if named_to <= mention.end {
            return None;
        }
        let words = (first..named_to)
            .filter_map(|i| self.lower(i))
            .filter(|w| !self.lexicon.is_determiner(w) && !matches!(*w, "de" | "d'"))
            .map(str::to_string)
            .collect();
        let gender = self
            .word(determiner)
            .map_or(Gender::Unknown, determiner_gender);
        Some((
            Referent::Description {
                words,
                gender,
                definite: true,
                name: self.span_text(first, named_to),
            },
            named_to,
            self.span_str(determiner, named_to),
        ))
    }

    /// « ministère de l'Agriculture, de l'Élevage et de la Pêche »,
    /// « ministère des Travaux publics, Transports et Communications »: a
    /// French complement may list capitalised items after a comma, the last
    /// after « et » and with its own complement (« … et du Travail du
    /// Nouveau-Brunswick »). Past the last item when the list closes so,
    /// else `end`.
    fn past_listed_items(&self, end: usize) -> usize {
        let mut at = end;
        for _ in 0..LISTED_ITEMS {
            let last = self.lower(at) == Some("et");
            if !last && self.punct(at) != Some(",") {
                return end;
            }
            let Some(item) = self.past_listed_item(at + 1) else {
                return end;
            };
            if last {
                return self.past_complements(item);
            }
            at = item;
        }
        end
    }

    /// « le ministère des Travaux publics, Transports et Communications
    /// reconnaît »: the organisation whose listed complement ends at `end`,
    /// read forward from its article, not its last item.
    fn listed_complement_ending_at(&self, end: usize) -> Option<(Referent, String)> {
        if self.lexicon.lang != crate::article::Lang::Fr {
            return None;
        }
        let first = self.people.mention_ending_at(end)?.first;
        // (Only the last item, after « et » and maybe « de la ».)
        let and = (first.saturating_sub(3)..first).rfind(|&i| self.lower(i) == Some("et"))?;
        if self.past_link(and + 1) != first {
            return None;
        }
        // (« le ministère des Eaux et Forêts »: two items need no comma;
        // the phrase must still run to `end`.)
        (first.saturating_sub(LISTED_COMPLEMENT_REACH)..and)
            .rev()
            .filter(|&article| {
                self.lower(article + 1).is_some_and(is_organisation_word)
                    && self
                        .lower(article)
                        .is_some_and(|w| self.lexicon.is_determiner(w))
            })
            .find_map(|article| {
                let (referent, phrase_end, mention) = self.phrase_at(article)?;
                (phrase_end == end).then(|| (referent, mention.to_string()))
            })
    }

    /// Past one item of a listed complement at `start`: « de la
    /// Formation », « Travaux publics »; none if it holds no capital or
    /// names a person ("le président du club, Jean Roy et Paul Durand").
    fn past_listed_item(&self, start: usize) -> Option<usize> {
        let capitals = self.past_link(start);
        let mut item = capitals;
        while item < capitals + LISTED_ITEM_WORDS && self.capitalised(item) {
            item += 1;
        }
        let person = self
            .people
            .mention_at(capitals)
            .is_some_and(|m| self.people.entities[m.entity].person);
        if item == capitals || person {
            return None;
        }
        // (« Travaux publics »: an adjective after the capital.)
        Some(
            item + usize::from(
                self.lower(item)
                    .is_some_and(|w| self.lexicon.looks_adjectival(w)),
            ),
        )
    }

    /// Past « du », « de la », « de l' »… at `index`: a complement's link
    /// and its article.
    fn past_link(&self, index: usize) -> usize {
        if !self.lower(index).is_some_and(people::is_complement_link) {
            return index;
        }
        index
            + 1
            + usize::from(
                self.lower(index + 1)
                    .is_some_and(|w| matches!(w, "l'" | "la")),
            )
    }

    /// Past the capitalised complements at `index`: « du Nouveau-Brunswick ».
    fn past_complements(&self, mut index: usize) -> usize {
        loop {
            let capitals = self.past_link(index);
            if capitals == index || !self.capitalised(capitals) {
                return index;
            }
            index = capitals + 1;
            while self.capitalised(index) {
                index += 1;
            }
        }
    }

    fn capitalised(&self, index: usize) -> bool {
        self.word(index)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    }

    /// Where the name of what a description at `head` (up to `end`) is
    /// ends. French puts the head first and names with a complement after
    /// it ("préfecture de la Mayenne", "syndicat CGT"); other words after
    /// the head may be a verb the text does not mark ("le parquet réclame").
    fn name_end(&self, head: usize, end: usize) -> usize {
        if self.lexicon.lang != crate::article::Lang::Fr {
            return end;
        }
        // Up to the last complement or capitalised word: adjectives before
        // one belong to the name ("ministère ostravien de la Défense").
        let generic = self
            .lower(head)
            .is_some_and(|w| self.lexicon.is_generic_organisation(w));
        let mut named_to = head + 1;
        let mut at = head + 1;
        while at < end {
            // A complement names: "de la Mayenne", "du personnel",
            // "d'Ostrava"; "de faire" is a verb's.
            let complement = match self.lower(at) {
                Some("du" | "des") => true,
                // "Institut national d'hydrologie": right after the name, a
                // plain noun too.
                Some("de" | "d'") => {
                    self.lower(at + 1).is_some_and(|w| {
                        self.lexicon.is_determiner(w)
                            || (at == named_to
                                && !looks_infinitive(w)
                                && !self.lexicon.is_reporting_verb(w))
                    }) || self
                        .word(at + 1)
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                }
                _ => false,
            };
            if complement {
                at += 1;
                if self
                    .lower(at)
                    .is_some_and(|w| self.lexicon.is_determiner(w))
                {
                    at += 1;
                }
                named_to = at + 1;
            } else if self
                .word(at)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                // "conseil départemental": an adjective right after.
                || (at == named_to
                    && self
                        .lower(at)
                        .is_some_and(|w| self.lexicon.looks_adjectival(w)))
            {
                named_to = at + 1;
            } else if at == named_to && self.name_goes_on_at(at) {
                // « de l'Europe et des Affaires étrangères »: "et" joins
                // the complement that follows to the name; « des éleveurs
                // et commerçants »: the second noun too.
                let shared_noun = usize::from(self.plural_nouns_joined_at(at));
                named_to = at + 1 + shared_noun;
                at += shared_noun;
            } else if at > named_to || generic {
                // "le groupe repousse de dix-huit mois …": two words that
                // join nothing end the name; one may be an adjective
                // ("ministère russe de la Défense"), but not after a word
                // for any organisation ("le groupe dispose d'un bilan").
                break;
            }
            at += 1;
        }
        named_to.min(end)
    }

    /// Does an apposition start at `index` ("an environmental
    /// toxicologist", "l’acteur", "porte-parole du syndicat")?
    pub(super) fn opens_apposition(&self, index: usize) -> bool {
        // "StoreRight, which is based in Omaha, said": a relative clause.
        let relative = self
            .lower(index)
            .is_some_and(|w| matches!(w, "which" | "who" | "whose" | "qui" | "dont"));
        relative
            || self.lower(index).is_some_and(|word| {
                let article = self.lexicon.is_determiner(word)
                    && !(self.lexicon.lang == crate::article::Lang::Fr
                        && self.lexicon.is_auxiliary(word));
                article || self.lexicon.role(word).is_some()
            })
            || self.people.mention_at(index).is_some()
            || self.word(index).is_some_and(|word| {
                lexicon::is_honorific_before(word, self.punct(index + 1) == Some("."))
            })
            || self.people.is_title_in_this_text(index)
    }

    /// A noun phrase that ends just before token `end`, read backwards: a
    /// name, a pronoun, or a described person ("le dirigeant nord-coréen").
    /// Is the word at `index` "de", "d'" or "of"?
    /// "the state chapter of the Pharmaceutical Society", « l'antenne
    /// provinciale de l'Office des routes »: is `named` the organisation
    /// that a part of it, heading its own phrase, belongs to? Then the
    /// part speaks for it. (Not "the chairman of the Ogoja branch of …",
    /// a person, nor "the members of the local branch of …".)
    fn branch_of(&self, named: &people::Mention) -> bool {
        if self.people.entities[named.entity].person {
            return false;
        }
        let mut of = named.first.wrapping_sub(1);
        if self
            .lower(of)
            .is_some_and(|w| self.lexicon.is_determiner(w))
        {
            of = of.wrapping_sub(1);
        }
        if !self.is_of(of) {
            return false;
        }
        let phrase = || {
            (of.saturating_sub(BRANCH_PHRASE_WORDS)..of)
                .rev()
                .map_while(|i| self.lower(i).filter(|w| !self.lexicon.is_determiner(w)))
        };
        let article = of.wrapping_sub(phrase().count() + 1);
        phrase().any(people::is_branch_word)
            && !phrase().any(|w| self.lexicon.role(w).is_some())
            && self
                .lower(article)
                .is_some_and(|w| self.lexicon.is_determiner(w))
            && !self.is_of(article.wrapping_sub(1))
    }

    /// "the Ikeja branch of the Nigerian Bar Association": a place names
    /// the part (the word for it at `branch`); the organisation after it
    /// is the one that speaks.
    fn owner_of_named_branch(&self, branch: usize) -> Option<&people::Mention> {
        if !self.lower(branch).is_some_and(people::is_branch_word) || !self.is_of(branch + 1) {
            return None;
        }
        self.people
            .mention_at(self.past_determiner(branch + 2))
            .filter(|owner| self.branch_of(owner))
    }

    fn is_of(&self, index: usize) -> bool {
        self.lower(index)
            .is_some_and(|w| matches!(w, "de" | "d'" | "of"))
    }

    /// Does a noun (no article, preposition or verb) stand before `index`?
    fn noun_before(&self, index: usize) -> bool {
        index > 0
            && self.lower(index - 1).is_some_and(|before| {
                !self.lexicon.is_determiner(before)
                    && !PREPOSITIONS.contains(before)
                    && !self.lexicon.is_auxiliary(before)
                    && !self.lexicon.is_reporting_verb(before)
            })
    }

    /// Is the word at `first` governed by a preposition just before it
    /// ("par l'AFP", "by Reuters")?
    fn governed_by_preposition(&self, first: usize) -> bool {
        let mut before = first.wrapping_sub(1);
        if self
            .lower(before)
            .is_some_and(|w| self.lexicon.is_determiner(w))
        {
            before = before.wrapping_sub(1);
        }
        self.lower(before).is_some_and(|w| PREPOSITIONS.contains(w))
    }

    /// Is the name starting at `first` the complement of a noun before it
    /// ("le maire de Lyon", "la préfecture de la Mayenne", "l'avocate de la
    /// famille Thiry")?
    pub(super) fn is_complement(&self, first: usize) -> bool {
        let before = first.wrapping_sub(1);
        self.lower(before)
            .is_some_and(|w| matches!(w, "de" | "du" | "d'" | "des" | "of" | "famille"))
            || (self
                .lower(before)
                .is_some_and(|w| self.lexicon.is_determiner(w))
                && self.is_of(before.wrapping_sub(1)))
    }

    /// "le ministère de l'Europe et des Affaires étrangères", « la chambre
    /// de commerce et d'industrie »: "et" and a complement go on with a
    /// body's name.
    fn name_goes_on_at(&self, index: usize) -> bool {
        let complement = index + 1;
        self.lower(index).is_some_and(|w| matches!(w, "et" | "and"))
            && (self.plain_complements_joined_at(index)
                || self.plural_nouns_joined_at(index)
                || self.capitalised_complement_at(complement))
    }

    /// « l'Union des éleveurs et commerçants de bétail »: two plural nouns
    /// sharing « des », the second closing the phrase.
    fn plural_nouns_joined_at(&self, and: usize) -> bool {
        let plural_noun = |index: usize| {
            !self.capitalised(index)
                && self.lower(index).is_some_and(|w| {
                    w.ends_with(['s', 'x'])
                        && !self.lexicon.is_determiner(w)
                        && !people::is_complement_link(w)
                        && !self.lexicon.is_auxiliary(w)
                        && !self.lexicon.is_reporting_verb(w)
                })
        };
        self.lower(and) == Some("et")
            && and.checked_sub(2).is_some_and(|link| {
                self.lower(link) == Some("des")
                    && plural_noun(link + 1)
                    && plural_noun(and + 1)
                    && self.closes_name_at(and + 2)
            })
    }

    /// Does what follows at `index` close a body's name: a complement, a
    /// name, a verb, or nothing?
    fn closes_name_at(&self, index: usize) -> bool {
        self.capitalised(index)
            || self.lower(index).is_none_or(|w| {
                people::is_complement_link(w)
                    || PHRASE_ENDS.contains(w)
                    || self.lexicon.is_auxiliary(w)
            })
    }

    /// « la chambre de commerce et d'industrie », « de métiers et de
    /// l'artisanat »: a body named by plain nouns joined with "et". Only
    /// when the second noun ends the phrase: « de pêche et de nombreux
    /// élus » is two parties.
    fn plain_complements_joined_at(&self, and: usize) -> bool {
        let plain_link = |index: usize| self.lower(index).is_some_and(|w| matches!(w, "de" | "d'"));
        let plain_noun = |index: usize| {
            !self.capitalised(index)
                && self.lower(index).is_some_and(|w| {
                    !self.lexicon.is_determiner(w)
                        && !looks_infinitive(w)
                        && !people::is_complement_link(w)
                })
        };
        let Some(before) = and.checked_sub(2) else {
            return false;
        };
        let noun = self.past_link(and + 1);
        plain_link(before)
            && plain_noun(before + 1)
            && plain_link(and + 1)
            && plain_noun(noun)
            && self.closes_name_at(noun + 1)
    }

    /// "et des Affaires étrangères": a complement with a capital.
    fn capitalised_complement_at(&self, complement: usize) -> bool {
        match self.lower(complement) {
            Some("des" | "du" | "d'" | "of") => self.capitalised(complement + 1),
            Some("de") => {
                self.capitalised(complement + 1)
                    || self
                        .lower(complement + 1)
                        .is_some_and(|w| matches!(w, "la" | "l'"))
                        && self.capitalised(complement + 2)
            }
            _ => false,
        }
    }

    /// « Le représentant FO a déclaré »: an organisation's name after a
    /// determiner and a person's role, read backwards, describes someone
    /// holding that role there.
    fn role_before_organisation(&self, mention: &people::Mention) -> Option<(Referent, &'a str)> {
        let role_at = mention.first.checked_sub(1)?;
        let determiner = self.lower(role_at.checked_sub(1)?)?;
        let role = self.lower(role_at)?;
        if self.people.entities[mention.entity].person
            || self.lexicon.role(role).is_none()
            || !self.lexicon.is_determiner(determiner)
        {
            return None;
        }
        let definite = is_definite(determiner);
        let described = self.holder_of_role(mention.entity, role, definite, role_at..mention.end);
        Some((described, self.span_str(role_at - 1, mention.end)))
    }

    /// "Mayor Bryan Paterson's office said", "the Lakeside Water Board's
    /// regional office said": the person or the body whose office it is
    /// speaks, as for "her office said". (A body only when its name ends
    /// with its organisation word: "the State Engineer's office" is an
    /// office holder's, and a place's office is no one's.)
    fn office_holder(&self, office: usize) -> Option<&people::Mention> {
        let possessive = (office.checked_sub(3)?..office)
            .rev()
            .take_while(|&i| i + 1 == office || self.starts_lowercase(i + 1))
            .find(|&i| self.word(i).is_some_and(people::is_possessive))?;
        let holder = self.people.mention_ending_at(possessive + 1)?;
        let entity = &self.people.entities[holder.entity];
        let body = !entity.place
            && entity
                .name
                .last()
                .is_some_and(|last| people::is_organisation_word(last));
        (entity.person || body).then_some(holder)
    }

    pub(super) fn phrase_ending_at(&self, end: usize) -> Option<(Referent, Cow<'a, str>)> {
        let last = end.checked_sub(1)?;
        if self.lower(last) == Some("office")
            && let Some(holder) = self.office_holder(last)
        {
            return Some((
                Referent::Entity(holder.entity),
                Cow::Borrowed(self.span_str(holder.first, end)),
            ));
        }
        if let Some((referent, mention)) = self.listed_complement_ending_at(end) {
            return Some((referent, Cow::Owned(mention)));
        }
        let ending = self.people.mention_ending_at(end);
        if let Some(named) = ending.filter(|named| self.branch_of(named)) {
            return Some((
                Referent::Entity(named.entity),
                Cow::Borrowed(self.span_str(named.first, end)),
            ));
        }
        if let Some(mention) = ending.filter(|mention| !self.is_complement(mention.first)) {
            if let Some((described, phrase)) = self.role_before_organisation(mention) {
                return Some((described, Cow::Borrowed(phrase)));
            }
            // "a flight controller in Houston wrote": the place is where
            // the phrase before it is (but "against Hartigan, who said").
            let before = mention.first.wrapping_sub(1);
            if self.punct(end).is_none()
                && self.lower(before).is_some_and(|w| {
                    matches!(
                        w,
                        "in" | "at" | "near" | "from" | "à" | "au" | "aux" | "dans" | "en"
                    )
                })
            {
                return self.phrase_ending_at(before);
            }
            return Some((
                Referent::Entity(mention.entity),
                Cow::Borrowed(self.span_str(mention.first, mention.end)),
            ));
        }
        let word = self.word(last)?;
        if let Some(gender) = self.lexicon.pronoun(word) {
            return self
                .reads_as_one(last, gender)
                .then_some((Referent::Pronoun(gender), Cow::Borrowed(word)));
        }
        // "One, who has worked at the plant for 22 years, said": someone
        // unnamed.
        if self
            .lower(last)
            .is_some_and(|w| matches!(w, "one" | "another") || INDEFINITE_PEOPLE.contains(w))
            && (last == 0 || self.word(last - 1).is_none())
        {
            return Some((someone(word), Cow::Borrowed(word)));
        }
        let mut start = last;
        let mut words: Vec<String> = Vec::new();
        // "a pilot on final approach reported": once, a complement after a
        // preposition is left for the head before it.
        let mut complement_left = false;
        while let Some(word) = self.lower(start) {
            // "le président du jury": "du" joins two nouns when a noun
            // stands before it.
            // "la préfecture de la Mayenne": so does "de" and an article.
            let joins = (matches!(word, "du" | "des") && self.noun_before(start))
                || (self.lexicon.is_determiner(word)
                    && self.is_of(start.wrapping_sub(1))
                    && self.noun_before(start - 1));
            // "India's oil ministry said": a name's possessive determines
            // the phrase.
            // "One woman at the evacuation center told me": so is a place
            // with its article after a word for a person.
            if self.lexicon.is_determiner(word)
                && !complement_left
                && start > 1
                && self
                    .lower(start - 1)
                    .is_some_and(|w| matches!(w, "at" | "in" | "near" | "outside" | "à" | "dans"))
                && self
                    .lower(start - 2)
                    .is_some_and(|w| self.lexicon.role(w).is_some())
            {
                complement_left = true;
                words.clear();
                start -= 2;
                continue;
            }
            if !joins
                && (self.lexicon.is_determiner(word)
                    || matches!(word, "au" | "aux")
                    || self.is_possessive_name(start))
            {
                break;
            }
            let preposition =
                PREPOSITIONS.contains(word) && !matches!(word, "de" | "du" | "d'" | "of");
            // ("A Department for Education spokesperson": not in a name.)
            let lowercase_after = || {
                (start + 1..end).all(|i| {
                    self.word(i)
                        .is_none_or(|w| !w.starts_with(char::is_uppercase))
                })
            };
            if preposition
                && !complement_left
                && !words.is_empty()
                && start > 0
                && self.word(start - 1).is_some()
                && lowercase_after()
            {
                complement_left = true;
                words.clear();
                start -= 1;
                continue;
            }
            // "le ministère est critiqué": a verb inside is no noun phrase;
            // "part of what management": nor is a clause's pronoun.
            if preposition
                || self.lexicon.is_auxiliary(word)
                || words.len() >= 6
                || matches!(word, "what" | "which" | "whom" | "whose")
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
        // "her office said": the office holder the pronoun means speaks.
        let holder = match self.lower(start) {
            Some("his") => Some(Gender::Masculine),
            Some("her") => Some(Gender::Feminine),
            _ => None,
        };
        if let Some(gender) = holder
            && matches!(words.as_slice(), [only] if only == "office")
        {
            return Some((
                Referent::Pronoun(gender),
                Cow::Borrowed(self.span_str(start, end)),
            ));
        }
        // "a Downing Street spokesperson": someone speaking for the
        // organisation named, which is the speaker.
        if words.last().is_some_and(|head| SPOKESPEOPLE.contains(head))
            && let Some(organisation) = self
                .mentions_before(end)
                .iter()
                .rev()
                .take_while(|mention| mention.first > start)
                .find(|mention| !self.people.entities[mention.entity].person)
        {
            return Some((
                Referent::Entity(organisation.entity),
                Cow::Borrowed(self.span_str(start, end)),
            ));
        }
        // ("The 58-year-old, who took 612 wickets, said": so is an age.)
        let is_person = self.describes_someone(&words);
        // ("the management of Kivu Tea Estates": a part before its body's
        // name speaks for the body.)
        let is_organisation = self
            .head(&words)
            .is_some_and(|head| people::is_body_word(self.lexicon, head))
            || self.opens_with_organisation_part(&words);
        // "un commentaire résume :", "a reader has emailed:": someone or
        // something the text does not name (a document speaks for its
        // issuer).
        // Only as a clause's subject: not "within an hour and said".
        let opens_clause = start == 0
            || self.word(start - 1).is_none()
                && !self
                    .punct(start - 1)
                    .is_some_and(|p| matches!(p, "(" | "'" | "’"));
        let someone_unnamed = !is_definite(determiner)
            && self.lexicon.is_determiner(determiner)
            && opens_clause
            && words.len() <= 3
            && !self
                .head(&words)
                .is_some_and(|head| self.lexicon.is_document(head));
        // « Ostbus a publié un communiqué. Le texte affirme que … »: a
        // document a body issued, or the body the sentence before was
        // about, speaks for it, before its verb as after it.
        let document = is_definite(determiner)
            && opens_clause
            && self
                .head(&words)
                .is_some_and(|head| self.lexicon.is_document(head))
            && self
                .issuer_before(end)
                .or_else(|| self.organisation_subject_before(end))
                .is_some_and(|issuer| !self.people.entities[issuer].person);
        let speaks = is_person || is_organisation || someone_unnamed || document;
        (speaks && !words.is_empty()).then(|| {
            // ("India's oil ministry" is that ministry's name.)
            let owned_organisation = is_organisation && self.is_possessive_name(start);
            let name = self.span_text(start + usize::from(!owned_organisation), end);
            (
                Referent::Description {
                    words,
                    gender: determiner_gender(determiner),
                    definite: is_definite(determiner)
                        && !self.has_indefinite_complement(start + 1..end),
                    name,
                },
                // "au dirigeant" reads as "dirigeant": the contraction is not his.
                Cow::Borrowed(if self.lexicon.is_determiner(determiner) {
                    self.span_str(start, end)
                } else {
                    self.span_str(start + 1, end)
                }),
            )
        })
    }

    /// Does a role or an age among `words` make them describe someone
    /// ("the 58-year-old", « un ancien mineur »)?
    pub(super) fn describes_someone(&self, words: &[String]) -> bool {
        words.iter().any(|word| {
            self.lexicon.role(word).is_some()
                || self.lexicon.role(word.trim_end_matches('s')).is_some()
                || self.lexicon.age_range(word).is_some()
        })
    }
}

/// The first run of two or more capitalised words, without titles:
/// "son avocat, Me Julien Sarrazin" → Julien Sarrazin.
pub(super) fn capitalised_name(words: &[&str]) -> Vec<String> {
    let is_name_word = |word: &str| {
        word.starts_with(char::is_uppercase) && !lexicon::is_honorific_before(word, true)
    };
    // Runs of name words; a comma ends one.
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut open = false;
    for word in words {
        let cleaned =
            word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'');
        if !is_name_word(cleaned) {
            if !runs.is_empty() {
                break;
            }
            continue;
        }
        if !open {
            if runs.len() == 2 {
                break;
            }
            runs.push(Vec::new());
        }
        if let Some(run) = runs.last_mut() {
            run.push(cleaned.to_string());
        }
        open = !word.ends_with(',');
    }
    // "la députée de Trois-Rivières, Catherine Lavoie": the place ends the
    // description; the name after the comma is the person's.
    match <[Vec<String>; 2]>::try_from(runs) {
        Ok([place, name]) if place.len() == 1 && name.len() >= 2 => name,
        Ok([first, _]) => first,
        Err(runs) => runs.into_iter().next().unwrap_or_default(),
    }
}

/// At most so many items, of so many capitalised words each, in a listed
/// complement.
const LISTED_ITEMS: usize = 6;
const LISTED_ITEM_WORDS: usize = 3;
/// How far before its last item a listed complement's head may stand.
const LISTED_COMPLEMENT_REACH: usize = 16;

/// Someone the text does not name, called `word` ("one", "someone").
fn someone(word: &str) -> Referent {
    Referent::Description {
        words: vec![word.to_lowercase()],
        gender: Gender::Unknown,
        definite: false,
        name: word.to_string(),
    }
}
