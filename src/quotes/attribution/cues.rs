//! Cues right at a quotation: after it (« … », a déclaré X · “…,” she
//! said · “…” — X), inside it (an incise), or a colon closing the
//! paragraph before it.

use super::*;

/// Forms of « faire » before a bare reporting infinitive (« fait valoir
/// la RTM », « fait savoir le ministère »).
static CAUSATIVES: WordSet = WordSet::new(&[
    "fait",
    "faisait",
    "font",
    "faisaient",
    "fit",
    "fera",
    "feront",
]);

/// French modal verbs that, inverted after a quotation with an infinitive,
/// make an incise: « … », veut croire le maire.
static MODALS: WordSet = WordSet::new(&[
    "veut",
    "voulait",
    "voudrait",
    "veulent",
    "voulaient",
    "ose",
    "osait",
    "semble",
    "semblait",
    "préfère",
    "préférait",
    "aime",
    "aimait",
    "doit",
    "devait",
    "peut",
    "pouvait",
]);

/// How many lowercase words for a role may stand before the name that
/// signs a quotation.
const SIGNATURE_ROLE_WORDS: usize = 2;

impl Attributor<'_> {
    /// « … », a déclaré X · a-t-il ajouté · “…,” said X · “…,” X said ·
    /// “…” — X.
    pub(super) fn cue_after(&self, at: usize) -> Option<Found> {
        let mut index = at + 1;
        match self.punct(index) {
            Some(",") => index += 1,
            // (Or a spaced hyphen, as typed: "…" - Darren Okoro.)
            Some("—" | "–" | "-") => return self.dash_signature(index + 1),
            // "“You stop seeing borders”: astronaut Maren Solvik on …": a
            // quotation opening a headline or paragraph, then who said it.
            Some(":") if at == 0 || self.tokens[at - 1].kind == Kind::Break => {
                return self.person_signing(index + 1);
            }
            _ => {}
        }
        while self
            .lower(index)
            .is_some_and(|word| OBJECT_PRONOUNS.contains(word))
        {
            index += 1;
        }
        if let Some(found) = self.inverted_cue(index) {
            return Some(found);
        }
        // « … », finit par lâcher le prévenu / a tenu à préciser X: a verb
        // and "par", "à" or "de" before the reporting infinitive.
        if let Some(verb_end) = self.reporting_infinitive_after(index) {
            let (referent, mention) = self.phrase_after_verb(verb_end)?;
            return Some(Found {
                referent,
                mention,
                cue: Some(self.span_text(index, verb_end)),
            });
        }
        if let Some((verb_end, cue)) = self.reporting_verb_at(index) {
            // "« … » en espérant un essoufflement", "adding that": a
            // participle has no subject after it.
            if cue
                .split_whitespace()
                .next()
                .is_some_and(|verb| self.lexicon.looks_present_participle(verb))
            {
                return None;
            }
            let (referent, mention) = self.phrase_after_verb(verb_end)?;
            return Some(Found {
                referent,
                mention,
                cue: Some(cue.to_string()),
            });
        }
        let (referent, phrase_end, mention) = self.phrase_at(index)?;
        let phrase_end = match referent {
            Referent::Description { .. } => self.past_place_complement(phrase_end),
            _ => phrase_end,
        };
        let verb = self.skip_apposition_and_adverbs(phrase_end);
        let (verb_end, cue) = self.reporting_verb_at(verb)?;
        // "un examen « au cas par cas » des contrôles contestés": a
        // participle without its auxiliary qualifies the noun before it.
        if verb_end == verb + 1 && looks_past_participle(cue) {
            return None;
        }
        // "Doe said: “…”" introduces the next quotation, not this one.
        // "« … » Le représentant de l'État a précisé que …" reports
        // something else.
        // "“… less safe.” The union's spokesman, Kevin Marchetti, said
        // members were …": a new sentence that goes on past its verb
        // reports something else.
        let new_sentence = self.sentence_of.get(at) != self.sentence_of.get(index)
            && self.word(verb_end).is_some();
        let introduces_next = new_sentence
            || self.punct(verb_end) == Some(":")
            || self
                .lower(verb_end)
                .is_some_and(|w| matches!(w, "que" | "qu'"))
            || self.is_quotation_at(verb_end);
        (!introduces_next).then_some(Found {
            referent,
            mention: mention.to_string(),
            cue: Some(cue.to_string()),
        })
    }

    /// "Il se trouvait en « bonne santé » à Niamey, a annoncé le ministère.",
    /// "He was in "good spirits", the ministry said.": a sentence that ends
    /// with an incise reports all it says, the quotation within included.
    pub(super) fn closing_incise(&self, at: usize, sentence: usize) -> Option<Found> {
        let end = self.sentences[sentence].end;
        let comma = (at + 1..end).rev().find(|&i| self.punct(i) == Some(","))?;
        let quoted_after = (comma..end).any(|i| self.is_quotation_at(i));
        if quoted_after || end - comma > CLOSING_INCISE_REACH {
            return None;
        }
        self.cue_after(comma - 1)
    }

    /// "one shopper in Tsuen Wan remarked": where the verb may stand after
    /// a description's place ("in", "from", "at" and capitalised words).
    fn past_place_complement(&self, index: usize) -> usize {
        if !self
            .lower(index)
            .is_some_and(|w| matches!(w, "in" | "from" | "at" | "near" | "outside"))
        {
            return index;
        }
        let mut end = index + 1;
        if self.lower(end) == Some("the") {
            end += 1;
        }
        let name_start = end;
        while end < name_start + PLACE_NAME_MAX_WORDS
            && self
                .word(end)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            end += 1;
        }
        if end == name_start { index } else { end }
    }

    /// Where a reporting infinitive ends that a verb at `index` (maybe
    /// after an auxiliary) introduces with "par", "à" or "de": « finit par
    /// lâcher », « a tenu à préciser ».
    fn reporting_infinitive_after(&self, index: usize) -> Option<usize> {
        let verb = index
            + usize::from(
                self.lower(index)
                    .is_some_and(|w| self.lexicon.is_auxiliary(w)),
            );
        self.word(verb)?;
        let linked = self
            .lower(verb + 1)
            .is_some_and(|w| matches!(w, "par" | "à" | "de" | "d'"));
        let infinitive = verb + 2;
        if linked
            && self
                .lower(infinitive)
                .is_some_and(|w| looks_infinitive(w) && self.lexicon.is_reporting_verb(w))
        {
            return Some(infinitive + 1);
        }
        let causative = self.lower(verb).is_some_and(|w| CAUSATIVES.contains(w));
        if causative
            && self
                .lower(verb + 1)
                .is_some_and(|w| looks_infinitive(w) && self.lexicon.is_reporting_verb(w))
        {
            return Some(verb + 2);
        }
        // « … », veut croire le maire / ose espérer la présidente: a modal
        // and any infinitive.
        let modal = self.lower(verb).is_some_and(|w| MODALS.contains(w));
        (modal && self.lower(verb + 1).is_some_and(looks_infinitive)).then_some(verb + 2)
    }

    /// “…” — Jane Roe · “…” — Councillor Anita Osei
    pub(super) fn dash_signature(&self, index: usize) -> Option<Found> {
        let (entity, end) = match self.people.mention_at(index) {
            Some(mention) => (mention.entity, mention.end),
            None => match self.phrase_at(index)? {
                (Referent::Entity(entity), end, _) => (entity, end),
                _ => return None,
            },
        };
        // A signature ends its clause ("— Jane Roe on the vote"); a
        // lowercase word that neither reports nor links a complement makes
        // the name part of an aside, and so does a gloss ("“Bandari Yetu”
        // — Swahili for “Our Port” —").
        let gloss = self.is_quotation_at(end + 1);
        let aside = self
            .word(end)
            .is_some_and(|next| next.starts_with(char::is_lowercase))
            && (gloss
                || !self.lower(end).is_some_and(|w| {
                    self.lexicon.is_reporting_verb(w) || PREPOSITIONS.contains(w)
                }));
        if aside {
            return None;
        }
        Some(Found {
            referent: Referent::Entity(entity),
            mention: self.span_text(index, end),
            cue: Some("—".into()),
        })
    }

    /// A person named at `index`, maybe after a word or two for their
    /// role ("ferryman Aldo Brenner"): what a quotation's signature holds.
    fn person_signing(&self, index: usize) -> Option<Found> {
        let named = (index..index + SIGNATURE_ROLE_WORDS + 1)
            .take_while(|&i| {
                i == index
                    || self
                        .word(i - 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
            })
            .find_map(|i| self.people.mention_at(self.past_honorific(i)))?;
        self.people.entities[named.entity].person.then(|| Found {
            referent: Referent::Entity(named.entity),
            mention: self.span_text(index, named.end),
            cue: Some(":".into()),
        })
    }

    /// "a-t-il lancé", "affirme-t-elle", "répondit-il".
    /// Right after a quotation, a French verb with its subject inverted is
    /// an incise, whatever the verb: « … », a-t-il déclaré / a-t-il
    /// commencé / sourit-elle. After an auxiliary, the reporting participle
    /// may stand a few words on ("a-t-il pour sa part déclaré").
    pub(super) fn inverted_cue(&self, index: usize) -> Option<Found> {
        let word = self.word(index)?;
        let (verb, gender) = self.lexicon.inversion(word)?;
        let end = if self.lexicon.is_auxiliary(verb) {
            let reporting = (index + 1..index + 4).find(|&next| {
                self.word(next)
                    .is_some_and(|w| self.lexicon.is_reporting_verb(w))
            });
            let participle = || {
                self.lower(index + 1)
                    .is_some_and(looks_past_participle)
                    .then_some(index + 1)
            };
            reporting.or_else(participle)? + 1
        } else {
            index + 1
        };
        Some(Found {
            referent: Referent::Pronoun(gender),
            mention: word.to_string(),
            cue: Some(self.span_text(index, end)),
        })
    }

    /// A reporting verb at `index`, alone or after an auxiliary ("a
    /// déclaré", "has said", "a fait savoir"): where it ends and its text
    /// (borrowed: some callers want only where it ends).
    pub(super) fn reporting_verb_at(&self, index: usize) -> Option<(usize, &str)> {
        let word = self.word(index)?;
        if self.lexicon.is_reporting_verb(word) && !self.lexicon.is_auxiliary(word) {
            return self.with_particle(index);
        }
        // English "a" is an article ("a trust spokesperson said"), not the
        // French auxiliary.
        let auxiliary = match self.lexicon.lang {
            crate::article::Lang::Fr => self.lexicon.is_auxiliary(word),
            crate::article::Lang::En => is_english_auxiliary(word),
        };
        if !auxiliary {
            return None;
        }
        let verb = (index + 1..index + 4)
            .take_while(|&next| self.tokens.get(next).is_some_and(|t| t.kind == Kind::Word))
            .find(|&next| {
                self.word(next).is_some_and(|w| {
                    self.lexicon.is_reporting_verb(w) && !self.lexicon.is_auxiliary(w)
                })
            })?;
        let (end, _) = self.with_particle(verb)?;
        Some((end, self.span_str(index, end)))
    }

    /// The reporting verb at `index` and where it ends: past its particle
    /// when it reports only with one ("went on", "pointed out"; "the
    /// inspection goes" reports nothing).
    fn with_particle(&self, index: usize) -> Option<(usize, &str)> {
        let word = self.word(index)?;
        match self.lexicon.particle_after(word) {
            None => Some((index + 1, word)),
            Some(particle) => {
                let end = self.particle_end(index, particle)?;
                Some((end, self.span_str(index, end)))
            }
        }
    }

    /// Where `particle` ends when it follows the verb at `verb`, right
    /// after it or past an adverb (« met toutefois en garde »).
    pub(super) fn particle_end(&self, verb: usize, particle: &str) -> Option<usize> {
        let ends_at = |start: usize| {
            let mut end = start;
            for want in particle.split(' ') {
                (self.lower(end) == Some(want)).then_some(())?;
                end += 1;
            }
            Some(end)
        };
        ends_at(verb + 1).or_else(|| {
            self.lower(verb + 1)
                .is_some_and(|w| self.lexicon.is_adverb(w))
                .then(|| ends_at(verb + 2))
                .flatten()
        })
    }

    /// « Nous ferons tout, a-t-il assuré, pour que cela change. »
    /// (« Des voisins se moquaient : une fille, disaient-ils, ça ne s'est
    /// jamais vu »: a plural incise past the quotation's first sentence,
    /// or its colon, reports what others told the speaker.)
    pub(super) fn incise_inside(&self, quote: usize) -> Option<Found> {
        let span = &self.spans[quote];
        if span.dash {
            return None;
        }
        let inner = &self.text[span.range.clone()];
        let bytes = inner.as_bytes();
        let commas =
            memchr::memchr_iter(b',', bytes).filter(|&at| bytes.get(at + 1) == Some(&b' '));
        for offset in commas {
            let rest = &inner[offset + 2..];
            let clause = rest
                .split([',', '.', ';', '!', '?', '»', '”'])
                .next()
                .unwrap_or_default();
            let mut words = clause.split_whitespace();
            let Some(first) = words.next() else { continue };
            let inverted = after_object_pronoun(first, words.clone().next());
            if let Some((verb, gender)) = self.lexicon.inversion(inverted)
                && (self.lexicon.is_reporting_verb(verb) || self.lexicon.is_auxiliary(verb))
                && rest.len() > clause.len()
                && !(gender == Gender::Plural && opens_later_sentence(&inner[..offset]))
            {
                return Some(Found {
                    referent: Referent::Pronoun(gender),
                    mention: inverted.to_string(),
                    cue: Some(clause.trim().to_string()),
                });
            }
            // ("…, maintenant l'école": a participle, or the adverb it
            // spells, opens no incise; nor does an infinitive: "…, poser
            // des questions".)
            let reports = self.lexicon.is_reporting_verb(first)
                && !self.lexicon.is_auxiliary(first)
                && !self.lexicon.looks_present_participle(first)
                && !self.lexicon.looks_infinitive(first)
                || self.lexicon.is_auxiliary(first)
                    && words
                        .clone()
                        .next()
                        .is_some_and(|w| self.lexicon.is_reporting_verb(w));
            if reports && rest.len() > clause.len() {
                // The subject may run on into an apposition: "a affirmé le
                // chef de la diplomatie, Tomas Ilvesko, lors de …".
                let sentence = up_to_sentence_end(rest);
                // ("ironise l'élu, promettaient la même halle": only a
                // capitalised name is an apposition.)
                let mut clauses = sentence.splitn(3, ',');
                let own = clauses.next().unwrap_or_default();
                let apposition = clauses
                    .next()
                    .filter(|next| next.trim_start().starts_with(char::is_uppercase));
                let longer = match apposition {
                    Some(apposition) => &sentence[..own.len() + 1 + apposition.len()],
                    None => own,
                };
                let subject: Vec<&str> = longer
                    .split_whitespace()
                    .skip_while(|w| {
                        self.lexicon.is_reporting_verb(w) || self.lexicon.is_auxiliary(w)
                    })
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
    pub(super) fn described_in(&self, words: &[&str], cue: &str) -> Option<Found> {
        let (first, rest) = words.split_first()?;
        let mention = words.join(" ");
        // One buffer for every entity's name, rather than a string each.
        let mut name = String::new();
        let entity = self.people.entities.iter().position(|entity| {
            if entity.unnamed {
                return false;
            }
            // A name longer than the mention is not in it: most names are
            // told so without being written out.
            let fits = entity.name.iter().map(String::len).sum::<usize>() <= mention.len();
            let named = fits && {
                name.clear();
                entity.push_display_name(&mut name);
                name.len() <= mention.len() && holds(&mention, &name)
            };
            named
                || (entity.person
                    && entity
                        .name
                        .last()
                        .is_some_and(|last| words.contains(&last.as_str())))
        });
        let name = capitalised_name(words);
        // ("ironise l'élu": the article may be elided onto the noun.)
        let (article, noun) = lexicon::split_elision(first);
        let described = noun.into_iter().chain(rest.iter().copied());
        let referent = match entity {
            _ if name.len() >= 2 => Referent::Name(name, people::honorific_gender(first)),
            Some(entity) => Referent::Entity(entity),
            None if self.lexicon.is_determiner(article) => Referent::Description {
                words: described.clone().map(normalise).collect(),
                gender: determiner_gender(article),
                definite: is_definite(article),
                name: described.collect::<Vec<_>>().join(" "),
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
    pub(super) fn colon_introduction(&self, quote: usize) -> Option<Found> {
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
        self.reporting_verb_before(colon, sentence)
            .or_else(|| self.last_person_before(colon, sentence))
            .or_else(|| self.sentence_subject(sentence, None))
    }

    /// « Le guide, lui, se montre plus sévère : « Un risque 3 … » »: a
    /// sentence that announces a whole quoted sentence after a colon, with
    /// no reporting verb, gives it to its subject, else to the last person
    /// it names (« Jean-Claude Barthès … a lancé la fête avec un discours :
    /// « … » »).
    pub(super) fn announced_after_colon(&self, at: usize, sentence: usize) -> Option<Found> {
        let colon = at.checked_sub(1)?;
        let quote = match self.tokens[at].kind {
            Kind::Quote(quote) => quote,
            _ => return None,
        };
        if self.punct(colon) != Some(":") || !self.inner_text(quote).starts_with(char::is_uppercase)
        {
            return None;
        }
        self.sentence_subject(sentence, None)
            .filter(|found| {
                matches!(found.referent, Referent::Entity(entity) if self.people.entities[entity].person)
            })
            .or_else(|| self.unnamed_subject_before(colon, sentence))
            .or_else(|| self.last_person_before(colon, sentence))
    }

    /// "Un supporter croisé devant la billetterie a déjà pris sa place :",
    /// "Another investor, who asked not to be named, put it bluntly:": a
    /// clause that opens with an indefinite description before the colon
    /// at `colon` announces the words of someone the text does not name.
    fn unnamed_subject_before(&self, colon: usize, sentence: usize) -> Option<Found> {
        let start = self.sentences[sentence].start;
        // "Dans le hall, un homme âgé glisse :": a circumstance may come
        // first; a subject that comes first is the subject ("Le guide, un
        // ancien militaire, …").
        let circumstance_first = self.people.mention_at(start).is_none()
            && self.lower(start).is_some_and(|w| {
                !self.lexicon.is_determiner(w) && self.lexicon.pronoun(w).is_none()
            });
        let opening = if circumstance_first {
            (start + 1..colon).find(|&i| self.punct(i - 1) == Some(","))?
        } else {
            start
        };
        if self.lower(opening).is_none_or(lexicon::is_definite) {
            return None;
        }
        // ("une militante qui attendait, Marie-Pier Gauthier, résume :": a
        // person the clause names is who speaks.)
        let person_named = self.person_named_between(opening, colon);
        let (referent, _, mention) = self.phrase_at(opening)?;
        let unnamed = matches!(
            referent,
            Referent::Description {
                definite: false,
                ..
            }
        );
        (unnamed && !person_named).then_some(Found {
            referent,
            mention: mention.to_string(),
            cue: None,
        })
    }

    fn last_person_before(&self, at: usize, sentence: usize) -> Option<Found> {
        let start = self.sentences[sentence].start;
        let mention = self
            .mentions_latest_first(start, at)
            .find(|mention| self.people.entities[mention.entity].person)?;
        Some(Found {
            referent: Referent::Entity(mention.entity),
            mention: self.span_text(mention.first, mention.end),
            cue: None,
        })
    }
}

/// `haystack.contains(needle)` for the short mentions and names compared
/// for every entity: read byte by byte from each place the first byte
/// matches, with no searcher to build.
fn holds(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some((first, rest)) = needle.split_first() else {
        return true;
    };
    haystack
        .windows(needle.len())
        .any(|window| window[0] == *first && window[1..] == *rest)
}

/// Has the quotation text before an incise closed a sentence, or opened
/// reported words with a colon?
fn opens_later_sentence(before: &str) -> bool {
    before.contains(['.', '!', '?', ':'])
}

/// « se souvient-elle », « s'amuse-t-elle », « lui lance-t-il »: an incise
/// may open with an object pronoun before its inverted verb; the word
/// that may carry the inversion.
fn after_object_pronoun<'w>(first: &'w str, next: Option<&'w str>) -> &'w str {
    match lexicon::split_elision(first) {
        (pronoun, Some(verb)) if OBJECT_PRONOUNS.contains_key_of(pronoun) => verb,
        (word, None) if OBJECT_PRONOUNS.contains(word) => next.unwrap_or(word),
        _ => first,
    }
}

/// "has", "had", "is", "was", "have" in any case: compared in place when
/// the word is ASCII, as it nearly always is, so nothing is allocated.
fn is_english_auxiliary(word: &str) -> bool {
    const AUXILIARIES: [&str; 5] = ["has", "had", "is", "was", "have"];
    if word.is_ascii() {
        AUXILIARIES
            .iter()
            .any(|auxiliary| word.eq_ignore_ascii_case(auxiliary))
    } else {
        AUXILIARIES.contains(&normalise(word).as_str())
    }
}

/// `text` up to its first sentence end. The full stop of a title or an
/// initial ends none: "affirme M. Moussa Garba. Le paysan …" names
/// Moussa Garba, not "M".
fn up_to_sentence_end(text: &str) -> &str {
    let mut from = 0;
    while let Some(found) = text[from..].find(['.', '!', '?', '»', '”', ';']) {
        let end = from + found;
        let word = text[..end].rsplit(' ').next().unwrap_or_default();
        if !(text[end..].starts_with('.') && super::is_abbreviation(word)) {
            return &text[..end];
        }
        from = end + 1;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::holds;

    #[test]
    fn holding_agrees_with_contains() {
        let texts = [
            "",
            "a",
            "Le Pen",
            "Marine Le Pen",
            "Monroe",
            "Roe",
            "é",
            "Zoé Roé",
            "ee",
        ];
        for haystack in texts {
            for needle in texts {
                assert_eq!(
                    holds(haystack, needle),
                    haystack.contains(needle),
                    "{haystack} {needle}"
                );
            }
        }
    }
}
