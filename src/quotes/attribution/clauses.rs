//! Cues elsewhere in the quotation's sentence: "selon X", the nearest
//! reporting verb and its subject, and the subject of the sentence.

use super::*;
use std::borrow::Cow;

/// Determiners that open a phrase naming many. Possessives are left out:
/// "selon ses calculs" is the owner's word.
static PLURAL_DETERMINERS: WordSet = WordSet::new(&[
    "les",
    "des",
    "ces",
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "these",
    "those",
    "several",
    "many",
    "some",
]);

/// How many tokens after "par la voix de" or "through its spokesman" the
/// person spoken through is sought ("de son chef d'exploitation, Patrice
/// Mbadinga").
const VOICE_REACH: usize = 8;
/// Words between "by" (« par ») and the comma of an apposition that names
/// the agent ("signed by its general secretary, …").
const AGENT_REACH: usize = 5;

impl<'a> Attributor<'a> {
    /// "la société a fait savoir par la voix de son chef d'exploitation,
    /// Patrice Mbadinga, qu'elle était « … »", "said through a spokesman,
    /// Callum Reyes, that …": a body that speaks through a named person
    /// gives that person's words.
    pub(super) fn voice_before(&self, at: usize, sentence: usize) -> Option<Found> {
        let start = self.sentences[sentence].start;
        // (The sentence's words are read in order, not looked up by index.)
        let voice_end = self
            .keys
            .words_in(start..at)
            .find_map(|(index, word)| self.voice_phrase_end(index, word))?;
        let mention = self.first_person_between(voice_end, at.min(voice_end + VOICE_REACH))?;
        Some(Found {
            referent: Referent::Entity(mention.entity),
            mention: self.span_text(mention.first, mention.end),
            cue: None,
        })
    }

    /// One past « par la voix de » or "through" and a word for a person
    /// ("through a spokesman") opened by `word` at `index`.
    fn voice_phrase_end(&self, index: usize, word: &str) -> Option<usize> {
        match word {
            "par" if self.words_follow(index + 1, &["la", "voix"]) => {
                matches!(self.lower(index + 3), Some("de" | "d'")).then_some(index + 4)
            }
            "through" => (index + 1..index + 3)
                .find(|&i| {
                    self.lower(i)
                        .is_some_and(|w| self.lexicon.role(w).is_some())
                })
                .map(|role| role + 1),
            _ => None,
        }
    }
    /// "Selon X, « … »" (at the sentence start or right before the
    /// quotation) or "« … » … selon X" after it in the same sentence.
    pub(super) fn selon(&self, at: usize, sentence: usize) -> Option<Found> {
        let range = self.sentences[sentence].clone();
        let reach = range.end.min(at + 1 + CLAUSE_REACH);
        let next_quote = (at + 1..reach)
            .find(|&i| self.is_quotation_at(i))
            .unwrap_or(reach);
        let after = (at + 1..next_quote).find_map(|i| self.selon_at(i));
        let from = self.reach_back(at, sentence).max(range.start + 1);
        let before = std::iter::once(range.start)
            .chain(from..at)
            .filter(|&i| i < at)
            .filter_map(|i| self.selon_at(i).map(|found| (i, found)))
            .find(|(i, found)| {
                *i == range.start
                    // "Et d'enfoncer le clou : selon elle, le gouvernement
                    // « … »": or at the start of a clause.
                    || matches!(self.punct(i - 1), Some(":" | ";"))
                    || found.1 == at
                    || (found.1 + 1 == at && self.punct(found.1) == Some(","))
            })
            // "Selon les syndicats, la direction avait assuré que « … »":
            // a reporting verb nearer the quotation has its own subject.
            .filter(|(_, found)| !self.reports_between(found.1, at));
        after
            .or(before.map(|(_, found)| found))
            .map(|(found, _)| found)
            .or_else(|| self.opening_pour(sentence))
    }

    /// « Une réponse jugée « très insuffisante » par l'élu »: a judgement
    /// given in the passive is the words of whoever comes after « par ».
    pub(super) fn passive_judge(&self, at: usize) -> Option<Found> {
        let before = at.checked_sub(1)?;
        // « qualifiée de « … » », « vécu comme « … » ».
        let participle = match self.lower(before)? {
            "de" | "d'" | "comme" => before.checked_sub(1)?,
            _ => before,
        };
        let judged = self
            .lower(participle)
            .is_some_and(|w| self.lexicon.is_judging_participle(w));
        if !judged || self.lower(at + 1) != Some("par") {
            return None;
        }
        let (referent, _, mention) = self.phrase_or_contraction_at(at + 2)?;
        // « par la direction »: a body the text never names is no one to
        // credit, and no other body either.
        if let Referent::Description { words, .. } = &referent {
            let head = self.head(words)?;
            let body = people::is_body_word(self.lexicon, head);
            if body && !self.organisation_named_with(head) {
                return None;
            }
        }
        Some(Found {
            referent,
            mention: mention.to_string(),
            cue: Some(self.span_text(participle, participle + 1)),
        })
    }

    /// Does the name of an organisation the text names hold `word`, or a
    /// description of it (« l'association Ala Voara »)?
    fn organisation_named_with(&self, word: &str) -> bool {
        self.people.entities.iter().any(|entity| {
            !entity.person
                && (entity.name_keys.iter().any(|key| key == word)
                    || entity.descriptors.iter().flatten().any(|key| key == word))
        })
    }

    /// "Au ministère, on confirme avoir reçu une plainte. « … », a-t-on
    /// répondu": the source the sentence before gave "on".
    pub(super) fn impersonal_source_before(&mut self, at: usize) -> Option<usize> {
        let previous = self.sentence_of.get(at)?.checked_sub(1)?;
        let found = self.impersonal_source(previous)?;
        self.resolve(&found.referent, at)
    }

    /// "Du côté de la préfecture de la Gironde, on …", "Au cabinet du
    /// ministre, on …", "Chez Renault, on …": the place the sentence opens
    /// with, whose people "on" stands for.
    fn impersonal_source(&self, sentence: usize) -> Option<Found> {
        let start = self.sentences[sentence].start;
        let opening = match self.lower(start)? {
            "du" if self.lower(start + 1) == Some("côté") => {
                let de = start + 2;
                match self.lower(de)? {
                    "de" | "d'" => de + 1,
                    "du" | "des" => de,
                    _ => return None,
                }
            }
            "chez" => start + 1,
            "au" | "aux" => start,
            "à" => start + 1,
            _ => return None,
        };
        // ("Au ministère des Affaires municipales, on …")
        let (referent, _, mention) = self.phrase_or_contraction_at(opening)?;
        let source = match &referent {
            Referent::Entity(entity) => !self.people.entities[*entity].person,
            // ("Du côté de l'opposition, on dénonce": a side, no one.)
            Referent::Description { words, .. } => self
                .head(words)
                .is_some_and(|head| people::is_body_word(self.lexicon, head)),
            _ => false,
        };
        source.then_some(Found {
            referent,
            mention: mention.to_string(),
            cue: None,
        })
    }

    /// "Présidente de l'association La Gare, Monique Labeyrie est venue":
    /// a sentence that opens with a role and no article names its subject
    /// after the comma that ends the role. "Le porte-parole de l'opposition
    /// en matière de santé, Jean-François Ouellet, a accusé": with an
    /// article, the name stands in apposition between two commas.
    fn person_after_bare_role(&self, start: usize, end: usize) -> Option<usize> {
        let with_article = self
            .lower(start)
            .is_some_and(|w| self.lexicon.is_determiner(w));
        let role = start + usize::from(with_article);
        self.lower(role)
            .filter(|w| self.lexicon.role(w).is_some())?;
        let comma =
            (role + 1..end.min(start + APPOSITION_REACH)).find(|&i| self.punct(i) == Some(","))?;
        let mention = self.people.mention_at(self.past_honorific(comma + 1))?;
        let closed = !with_article || self.punct(mention.end) == Some(",");
        (closed && self.people.entities[mention.entity].person).then_some(mention.entity)
    }

    /// "Arrivé en novembre pour remplacer Didier Sallaberry, limogé …, le
    /// technicien basque avait relancé l'équipe": after an opening
    /// participle, the names are its complements; the subject stands just
    /// before the first verb past a comma.
    fn subject_after_participle(&mut self, start: usize, end: usize) -> Option<usize> {
        let english = self.lexicon.lang == crate::article::Lang::En;
        let participle = |w: &str| {
            if english {
                w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
            } else {
                looks_past_participle(w)
            }
        };
        let opens_with_participle = self
            .word(start)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && self.lower(start).is_some_and(participle)
            && self.people.mention_at(start).is_none();
        if !opens_with_participle {
            return None;
        }
        // "Asked about the decision to hold Moran back, Ó Súilleabháin
        // smiled": English puts the subject after a comma, before its verb
        // ("Asked by the barrister, Naomi Pryce, whether …, Hollins said").
        if english {
            return (start + 1..end)
                .filter(|&i| self.punct(i) == Some(","))
                .find_map(|comma| {
                    let (referent, phrase_end, _) = self.phrase_at(comma + 1)?;
                    let subject = matches!(
                        referent,
                        Referent::Entity(_) | Referent::Description { definite: true, .. }
                    ) && self
                        .word(phrase_end)
                        .is_some_and(|w| w.starts_with(char::is_lowercase));
                    subject.then_some((referent, comma + 1))
                })
                .and_then(|(referent, at)| {
                    // ("Receiving the project, the Olu of Ilora, Oba Tunde
                    // Ajibade, said": the office's holder.)
                    self.people
                        .mention_at(self.past_determiner(at))
                        .and_then(|mention| self.holder_of_title_over_place(mention))
                        .or_else(|| self.resolve(&referent, at))
                });
        }
        let mut comma = (start + 1..end).find(|&i| self.punct(i) == Some(","))?;
        // "Interrogée sur les arguments de X, qu'elle a rencontrée, la
        // ministre s'est voulue conciliante": past a relative clause.
        while self
            .lower(comma + 1)
            .is_some_and(|w| RELATIVES.contains(w) || matches!(w, "que" | "qu'" | "où"))
        {
            comma = (comma + 2..end).find(|&i| self.punct(i) == Some(","))?;
        }
        let verb = (comma + 1..end).find(|&i| self.lower(i).is_some_and(|w| self.is_verb(w)))?;
        // "le parquet n'a ni confirmé ni infirmé".
        let mut phrase_end = verb;
        while phrase_end > comma + 1
            && self
                .lower(phrase_end - 1)
                .is_some_and(|w| matches!(w, "n'" | "ne" | "s'" | "se" | "y"))
        {
            phrase_end -= 1;
        }
        let (referent, _) = self.phrase_ending_at(phrase_end)?;
        if matches!(
            referent,
            Referent::Description {
                definite: false,
                ..
            }
        ) {
            return None;
        }
        self.resolve(&referent, verb)
    }

    /// A phrase naming someone at `index`, or the stressed pronoun of
    /// "selon lui", "pour lui", "according to him", "according to her,"
    /// (not "her lawyer").
    fn phrase_or_stressed_pronoun_at(&self, index: usize) -> Option<(Referent, usize, &'a str)> {
        let gender = match self.lower(index) {
            Some("lui" | "him") => Gender::Masculine,
            Some("her") if self.word(index + 1).is_none() => Gender::Feminine,
            _ => return self.phrase_at(index),
        };
        Some((Referent::Pronoun(gender), index + 1, self.word(index)?))
    }

    /// « Du côté de la préfecture, on se veut rassurant »: the sentence
    /// gives the view of the body it opens with, which an impersonal « on »
    /// then speaks for.
    fn opening_side(&self, sentence: usize) -> Option<Referent> {
        let start = self.sentences[sentence].start;
        if !self.words_follow(start, &["du", "côté"]) {
            return None;
        }
        // « du côté du ministère » reads its article with « du ».
        let phrase = match self.lower(start + 2)? {
            "du" => start + 2,
            "de" | "d'" => start + 3,
            _ => return None,
        };
        let (referent, end, _) = self.phrase_at(phrase)?;
        let impersonal = self.punct(end) == Some(",")
            && (self.lower(end + 1) == Some("on") || self.words_follow(end + 1, &["l'", "on"]));
        impersonal.then_some(referent)
    }

    /// "Pour Agnès Roumier, …, l’escalade était prévisible : « … »": the
    /// sentence gives the view of the person it opens with.
    pub(super) fn opening_pour(&self, sentence: usize) -> Option<Found> {
        let start = self.sentences[sentence].start;
        let word = self.lower(start)?;
        if !matches!(word, "pour" | "for") {
            return None;
        }
        let (referent, end, mention) = self.phrase_or_stressed_pronoun_at(start + 1)?;
        // "Pour le représentant du parquet, …", "Pour lui, …".
        let named = matches!(
            referent,
            Referent::Entity(_)
                | Referent::Pronoun(_)
                | Referent::Description { definite: true, .. }
        );
        (named && self.punct(end) == Some(",")).then(|| Found {
            referent,
            mention: mention.to_string(),
            cue: Some(self.span_text(start, start + 1)),
        })
    }

    /// « Quant à Lise Aubin, elle … », "As for Tom Hale, he …": the person
    /// a sentence announces as its topic is what its pronoun stands for.
    fn opening_topic(&self, sentence: usize) -> Option<usize> {
        let start = self.sentences[sentence].start;
        let announces = matches!(
            (self.lower(start)?, self.lower(start + 1)?),
            ("quant", "à" | "au" | "aux") | ("as", "for")
        );
        let mention = self.people.mention_at(start + 2).filter(|_| announces)?;
        (self.people.entities[mention.entity].person && self.punct(mention.end) == Some(","))
            .then_some(mention.entity)
    }

    /// "a former volunteer fire chief", "le prévenu": a word that is both
    /// a reporting verb and a role is the role, unless an auxiliary, a
    /// pronoun or a name stands before it.
    fn role_noun_at(&self, index: usize) -> bool {
        let Some(word) = self.lower(index) else {
            return false;
        };
        if self.lexicon.role(word).is_none() {
            return false;
        }
        let before = index.wrapping_sub(1);
        // "L'élu juge le mécanisme", "The statement accused": after a
        // subject, the verb.
        let verb_context = self.lower(before).is_some_and(|w| {
            self.lexicon.is_auxiliary(w)
                || self.lexicon.pronoun(w).is_some()
                || self.lexicon.role(w).is_some()
                || self.speaks_as_body(w)
        }) || self.people.mention_ending_at(index).is_some();
        !verb_context
    }

    /// "The union", "the statement": a body's or a document's noun, which
    /// a verb that is also a word for a person ("accused") may follow as
    /// its subject.
    pub(super) fn speaks_as_body(&self, word: &str) -> bool {
        is_organisation_word(word) || self.lexicon.is_document(word)
    }

    fn reports_between(&self, from: usize, to: usize) -> bool {
        // ("Selon lui, le quota a été relevé, « … »": a passive verb reports
        // nothing.)
        (from..to).any(|i| {
            self.used_as_reporting_verb(i) && !self.is_passive(i) && !self.object_after_french(i)
        })
    }

    /// « la route renchérit l'acheminement »: a French verb with a noun
    /// phrase for object reports no words (French reports them with
    /// « que », a colon or an inversion), unless to whom comes first (« a
    /// expliqué aux élus »).
    fn object_after_french(&self, verb: usize) -> bool {
        self.lexicon.lang == crate::article::Lang::Fr
            && self.lower(verb + 1).is_some_and(|next| {
                self.lexicon.is_determiner(next) && !matches!(next, "au" | "aux")
            })
    }

    /// "a été relevé", "had been called": a participle after "been" or
    /// « été » names no one who speaks.
    fn is_passive(&self, verb: usize) -> bool {
        self.lower(verb.wrapping_sub(1))
            .is_some_and(|w| matches!(w, "been" | "être" | "été"))
    }

    /// Is the word at `index` a reporting verb used as one? Not an
    /// auxiliary, and not a noun: "le prévenu", "la cote d'alerte".
    pub(super) fn used_as_reporting_verb(&self, index: usize) -> bool {
        self.word(index).is_some_and(|w| {
            self.lexicon.is_reporting_verb(w)
                && !self.lexicon.is_auxiliary(w)
                && self
                    .lexicon
                    .particle_after(w)
                    .is_none_or(|particle| self.particle_end(index, particle).is_some())
                && !self.role_noun_at(index)
                && !self.noun_after_article(index)
                && !self.adjective_after_degree_adverb(index)
        })
    }

    /// « le vent, particulièrement soutenu depuis janvier »: a participle
    /// right after an adverb of degree describes; « a particulièrement
    /// insisté », with the auxiliary before the adverb, still reports.
    fn adjective_after_degree_adverb(&self, verb: usize) -> bool {
        let adverb = verb.wrapping_sub(1);
        self.lower(adverb)
            .is_some_and(|w| self.lexicon.is_degree_adverb(w))
            && !self
                .lower(adverb.wrapping_sub(1))
                .is_some_and(|w| self.lexicon.is_auxiliary(w))
    }

    /// The last person named before `verb` in its sentence as the subject
    /// of a finite verb: a name followed (maybe after an apposition's
    /// comma) by an auxiliary or a reporting verb; found with `cue`.
    fn finite_subject_before(
        &self,
        verb: usize,
        sentence: usize,
        cue: Option<String>,
    ) -> Option<Found> {
        let start = self.sentences[sentence].start;
        let mention = self
            .mentions_latest_first(start, verb)
            .filter(|mention| self.people.entities[mention.entity].person)
            .find(|mention| {
                let next = mention.end + usize::from(self.punct(mention.end) == Some(","));
                !self.after_preposition(mention.first)
                    && self.lower(next).is_some_and(|w| self.is_verb(w))
            })?;
        Some(Found {
            referent: Referent::Entity(mention.entity),
            mention: self.span_text(mention.first, mention.end),
            cue,
        })
    }

    /// An auxiliary, a common main verb or a reporting verb: what follows a
    /// subject.
    fn is_verb(&self, word: &str) -> bool {
        self.lexicon.is_auxiliary(word)
            || MAIN_VERBS.contains(word)
            || self.lexicon.is_reporting_verb(word)
    }

    /// "l'alerte", "la réplique", "d'alerte", "sans enthousiasme": a form
    /// after an article, or after "de" or "sans" without being an
    /// infinitive, is a noun.
    fn noun_after_article(&self, index: usize) -> bool {
        let Some(before) = self.lower(index.wrapping_sub(1)) else {
            return false;
        };
        let infinitive = self.lower(index).is_some_and(looks_infinitive);
        // "after state Sen. Karen Vickstrom": no English verb follows a
        // preposition other than "to".
        let english_preposition = self.lexicon.lang == crate::article::Lang::En
            && matches!(
                before,
                "after" | "before" | "by" | "for" | "from" | "in" | "on" | "at" | "of" | "about"
            );
        (self.lexicon.is_determiner(before) && !self.lexicon.is_auxiliary(before))
            || (matches!(before, "de" | "d'" | "sans" | "avec" | "without" | "with") && !infinitive)
            || english_preposition
    }

    /// "selon X" starting at `index`: the subject found and where it ends.
    pub(super) fn selon_at(&self, index: usize) -> Option<(Found, usize)> {
        // Asked at most tokens near a quotation: the first word is read once.
        let first = self.lower(index).filter(|w| SELON_OPENERS.contains(w))?;
        let cue = SELON
            .iter()
            .find(|cue| cue.first() == Some(&first) && self.words_follow(index, cue))?;
        let after = index + cue.len();
        let (referent, end, mention) = self
            .phrase_or_stressed_pronoun_at(after)
            .or_else(|| self.many_unnamed_at(after))?;
        // « selon les administrateurs », "according to residents": many
        // people are no one speaker.
        let referent = match referent {
            Referent::Description { ref words, .. }
                if self.names_many(words) || self.plural_determiner(after) =>
            {
                Referent::Pronoun(Gender::Plural)
            }
            other => other,
        };
        let cue = self.span_text(index, after);
        Some((
            Found {
                referent,
                mention: mention.to_string(),
                cue: Some(cue),
            },
            end,
        ))
    }

    /// The nearest reporting verb before the quotation in its sentence, and
    /// who does the reporting.
    pub(super) fn reporting_verb_before(&self, at: usize, sentence: usize) -> Option<Found> {
        let start = self.reach_back(at, sentence);
        // "un retraité soupire, agacé :": a participle set off by a comma
        // tells a mood, not a verb.
        let mood = |i: usize| {
            self.punct(i.wrapping_sub(1)) == Some(",")
                && self.lower(i).is_some_and(looks_past_participle)
        };
        let verb = (start..at).rev().find(|&i| {
            (self.used_as_reporting_verb(i) && !mood(i))
                || self
                    .word(i)
                    .and_then(|w| self.lexicon.inversion(w))
                    .is_some_and(|(v, _)| {
                        self.lexicon.is_reporting_verb(v) || self.lexicon.is_auxiliary(v)
                    })
        })?;
        let cue = self.word(verb).map(str::to_string);
        let back = self.subject_end_before(verb, start);
        if let Some(word) = self.word(verb)
            && let Some((_, gender)) = self.lexicon.inversion(word)
        {
            return Some(Found {
                referent: Referent::Pronoun(gender),
                mention: word.to_string(),
                cue,
            });
        }
        // The verb is the incise of an earlier quotation: same speaker.
        if let Some(earlier) = self.quotation_before_incise(back, start)
            && let Some(entity) = self.speakers[earlier]
        {
            return Some(Found {
                referent: Referent::Entity(entity),
                mention: self.mentions[earlier].clone().unwrap_or_default(),
                cue,
            });
        }
        let before = back.checked_sub(1)?;
        // "Du côté de la préfecture, on indique que …": where "on" speaks.
        if self.lower(before) == Some("on")
            && let Some(found) = self.impersonal_source(sentence)
        {
            return Some(Found { cue, ..found });
        }
        // « Une affirmation que conteste Awa Diallo : « … » »: after « que »
        // the verb's subject follows it.
        if matches!(self.lower(before), Some("que" | "qu'"))
            && let Some((referent, end, mention)) = self.phrase_at(verb + 1)
            && end <= at
        {
            return Some(Found {
                referent,
                mention: mention.to_string(),
                cue,
            });
        }
        // "en ajoutant", "adding that": the sentence's subject, or whoever
        // it quoted just before.
        let participle = self
            .word(verb)
            .is_some_and(|w| self.lexicon.looks_present_participle(w));
        // "…, a-t-il répété, avant de reconnaître « … »": an infinitive
        // has the main clause's subject.
        let infinitive = self.lexicon.lang == crate::article::Lang::Fr
            && self.lower(verb).is_some_and(looks_infinitive)
            && self
                .lower(before)
                .is_some_and(|w| matches!(w, "de" | "d'" | "pour" | "sans"));
        if infinitive {
            return self
                .earlier_speaker_in(sentence, at, cue.clone())
                .or_else(|| self.sentence_subject(sentence, cue));
        }
        if participle
            && self.punct(before) == Some(",")
            && let Some(found) = self.subject_of_verb_before(before, start, cue.clone())
        {
            return Some(found);
        }
        if self.lower(before).is_some_and(|w| w == "en") || participle {
            // "…, tandis que Nadège Ternois a voté pour, estimant qu'« … »":
            // the subject of the clause the participle hangs on.
            let clause_subject = self
                .lower(before)
                .is_none_or(|w| w != "en")
                .then(|| self.finite_subject_before(verb, sentence, cue.clone()))
                .flatten();
            return clause_subject
                .or_else(|| self.sentence_subject(sentence, cue.clone()))
                .or_else(|| self.earlier_speaker_in(sentence, at, cue));
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
                self.before_brackets(before - 1)
            } else {
                before
            };
            // "le soutien de la Confédération syndicale internationale, qui
            // a jugé": a complement speaks when the head before it is no one
            // (but "un ingénieur de la SLEM, qui").
            let complement = || {
                let named = self.people.mention_ending_at(end)?;
                let of = (named.first.saturating_sub(2)..named.first)
                    .rev()
                    .find(|&i| self.lower(i).is_some_and(people::is_complement_link))?;
                let head_is_someone = self.lower(of.checked_sub(1)?).is_none_or(|w| {
                    self.lexicon.role(w).is_some() || people::is_body_word(self.lexicon, w)
                });
                (!head_is_someone).then(|| {
                    (
                        Referent::Entity(named.entity),
                        self.span_text(named.first, named.end),
                    )
                })
            };
            return self
                .phrase_ending_at(end)
                .map(|(referent, mention)| (referent, mention.into_owned()))
                .or_else(complement)
                .map(|(referent, mention)| Found {
                    referent,
                    mention,
                    cue,
                });
        }
        // "X a reçu les dirigeants du groupe et dit avoir obtenu « … »",
        // "it backed the project but urged": a verb joined to an earlier one
        // shares its subject.
        if self
            .lower(before)
            .is_some_and(|w| matches!(w, "et" | "and" | "mais" | "but"))
        {
            // ("…, qui a jugé … et appelé l'opérateur à « … »": the subject
            // of the reporting verb it joins.)
            let subject = self
                .finite_subject_before(before, sentence, cue.clone())
                .or_else(|| {
                    self.reporting_verb_before(before, sentence)
                        .map(|found| Found {
                            cue: cue.clone(),
                            ..found
                        })
                })
                .or_else(|| self.sentence_subject(sentence, cue.clone()));
            if subject.is_some() {
                return subject;
            }
        }
        if let Some(found) = self.subject_before_apposition(back, sentence) {
            return Some(Found { cue, ..found });
        }
        self.phrase_ending_at(back)
            .map(|(referent, mention)| Found {
                referent,
                mention: mention.into_owned(),
                cue: cue.clone(),
            })
            .or_else(|| self.sentence_subject(sentence, cue))
    }

    /// Where the subject of the verb at `verb` ends: before the auxiliaries,
    /// object pronouns and asides that may stand between them ("a pour sa
    /// part évoqué", "lui a lancé"), not before `start`.
    fn subject_end_before(&self, verb: usize, start: usize) -> usize {
        let mut back = verb;
        loop {
            back -= self.adverbial_ending_at(back, start);
            if back > start
                && self.word(back - 1).is_some_and(|w| {
                    self.lexicon.is_auxiliary(w)
                        || lexicon::with_key(w, |key| OBJECT_PRONOUNS.contains(key))
                })
            {
                back -= 1;
            } else {
                return back;
            }
        }
    }

    /// The quotation whose incise opens at `back` ("“…,” said X"): the one
    /// just before its comma, within the clause from `start`.
    fn quotation_before_incise(&self, back: usize, start: usize) -> Option<usize> {
        if back <= start || back < 2 || self.punct(back - 1) != Some(",") {
            return None;
        }
        match self.tokens[back - 2].kind {
            Kind::Quote(quote) => Some(quote),
            _ => None,
        }
    }

    /// "The decision was unanimous, the bank said in a statement, adding
    /// that …", "…, said the bank, adding": a participle after the comma
    /// that closes a reporting clause has that clause's subject.
    fn subject_of_verb_before(
        &self,
        comma: usize,
        start: usize,
        cue: Option<String>,
    ) -> Option<Found> {
        let verb = (start..comma)
            .rev()
            .find(|&i| self.used_as_reporting_verb(i))?;
        let (verb_end, _) = self.reporting_verb_at(verb)?;
        let after = verb_end + self.adverbial_at(verb_end);
        let back = self.subject_end_before(verb, start);
        if after == comma {
            let (referent, mention) = self.phrase_ending_at(back)?;
            return Some(Found {
                referent,
                mention: mention.into_owned(),
                cue,
            });
        }
        // Only an incise inverts its subject: after a quotation and its
        // comma ("a plaidé la relaxe, pointant" has an object there).
        self.quotation_before_incise(back, start)?;
        let (referent, end, mention) = self.phrase_at(after)?;
        (end == comma).then_some(Found {
            referent,
            mention: mention.to_string(),
            cue,
        })
    }

    /// The speaker of the last quotation attributed by a cue before token
    /// `at` in `sentence`.
    fn earlier_speaker_in(&self, sentence: usize, at: usize, cue: Option<String>) -> Option<Found> {
        let entity = (self.sentences[sentence].start..at)
            .rev()
            .find_map(|index| match self.tokens[index].kind {
                Kind::Quote(quote) if self.cued[quote] => self.speakers[quote],
                _ => None,
            })?;
        Some(Found {
            referent: Referent::Entity(entity),
            mention: self.people.entities[entity].display_name(),
            cue,
        })
    }

    /// A cheap look before reading a phrase: only a pronoun, or an article
    /// with a role or an organisation in the next words, can make a
    /// subject that is not a name.
    fn may_name_by_pronoun_or_role(&self, index: usize) -> bool {
        let Some(word) = self.lower(index) else {
            return false;
        };
        if self.lexicon.pronoun(word).is_some() {
            return true;
        }
        // "Le second a pris la chose avec philosophie."
        let pair_reference = || {
            self.lower(index + 1)
                .is_some_and(|w| self.lexicon.pair_reference(w).is_some())
        };
        self.lexicon.is_determiner(word)
            && (pair_reference()
                || self
                    .lower(index + 1)
                    .is_some_and(resolve::is_organisation_part)
                || (index + 1..index + 8)
                    .map_while(|i| self.lower(i))
                    .any(|w| self.lexicon.role(w).is_some() || is_organisation_word(w))
                || self.aged_noun_at(index)
                || self.demonym_noun_at(index))
    }

    /// "Accueilli par son homologue soldanien, Mikel Aranzadi, le chef de
    /// la diplomatie …": a name in apposition to someone set beside the
    /// subject is not the subject either.
    fn beside_in_apposition(&self, name: usize) -> bool {
        let Some(comma) = name.checked_sub(1).filter(|&i| self.punct(i) == Some(",")) else {
            return false;
        };
        (comma.saturating_sub(5)..comma).rev().any(|i| {
            self.lower(i)
                .is_some_and(|w| matches!(w, "par" | "avec" | "by" | "with"))
                && self
                    .lower(i + 1)
                    .is_some_and(|w| self.lexicon.is_determiner(w))
                && (i + 1..comma).all(|j| {
                    self.word(j)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                })
        })
    }

    /// "le Français, amaigri, apparaît souriant": a determiner and a word
    /// for where someone comes from, written as a noun, make a person.
    /// ("Les Roquebrunois ont obtenu une pénalité": a team, not a person.)
    fn demonym_noun_at(&self, determiner: usize) -> bool {
        let plural = self
            .lower(determiner)
            .is_some_and(|article| matches!(article, "les" | "des" | "ces" | "ses" | "leurs"));
        // ("the South African": the second of two words tells.)
        let noun = match (self.word(determiner + 1), self.word(determiner + 2)) {
            (Some(first), Some(second)) if self.lexicon.is_compound_demonym(first, second) => {
                determiner + 2
            }
            _ => determiner + 1,
        };
        !plural
            && self.word(noun).is_some_and(|word| {
                word.starts_with(char::is_uppercase)
                    && self.lexicon.is_demonym(word)
                    && (word.ends_with("ais") || !word.ends_with('s'))
            })
    }

    /// "Ce garagiste de 44 ans": a determiner, a noun and an age make a
    /// person; so does an age for a noun ("the 71-year-old shrugged").
    fn aged_noun_at(&self, determiner: usize) -> bool {
        self.word(determiner + 1).is_some() && self.aged(determiner + 2)
            || self
                .lower(determiner + 1)
                .is_some_and(|w| self.lexicon.age_range(w).is_some())
    }

    /// The length of an adverbial phrase ("pour sa part", "also") that
    /// ends just before token `end`, no further back than `start`.
    fn adverbial_ending_at(&self, end: usize, start: usize) -> usize {
        (1..=4)
            .rev()
            .filter(|&length| end >= start + length)
            .find(|&length| {
                // (At most four words: a buffer on the stack, not the heap,
                // for a test made before most reporting verbs.)
                let mut words = [""; 4];
                let mut read = 0;
                for (slot, word) in words
                    .iter_mut()
                    .zip((end - length..end).map_while(|i| self.lower(i)))
                {
                    *slot = word;
                    read += 1;
                }
                read == length && self.lexicon.adverbial_len(&words[..read]) == length
            })
            .unwrap_or(0)
    }

    /// "Dr Miriam Osei, a toxicologist at Harwick University, said" and "Le
    /// président du jury, l’acteur Bastien Lemarchal, a salué": the subject
    /// stands before the apposition; when it is only a description, the
    /// person the apposition names is meant.
    pub(super) fn subject_before_apposition(&self, verb: usize, sentence: usize) -> Option<Found> {
        let close = verb.checked_sub(1)?;
        if self.punct(close) != Some(",") {
            return None;
        }
        let start = self.sentences[sentence].start;
        // "Julien Ferrandou (Ensemble pour la République, Gers), s'est
        // félicité": commas and names in brackets do not count.
        let mut depth = 0i32;
        let mut bracketed = Vec::new();
        let open = (start..close).rev().take(APPOSITION_REACH).find(|&i| {
            match self.punct(i) {
                Some(")") => depth += 1,
                Some("(") => depth -= 1,
                _ => {}
            }
            if depth > 0 {
                bracketed.push(i);
            }
            depth == 0 && self.punct(i) == Some(",")
        })?;
        // « Le document, que nous avons pu lire, réclame », « La lettre,
        // datée de lundi, exige »: a French object relative or a lowercase
        // participle (« Marc-André » is none) describes the subject before
        // it too. (« La défense, assurée par Me X, a dénoncé »: not one
        // whose agent speaks.)
        let participle = |w: &str| {
            looks_past_participle(w)
                && self.word(open + 1).is_some_and(|word| word == w)
                && !(open + 2..close).any(|i| self.lower(i) == Some("par"))
        };
        let french_clause = self.lexicon.lang == crate::article::Lang::Fr
            && self
                .lower(open + 1)
                .is_some_and(|w| matches!(w, "que" | "qu'") || participle(w));
        if !(french_clause || self.opens_apposition(open + 1)) || self.names_an_agent(open) {
            return None;
        }
        // ("The foundation that owns it, the Aalto-Rinne Music Trust,".)
        let apposition_start = self.past_determiner(open + 1);
        let Some((referent, mention)) = self.phrase_ending_at(open) else {
            // "The foundation that owns the violin, the Aalto-Rinne Music
            // Trust, said": a description the backward reading cannot
            // follow, before an organisation's name.
            return self
                .people
                .mention_ending_at(close)
                .filter(|named| named.first == apposition_start)
                .filter(|named| self.people.entities[named.entity].named_as_organisation())
                .map(|named| Found {
                    referent: Referent::Entity(named.entity),
                    mention: self.span_text(named.first, named.end),
                    cue: None,
                });
        };
        // "A local residents' association, Elm Park Watch, said": an
        // organisation's description has the organisation in apposition.
        let describes_organisation = matches!(&referent, Referent::Description { words, .. }
        if self.head(words).is_some_and(|head| {
            people::is_body_word(self.lexicon, head)
        }));
        // "Le comité, qui se réunit place de Jaude, a salué": a relative
        // clause names others, never the one it describes.
        let relative = french_clause || self.lower(open + 1).is_some_and(|w| RELATIVES.contains(w));
        // "Jonah Reiss, a fund manager at Harborline, which sold its
        // stake, said": the relative clause describes the apposition
        // before it; the subject stands before that.
        if relative
            && let Some(found) = self
                .subject_before_apposition(open + 1, sentence)
                .filter(|found| matches!(found.referent, Referent::Entity(_)))
        {
            return Some(found);
        }
        let inside = self
            .mentions_before(close)
            .iter()
            .rev()
            .take_while(|m| !relative && m.first > open)
            .filter(|m| !bracketed.contains(&m.first))
            // ("Hanley-Marsh Associates of Columbus": where it is from.)
            .filter(|m| !self.is_complement(m.first))
            // ("The mine's owner, Allegheny Ridge Energy, said": or what
            // its name calls an organisation, when it is the apposition.)
            .find(|m| {
                let entity = &self.people.entities[m.entity];
                describes_organisation
                    || entity.person
                    || (m.first == apposition_start && entity.named_as_organisation())
            })
            .copied();
        // A title the text wrote as a name ("Le PDG, X,") is a description;
        // so is a name governed by a preposition ("The Independent TD for
        // Galway West, Aoife Cunniffe,").
        let governed = self
            .people
            .mention_ending_at(open)
            .is_some_and(|last| self.after_preposition(last.first));
        let described = match &referent {
            Referent::Description { .. } => true,
            Referent::Entity(entity) => !self.people.entities[*entity].person || governed,
            _ => false,
        };
        match (described, inside) {
            (true, Some(named)) => Some(Found {
                referent: Referent::Entity(named.entity),
                mention: self.span_text(named.first, named.end),
                cue: None,
            }),
            // ("Un responsable d'une société basée à Douala, qui …,",
            // "A holidaymaker from Bristol, who …,": the subject is not the
            // place or body a preposition governs; but "the advice from
            // Tomas Ferreira, …, who warned".)
            (true, None) if governed && self.is_non_person(&referent) => None,
            _ => Some(Found {
                referent,
                mention: mention.into_owned(),
                cue: None,
            }),
        }
    }

    /// "The union, in a statement signed by its president, Comrade Ada
    /// Bello, described": does the phrase before the comma at `open` follow
    /// "by" or « par »? The apposition then names the agent of a
    /// participle, never the subject.
    fn names_an_agent(&self, open: usize) -> bool {
        (open.saturating_sub(AGENT_REACH)..open)
            .rev()
            .map_while(|i| self.lower(i))
            .any(|w| matches!(w, "by" | "par"))
    }

    /// Is `referent` a named entity that is no person?
    fn is_non_person(&self, referent: &Referent) -> bool {
        matches!(referent, Referent::Entity(entity) if !self.people.entities[*entity].person)
    }

    pub(super) fn sentence_subject(&self, sentence: usize, cue: Option<String>) -> Option<Found> {
        let entity = self.subjects[sentence]?;
        Some(Found {
            referent: Referent::Entity(entity),
            mention: self.people.entities[entity].display_name(),
            cue,
        })
    }

    /// The subject of the sentence a quotation is part of ("X a remercié
    /// les soldats qui « … »").
    pub(super) fn subject_of_clause(&self, at: usize, sentence: usize) -> Option<Found> {
        // A few words in quotation marks after an article, with no
        // reporting verb before them ("des « résidences seniors »"), are
        // the author's term, not a quote.
        let quote = match self.tokens[at].kind {
            Kind::Quote(quote) => quote,
            _ => return None,
        };
        let after_determiner = self
            .lower(at.wrapping_sub(1))
            .is_some_and(|w| self.lexicon.is_determiner(w));
        if !self.is_embedded(at, sentence) {
            return None;
        }
        if after_determiner && self.has_at_most_words(quote, TERM_MAX_WORDS) {
            return self.caller_before(at, sentence);
        }
        self.caller_before(at, sentence)
            .or_else(|| self.sentence_subject(sentence, None))
    }

    /// Is the word at `verb` one of calling? One that also names
    /// (« appelle ») calls only in « ce que … appelle », the subject's
    /// own name for a thing: « qui appelle la population à … » calls on
    /// people, « que le village appelle « la Source » » names.
    pub(super) fn calls_at(&self, verb: usize) -> bool {
        let after_ce_que = || {
            (verb.saturating_sub(CE_QUE_REACH)..verb).any(|i| {
                self.lower(i) == Some("ce") && matches!(self.lower(i + 1), Some("que" | "qu'"))
            })
        };
        self.lower(verb).is_some_and(|w| {
            self.lexicon.is_calling_verb(w) && (!self.lexicon.is_naming_verb(w) || after_ce_que())
        })
    }

    /// "Farida Qureshi called the breach a “man-made disaster”", "what he
    /// called a “culture of favors”": who is named, or the pronoun, right
    /// before a verb of calling a few words before token `at`.
    fn caller_before(&self, at: usize, sentence: usize) -> Option<Found> {
        let start = self.sentences[sentence]
            .start
            .max(at.saturating_sub(CALLING_REACH));
        let verb = (start..at)
            .rev()
            .take_while(|&i| self.punct(i).is_none())
            .find(|&i| self.calls_at(i))?;
        let cue = self.word(verb).map(str::to_string);
        // "had been called “a regular-season star”": no one says who.
        if self.is_passive(verb) {
            return Some(Found {
                referent: Referent::Pronoun(Gender::Plural),
                mention: String::new(),
                cue,
            });
        }
        // ("what forecasters have called", "what one flight controller
        // later called", "Critics who have called her": an auxiliary, an
        // adverb or a relative pronoun before the verb.)
        let mut end = verb;
        while end > start
            && self.lower(end - 1).is_some_and(|w| {
                matches!(
                    w,
                    "has" | "have" | "had" | "a" | "ont" | "avait" | "who" | "later" | "come"
                ) || (w.len() > 4 && w.ends_with("ly"))
            })
        {
            end -= 1;
        }
        // ("used to call it", "has come to call").
        if self.lower(end - 1) == Some("to") {
            end -= 1;
            if self.lower(end - 1) == Some("used") {
                end -= 1;
            }
        }
        let (referent, mention) = self
            .phrase_ending_at(end)
            .or_else(|| self.bare_phrase_ending_at(end, start))?;
        // "The judges called it “…”", "what residents called “…”": many
        // people are no one speaker.
        // ("what the trust calls a “heritage light”": whether a body's own
        // name for a thing is its words or a term, texts differ.)
        let referent = match referent {
            Referent::Description { ref words, .. } if self.names_many(words) => {
                Referent::Pronoun(Gender::Plural)
            }
            Referent::Description { definite: true, .. } => return None,
            other => other,
        };
        Some(Found {
            referent,
            mention: mention.into_owned(),
            cue,
        })
    }

    /// "Critics who have called her", "what nurses call": a few nouns
    /// without an article before token `end`, back to the clause's start
    /// (no earlier than `start`), for people the text does not name.
    fn bare_phrase_ending_at(&self, end: usize, start: usize) -> Option<(Referent, Cow<'a, str>)> {
        let first = (start..end)
            .rev()
            .take_while(|&i| {
                self.lower(i)
                    .is_some_and(|w| !matches!(w, "what" | "that" | "which" | "ce" | "que" | "qu'"))
            })
            .last()?;
        let words: Vec<String> = (first..end)
            .filter_map(|i| self.lower(i))
            .map(str::to_string)
            .collect();
        if words.len() > BARE_DESCRIPTION_WORDS || self.people.mention_at(first).is_some() {
            return None;
        }
        let name = self.span_str(first, end);
        Some((
            Referent::Description {
                words,
                gender: Gender::Unknown,
                definite: false,
                name: name.to_string(),
            },
            Cow::Borrowed(name),
        ))
    }

    /// « plusieurs administrateurs », "several residents": a quantity of
    /// people the text does not name.
    fn many_unnamed_at(&self, index: usize) -> Option<(Referent, usize, &'a str)> {
        let quantity = self
            .lower(index)
            .is_some_and(|w| PLURAL_DETERMINERS.contains(w) && !self.lexicon.is_determiner(w));
        let noun = self
            .word(index + 1)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        (quantity && noun).then(|| {
            (
                Referent::Pronoun(Gender::Plural),
                index + 2,
                self.span_str(index, index + 2),
            )
        })
    }

    /// Does a plural determiner open the phrase at `index` ("les", "des",
    /// "these"), before a plural noun?
    fn plural_determiner(&self, index: usize) -> bool {
        let plural_noun = self
            .lower(index + 1)
            .is_some_and(|w| w.ends_with('s') || w.ends_with('x'));
        plural_noun
            && self
                .lower(index)
                .is_some_and(|w| PLURAL_DETERMINERS.contains(w))
    }

    /// Does a description with these words name many people ("the judges",
    /// "generations of residents")?
    fn names_many(&self, words: &[String]) -> bool {
        self.head(words).is_some_and(|head| {
            self.lexicon.is_plural_role(head)
                || (self.lexicon.lang == crate::article::Lang::En
                    && head.ends_with('s')
                    && !head.ends_with("ss"))
        })
    }

    /// The entity a sentence is about, read from its start up to `limit`:
    /// its first name, pronoun or described person in subject position.
    /// "à Paris", "à l'Industrie": a name after a preposition (and maybe an
    /// article) is not the subject.
    pub(super) fn after_preposition(&self, index: usize) -> bool {
        let is_preposition = |at: usize| self.lower(at).is_some_and(|w| PREPOSITIONS.contains(w));
        let is_determiner = |at: usize| {
            self.lower(at)
                .is_some_and(|w| self.lexicon.is_determiner(w))
        };
        // "In a cryptic Instagram story": or an adjective after the article.
        let adjective = |at: usize| {
            self.word(at).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !self.lexicon.is_determiner(w)
                    && !self.lexicon.is_auxiliary(w)
                    && !self.lexicon.is_reporting_verb(w)
                    && !MAIN_VERBS.contains(w)
            })
        };
        let before = index.wrapping_sub(1);
        is_preposition(before)
            || (is_determiner(before) && is_preposition(before.wrapping_sub(1)))
            || (adjective(before)
                && is_determiner(before.wrapping_sub(1))
                && is_preposition(before.wrapping_sub(2)))
            // "Face au président Fabbri": a title after a fused article.
            || (self.lower(before).is_some_and(|w| self.lexicon.role(w).is_some())
                && is_preposition(before.wrapping_sub(1)))
            // "the Commissioner for Agriculture and Rural Development": the
            // second of two names joined under one preposition.
            || (self.lower(before).is_some_and(|w| matches!(w, "and" | "et"))
                && self
                    .people
                    .mention_ending_at(before)
                    .is_some_and(|first| self.after_preposition(first.first)))
    }

    pub(super) fn subject_before(&mut self, sentence: usize, limit: usize) -> Option<usize> {
        let range = self.sentences[sentence].clone();
        let end = limit.min(range.start + 40);
        // "Pour Nadia Verhaegen, la coupe est pleine.", « Pour le
        // président, l'enjeu … »: her view, his view.
        if let Some(found) = self.opening_pour(sentence)
            && let Some(entity) = self.resolve(&found.referent, range.start)
            && self.people.entities[entity].person
        {
            return Some(entity);
        }
        if let Some(side) = self.opening_side(sentence)
            && let Some(body) = self.resolve(&side, range.start)
            && !self.people.entities[body].person
            && !self.people.entities[body].place
        {
            return Some(body);
        }
        if let Some(person) = self.opening_topic(sentence) {
            return Some(person);
        }
        if let Some(person) = self.person_after_bare_role(range.start, end) {
            return Some(person);
        }
        if let Some(subject) = self.subject_after_participle(range.start, end) {
            return Some(subject);
        }
        // "Ce garagiste de 44 ans est accusé …, avec son associé, X": a
        // sentence that opens with a noun phrase has it for subject; past
        // the main verb, names are objects.
        let opens_with_phrase = self
            .lower(range.start)
            .is_some_and(|w| self.lexicon.is_determiner(w));
        let mut subordinate = false;
        for index in range.start..end {
            if self.tokens[index].kind != Kind::Word {
                continue;
            }
            let lower = self.lower(index).unwrap_or_default();
            // (Only read with a phrase for subject, and once set stays so.)
            subordinate = subordinate || (opens_with_phrase && SUBORDINATORS.contains(lower));
            // (English "a" is an article, French "a" a verb.)
            if opens_with_phrase
                && !subordinate
                && MAIN_VERBS.contains(lower)
                && !self.lexicon.is_determiner(lower)
                && !self
                    .lower(index.wrapping_sub(1))
                    .is_some_and(|w| RELATIVES.contains(w) || self.lexicon.pronoun(w).is_some())
            {
                return None;
            }
            if let Some(mention) = self.people.mention_at(index) {
                // "CEDAR FALLS, Ore. (AP) — …": a name in brackets is no
                // subject.
                let bracketed = index > 0
                    && self.punct(index - 1) == Some("(")
                    && self.punct(mention.end) == Some(")");
                // "Un document interne que Mediapart s'est procuré
                // mentionne": the subject of a relative clause is not the
                // sentence's.
                let relative = opens_with_phrase
                    && self
                        .lower(index.wrapping_sub(1))
                        .is_some_and(|w| matches!(w, "que" | "qu'" | "dont" | "whom"));
                // "Mr Carmody's neighbour, Lachlan Pryce, said": someone
                // known as a person owning the subject is not it ("Trout
                // Unlimited's local chapter" speaks for its owner).
                let known_person =
                    |entity: &people::Entity| entity.person && entity.gender != Gender::Unknown;
                let possessive = self
                    .word(mention.end - 1)
                    .is_some_and(people::is_possessive);
                let owner = known_person(&self.people.entities[mention.entity]) && possessive;
                // "Dundee City Council’s economic development convener,
                // Councillor Alan Reekie, said": the one its role is given
                // to in apposition.
                if possessive && let Some(person) = self.person_apposed_after(mention.end) {
                    return Some(person);
                }
                if self.after_preposition(index)
                    || bracketed
                    || relative
                    || owner
                    || self.beside_in_apposition(index)
                {
                    continue;
                }
                // "His neighbor, … Walter Beaumont, spent the night …
                // Carranza and Beaumont had been friends": two people, and
                // the text goes on about the one it was about.
                if let Some(topic) = self.topic_among_pair(sentence, mention.end) {
                    return Some(topic);
                }
                if let Some(holder) = self.holder_of_title_over_place(mention) {
                    return Some(holder);
                }
                let mention = self.person_after_role(mention).unwrap_or(*mention);
                return Some(mention.entity);
            }
            let clause_start = index == range.start
                || matches!(self.punct(index - 1), Some("," | ";" | ":"))
                // "CEDAR FALLS, Ore. (AP) — A former …": a dateline's dash.
                || (index >= 2
                    && matches!(self.punct(index - 1), Some("—" | "–"))
                    && self.punct(index - 2) == Some(")"))
                || self
                    .lower(index - 1)
                    .is_some_and(|w| matches!(w, "et" | "mais" | "and" | "but" | "puis" | "then"));
            // "quelqu'un a scotché une feuille : « … »".
            if clause_start && phrases::INDEFINITE_PEOPLE.contains(lower) {
                return Some(self.people.someone_unnamed(Gender::Unknown));
            }
            if !clause_start || !self.may_name_by_pronoun_or_role(index) {
                continue;
            }
            if let Some((referent, phrase_end, _)) = self.phrase_at(index) {
                // "His neighbor, retired firefighter Walter Beaumont, spent
                // the night …": the person named in apposition.
                // "The person who does the splicing is Tomasz Wierzbicki":
                // the description and the name are one person.
                if matches!(referent, Referent::Description { .. })
                    && let Some(named) = self
                        .person_named_after_description(phrase_end, false)
                        .or_else(|| self.person_equated_after(phrase_end, range.end))
                        .or_else(|| self.person_closing_apposition(phrase_end, range.end))
                {
                    return Some(named);
                }
                if let Referent::Description { words, .. } = &referent
                    && let Some(organisation) = self.organisation_apposed_after(words, phrase_end)
                {
                    return Some(organisation);
                }
                // "Sa voisine, une intérimaire qui préfère taire son nom,
                // acquiesce": someone the text leaves unnamed on purpose.
                if let Referent::Description { gender, .. } = referent
                    && self.left_unnamed_after(phrase_end, range.end)
                {
                    return Some(self.people.someone_unnamed(gender));
                }
                // A description may end in the name it describes ("l'ONG
                // locale Sahayog").
                let is_pronoun = matches!(referent, Referent::Pronoun(_) | Referent::Entity(_));
                let is_role = matches!(&referent, Referent::Description { words, .. }
                    if self.aged_noun_at(index)
                        || matches!(words.as_slice(), [w] if self.lexicon.pair_reference(w).is_some())
                        || words.iter().any(|w| self.lexicon.role(w).is_some())
                        || self.demonym_noun_at(index)
                        || self.head(words).is_some_and(|head| is_organisation_word(head))
                        || self.opens_with_organisation_part(words));
                if is_pronoun || is_role {
                    return self
                        .resolve(&referent, index)
                        .or_else(|| self.someone_unnamed_in(&referent, index, range.end));
                }
            }
        }
        None
    }

    /// « La société concessionnaire, la Compagnie ferroviaire de l'Ogooué
    /// (CFO), juge … », "The union, the Grain Traders Union, said": the
    /// organisation named in apposition after a description of a body
    /// (`words`, ending at token `end`).
    // (Seldom reached: kept out of line, it leaves `subject_before` small
    // enough to be inlined into its caller, which saves ~2 M instructions
    // per benchmark round.)
    #[inline(never)]
    fn organisation_apposed_after(&self, words: &[String], end: usize) -> Option<usize> {
        let body = self
            .head(words)
            .is_some_and(|head| people::is_body_word(self.lexicon, head));
        if !body || self.punct(end) != Some(",") {
            return None;
        }
        let apposition = self.past_determiner(end + 1);
        // "L'entreprise chargée des travaux, la société Agro-Bâtir Zou,":
        // a body word before the name says what the name is.
        let (mention, kind_before) = match self.people.mention_at(apposition) {
            Some(mention) => (mention, false),
            None => {
                let kind = self.lower(apposition)?;
                if !people::is_body_word(self.lexicon, kind) {
                    return None;
                }
                (self.people.mention_at(apposition + 1)?, true)
            }
        };
        let entity = &self.people.entities[mention.entity];
        // (A name's lowercase tail, "de génie civil", may run past the
        // mention's end.)
        let after_name = (mention.end..).find(|&i| {
            !self
                .word(i)
                .is_some_and(|w| entity.name.iter().any(|n| n == w))
        })?;
        let closed = matches!(self.punct(after_name), Some("," | "("));
        let a_body = entity.named_as_body() || (kind_before && !entity.person);
        (closed && a_body).then_some(mention.entity)
    }

    /// A person named between commas right after a few lowercase words
    /// from token `from` ("’s economic development convener, Councillor
    /// Alan Reekie,").
    fn person_apposed_after(&self, from: usize) -> Option<usize> {
        let comma = (from..from + APPOSITION_REACH)
            .find(|&i| !self.starts_lowercase(i))
            .filter(|&i| self.punct(i) == Some(","))?;
        let mention = (comma + 1..comma + 3).find_map(|i| self.people.mention_at(i))?;
        (self.punct(mention.end) == Some(",") && self.people.entities[mention.entity].person)
            .then_some(mention.entity)
    }

    /// "the Aare of Ilora, Oba Tunde Ajibade, said": a capitalised title no
    /// list holds, before "of" and a place, is the office of the person
    /// named in apposition after the place.
    fn holder_of_title_over_place(&self, mention: &people::Mention) -> Option<usize> {
        let definite = mention
            .first
            .checked_sub(1)
            .and_then(|before| self.lower(before))
            .is_some_and(|w| self.lexicon.is_determiner(w) && is_definite(w));
        let before_place = self
            .lower(mention.end)
            .is_some_and(people::is_complement_link);
        if self.people.entities[mention.entity].person
            || mention.end - mention.first != 1
            || !definite
            || !before_place
        {
            return None;
        }
        let place_end = (mention.end + 1..)
            .take_while(|&i| self.word(i).is_some() && !self.starts_lowercase(i))
            .last()?
            + 1;
        self.person_apposed_after(place_end)
    }

    /// When "and" or "et" and a second person's name follow token `end`,
    /// that person if they were the previous sentence's subject.
    fn topic_among_pair(&self, sentence: usize, end: usize) -> Option<usize> {
        if !self.lower(end).is_some_and(|w| matches!(w, "and" | "et")) {
            return None;
        }
        let second = self.people.mention_at(end + 1)?.entity;
        let previous = self
            .subjects
            .get(sentence.checked_sub(1)?)
            .copied()
            .flatten()?;
        (previous == second).then_some(second)
    }

    /// The person named right after the first main verb from token `from`
    /// when it is a copula ("… who does the splicing is Tomasz Wierzbicki",
    /// « … est Marie Roy »).
    fn person_equated_after(&self, from: usize, end: usize) -> Option<usize> {
        let verb = (from..end.min(from + CLAUSE_REACH))
            .take_while(|&i| self.punct(i).is_none())
            .find(|&i| self.lower(i).is_some_and(|w| MAIN_VERBS.contains(w)))?;
        if !self
            .lower(verb)
            .is_some_and(|w| matches!(w, "is" | "was" | "est" | "était"))
        {
            return None;
        }
        let mention = self.people.mention_at(self.past_honorific(verb + 1))?;
        self.people.entities[mention.entity]
            .person
            .then_some(mention.entity)
    }

    /// Does an apposition or a relative clause right after token `from`
    /// (before `end`) say the person is left unnamed on purpose ("who asked
    /// not to be named")?
    fn left_unnamed_after(&self, from: usize, end: usize) -> bool {
        let anonymity = self.lexicon.anonymity();
        (from..end.min(from + APPOSITION_REACH))
            .take_while(|&i| self.people.mention_at(i).is_none())
            .any(|i| self.phrase_from(anonymity, i))
    }

    /// "La médiatrice désignée par l'ABL, l'ancienne présidente de la Cour
    /// constitutionnelle, Aminata Sarr-Loum, a dit": a person named after a
    /// comma, then a comma and the verb, closes a long apposition to the
    /// description ending at `from`.
    fn person_closing_apposition(&self, from: usize, end: usize) -> Option<usize> {
        (from..end.min(from + APPOSITION_REACH))
            .take_while(|&i| !self.lower(i).is_some_and(|w| MAIN_VERBS.contains(w)))
            .filter(|&i| self.punct(i) == Some(","))
            .find_map(|comma| {
                let mention = self.people.mention_at(self.past_honorific(comma + 1))?;
                let closed = self.punct(mention.end) == Some(",")
                    && self.lower(mention.end + 1).is_some_and(|w| {
                        self.lexicon.is_reporting_verb(w) || MAIN_VERBS.contains(w)
                    });
                (closed && self.people.entities[mention.entity].person).then_some(mention.entity)
            })
    }

    /// "Un riverain, qui n'a pas souhaité donner son nom, s'inquiète":
    /// a person described with an indefinite article at `index` is someone
    /// unnamed, unless the sentence (ending at `end`) names a person after
    /// them ("a young woman came in, and Feeney was on her feet").
    fn someone_unnamed_in(
        &mut self,
        referent: &Referent,
        index: usize,
        end: usize,
    ) -> Option<usize> {
        let Referent::Description {
            definite: false,
            gender,
            words,
            ..
        } = referent
        else {
            return None;
        };
        let person_named_after = self.person_named_between(index, end);
        (words.iter().any(|w| self.lexicon.role(w).is_some()) && !person_named_after)
            .then(|| self.people.someone_unnamed(*gender))
    }
}
