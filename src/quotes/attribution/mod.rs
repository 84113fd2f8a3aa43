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
//!
//! `kinds` tells titles and terms, `cues` and `clauses` read the text around
//! a quotation, `phrases` reads the noun phrases that name speakers,
//! `resolve` turns them into entities, and `context` covers what the text
//! leaves implicit.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use crate::article::{Block, Lang};

use super::lexicon::{
    self, Gender, Lexicon, WordSet, determiner_gender, is_definite, looks_past_participle,
    normalise,
};
use super::marks::Span;
use super::people::{self, People, is_organisation_word};
use super::tokens::is_word_char;
use super::tokens::{self, Kind, Token};
use super::{Extraction, Quote, QuoteKind, Speaker};

mod clauses;
mod context;
mod cues;
mod descriptions;
mod kinds;
mod phrases;
mod resolve;

use phrases::capitalised_name;

/// How the text refers to a speaker at one place.
#[derive(Debug, Clone, PartialEq)]
enum Referent {
    Entity(usize),
    /// A person's full name read as plain words (inside a quotation), with
    /// the gender a title before it gives ("Mme Le Bihan").
    Name(Vec<String>, Gender),
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
    /// No one described so: the most salient person, taken for it.
    Salient(usize),
    /// Someone the text brought in without a name ("A BCCI official said
    /// … the official said").
    Unnamed(Gender),
    /// An organisation the text names only by description ("la préfecture").
    Organisation,
}

/// A speaker found for a quotation, with how the text named them.
struct Found {
    referent: Referent,
    mention: String,
    cue: Option<String>,
}

/// How many tokens back an organisation's fuller description is sought.
const DESCRIBED_BEFORE_REACH: usize = 4000;

/// How many tokens after a quotation may say it is written on a sign.
const INSCRIPTION_AFTER_REACH: usize = 8;

/// How many tokens an incise closing a sentence may hold: "…, a annoncé
/// le ministère français de l'Europe et des Affaires étrangères."
const CLOSING_INCISE_REACH: usize = 16;

/// How many tokens an apposition or relative clause between commas may
/// run ("StoreRight, which approved a $1.4 billion loan last year, said";
/// "Anna Lindqvist, senior strategist for central and eastern Europe at
/// Nordhavn Bank, wrote").
const APPOSITION_REACH: usize = 24;

/// Whom a verb of saying may address before the words it gives ("I told
/// her, “…”").
const ADDRESSEE_PRONOUNS: [&str; 7] = ["him", "her", "them", "you", "us", "lui", "leur"];

/// Words that open the noun phrase of the people told something ("I tell
/// my trainees", « je dis à mes apprentis »), and how many words it may hold.
const ADDRESSEE_PHRASE_OPENERS: [&str; 8] = ["my", "our", "mes", "nos", "à", "aux", "mon", "ma"];
const ADDRESSEE_PHRASE_WORDS: usize = 3;

/// Words that address someone by their role (« madame la ministre »).
const ADDRESSING_TITLES: [&str; 2] = ["madame", "monsieur"];

/// Words after which a name is not a subject.
static PREPOSITIONS: WordSet = WordSet::new(&[
    "à",
    "au",
    "aux",
    "avec",
    "de",
    "du",
    "des",
    "d'",
    "pour",
    "par",
    "sur",
    "contre",
    "chez",
    "entre",
    "vers",
    "selon",
    "sans",
    "dans",
    "en",
    "with",
    "to",
    "by",
    "for",
    "from",
    "of",
    "about",
    "against",
    "after",
    "before",
    "than",
    "as",
    "at",
    "in",
    "on",
    "into",
    "like",
    "outside",
    "inside",
    "near",
    "behind",
    "beyond",
    "across",
    "through",
    "throughout",
    "under",
    "over",
    "among",
    "around",
    "toward",
    "towards",
    "via",
    "devant",
    "derrière",
    "près",
    "parmi",
    "autour",
    "malgré",
    "sous",
    "hors",
    "durant",
    "pendant",
    "depuis",
]);

/// How many dash turns in a row make an exchange of their own.
const DIALOGUE_RUN_MIN: usize = 3;

/// How many tokens before a short quotation a verb of calling is sought.
const CALLING_REACH: usize = 8;

/// How far before a verb of calling « ce que » may open its clause: « ce
/// que les élus de la commune appellent ».
const CE_QUE_REACH: usize = 6;

/// The most lowercase words a description without article may take
/// before the name it describes ("season ticket holder Claire Benham").
const BARE_DESCRIPTION_WORDS: usize = 3;

/// The most lowercase words a description may run on before the comma of
/// the name set beside it ("L'expert en incendie cité par le parquet, le
/// lieutenant-colonel Paul Santoni, …"), and after that comma.
const APPOSED_DESCRIPTION_WORDS: usize = 6;

/// Words that end a noun phrase read forwards.
static PHRASE_ENDS: WordSet = WordSet::new(&[
    "à", "au", "aux", "en", "dans", "pour", "lors", "devant", "avant", "après", "sur", "avec",
    "qui", "que", "qu'", "dont", "où", "et", "mais", "ou", "selon", "in", "at", "on", "to", "from",
    "after", "before", "during", "for", "with", "who", "that", "which", "and", "but", "or", "as",
    "when", "while", "beyond", "over", "under", "across", "into", "through", "around", "between",
    "among", "against", "about", "despite", "towards", "toward", "behind", "near", "without",
    "since", "until", "via", "than", "contre", "vers", "sans", "sous", "parmi", "malgré", "depuis",
    "pendant",
]);

/// Prepositions that open a circumstance ("en fin de journée", "on
/// Monday") rather than name an addressee.
static CIRCUMSTANCE_OPENERS: WordSet = WordSet::new(&[
    "en", "dans", "lors", "à", "depuis", "pendant", "in", "on", "at", "during", "after",
]);

/// Object pronouns that stand between a quotation and an inverted verb
/// (« … », lui a-t-il lancé).
static OBJECT_PRONOUNS: WordSet = WordSet::new(&[
    "lui", "leur", "nous", "vous", "me", "m'", "te", "t'", "se", "s'", "y", "l'", "en",
]);

/// The first words of [`SELON`]'s cues, asked of nearly every token near
/// a quotation before the cues themselves.
static SELON_OPENERS: WordSet = WordSet::new(&["selon", "d'", "according", "d'après", "in"]);

const SELON: &[&[&str]] = &[
    // « …, selon les mots de X »: the longer cues first.
    &["selon", "les", "mots", "de"],
    &["selon", "les", "mots", "d'"],
    &["selon", "les", "termes", "de"],
    &["selon", "les", "termes", "du"],
    &["in", "the", "words", "of"],
    &["selon"],
    &["d'", "après"],
    &["according", "to"],
    &["d'après"],
];

use crate::quotes::people::SPOKESPEOPLE;

/// Quotations this short, inside a sentence and credited to nobody, are
/// terms the author puts in quotation marks.
const TERM_MAX_WORDS: usize = 4;

/// How far a comma closing a short aside after an inverted verb may stand
/// (« conclut, inquiet, le colonel »), and one closing a circumstance (« résumait,
/// en fin de soirée, un sénateur »).
const SHORT_ASIDE_REACH: usize = 5;
const CIRCUMSTANCE_ASIDE_REACH: usize = 8;

/// How far after a circumstance's opening word the subject may start (« a
/// déclaré lors d'une conférence de presse à Sion la géologue »).
const CIRCUMSTANCE_SUBJECT_REACH: usize = 10;

/// How many capitalised words a place after a description may take ("one
/// shopper in Tsuen Wan remarked").
const PLACE_NAME_MAX_WORDS: usize = 4;

/// Finite auxiliaries and copulas: a sentence's subject comes before them.
static MAIN_VERBS: WordSet = WordSet::new(&[
    "est", "a", "sont", "ont", "était", "avait", "sera", "fut", "is", "was", "are", "were", "has",
    "have", "had", "will",
]);

/// Words that open a subordinate clause, whose verb is not the main one.
static SUBORDINATORS: WordSet = WordSet::new(&[
    "que", "qu'", "quand", "lorsque", "lorsqu'", "si", "puisque", "comme", "alors", "tandis",
    "bien", "when", "if", "after", "before", "because", "as", "while", "since", "although",
    "though", "once", "until",
]);

/// Relative pronouns: the verb after one is the relative clause's.
static RELATIVES: WordSet = WordSet::new(&["qui", "who", "which", "that", "dont"]);

/// Prepositions that set someone beside a clause's subject ("Avec Barthe,
/// il a discuté", "Interrogée par Claire Montagnac, elle …", « Aux côtés
/// de Mamadou Traoré, il a brandi … »): that person is not the subject.
static BESIDE_THE_SUBJECT: WordSet = WordSet::new(&[
    "avec",
    "contre",
    "comme",
    "sans",
    "par",
    "with",
    "against",
    "like",
    "unlike",
    "without",
    "by",
    "à",
    "au",
    "aux",
    "de",
    "d'",
    "du",
    "sur",
    "to",
    "of",
    "about",
    "beside",
    "alongside",
]);

/// How many sentences back someone brought in unnamed ("a neighbour")
/// stays the one "the neighbour" means.
const UNNAMED_REACH: usize = 3;

/// How many names back a pronoun may reach when no recent sentence is
/// about a person of its gender.
const SALIENCE_MENTIONS: usize = 60;

/// How many quotations around a heading may echo its words.
const ECHO_WINDOW: usize = 80;

/// How many tokens back from a quotation its own sentence is read for
/// cues: a sentence can be a whole megabyte of text with no full stop, and
/// each quotation must not read all of it.
const CLAUSE_REACH: usize = 80;

/// How many quotations back an organisation that spoke is looked for.
const ORGANISATION_REACH: usize = 50;

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
    keys: tokens::Keys<'a>,
    people: People,
    spans: Vec<Span>,
    /// Each quotation's words without its marks, read by many rules.
    inner_texts: Vec<&'a str>,
    quote_token: Vec<usize>,
    /// The entity each sentence is about, once known.
    subjects: Vec<Option<usize>>,
    /// Whether each sentence leaves someone unnamed on purpose.
    leaves_unnamed: SentenceFlags,
    /// Whether each sentence's narrator says "I" or « je ».
    first_person: SentenceFlags,
    speakers: Vec<Option<usize>>,
    kinds: Vec<QuoteKind>,
    /// The words of every quotation taken for a title so far.
    titles: HashSet<&'a str>,
    mentions: Vec<Option<String>>,
    cues: Vec<Option<String>>,
    /// Quotes whose speaker came from a cue of their own.
    cued: Vec<bool>,
    /// Quotations whose cue named their speaker only by a pronoun.
    by_pronoun: Vec<bool>,
    /// The token where each entity is first named (entities added later,
    /// never named, are absent).
    first_named: Vec<usize>,
    /// Whom each role meant when the text first used it of someone it had
    /// not described so ("le prévenu"): it means them throughout.
    guessed_roles: HashMap<String, usize>,
    /// Does the article print an interview whose questions carry no dash
    /// and whose answers do?
    plain_question_interview: bool,
    /// Does the article print an interview whose questions and answers
    /// are both quotations, each a paragraph of its own?
    quoted_question_interview: bool,
    /// Who signs the article as an interview ("Propos recueillis par X").
    signed_interviewer: Option<usize>,
    /// Whether each sentence says its subject did not speak.
    silent_sentences: SentenceFlags,
    /// The entities by the words of their descriptions, built when a
    /// description is first resolved.
    description_index: std::cell::OnceCell<descriptions::DescriptionIndex>,
    /// A description's candidate entities, kept between descriptions so
    /// that each one reuses the same allocation.
    candidates_buffer: std::cell::Cell<Vec<usize>>,
}

/// Attribute the quotations `spans` of `blocks` (a whole article, or a
/// section of one: span block indices count from `blocks[0]`).
pub fn attribute(text: &str, lang: Lang, blocks: &[Block], spans: Vec<Span>) -> Extraction {
    let lexicon = lexicon::for_lang(lang);
    let ranges: Vec<Range<usize>> = spans.iter().map(|span| span.range.clone()).collect();
    let (tokens, keys) = tokens::tokenize_with_keys(text, blocks, &ranges);
    let sentences = tokens::sentences(&tokens, &keys, is_abbreviation);
    // (Sentences run in order: each token's is written once, with no
    // zeroing first.)
    let mut sentence_of = Vec::with_capacity(tokens.len());
    for (index, sentence) in sentences.iter().enumerate() {
        sentence_of.resize(sentence.start, 0);
        sentence_of.resize(sentence.end, index);
    }
    sentence_of.resize(tokens.len(), 0);
    // (A map, not a scan: the vector is made at its size, and written
    // with no check of its room.)
    let mut block = 0;
    let block_of: Vec<usize> = tokens
        .iter()
        .map(|token| {
            let this = block;
            block += usize::from(token.kind == Kind::Break);
            this
        })
        .collect();
    let mut starts = vec![false; tokens.len()];
    for sentence in &sentences {
        if let Some(start) = starts.get_mut(sentence.start) {
            *start = true;
        }
    }
    people::mark_paragraph_openers(&tokens, &keys, &sentences, &mut starts);
    let people = people::find(text, &tokens, &keys, starts, lexicon);
    let mut quote_token = vec![0; spans.len()];
    for (index, token) in tokens.iter().enumerate() {
        if let Kind::Quote(quote) = token.kind {
            quote_token[quote] = index;
        }
    }
    let mut first_named = vec![usize::MAX; people.entities.len()];
    for mention in &people.mentions {
        first_named[mention.entity] = first_named[mention.entity].min(mention.first);
    }
    let count = spans.len();
    let inner_texts = spans
        .iter()
        .map(|span| text[span.range.clone()].trim_matches(|c: char| !is_word_char(c)))
        .collect();
    let mut attributor = Attributor {
        text,
        lexicon,
        subjects: vec![None; sentences.len()],
        leaves_unnamed: SentenceFlags::default(),
        first_person: SentenceFlags::default(),
        tokens,
        sentences,
        sentence_of,
        block_of,
        keys,
        people,
        spans,
        inner_texts,
        quote_token,
        speakers: vec![None; count],
        kinds: vec![QuoteKind::Quote; count],
        titles: HashSet::default(),
        mentions: vec![None; count],
        cues: vec![None; count],
        cued: vec![false; count],
        by_pronoun: vec![false; count],
        first_named,
        guessed_roles: HashMap::default(),
        plain_question_interview: false,
        quoted_question_interview: false,
        signed_interviewer: None,
        silent_sentences: SentenceFlags::default(),
        description_index: std::cell::OnceCell::new(),
        candidates_buffer: std::cell::Cell::default(),
    };
    attributor.plain_question_interview = attributor.has_plain_question_interview();
    attributor.quoted_question_interview = attributor.has_quoted_question_interview();
    attributor.signed_interviewer = attributor.interview_signatory();
    attributor.run();
    attributor.alternate_exchanges();
    attributor.echo_headings(blocks);
    attributor.into_extraction()
}

/// "faire", "alerter", "dire": by its ending, a French infinitive.
/// ("agriculture", "procédure": a word in -ure is a noun, but for
/// "conclure", "exclure" and "inclure".)
fn looks_infinitive(word: &str) -> bool {
    word.ends_with("er")
        || word.ends_with("ir")
        || (word.ends_with("re") && (!word.ends_with("ure") || word.ends_with("clure")))
}

fn is_abbreviation(word: &str) -> bool {
    lexicon::is_honorific_before(word, true) || lexicon::is_name_initial(word)
}

/// A yes-or-no answer about each sentence, worked out the first time it is
/// asked: most sentences are never asked about.
#[derive(Default)]
struct SentenceFlags(std::cell::OnceCell<Vec<std::cell::OnceCell<bool>>>);

impl SentenceFlags {
    /// The answer for `sentence` of `count`, from `work_out` if not known.
    fn get(&self, sentence: usize, count: usize, work_out: impl FnOnce() -> bool) -> bool {
        let cells = self
            .0
            .get_or_init(|| vec![std::cell::OnceCell::new(); count]);
        cells
            .get(sentence)
            .is_some_and(|cell| *cell.get_or_init(work_out))
    }
}

impl<'a> Attributor<'a> {
    fn run(&mut self) {
        // Each sentence's quotations in text order (sentence, quotation,
        // token), read from the quotations' tokens, not from every token.
        let in_sentence: Vec<(usize, usize, usize)> = self
            .quote_token
            .iter()
            .enumerate()
            .filter(|&(quote, &index)| {
                self.tokens
                    .get(index)
                    .is_some_and(|token| token.kind == Kind::Quote(quote))
            })
            .map(|(quote, &index)| (self.sentence_of[index], quote, index))
            .collect();
        let mut next = 0;
        for sentence in 0..self.sentences.len() {
            let first = next;
            while in_sentence
                .get(next)
                .is_some_and(|&(s, _, _)| s == sentence)
            {
                next += 1;
            }
            let quotes = &in_sentence[first..next];
            let first_quote_token = quotes
                .first()
                .map_or(self.sentences[sentence].end, |&(_, _, token)| token);
            let subject = if quotes.is_empty() {
                self.reporter_closing(sentence)
                    .or_else(|| self.source_opening(sentence))
                    .or_else(|| self.subject_before(sentence, first_quote_token))
            } else {
                self.subject_before(sentence, first_quote_token)
            };
            self.subjects[sentence] = subject;
            for &(_, quote, _) in quotes {
                self.attribute_quote(quote, sentence);
            }
            // A sentence that quotes someone is about them, unless a person
            // was already its subject.
            let about_person =
                self.subjects[sentence].is_some_and(|e| self.people.entities[e].person);
            if !about_person {
                let speaker = quotes
                    .iter()
                    .find_map(|&(_, quote, _)| self.speakers[quote].filter(|_| self.cued[quote]));
                if speaker.is_some() {
                    self.subjects[sentence] = speaker;
                }
            }
        }
    }

    fn word(&self, index: usize) -> Option<&'a str> {
        let token = self.tokens.get(index)?;
        (token.kind == Kind::Word).then(|| self.keys.text(index))
    }

    fn lower(&self, index: usize) -> Option<&str> {
        let token = self.tokens.get(index)?;
        (token.kind == Kind::Word).then(|| self.keys.get(index))
    }

    fn punct(&self, index: usize) -> Option<&str> {
        let token = self.tokens.get(index)?;
        (token.kind == Kind::Punct).then(|| self.keys.text(index))
    }

    fn is_quotation_at(&self, index: usize) -> bool {
        self.tokens
            .get(index)
            .is_some_and(|token| matches!(token.kind, Kind::Quote(_)))
    }

    /// « Un de ses conseillers, sous couvert d'anonymat, estime que « … » »,
    /// "… selon une sage-femme qui a requis l'anonymat. « …, dit-elle »":
    /// when the text has just left someone unnamed on purpose (in the
    /// quotation's sentence or the one before it in the paragraph), words
    /// given to a person it names in neither sentence are that someone's.
    fn left_unnamed_near(&self, at: usize, sentence: usize, entity: usize) -> bool {
        let previous = sentence
            .checked_sub(1)
            .filter(|&previous| self.block_of[self.sentences[previous].start] == self.block_of[at]);
        let start = self.sentences[previous.unwrap_or(sentence)].start;
        let end = self.sentences[sentence].end;
        let named = self
            .mentions_latest_first(start, end)
            .any(|mention| mention.entity == entity);
        !named
            && (self.sentence_leaves_unnamed(sentence)
                || previous.is_some_and(|previous| self.sentence_leaves_unnamed(previous)))
    }

    /// Does a phrase of the sentence say someone is left unnamed on purpose
    /// ("who asked not to be named", « sous couvert d'anonymat »)?
    fn sentence_leaves_unnamed(&self, sentence: usize) -> bool {
        self.leaves_unnamed.get(sentence, self.sentences.len(), || {
            let anonymity = self.lexicon.anonymity();
            let range = self.sentences[sentence].clone();
            range
                .into_iter()
                .any(|index| self.phrase_from(anonymity, index))
        })
    }

    /// "de source policière", "de source proche du dossier".
    fn cites_unnamed_source(&self, sentence: usize) -> bool {
        self.sentences[sentence]
            .clone()
            .any(|i| self.lower(i) == Some("de") && self.lower(i + 1) == Some("source"))
    }

    /// "Vaughan had first raised the idea over a pint, Pryce recalled.": a
    /// sentence that closes on who reports it is about that person.
    fn reporter_closing(&self, sentence: usize) -> Option<usize> {
        let range = self.sentences[sentence].clone();
        let comma = (range.start + 1..range.end)
            .rev()
            .take(CLOSING_INCISE_REACH)
            .find(|&i| self.punct(i) == Some(","))?;
        // Only a name and its verb, ending the sentence: ", Pryce recalled."
        let mention = *self.people.mention_at(comma + 1)?;
        let verb_ends = mention.end + 1 == range.end
            || (mention.end + 2 == range.end && self.punct(mention.end + 1).is_some());
        (verb_ends
            && self
                .lower(mention.end)
                .is_some_and(|w| self.lexicon.is_reporting_verb(w))
            && self.people.entities[mention.entity].person)
            .then_some(mention.entity)
    }

    /// "Selon un haut fonctionnaire qui a eu le document entre les mains,
    /// …", « Selon la Croix-Rouge, … »: a sentence that opens on its
    /// source, named or not, is about it ("« … », sourit-il" next is that
    /// source).
    fn source_opening(&mut self, sentence: usize) -> Option<usize> {
        let start = self.sentences[sentence].start;
        let (found, _) = self.selon_at(start)?;
        match found.referent {
            Referent::Description {
                definite: false,
                gender,
                ..
            } => Some(self.people.someone_unnamed(gender)),
            Referent::Entity(entity) => Some(entity),
            // « Selon lui, … »: whom the pronoun stands for.
            Referent::Pronoun(Gender::Masculine | Gender::Feminine) => {
                self.resolve(&found.referent, start)
            }
            _ => None,
        }
    }

    /// The speaker of the quotation before `quote` when `cue` says the
    /// speaker goes on (« poursuit … », "… went on").
    fn going_on(&self, quote: usize, cue: Option<&str>) -> Option<usize> {
        let continuing = cue.is_some_and(|cue| {
            cue.split_whitespace()
                .any(|word| self.lexicon.is_continuing_verb(word))
        });
        continuing
            .then(|| quote.checked_sub(1))
            .flatten()
            .and_then(|previous| self.speakers[previous])
    }

    fn attribute_quote(&mut self, quote: usize, sentence: usize) {
        let at = self.quote_token[quote];
        if let Some(kind) = self
            .named_thing(quote, at)
            .or_else(|| self.title_again(quote, at))
        {
            self.kinds[quote] = kind;
            if kind == QuoteKind::Title {
                self.titles.insert(self.inner_text(quote));
            }
            return;
        }
        let own_cue = self.cue_after(at).or_else(|| self.incise_inside(quote));
        if own_cue.is_none() && self.inscription_around(at, sentence) {
            return;
        }
        // "A: … and I said, “Ask me again after Christmas.”": words the
        // answerer gives as their own are theirs.
        if own_cue.is_none()
            && self.answer_opening(at).is_some()
            && self.cued_in_first_person(at, sentence)
        {
            // (The person the introduction is about: the answers may name
            // others before the words.)
            let first_answer = self.first_answer_opening(at);
            self.speakers[quote] = self.topic_person(first_answer, self.interviewer_before(quote));
            self.cued[quote] = true;
            return;
        }
        // (Sought only for words without a cue of their own.)
        let cued_here = own_cue.is_some();
        let voice = || {
            (!cued_here)
                .then(|| self.voice_before(at, sentence))
                .flatten()
        };
        let found = own_cue
            .or_else(|| self.passive_judge(at))
            .or_else(|| self.selon(at, sentence))
            .or_else(|| self.colon_introduction(quote))
            .or_else(|| self.reporting_verb_before(at, sentence))
            .or_else(|| self.closing_incise(at, sentence))
            .or_else(|| self.subject_of_clause(at, sentence))
            .or_else(|| self.announced_after_colon(at, sentence))
            .map(|found| match voice() {
                Some(voice) => Found {
                    cue: found.cue,
                    ..voice
                },
                None => found,
            });
        if let Some(found) = found {
            // "Sollicité, le parquet n'a rien confirmé. « … », indique-t-on":
            // "on" (and "it") speaks for the organisation just talked about;
            // "répète-t-on de source diplomatique": unless from a source
            // the text leaves unnamed.
            let going_on = self.going_on(quote, found.cue.as_deref());
            let (quoted_names, addressed) = match found.referent {
                Referent::Pronoun(_) | Referent::Description { .. } => {
                    (self.capitalised_words(quote), self.addressed_roles(quote))
                }
                _ => (Vec::new(), Vec::new()),
            };
            let resolved = self
                .resolve_after(
                    &found.referent,
                    at,
                    resolve::Hints {
                        going_on,
                        quoted_names: &quoted_names,
                        addressed: &addressed,
                    },
                )
                .or_else(|| {
                    let pronoun = found.mention.to_lowercase();
                    // ("… said it welcomed": a lowercase "it" has its body
                    // before it in the sentence.)
                    let in_sentence = (found.mention == "it")
                        .then(|| self.organisation_opening_sentence(at))
                        .flatten();
                    (pronoun == "on" || pronoun.ends_with("-on") || pronoun == "it")
                        .then(|| {
                            in_sentence
                                .or_else(|| self.organisation_subject_before(at))
                                .or_else(|| self.impersonal_source_before(at))
                        })
                        .flatten()
                        .filter(|_| !self.cites_unnamed_source(sentence))
                });
            let resolved = match found.referent {
                Referent::Pronoun(gender) => {
                    resolved.map(|entity| self.interviewee_for_pronoun(quote, entity, gender))
                }
                _ => resolved,
            };
            if let Some(entity) = resolved {
                if self.left_unnamed_near(at, sentence, entity) {
                    self.speakers[quote] = Some(self.people.someone_unnamed(Gender::Unknown));
                    self.cued[quote] = true;
                    return;
                }
                self.speakers[quote] = Some(entity);
                self.mentions[quote] = Some(found.mention);
                self.cues[quote] = found.cue;
                self.cued[quote] = true;
                self.by_pronoun[quote] = matches!(found.referent, Referent::Pronoun(_));
                return;
            }
            // "glisse un habitant", "a neighbour said", and later "the
            // neighbour said": the text says the speaker is someone it does
            // not name.
            let unnamed = match &found.referent {
                Referent::Description {
                    definite: false,
                    gender,
                    ..
                } => Some(*gender),
                Referent::Description { words, gender, .. } => self
                    .head(words)
                    .is_some_and(|head| self.introduced_unnamed(head, at))
                    .then_some(*gender),
                // "a-t-on entendu dans la salle", "ont-ils scandé": many.
                Referent::Pronoun(Gender::Plural) => Some(Gender::Plural),
                _ => None,
            };
            // "what residents called “the town's kitchen”": a name no one
            // in particular gives is the author's term.
            let called = found
                .cue
                .as_deref()
                .is_some_and(|cue| self.lexicon.is_calling_verb(&cue.to_lowercase()));
            // « Selon un compte rendu de la réunion, … », "according to a
            // statement": a thing cited is no one unnamed; a document
            // speaks for the body the text was just about.
            if let Referent::Description {
                definite: false,
                words,
                ..
            } = &found.referent
                && self.cites_a_thing(found.cue.as_deref(), words)
            {
                self.speakers[quote] = self.document_issuer(words, at);
                self.cued[quote] = self.speakers[quote].is_some();
                return;
            }
            if unnamed.is_some() && called {
                self.kinds[quote] = QuoteKind::Term;
                return;
            }
            if let Some(gender) = unnamed {
                // Unnamed, yet someone: "he said" next is them too.
                self.speakers[quote] = Some(self.people.someone_unnamed(gender));
                self.cued[quote] = true;
                return;
            }
        }
        if self.is_embedded(at, sentence) && self.has_at_most_words(quote, TERM_MAX_WORDS) {
            self.kinds[quote] = QuoteKind::Term;
            return;
        }
        // "Q: … / A: “…”": an answer is the interviewee's, never the
        // journalist's named before the exchange.
        if self.follows_answer_label(at) {
            let interviewer = self.interviewer_before(quote);
            self.speakers[quote] = self.salient_person_fitting(at, Gender::Unknown, |entity| {
                self.is_named(entity) && Some(entity) != interviewer
            });
            return;
        }
        let mut speaker = self.speaker_in_context(quote, sentence);
        // "Le document final prévoit un réexamen « d'ici à juin »": a
        // document speaks for a body, never for the last person quoted.
        if self.is_embedded(at, sentence) && self.opens_with_document(sentence) {
            speaker = speaker.filter(|&entity| !self.people.entities[entity].person);
        }
        if speaker.is_some_and(|entity| self.left_unnamed_near(at, sentence, entity)) {
            speaker = Some(self.people.someone_unnamed(Gender::Unknown));
        }
        self.speakers[quote] = speaker;
    }

    /// Does the sentence carry the quotation at token `at` on a sign, a
    /// banner or in a chant ("a cardboard sign reading “…”", « une
    /// banderole proclame « … » »)? A verb is no such thing ("refused to
    /// sign").
    /// "« … », pouvait-on lire sur une pancarte": or the words after it,
    /// up to a few, say so.
    fn inscription_around(&self, at: usize, sentence: usize) -> bool {
        if self.read_out_before(at) {
            return true;
        }
        let after = at + 1
            ..self.sentences[sentence]
                .end
                .min(at + INSCRIPTION_AFTER_REACH);
        let mut before = self.reach_back(at, sentence)..at;
        before
            .any(|index| self.is_inscription_at(index) && !self.someone_reports_between(index, at))
            || after.into_iter().any(|index| self.is_inscription_at(index))
    }

    /// Is the word at `index` a thing that carries words, not a verb
    /// ("would not sign", "won't sign", "if the state signs off")? (The
    /// French list holds its verbs on purpose: « on peut lire ».)
    fn is_inscription_at(&self, index: usize) -> bool {
        let english_verb_before = || {
            self.lexicon.lang == Lang::En
                && self.lower(index.wrapping_sub(1)).is_some_and(|before| {
                    matches!(before, "to" | "not" | "never")
                        || before.ends_with("n't")
                        || self.lexicon.is_auxiliary(before)
                        || self.lexicon.pronoun(before).is_some()
                })
        };
        // « a fait lire un message »: someone had their words read out.
        let causative_before = || {
            self.lexicon.lang == Lang::Fr
                && self.lower(index.wrapping_sub(1)).is_some_and(|before| {
                    matches!(
                        before,
                        "fait" | "faire" | "fera" | "ferait" | "faisait" | "fit" | "faisant"
                    )
                })
        };
        self.lower(index)
            .is_some_and(|word| self.lexicon.is_inscription(word))
            && !english_verb_before()
            && !causative_before()
            && !self
                .lower(index + 1)
                .is_some_and(|after| matches!(after, "off" | "up"))
    }

    /// Does someone, named or described, report the words between token
    /// `from` and the quotation at token `at`? « Devant les panneaux, le
    /// ministre a salué « … » »: the minister speaks, not the signs.
    fn someone_reports_between(&self, from: usize, at: usize) -> bool {
        let Some(verb) = (from + 1..at).find(|&i| self.used_as_reporting_verb(i)) else {
            return false;
        };
        (from + 1..verb).any(|i| {
            self.people.mention_at(i).is_some()
                || self.lower(i).is_some_and(|word| {
                    self.lexicon.person_pronoun(word).is_some() || self.lexicon.role(word).is_some()
                })
        })
    }

    /// Is the quotation at token `at` what a thing reads ("a notice pinned
    /// to the door read “…”", "It read: “…”")? Not what a person reads
    /// out ("she read: “…”"), nor a document's words, which its issuer
    /// gives ("the statement read: “…”").
    fn read_out_before(&self, at: usize) -> bool {
        let verb = match self.punct(at.wrapping_sub(1)) {
            Some(":" | ",") => at.wrapping_sub(2),
            Some(_) => return false,
            None => at.wrapping_sub(1),
        };
        let subject = self.lower(verb.wrapping_sub(1));
        self.lower(verb)
            .is_some_and(|word| self.lexicon.is_inscription_verb(word))
            && !subject.is_some_and(|word| {
                self.lexicon.person_pronoun(word).is_some()
                    || self.lexicon.is_document(word)
                    || matches!(word, "to" | "i" | "we" | "you" | "they")
            })
    }

    /// « selon un compte rendu », "according to a statement": does a
    /// "selon" cue cite a described thing (no role or age among its
    /// words) rather than someone?
    fn cites_a_thing(&self, cue: Option<&str>, words: &[String]) -> bool {
        let selon = cue
            .and_then(|cue| cue.split_whitespace().next())
            .is_some_and(|first| SELON_OPENERS.contains(&first.to_lowercase()));
        selon && !self.describes_someone(words)
    }

    /// The organisation the sentence before was about, when `words` name
    /// a document (which speaks for whoever issued it).
    fn document_issuer(&self, words: &[String], at: usize) -> Option<usize> {
        // ("a statement distributed at the launch": the phrase read may
        // end on a participle.)
        words
            .iter()
            .any(|word| self.lexicon.is_document(word))
            .then(|| self.organisation_subject_before(at))
            .flatten()
    }

    /// Does `sentence` open with a document for subject: "Le document
    /// final", "Un rapport interne", "The memo"?
    fn opens_with_document(&self, sentence: usize) -> bool {
        let start = self.sentences[sentence].start;
        self.lower(start)
            .is_some_and(|w| self.lexicon.is_determiner(w))
            && (start + 1..start + 3).any(|index| {
                self.lower(index)
                    .is_some_and(|w| self.lexicon.is_document(w))
            })
    }

    /// Does the quotation at token `at` open a paragraph after "A:" (or
    /// « R : »), the label of an answer in a transcribed interview?
    fn follows_answer_label(&self, at: usize) -> bool {
        at >= 2
            && (at == 2 || self.tokens[at - 3].kind == Kind::Break)
            && self.is_answer_label(at - 2)
    }

    /// Does "A:" (or « R : »), the label of an answer, stand at token
    /// `index`?
    fn is_answer_label(&self, index: usize) -> bool {
        self.word(index).is_some_and(|w| matches!(w, "A" | "R"))
            && self.punct(index + 1) == Some(":")
    }

    /// The first token of the first answer before token `at` (`at` when
    /// none opens before it).
    fn first_answer_opening(&self, at: usize) -> usize {
        self.sentences
            .iter()
            .map(|sentence| sentence.start)
            .take_while(|&start| start < at)
            .filter(|&start| start == 0 || self.tokens[start - 1].kind == Kind::Break)
            .find(|&opening| self.is_answer_label(opening))
            .unwrap_or(at)
    }

    /// The first token of the paragraph holding token `at`, if it opens
    /// with "A:" (or « R : »), the label of an answer.
    fn answer_opening(&self, at: usize) -> Option<usize> {
        // (Asked of most quotations: the paragraph's sentences are walked
        // back, not its tokens.)
        let block = self.block_of.get(at)?;
        let mut sentence = *self.sentence_of.get(at)?;
        while sentence > 0 && self.block_of[self.sentences[sentence - 1].start] == *block {
            sentence -= 1;
        }
        let opening = self.sentences[sentence].start;
        self.is_answer_label(opening).then_some(opening)
    }

    /// Is the quotation at token `at` introduced by a reporting verb whose
    /// subject is "I" (« je »): "I told her, “…”", « je lui ai dit : « … » »?
    fn cued_in_first_person(&self, at: usize, sentence: usize) -> bool {
        let start = self.reach_back(at, sentence);
        let Some(verb) = (start..at).rev().find(|&i| self.used_as_reporting_verb(i)) else {
            return false;
        };
        // (Only the verb's object or a comma may follow it: a pronoun, or a
        // short noun phrase opened by a possessive, "I tell my trainees".)
        let object_words = (verb + 1..at).filter(|&i| self.punct(i).is_none());
        let pronoun = object_words.clone().all(|i| {
            self.lower(i)
                .is_some_and(|w| ADDRESSEE_PRONOUNS.contains(&w))
        });
        let addressees = object_words.clone().count() <= ADDRESSEE_PHRASE_WORDS
            && self
                .lower(verb + 1)
                .is_some_and(|w| ADDRESSEE_PHRASE_OPENERS.contains(&w));
        (pronoun || addressees)
            && (verb.saturating_sub(3).max(start)..verb)
                .any(|i| matches!(self.lower(i), Some("i" | "je" | "j'")))
    }

    /// A quotation's words without its marks.
    fn inner_text(&self, quote: usize) -> &'a str {
        self.inner_texts[quote]
    }

    /// The quotations whose token stands in `tokens`.
    fn quotes_between(&self, tokens: Range<usize>) -> Range<usize> {
        let first = self
            .quote_token
            .partition_point(|&token| token < tokens.start);
        let end = self
            .quote_token
            .partition_point(|&token| token < tokens.end);
        first..end
    }

    /// Is a person named between tokens `from` and `to`?
    fn person_named_between(&self, from: usize, to: usize) -> bool {
        self.first_person_between(from, to).is_some()
    }

    /// The first mention of a person that starts between tokens `from`
    /// and `to`.
    fn first_person_between(&self, from: usize, to: usize) -> Option<&people::Mention> {
        self.mentions_before(to)[self.mentions_before(from).len()..]
            .iter()
            .find(|mention| self.people.entities[mention.entity].person)
    }

    /// Does a phrase of `book` stand at `index`?
    fn phrase_from(&self, book: &lexicon::PhraseBook, index: usize) -> bool {
        self.lower(index).is_some_and(|word| {
            book.opened_by(word)
                .any(|phrase| self.words_follow(index, phrase))
        })
    }

    /// Do `words` stand at `index` and after, as the tokens read them?
    fn words_follow(&self, index: usize, words: &[impl AsRef<str>]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(offset, word)| self.lower(index + offset) == Some(word.as_ref()))
    }

    /// The capitalised words of a quotation, outside the words it quotes
    /// in turn (« il m'a répondu “tout est en ordre, Odile” »).
    fn capitalised_words(&self, quote: usize) -> Vec<&'a str> {
        let inner = self.inner_text(quote);
        // One pass over the characters: each run of word characters is
        // kept or not by the marks met before it, and the character that
        // closes it may open or close a nested quotation.
        let mut words = Vec::new();
        let mut keep = |word: &'a str, nested: bool| {
            if !nested && word.starts_with(char::is_uppercase) {
                words.push(word);
            }
        };
        let mut nested = false;
        let mut start = 0;
        for (at, c) in inner.char_indices() {
            if is_word_char(c) {
                continue;
            }
            keep(&inner[start..at], nested);
            if matches!(c, '“' | '«' | '"') {
                nested = !nested || c != '"';
            } else if matches!(c, '”' | '»') {
                nested = false;
            }
            start = at + c.len_utf8();
        }
        keep(&inner[start..], nested);
        words
    }

    /// The roles a quotation addresses someone by (« madame la
    /// ministre », « monsieur le président »): the speaker holds none.
    fn addressed_roles(&self, quote: usize) -> Vec<String> {
        let inner = self.inner_text(quote);
        // (Most quotations address no one: they are not split into words.)
        if !ADDRESSING_TITLES
            .iter()
            .any(|title| inner.contains(&title[1..]))
        {
            return Vec::new();
        }
        let words: Vec<&str> = inner
            .split(|c: char| !is_word_char(c))
            .filter(|word| !word.is_empty())
            .collect();
        words
            .windows(3)
            .filter(|window| {
                ADDRESSING_TITLES
                    .iter()
                    .any(|title| window[0].eq_ignore_ascii_case(title))
                    && matches!(window[1], "le" | "la")
            })
            .map(|window| lexicon::normalise(window[2]))
            .collect()
    }

    /// Does the quotation hold at most `most` words? (Counting stops past
    /// them: a long quotation is not read to its end.)
    fn has_at_most_words(&self, quote: usize, most: usize) -> bool {
        self.text[self.spans[quote].range.clone()]
            .split_whitespace()
            .filter(|word| word.chars().any(is_word_char))
            .take(most + 1)
            .count()
            <= most
    }

    /// Does the quotation stand inside a sentence, with words of the
    /// author's own before it?
    fn is_embedded(&self, at: usize, sentence: usize) -> bool {
        (self.reach_back(at, sentence)..at).any(|index| self.tokens[index].kind == Kind::Word)
    }

    /// Where reading back from token `at` in `sentence` stops: the
    /// sentence's start, or [`CLAUSE_REACH`] tokens back.
    fn reach_back(&self, at: usize, sentence: usize) -> usize {
        self.sentences[sentence]
            .start
            .max(at.saturating_sub(CLAUSE_REACH))
    }

    /// Mentions that start before token `at`, in text order.
    fn mentions_before(&self, at: usize) -> &[people::Mention] {
        let mentions = &self.people.mentions;
        &mentions[..mentions.partition_point(|m| m.first < at)]
    }

    /// Mentions that start from token `start` up to token `end`, the latest
    /// first.
    fn mentions_latest_first(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &people::Mention> {
        self.mentions_before(end)
            .iter()
            .rev()
            .take_while(move |mention| mention.first >= start)
    }

    fn sentence_block(&self, sentence: usize) -> Option<usize> {
        self.block_of.get(self.sentences[sentence].start).copied()
    }

    fn span_text(&self, first: usize, end: usize) -> String {
        self.span_str(first, end).to_string()
    }

    /// `span_text` borrowed, for callers that may not keep it.
    fn span_str(&self, first: usize, end: usize) -> &'a str {
        let (Some(start), Some(last)) = (
            self.tokens.get(first),
            end.checked_sub(1).and_then(|i| self.tokens.get(i)),
        ) else {
            return "";
        };
        &self.text[start.start..last.end.max(start.start)]
    }

    /// For each speaker, how many of the `counted` quotations they have and
    /// their first.
    fn speaker_tally(&self, counted: impl Fn(usize) -> bool) -> HashMap<usize, (usize, usize)> {
        let mut tally: HashMap<usize, (usize, usize)> = HashMap::default();
        for (quote, speaker) in self.speakers.iter().enumerate() {
            if let Some(entity) = *speaker
                && counted(quote)
            {
                tally.entry(entity).or_insert((0, quote)).0 += 1;
            }
        }
        tally
    }

    fn into_extraction(mut self) -> Extraction {
        // Someone unnamed is nobody the sidebar can list.
        for speaker in &mut self.speakers {
            if speaker.is_some_and(|entity| self.people.entities[entity].unnamed) {
                *speaker = None;
            }
        }
        let mut order: Vec<(usize, (usize, usize))> =
            self.speaker_tally(|_| true).into_iter().collect();
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
                let name = entity.display_name();
                let mut aliases = entity.forms.clone();
                aliases.retain(|alias| *alias != name);
                Speaker {
                    name,
                    aliases,
                    quotes: count,
                }
            })
            .collect();
        // Mentions and cues are moved out, not copied: nothing reads them
        // after this.
        let mut mentions = std::mem::take(&mut self.mentions);
        let mut cues = std::mem::take(&mut self.cues);
        let quotes = self
            .spans
            .iter()
            .enumerate()
            .map(|(index, span)| Quote {
                span: span.range.clone(),
                kind: self.kinds[index],
                speaker: self.speakers[index].and_then(|entity| id_of.get(&entity).copied()),
                mention: self.speakers[index].and(mentions[index].take()),
                cue: self.speakers[index].and(cues[index].take()),
            })
            .collect();
        let mut extraction = Extraction { quotes, speakers };
        add_epithet_aliases(&mut extraction);
        extraction
    }
}

/// Epithets used for a speaker ("le maître du Kremlin") become aliases.
fn add_epithet_aliases(extraction: &mut Extraction) {
    let Extraction { quotes, speakers } = extraction;
    for quote in quotes.iter() {
        let (Some(speaker), Some(mention)) = (quote.speaker, &quote.mention) else {
            continue;
        };
        let speaker = &mut speakers[speaker];
        let is_pronoun = mention.contains("-t-")
            || mention.contains('-') && mention.ends_with("il")
            || mention.chars().count() <= 4;
        if *mention != speaker.name && !is_pronoun && !speaker.aliases.contains(mention) {
            speaker.aliases.push(mention.clone());
        }
    }
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

    /// Each quotation's speaker, in order.
    fn speakers_only(text: &str) -> Vec<Option<String>> {
        speakers_of(text)
            .into_iter()
            .map(|(_, speaker)| speaker)
            .collect()
    }

    fn speaker(text: &str, index: usize) -> Option<String> {
        speakers_of(text)
            .get(index)
            .and_then(|(_, speaker)| speaker.clone())
    }

    /// The kind of the quotation at `index`.
    fn kind(text: &str, index: usize) -> super::super::QuoteKind {
        let article = Article::from_bytes(text.as_bytes(), "t");
        extract(&article).quotes[index].kind
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
    fn a_team_and_a_role_before_a_name_mean_the_person() {
        let text = "“We lost,” said Kelvin Rovers manager Tom Reid.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tom Reid"));
    }

    #[test]
    fn an_epithet_refers_to_someone_already_named() {
        let text = "Le maire, Jean Morel, a ouvert la séance. « Nous voterons », a déclaré l’élu. Paul Henri, l’autre élu de la minorité, a protesté.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Jean Morel"));
    }

    #[test]
    fn an_addressee_stands_between_the_verb_and_the_speaker() {
        let text = "« Nous avons trouvé trois chevaux », a déclaré à l’AFP la responsable des fouilles, Claire Vidal.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Claire Vidal"));
    }

    #[test]
    fn a_name_in_apposition_after_a_complement_is_the_subject() {
        let text = "Le ministre délégué à l’Industrie, Paul Girard, a dit regretter une décision « brutale et injuste pour les salariés ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Girard"));
    }

    #[test]
    fn a_few_words_after_an_article_are_a_term() {
        let text = "Jean Morel vendait des « résidences seniors » en Espagne.";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let extraction = extract(&article);
        assert_eq!(extraction.quotes[0].speaker, None);
        assert_eq!(extraction.quotes[0].kind, super::super::QuoteKind::Term);
    }

    #[test]
    fn a_possessive_is_not_part_of_the_name_after_it() {
        let text = "Ashford’s Sam Petit scored twice. “It was a good day,” Petit said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sam Petit"));
    }

    #[test]
    fn in_an_interview_without_cues_answers_belong_to_the_interviewee() {
        let text = "Entretien\n\nLa navigatrice Claire Duval revient sur sa course. Claire Duval a terminé troisième.\n\n— Comment s’est passée la course ?\n\n— Très dure, mais j’ai tenu.\n\n— Et la suite ?\n\n— Je repars en mars.";
        let found: Vec<Option<String>> = speakers_of(text).into_iter().map(|(_, s)| s).collect();
        let duval = Some("Claire Duval".to_string());
        assert_eq!(found, vec![None, duval.clone(), None, duval]);
    }

    #[test]
    fn a_title_written_as_a_name_then_the_person() {
        let text = "Le PDG, Paul Girard, a pour sa part évoqué un « plan d’accompagnement exemplaire » pour les salariés.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Girard"));
    }

    #[test]
    fn an_epithet_matches_the_role_given_after_a_name() {
        let text = "« Nous avons vu des chevaux », a déclaré Claire Vidal, chercheuse au laboratoire Traces de Lyon.\n\n« La calcite recouvre le trait, explique la chercheuse. Cela donne un âge minimum. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Claire Vidal"));
    }

    #[test]
    fn an_unnamed_speaker_stays_unnamed() {
        let text = "Jean Morel a présenté le projet. « Personne ne nous a demandé notre avis », glisse un habitant croisé devant la mairie.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_spokesperson_speaks_for_the_organisation() {
        let text = "Jane Roe spoke to the council. “We stand ready to help,” a Downing Street spokesperson said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Downing Street"));
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

    #[test]
    fn a_statement_speaks_for_the_organisation_that_issued_it() {
        let text = "Brackwater Shipping said in a statement that orders had slowed.\n\n\"Volumes will recover next year,\" the statement said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Brackwater Shipping"));
    }

    #[test]
    fn a_generic_company_noun_is_the_firm_introduced_by_one() {
        let text = "Le groupe coopératif Lactalis Nord ferme son usine.\n\n« Le site n'est plus rentable », indique l'entreprise dans un communiqué.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lactalis Nord"));
    }

    #[test]
    fn the_complement_of_an_organisation_noun_is_part_of_its_name() {
        let text = "La préfecture de la Sarthe a annoncé une réunion « dans les prochains jours ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("préfecture de la Sarthe"));
    }

    #[test]
    fn a_council_title_is_not_part_of_the_name() {
        let text =
            "The opposition leader, Cllr Owen Talbot, spoke first.\n\n“This isn’t over,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Owen Talbot"));
    }

    #[test]
    fn a_title_may_follow_the_organisation_before_a_name() {
        let text = "\"This is about scale,\" Corrigan Chief Executive Mark Delacroix said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mark Delacroix"));
    }

    #[test]
    fn a_demonym_before_a_name_is_not_part_of_it() {
        let text = "Nous avons rencontré la Lyonnaise Anne-Laure Brun. « J'écris le matin », confie-t-elle.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Anne-Laure Brun"));
    }

    #[test]
    fn a_nickname_after_a_naming_verb_is_nobody_s_words() {
        let text = "Le pilier, que tout le club surnomme « le Mur », a été décisif.";
        assert_eq!(speaker(text, 0), None);
        let article = Article::from_bytes(text.as_bytes(), "t");
        let extraction = extract(&article);
        assert_eq!(extraction.quotes[0].kind, crate::quotes::QuoteKind::Term);
    }

    #[test]
    fn a_paragraph_of_quotation_belongs_to_whom_the_paragraph_before_was_about() {
        let text = "Marianne Voss found her calling late. She grew up in Dundee and left school at sixteen.\n\n“I didn’t know what a lichen was until I was twenty-two.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marianne Voss"));
    }

    #[test]
    fn a_host_named_before_an_exchange_asks_and_a_body_named_after_a_place_does_not_answer() {
        let text = "Les chauffeurs de bus manifestent depuis lundi à Sherbrooke. Selon Transport Sherbrooke, le service est réduit de moitié. Transport Sherbrooke affirme avoir fait une offre « généreuse ». En entrevue mercredi, la présidente du syndicat, Nadia Fortin, a détaillé ses demandes. Voici l'échange avec l'animatrice Lise Caron.\n\n— Pourquoi refuser l'offre ?\n\n— Parce qu'elle ne règle rien.\n\n— Jusqu'où irez-vous ?\n\n— Jusqu'au bout.";
        let speakers = speakers_only(text);
        let host = Some("Lise Caron".to_string());
        let president = Some("Nadia Fortin".to_string());
        assert_eq!(
            speakers[1..],
            [host.clone(), president.clone(), host, president]
        );
    }

    #[test]
    fn a_long_description_with_an_article_names_the_person_set_between_commas() {
        let text = "Le débat a duré trois heures. Le président de la commission des finances en charge du budget, Marc Lenoir, a reproché au gouvernement de « naviguer à vue ».";
        let speakers = speakers_of(text);
        assert_eq!(speakers[0].1.as_deref(), Some("Marc Lenoir"));
    }

    #[test]
    fn an_incise_closing_a_sentence_reports_the_quotation_inside_it() {
        let text = "Le navigateur Yann Quéré, disparu depuis mardi, a été retrouvé en « bonne forme » au large de l'île de Sein, a annoncé la préfecture maritime de l'Atlantique.";
        let speakers = speakers_of(text);
        assert_eq!(
            speakers[0].1.as_deref(),
            Some("préfecture maritime de l'Atlantique")
        );
    }

    #[test]
    fn a_ministry_keeps_the_whole_of_its_name() {
        let joined = "La croissance a été révisée à la baisse. « La situation reste sous contrôle », a indiqué le ministère de l'Économie et des Finances.";
        assert_eq!(
            speakers_of(joined)[0].1.as_deref(),
            Some("ministère de l'Économie et des Finances")
        );
        let qualified = "« Nous rappelons nos ressortissants », a fait savoir le ministère des Affaires étrangères.";
        assert_eq!(
            speakers_of(qualified)[0].1.as_deref(),
            Some("ministère des Affaires étrangères")
        );
    }

    #[test]
    fn words_one_could_read_somewhere_have_no_speaker() {
        let text = "Le maire, Paul Vidal, a salué les secours. « Ils ont été formidables », a-t-il déclaré. « Merci les pompiers », pouvait-on lire sur un drap tendu à un balcon.";
        let speakers = speakers_of(text);
        assert_eq!(speakers[0].1.as_deref(), Some("Paul Vidal"));
        assert_eq!(speakers[1].1, None);
    }

    #[test]
    fn an_anonymous_source_is_no_one_named() {
        let text = "« Rien n'est exclu », a déclaré le procureur Marc Aubert. Selon une source proche du dossier, plusieurs suspects ont été identifiés. Cette source évoque « une piste sérieuse, qui mène vers un réseau installé à l'étranger ».";
        let speakers = speakers_of(text);
        assert_eq!(speakers[0].1.as_deref(), Some("Marc Aubert"));
        assert_eq!(speakers[1].1, None);
    }

    #[test]
    fn a_word_for_where_someone_comes_from_is_a_subject() {
        let text = "L'alpiniste italien Marco Ferri a été secouru jeudi. Le chef du peloton, Henri Dumas, a salué son sang-froid. Sur une vidéo tournée à l'hôpital, l'Italien, épuisé, sourit. « J'ai eu beaucoup de chance », dit-il.";
        let speakers = speakers_of(text);
        assert_eq!(speakers[0].1.as_deref(), Some("Marco Ferri"));
    }

    #[test]
    fn a_turn_calling_the_judge_by_her_title_answers_her() {
        let text = "Le prévenu, Marc Tessier, 41 ans, est jugé pour escroquerie. La présidente, Hélène Garnier, l'interroge longuement. Le prévenu se défend mal.\n\n— Pourquoi ces virements ?\n\n— Je croyais bien faire, madame la présidente. Tout le monde faisait pareil.\n\n— Tout le monde ?\n\n— Dans ma branche, oui.";
        let speakers = speakers_only(text);
        let judge = Some("Hélène Garnier".to_string());
        let accused = Some("Marc Tessier".to_string());
        assert_eq!(speakers, [judge.clone(), accused.clone(), judge, accused]);
    }

    #[test]
    fn the_group_is_the_company_a_recent_sentence_was_about() {
        let text = "Le constructeur Vectra a confirmé mardi, lors d'un comité social et économique (CSE) extraordinaire, la fermeture de son usine de Brévannes. Le site emploie 800 salariés. Il fermera en 2027.\n\nLe groupe évoque dans un communiqué « une décision douloureuse mais nécessaire ».";
        assert_eq!(speakers_of(text)[0].1.as_deref(), Some("Vectra"));
    }

    #[test]
    fn an_adjective_after_a_bodys_complement_ends_its_name() {
        let text = "La Commission de l'Union africaine a condamné « avec la plus grande fermeté » le coup de force.";
        assert_eq!(
            speakers_of(text)[0].1.as_deref(),
            Some("Commission de l'Union africaine")
        );
    }

    #[test]
    fn a_coach_from_elsewhere_is_the_one_the_text_turned_to() {
        let text = "« On a su souffrir », a savouré Marc Olivier, l'entraîneur de Brives. En face, Paul Dantec ne cachait pas sa déception. L'entraîneur quimpérois a reconnu que son équipe avait « manqué de tout ».";
        let speakers = speakers_of(text);
        assert_eq!(speakers[0].1.as_deref(), Some("Marc Olivier"));
        assert_eq!(speakers[1].1.as_deref(), Some("Paul Dantec"));
    }

    #[test]
    fn the_one_in_charge_covers_a_director() {
        let text = "Paul Vidal travaillait pour l'ONG Horizons Solidaires. Sa sœur, Anne Morel, a reçu l'appel en fin de matinée. Elle se trouvait alors avec la directrice d'Horizons Solidaires, Julie Vasseur, venue de Lyon.\n\n« On a pleuré de joie », a raconté la jeune femme. La responsable de l'ONG a tenu à saluer les équipes. « Nos programmes n'ont jamais été interrompus », a-t-elle affirmé.";
        let speakers = speakers_of(text);
        assert_eq!(speakers[0].1.as_deref(), Some("Anne Morel"));
        assert_eq!(speakers[1].1.as_deref(), Some("Julie Vasseur"));
    }

    #[test]
    fn an_organisation_keeps_the_fuller_description_it_was_first_given() {
        let text = "Selon la préfecture du Cantal, la route restera fermée jusqu'à lundi. Les habitants s'impatientent. La préfecture affirme vouloir « rouvrir au plus vite, dès que les contrôles seront achevés ».";
        assert_eq!(
            speakers_of(text)[0].1.as_deref(),
            Some("préfecture du Cantal")
        );
    }

    #[test]
    fn after_an_opening_participle_the_subject_stands_before_the_verb() {
        let text = "À ses côtés, l'entraîneur Marc Le Bris avait les yeux rougis. Arrivé en mars pour remplacer Paul Girard, limogé après dix défaites, le technicien breton avait redressé l'équipe. « On a tout changé, a-t-il rappelé. Mais il était trop tard. »";
        assert_eq!(speakers_of(text)[0].1.as_deref(), Some("Marc Le Bris"));
    }

    #[test]
    fn a_regional_epithet_does_not_contradict_a_towns_name() {
        let text = "L'entraîneur, Jean-Luc Peyrelongue, avait prévenu ses hommes toute la semaine. Ils ont gagné.\n\nDans le camp adverse, la déception était immense. « C'est cruel », a réagi l'entraîneur de Montauzac, Christophe Lasserre. Le technicien gersois n'a pas souhaité commenter l'arbitrage. « Je ne vais pas pleurer », a-t-il ajouté.";
        let speakers = speakers_of(text);
        assert_eq!(speakers[1].1.as_deref(), Some("Christophe Lasserre"));
    }

    #[test]
    fn a_dateline_in_capitals_names_no_one() {
        let text = "ELM RIDGE — The diner on Main Street still keeps a booth for her, and on Saturday the regulars barely looked up when Sen. Ann Kohl slid into it.\n\n“People here knew me before I was anything,” she said.";
        assert_eq!(speakers_of(text)[0].1.as_deref(), Some("Ann Kohl"));
    }

    #[test]
    fn a_name_in_apposition_closes_with_a_comma_before_the_verb() {
        let text = "Forecasters warned of flooding. \"This is not over,\" the center's director, Raymond Okafor, said at a briefing.";
        assert_eq!(speakers_of(text)[0].1.as_deref(), Some("Raymond Okafor"));
        // The sentence after a quotation that goes on past its verb is no
        // incise of it.
        let next = "In a statement, the Elm Police Officers Association said the cut would “make every street less safe.” The union’s spokesman, Tom Reyes, said members were “angry and exhausted.”";
        let speakers = speakers_of(next);
        assert_eq!(
            speakers[0].1.as_deref(),
            Some("Elm Police Officers Association")
        );
        assert_eq!(speakers[1].1.as_deref(), Some("Tom Reyes"));
    }

    #[test]
    fn any_verb_inverted_after_a_quotation_is_an_incise() {
        let text = "L'avocat général, Marc Roy, a requis vingt ans. Son avocat, Me Paul Marin, a pris la parole en début d'après-midi. Le pénaliste a d'emblée répondu à l'avocat général. « Mon confrère vous a montré trente secondes d'images », a-t-il commencé.";
        assert_eq!(speakers_of(text)[0].1.as_deref(), Some("Paul Marin"));
    }

    #[test]
    fn the_transport_authority_is_the_body_the_text_was_about() {
        let text = "Un bus de la ligne 4 a percuté un abribus mardi soir. Météo-France avait prévu du verglas. Le Syndicat des transports de Valbonne (STV) a suspendu la ligne.\n\n« Nous apportons tout notre soutien aux victimes », écrit la régie dans un communiqué.";
        assert_eq!(
            speakers_of(text)[0].1.as_deref(),
            Some("Syndicat des transports de Valbonne")
        );
    }

    #[test]
    fn a_modal_and_an_infinitive_after_a_quotation_make_an_incise() {
        let text = "Le maire de la commune, Paul Girard, nous reçoit dans son bureau. Au bar, le patron, Marc Vidal, a fait ses comptes. « Les gens viennent quand même », observe-t-il.\n\nAu village, on croise les doigts. « Si on a quarante centimètres, on sauve les vacances », veut croire le maire.";
        let speakers = speakers_of(text);
        assert_eq!(speakers[1].1.as_deref(), Some("Paul Girard"));
    }

    #[test]
    fn a_role_joined_by_et_in_an_apposition_describes_the_person() {
        let text = "Pour Claire Morel, petite-fille du fondateur et directrice générale depuis 2015, la décision n'a pas été facile. La syndicaliste Anne Roy a rencontré la direction. « On a vu d'autres promesses », tempère-t-elle.\n\nLa directrice générale ne cache pas qu'elle a dû convaincre. « Je comprends que les gens aient eu peur, a-t-elle reconnu. Mais je ne l'aurais jamais accepté. »";
        let speakers = speakers_of(text);
        assert_eq!(speakers[0].1.as_deref(), Some("Anne Roy"));
        assert_eq!(speakers[1].1.as_deref(), Some("Claire Morel"));
    }

    #[test]
    fn a_court_exchange_alternates_between_the_judge_and_the_one_addressed() {
        let text = "Paul Arnaud, 47 ans, comparaît libre. La présidente, Hélène Marchal, a voulu comprendre le montage.\n\n— Monsieur Arnaud, qui signait les virements ?\n\n— C'était collégial. J'avais des associés.\n\n— Vos associés ont été mis hors de cause.\n\n— Je signais sur les conseils de mon comptable.";
        let speakers = speakers_only(text);
        let judge = Some("Hélène Marchal".to_string());
        assert_eq!(speakers[0], judge);
        assert_eq!(speakers[2], judge);
        assert_ne!(speakers[1], judge);
        assert_ne!(speakers[3], judge);
    }

    #[test]
    fn a_pronoun_in_an_interview_is_the_person_interviewed() {
        let text = "Anouk Berthelot remporte le prix\n\nLa déléguée du festival, Isabelle Cormier, a salué le jury. Nous avons rencontré la lauréate.\n\n— Vous attendiez-vous à ce prix ?\n\n— Pas du tout, répond-elle.\n\n— Pourquoi ce titre ?\n\n— Parce que c'est le temps de ceux qui attendent.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Anouk Berthelot"));
        assert_eq!(speaker(text, 3).as_deref(), Some("Anouk Berthelot"));
    }

    #[test]
    fn the_subject_of_a_verb_of_asking_asks_the_questions_that_follow() {
        let text = "Kévin Lebrun, 29 ans, comparaissait mardi. La présidente du tribunal, Anne Kerlo, a rappelé les faits.\n\nLa présidente l'a interrogé longuement.\n\n— Vous avez un diplôme ?\n\n— J'ai fait un CAP, mais je l'ai pas eu.\n\n— Et ce logo, il vient d'où ?\n\n— Je l'ai trouvé sur internet.";
        let speakers = speakers_only(text);
        let judge = Some("Anne Kerlo".to_string());
        let defendant = Some("Kévin Lebrun".to_string());
        assert_eq!(
            speakers,
            vec![judge.clone(), defendant.clone(), judge, defendant]
        );
    }

    #[test]
    fn adverbials_and_an_addressee_may_stand_between_verb_and_subject() {
        let text = "« Ils n'ont eu aucune chance », a déclaré à l'AFP par téléphone le chef du district, Ramesh Thapa.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ramesh Thapa"));
    }

    #[test]
    fn a_lowercase_title_or_qualifier_may_open_the_speaker() {
        let first = "\"It is about water,\" said state Rep. Dale Whitcomb, a Democrat.";
        assert_eq!(speaker(first, 0).as_deref(), Some("Dale Whitcomb"));
        let second = "The office declined to comment. \"We will review it,\" spokesperson Jordan Beale said.";
        assert_eq!(speaker(second, 0).as_deref(), Some("Jordan Beale"));
    }

    #[test]
    fn an_ampersand_joins_a_firm_s_name() {
        let text = "Le fabricant Brunet & Fils supprime 40 postes. « Le marché s'est effondré », a déclaré Brunet & Fils dans un communiqué.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Brunet & Fils"));
    }

    #[test]
    fn a_reflexive_dit_reports_rather_than_names() {
        let text = "Le syndicaliste Pierre Rochat s'est dit « préoccupé mais pas surpris ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Pierre Rochat"));
    }

    #[test]
    fn a_capitalised_word_with_an_age_is_an_epithet_for_a_person() {
        let text = "Mathieu Etchegaray a marqué l'essai de la victoire. « J'ai juste vu un trou », a souri le Basque de 27 ans.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mathieu Etchegaray"));
    }

    #[test]
    fn a_relative_clause_stands_between_an_organisation_and_its_verb() {
        let text = "Customers rented units at the StoreRight depot.\n\nStoreRight, which is based in Omaha, said that Pruitt had “acted outside company policy” last year.";
        assert_eq!(speaker(text, 0).as_deref(), Some("StoreRight"));
    }

    #[test]
    fn a_spokesperson_named_by_the_organisation_s_own_word_speaks_for_it() {
        let text = "Hospital cuts\n\nThe Fenland Community Health NHS Trust said the change was needed. “We have not been able to staff the unit,” a trust spokesperson said.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Fenland Community Health NHS Trust")
        );
    }

    #[test]
    fn a_title_inside_an_incise_tells_apart_two_people_of_one_surname() {
        let text = "Romain Le Bihan et son épouse, Sylvie Le Bihan, ont assisté au procès.\n\n« On attendra, a soufflé Mme Le Bihan en quittant la salle, mais on veut la vérité. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sylvie Le Bihan"));
    }

    #[test]
    fn a_participle_after_a_cue_keeps_the_speaker() {
        let text = "\"Nothing dramatic,\" Chief Executive Rustam Aliyev told reporters, adding that liquidity was \"very comfortable.\"";
        assert_eq!(speaker(text, 1).as_deref(), Some("Rustam Aliyev"));
    }

    #[test]
    fn a_long_relative_clause_stands_between_an_organisation_and_its_verb() {
        let text = "The International Stability Fund, which approved a $1.4 billion loan programme for Kedaran last year, said it was \"closely monitoring developments.\"";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("International Stability Fund")
        );
    }

    #[test]
    fn a_nickname_inside_a_name_is_a_term_and_the_name_stays_whole() {
        let text =
            "Jack \"Bumble\" Henshaw hit the winning runs. \"I had my eyes shut,\" Henshaw said.";
        let found = speakers_of(text);
        assert_eq!(found[0].1, None);
        assert_eq!(found[1].1.as_deref(), Some("Jack Henshaw"));
    }

    #[test]
    fn letters_after_a_name_are_not_part_of_it() {
        let text =
            "Defence counsel Eoin Hartigan SC rose. “He didn’t blame anyone?” Mr Hartigan asked.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Eoin Hartigan"));
    }

    #[test]
    fn a_day_is_never_a_speaker() {
        let text = "Pine Hollow Local Schools met on Tuesday.\n\nIn a statement Wednesday, the district said the book would stay \"under the existing policy.\"";
        assert_ne!(speaker(text, 0).as_deref(), Some("Wednesday"));
    }

    #[test]
    fn an_organisation_first_met_by_its_head_noun_takes_its_full_name() {
        let text = "La préfecture maintient la vigilance.\n\nLa préfecture de la Dordogne-Nord vient de faire un point. « Le pic est attendu ce soir », indique la préfecture.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("préfecture de la Dordogne-Nord")
        );
    }

    #[test]
    fn the_journalist_named_before_an_interview_asks_its_questions() {
        let text = "La limnologue Isabelle Gagnon étudie ce lac. Notre journaliste Catherine Bouchard l'a rencontrée sur le quai.\n\n— Qu'est-ce qui a changé ?\n\n— Tout s'est accéléré.\n\n— À cause du climat ?\n\n— En partie.";
        let speakers = speakers_only(text);
        let asker = Some("Catherine Bouchard".to_string());
        let answerer = Some("Isabelle Gagnon".to_string());
        assert_eq!(
            speakers,
            vec![asker.clone(), answerer.clone(), asker, answerer]
        );
    }

    #[test]
    fn a_long_apposition_may_stand_between_a_speaker_after_the_quote_and_the_verb() {
        let text = "Tomas Reyes spoke first.\n\n“The bank is betting on the labor market,” Anna Lindqvist, senior strategist for central and eastern Europe at Nordhavn Bank, wrote in a note to clients.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Anna Lindqvist"));
    }

    #[test]
    fn a_generic_noun_is_the_organisation_the_last_sentences_were_about() {
        let text = "« Nous avons des tentes », a déclaré le ministère de l'Intérieur.\n\nL'association Terre Vivante, qui a envoyé une équipe médicale, s'inquiète du risque sanitaire. « L'eau potable est la priorité », prévient l'organisation.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Terre Vivante"));
    }

    #[test]
    fn a_pronoun_in_a_sentence_without_subject_goes_to_the_person_it_names() {
        let text = "D'un côté, la rectrice, Sylvie Garnier, venue défendre sa réforme. De l'autre, Lucie Marchal, décidée à combattre une mesure qu'elle juge « précipitée ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lucie Marchal"));
    }

    #[test]
    fn a_role_naming_an_organisation_describes_the_person_after_it() {
        let text = "La rectrice, Sylvie Garnier, a présenté sa réforme. Ensuite, la présidente du collectif Horizons, Lucie Marchal, a jugé la mesure « précipitée ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lucie Marchal"));
    }

    #[test]
    fn selon_may_open_a_clause_after_a_colon() {
        let text = "Lucie Marchal a reçu Sylvie Garnier. Puis Sylvie Garnier a enfoncé le clou : selon elle, le ministère « recule devant les syndicats ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sylvie Garnier"));
    }

    #[test]
    fn an_article_fused_with_de_keeps_the_role_before_it() {
        let text = "La ministre du Travail, Sylvie Garnier, a reçu la présidente du collectif, Lucie Marchal. « Rien n'est décidé », a tempéré la ministre.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sylvie Garnier"));
    }

    #[test]
    fn a_rival_is_the_other_side_of_the_person_talked_about() {
        let text = "La ministre Sylvie Garnier a débattu avec la députée Lucie Marchal. La ministre a défendu son texte. Sa rivale a répliqué sur le réseau social X : « Un texte vide. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lucie Marchal"));
        let text = "Senator Mark Hale debated Governor Tom Reyes on Tuesday. The senator defended the bill. His opponent answered on the radio: “It is empty.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tom Reyes"));
    }

    #[test]
    fn a_person_beside_the_subject_is_not_its_pronoun() {
        let text = "Le demi de mêlée Yann Barrère est entré à la pause. Le capitaine Hugo Ferrand, lui, avoue avoir douté. Avec Barrère, il a longtemps discuté au sol. « C'était cuit », a-t-il confié.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Hugo Ferrand"));
    }

    #[test]
    fn a_dateline_agency_is_no_subject_and_a_role_is_no_verb() {
        let text = "MILLBROOK, Ore. (AP) — A former volunteer fire chief who set fires across rural Harlan County was sentenced, with a judge calling his crimes “a betrayal of the people who trusted him most.”";
        assert_eq!(speaker(text, 0), None);
        let text = "Le prévenu, Kévin Morvan, se tait. L'élu Paul Rivière juge le mécanisme « trop complexe ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Rivière"));
    }

    #[test]
    fn a_role_keeps_its_complement_with_an_article() {
        let text = "La présidente de la cour, Claire Morin, ouvre l'audience. L'avocate Anne Vidal lui répond longuement. « Silence », a tranché la présidente.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Claire Morin"));
    }

    #[test]
    fn a_noun_with_an_age_opening_a_sentence_is_the_person_just_named() {
        let text = "Le procès de Sylvain Oudard s'est ouvert lundi. Ce garagiste de 44 ans est accusé d'avoir incendié l'atelier de son associé, Fabrice Jolivet. « Je n'ai rien fait », a-t-il lâché.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sylvain Oudard"));
    }

    #[test]
    fn an_elided_article_leaves_the_gender_to_the_noun() {
        let text = "La présidente Claire Morin a longuement interrogé Marc Vidal, jugé pour vol. « Pourquoi ? » a demandé la magistrate. « Je ne sais pas », a répondu l'accusé.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Marc Vidal"));
    }

    #[test]
    fn an_acronym_names_the_whole_lowercase_name_before_it() {
        let text = "L'Union romande des artisans du bois (URAB) dénonce « une faute ». Le Syndicat autonome des travailleurs de l'emballage (SATE) « ne signera rien ».";
        let found = speakers_of(text);
        assert_eq!(
            found[0].1.as_deref(),
            Some("Union romande des artisans du bois")
        );
        assert_eq!(
            found[1].1.as_deref(),
            Some("Syndicat autonome des travailleurs de l'emballage")
        );
    }

    #[test]
    fn a_generic_noun_is_the_organisation_it_described() {
        let text = "La banque privée Vautrin & Fils supprime 80 postes. L'Association des employés de banque (AEB) proteste. Dans un communiqué, la banque évoque un « contexte exigeant ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Vautrin & Fils"));
    }

    #[test]
    fn a_french_organisation_name_runs_on_over_adjectives_and_complements() {
        let text = "Selon l'Observatoire régional d'hydrologie, la rivière pourrait déborder « d'ici à jeudi ». « Le dossier est en cours », indique le cabinet du président du conseil départemental.";
        let found = speakers_of(text);
        assert_eq!(
            found[0].1.as_deref(),
            Some("Observatoire régional d'hydrologie")
        );
        assert_eq!(
            found[1].1.as_deref(),
            Some("cabinet du président du conseil départemental")
        );
    }

    #[test]
    fn dit_reports_after_its_subject() {
        let text = "Le candidat Thierry Gauvin parle d'une ville qu'il dit « abandonnée par ses élus ». Le projet dit « cœur de ville » coûtera cher.";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Thierry Gauvin"));
        assert_eq!(found[1].1, None);
    }

    #[test]
    fn what_spoke_before_is_the_company_later() {
        let text = "Members of Westbury Borough Council's planning committee rejected the plan from Harlow Estates on Tuesday.\n\nIn a statement, Harlow Estates said it was \"disappointed\". The company said the site would \"reduce flood risk downstream\".";
        let found = speakers_of(text);
        assert_eq!(found[1].1.as_deref(), Some("Harlow Estates"));
        assert_eq!(found[0].1.as_deref(), Some("Harlow Estates"));
        let text = "Westbury Borough Council's planning chair, Ann Cole, said the vote was \"final\". \"We listened,\" the council said.";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Westbury Borough Council")
        );
    }

    #[test]
    fn a_bracket_after_a_name_in_apposition_is_skipped() {
        let text = "Le rapporteur du texte, Julien Ferrand (Renouveau démocrate, Gers), s'est félicité d'un vote « arraché au terme d'un vrai travail ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Julien Ferrand"));
    }

    #[test]
    fn a_participle_hangs_on_the_clause_whose_subject_is_named() {
        let text = "Le député Kévin Sorel a dénoncé « un texte de citadins », tandis que sa collègue, Nadège Terrier, a voté pour, estimant qu'« on ne peut pas laisser les vergers mourir ».";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Kévin Sorel"));
        assert_eq!(found[1].1.as_deref(), Some("Nadège Terrier"));
    }

    #[test]
    fn his_daughter_is_a_woman() {
        let text = "Among them is Emlyn Rees, who worked with Gwilym Pryce.\n\nHis daughter, Sian Pryce, runs the accounts.\n\n“Dad was always gentle,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sian Pryce"));
    }

    #[test]
    fn a_sentence_opening_with_pour_is_about_that_person() {
        let text = "« Personne ne veut venir ici », ajoute le directeur, Paul Cauchy.\n\nPour Nadia Verlaine, la coupe est pleine. « Je fais ce métier depuis vingt ans. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Nadia Verlaine"));
    }

    #[test]
    fn pour_opens_with_a_description_or_a_stressed_pronoun() {
        let text = "Le procureur, Thomas Girard, a requis quatre ans. Pour le représentant du parquet, le dossier ne laisse « aucune place au doute ».\n\nL'avocat de la défense, Me Raphaël Costes, a plaidé la relaxe. Pour lui, son client a été « dépassé par son projet ».";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Thomas Girard"));
        assert_eq!(found[1].1.as_deref(), Some("Raphaël Costes"));
    }

    #[test]
    fn a_generic_noun_with_a_complement_names_its_own_organisation() {
        let text = "D'après Gérard Fontaine, président de l'Union des bailleurs, « le marché va se vider ». Pour la Fédération des locataires solidaires, « 2 %, c'est encore trop ».";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Fédération des locataires solidaires")
        );
    }

    #[test]
    fn on_speaks_for_the_place_the_sentence_opens_with() {
        let text = "Le maire Jean Larrieu réclame des fonds. Du côté de la préfecture de la Gironde, on indique que le dossier est « suivi avec attention ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("préfecture de la Gironde")
        );
    }

    #[test]
    fn an_adverbial_may_stand_between_verb_and_subject() {
        let text = "« Mme Benoît fait de la politique, moi je fais de la sécurité », a rétorqué un peu plus tard M. Jean-Michel Larrieu.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Jean-Michel Larrieu"));
    }

    #[test]
    fn a_qualifier_tells_two_people_of_one_role_apart() {
        let text = "Son entraîneur, Frédéric Lassalle, regrette la première période. L'entraîneur castrais, Hugo Sarrat, a pointé l'arbitrage. « Rien de grave », a rassuré l'entraîneur palois.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Frédéric Lassalle"));
    }

    #[test]
    fn a_sentence_opening_with_a_bare_role_has_the_name_after_it_for_subject() {
        let text = "« C'est facile », a rétorqué Nathalie Cazals.\n\nPrésidente de l'association La Gare, Monique Labeyre est venue avec une pétition. Elle l'a remise au maire. « On demande un trottoir », confie la retraitée.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Monique Labeyre"));
    }

    #[test]
    fn an_indefinite_spokesperson_speaks_for_the_organisation() {
        let text = "The council leader, Martin Elwood, defended Harrowby Borough Council's plan. A council spokesperson said a review would follow “within the first six months”.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Harrowby Borough Council")
        );
        let text = "« Le prix reste supérieur à la moyenne », a fait valoir un porte-parole de la coopérative Armor Lait.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Armor Lait"));
    }

    #[test]
    fn an_infinitive_has_the_main_clause_speaker() {
        let text = "À la barre, M. Thierry Gaudin est apparu voûté. « Je pense à lui tous les jours », a-t-il répété, avant de reconnaître « des négligences ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Thierry Gaudin"));
    }

    #[test]
    fn a_second_description_may_stand_before_the_name_in_apposition() {
        let text = "Avec son deuxième film, Anouk Bertin a triomphé. Le président du jury, l'acteur Bastien Lemaire, a salué « un film rare ». « Nous avons été bouleversés », a-t-il déclaré.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Bastien Lemaire"));
    }

    #[test]
    fn an_age_epithet_is_the_person_of_that_age() {
        let text = "Sandrine Lebras, 52 ans, maire sortante, défend son bilan. Karima Benali, 47 ans, la conteste. Sandrine Lebras lui a écrit. « Elle a envoyé un courrier. Un seul », rétorque la quadragénaire.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Karima Benali"));
        let text = "Lily Osborne, 29, and Grace Hale, 34, both ran. Hale won easily. “I was lucky,” said the 29-year-old.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lily Osborne"));
    }

    #[test]
    fn a_defendant_is_not_the_lawyer_met_before() {
        let text = "Kévin Le Gall, 29 ans, a été condamné mardi. L'avocat de la défense, Me Erwan Tallec, a plaidé la naïveté. « Il a commencé à rembourser », a fait valoir le pénaliste.\n\nInvité à s'exprimer en dernier, le prévenu a lu quelques lignes. « Je voudrais m'excuser », a-t-il dit.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Kévin Le Gall"));
    }

    #[test]
    fn an_adjective_opening_a_sentence_starts_no_name() {
        let text = "Victorieux de Châtel-Brézolles dimanche, le club monte. Il a fallu une tête du défenseur Dylan Marchal. « J'ai fermé les yeux », explique le buteur.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dylan Marchal"));
        let text = "Germaine D., 87 ans, est venue à la barre avec Claire Vasson, 52 ans. « Il était si poli », raconte l'octogénaire.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Germaine D."));
    }

    #[test]
    fn le_premier_and_le_second_are_the_last_pair_named() {
        let text = "L'entraîneur Fabien Lacombe a battu celui de Tarbes, Didier Mercier. Lacombe et Mercier, qui ont joué ensemble à Tarbes, se sont serré la main. « C'est mon ami », a plaisanté le premier. Le second a pris la chose avec philosophie. « Il me paiera le café », a-t-il répondu.";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Fabien Lacombe"));
        assert_eq!(found[1].1.as_deref(), Some("Didier Mercier"));
    }

    #[test]
    fn a_capitalised_title_alone_is_its_holder() {
        let text = "Taoiseach Ciarán Mulvey defended the plan on Tuesday.\n\nThe Taoiseach accused the opposition of having \"no credible policy\".";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ciarán Mulvey"));
    }

    #[test]
    fn an_organisation_then_a_qualified_role_then_the_person() {
        let text = "NSW Rural Fire Service incident controller Kath Brennan said the winds had turned.\n\n\"This fire is moving faster,\" she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kath Brennan"));
        let text = "Marrowfield Rovers dismissed head coach Declan Brannigan on Monday.\n\nIn a statement, the club said it had “taken the difficult decision”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marrowfield Rovers"));
    }

    #[test]
    fn a_team_role_and_a_comma_before_the_name() {
        let text = "Kingsbridge Rovers lost at home.\n\n“We stopped playing,” said the Rovers manager, Graham Dunleavy, who stood still.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Graham Dunleavy"));
    }

    #[test]
    fn a_place_after_a_preposition_in_a_title_is_no_subject() {
        let text = "The housing minister spoke first. The Independent TD for Galway West, Aoife Cunniffe, described the scheme as \"a sticking plaster on a broken leg.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aoife Cunniffe"));
    }

    #[test]
    fn one_of_them_is_someone_unnamed() {
        let text = "Yann Le Gall, patron pêcheur, mène la fronde. Les manifestants ont levé le blocage. « Et cette fois, on viendra avec les bateaux », a prévenu l'un d'eux.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn an_elided_adverbial_may_stand_between_verb_and_subject() {
        let text = "« Nous ne sommes pas satisfaits », a reconnu d'emblée le directeur général, Thierry Mangin.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Thierry Mangin"));
    }

    #[test]
    fn capitalised_words_before_a_given_name_are_no_part_of_the_name() {
        let text = "The scheme was drafted by the Minister for Transport Carla Benning last spring. “We will not wait for the courts,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Carla Benning"));
    }

    #[test]
    fn what_a_sentence_does_during_is_no_person() {
        let text = "Speaking during Budget Questions in the assembly on Monday, Tom Hale said the fund was empty. He was answering Ruth Callan, who said schools were closing. She accused him of “sleepwalking into a crisis.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ruth Callan"));
    }

    #[test]
    fn where_someone_comes_from_is_an_epithet_for_them() {
        let text = "Coach Ivo Marten watched from the stand. Asked about the draw, Marten shrugged. “We move on,” the Dutchman said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ivo Marten"));
        let text = "Le pilier Sione Latu a dominé la mêlée. « Je pousse, c'est tout », a résumé le Tongien.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sione Latu"));
    }

    #[test]
    fn a_name_in_apposition_to_an_organisation_word_is_an_organisation() {
        // The mayor is no one named yet, least of all the landlord.
        let text = "Un technicien du bailleur, Valoris Habitat, a constaté mardi les fissures. « On ne discute pas, on évacue », a expliqué le maire.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn brackets_may_stand_between_a_description_and_the_name() {
        let text = "Les habitants ont été relogés. « On ne discute pas, on évacue », a expliqué le maire (divers droite), Paul Terrier, dans la nuit. Le préfet, Marc Aubry, est arrivé à l'aube. Plus tard, le maire a reconnu que la ville « n'a pas été assez dure ».";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Paul Terrier"));
        assert_eq!(found[1].1.as_deref(), Some("Paul Terrier"));
    }

    #[test]
    fn a_second_description_the_lexicon_lacks_before_the_name() {
        let text = "Le manager, Franck Delmas, a pointé le manque de maîtrise. Le capitaine du RC Vézère, le troisième-ligne Romain Cazals, partageait ce constat. « On avait le match en main », regrettait-il.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Romain Cazals"));
    }

    #[test]
    fn a_club_acronym_is_no_title() {
        let text = "Le match est perdu. « Nous reviendrons plus forts », a réagi le CA Vézère dans un communiqué.";
        assert_eq!(speaker(text, 0).as_deref(), Some("CA Vézère"));
    }

    #[test]
    fn a_participle_without_auxiliary_after_a_quotation_reports_nothing() {
        let text = "La préfète, Anne Kervella, a reçu les éleveurs. Elle a promis une « cellule d'écoute » et un examen « au cas par cas » des dossiers contestés.";
        let found = speakers_of(text);
        assert_eq!(found[1].1.as_deref(), Some("Anne Kervella"));
    }

    #[test]
    fn a_press_agency_as_addressee_before_the_subject() {
        let text = "« Nous sommes à bout », a déclaré à l'AFP Sandrine Molinié, présidente de la fédération.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sandrine Molinié"));
    }

    #[test]
    fn a_generic_organisation_with_an_adjective_is_the_one_just_named() {
        let text = "Au niveau national, la FNSEA a apporté son soutien. « Les annonces n'ont rien changé », a estimé le syndicat majoritaire dans un communiqué.";
        assert_eq!(speaker(text, 0).as_deref(), Some("FNSEA"));
    }

    #[test]
    fn the_agent_of_a_passive_is_not_the_pronoun_after_it() {
        let text = "La commission a entendu Nadia Ferrand, ancienne directrice du projet. Selon elle, la date avait été imposée. Interrogée par Claire Montagnac sur les alertes, elle a sorti une série de courriels. « J'ai écrit que nous n'étions pas prêts », a-t-elle affirmé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nadia Ferrand"));
    }

    #[test]
    fn a_given_name_alone_with_a_description_is_a_person() {
        let text = "La porte-parole, Valérie Denis, a défendu la réforme. Devant la gare, Sophie, étudiante en soins infirmiers, attendait un covoiturage. « J'ai appris la grève hier soir », explique-t-elle.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sophie"));
        // Also when the name opens the sentence.
        let text = "La directrice, Nadia Verhaegen, défend le projet. Sarah, 31 ans, était venue soutenir le piquet. « Ma première, je l'ai eue ici », confie-t-elle.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sarah"));
    }

    #[test]
    fn a_participle_after_a_comma_tells_a_mood() {
        let text = "La porte-parole, Valérie Denis, a défendu la réforme. « Nous restons ouverts », poursuit-elle. Un peu plus loin, un retraité lâche, agacé : « Encore une grève ! C'est toujours les mêmes qui trinquent. »";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_name_in_a_prepositional_phrase_with_an_adjective_is_no_subject() {
        let text = "In a cryptic Instagram story posted on Tuesday, Aditya Kulkarni shared a photograph of an empty room with the caption: \"Sometimes silence says more than words.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aditya Kulkarni"));
    }

    #[test]
    fn an_organisation_described_is_no_person_sharing_its_complement() {
        let text = "Le lieutenant-colonel Stéphane Barral, commandant de la compagnie de Draguignan, a salué ses équipes. Le parquet de Draguignan a ouvert une enquête pour « tentative de meurtre sur personne dépositaire de l'autorité publique ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("parquet de Draguignan"));
    }

    #[test]
    fn a_pronoun_finds_the_person_named_in_an_organisations_sentence() {
        let text = "Claire Montagnac préside la séance. Le conseil départemental a ensuite entendu Nadia Ferrand. « Nous n'étions pas prêts », a-t-elle affirmé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nadia Ferrand"));
    }

    #[test]
    fn a_role_after_an_organisations_name_describes_a_person() {
        let text = "Rovers manager Steve Mulholland made changes at half-time, and Oliver Baines scored. The Rovers boss praised his goalkeeper, Liam Pryde, who saved twice. “Without Liam we’re not even in the game,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Steve Mulholland"));
    }

    #[test]
    fn a_word_may_qualify_a_capitalised_title_before_the_name() {
        let text = "The board voted 5-2 to close the school. “Nobody on this board ran for office to close a school,” board President Linda Okafor said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Linda Okafor"));
    }

    #[test]
    fn the_management_is_the_company_the_text_is_about() {
        let text = "L'action Vauclair a perdu 9 %. Vauclair ne vise plus qu'une marge de 4 %. Le groupe repousse de dix-huit mois le démarrage de son usine. La direction parle d'un « recalage » et non d'un abandon.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Vauclair"));
    }

    #[test]
    fn a_title_may_go_with_the_first_word_of_a_name() {
        let text = "Mr Ravi Chandran, 36, has been looking for a flat for two years. “We just can't compete,” said Mr Ravi. Faridah Ismail, a junior minister, spoke later. “We will monitor prices,” Madam Faridah said.";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Ravi Chandran"));
        assert_eq!(found[1].1.as_deref(), Some("Faridah Ismail"));
    }

    #[test]
    fn a_role_is_read_inside_a_compound_description() {
        let text = "« La sécurité, c'est une maternité proche », lâche le docteur Hervé Kerambrun, gynécologue-obstétricien depuis dix-neuf ans. Son confrère anesthésiste, Loïc Menguy, acquiesce. « Nous avons tenu l'été », raconte le docteur Menguy. Le gynécologue, lui, ne veut pas « jeter la pierre » aux autorités.";
        assert_eq!(speaker(text, 2).as_deref(), Some("Hervé Kerambrun"));
    }

    #[test]
    fn a_fund_is_an_organisation() {
        let text = "Karim Bensaïd, délégué CGT, accuse les actionnaires. Du côté d'Oréade Capital, on conteste cette lecture. Dans un communiqué, le fonds affirme avoir injecté « plus de 45 millions d'euros en fonds propres ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Oréade Capital"));
    }

    #[test]
    fn a_verb_followed_by_que_after_a_quotation_reports_something_else() {
        let text = "Le sous-préfet, Matthieu Delorme, s'est rendu sur place. « Aucune victime n'est à déplorer, a-t-il déclaré. Je veux saluer les pompiers. » Le représentant de l'État a précisé que six maisons avaient brûlé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Matthieu Delorme"));
    }

    #[test]
    fn a_french_pronoun_beside_a_document_is_the_organisation() {
        let text = "Josiane Barbaroux, 74 ans, a passé la nuit au gymnase. La préfecture du Var a maintenu le niveau de risque. Dans un communiqué, elle appelle chacun à « la plus grande vigilance dans l'usage de tout engin ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("préfecture du Var"));
    }

    #[test]
    fn a_persons_name_ends_an_organisations_complement() {
        let text = "Responding at the same event, Minister of State for National Development Farida Ismail said prices would be watched. “We will not let this become a subsidy,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Farida Ismail"));
    }

    #[test]
    fn and_may_join_the_parts_of_an_organisations_name() {
        let text = "The Housing and Development Board said 8,000 households would benefit. \"It will support families,\" the board said. Police Chief Raymond Tully and Council member Greg Halvorsen sat side by side. \"We need officers,\" Tully said.";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Housing and Development Board"));
        assert_eq!(found[1].1.as_deref(), Some("Raymond Tully"));
    }

    #[test]
    fn the_one_brought_in_unnamed_stays_unnamed() {
        let text = "Chief selector Deepak Saini defended the squad. A BCCI official, speaking on condition of anonymity, said the board would not interfere. \"Selection is the committee's domain,\" the official said.";
        assert_eq!(speaker(text, 0), None);
        let text = "Le maire, Paul Terrier, a reçu les riverains. Une habitante, venue avec ses enfants, est repartie déçue. « On ne nous écoute pas », regrette l'habitante.";
        assert_eq!(speaker(text, 0), None);
        let text = "Analyst Tom Reddick expects a cut. A second source, a delegate from a Gulf producer, said the cut could be split. “The idea is to show we are serious,” the delegate said.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_name_beside_the_subject_in_a_participle_clause_and_an_adjectives_gender() {
        let text = "Le ministre français des Affaires étrangères, Étienne Rocheval, est arrivé lundi. Accueilli à sa descente d'avion par son homologue soldanien, Mikel Aranzadi, le chef de la diplomatie française a aussitôt donné le ton. « Nous ne sommes pas venus pour signer des communiqués », a-t-il déclaré.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Étienne Rocheval"));
    }

    #[test]
    fn a_described_subject_is_the_pronouns_after_it() {
        let text = "Le ministre français, Étienne Rocheval, a été accueilli par son homologue soldanien, Mikel Aranzadi. Interrogé sur les droits humains, le ministre français s'est montré prudent. « Nous parlons de tout », a-t-il affirmé. Son homologue, lui, a balayé la question : « Nous n'avons de leçons à recevoir de personne », a-t-il lancé.";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Étienne Rocheval"));
        assert_eq!(found[1].1.as_deref(), Some("Mikel Aranzadi"));
    }

    #[test]
    fn on_speaks_for_the_organisation_just_talked_about() {
        let text = "« Tout le monde savait », ironise le conseiller Olivier Brassac. Sollicité, le parquet national financier n'a ni confirmé ni infirmé. « Nous ne communiquons pas sur les procédures en cours », indique-t-on simplement.";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("parquet national financier")
        );
    }

    #[test]
    fn one_of_a_crowd_is_unnamed() {
        let text = "Union leader Gareth Bevan said the plan was ignored. “The company didn’t even engage with it,” he added.\n\nOutside the gates, staff were reluctant to talk. One, who has worked at the plant for 22 years, said: “My dad worked here. Not now.”";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_nickname_may_open_with_a_lowercase_article() {
        let text = "Kingsbridge Rovers drew with Ashcombe Town. Ashcombe Town, known locally as “the Quarrymen” after the limestone works, had been flat.";
        assert_eq!(speaker(text, 0), None);
        let text = "Le grimpeur Julien Carrez a gagné. Carrez, son coéquipier, l'appelle lui aussi « le Chamois ».";
        assert_eq!(speaker(text, 0), None);
        let text = "“We stopped playing,” said the manager, Graham Dunleavy. “the worst since the budget,” he added.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Graham Dunleavy"));
    }

    #[test]
    fn two_given_names_may_share_one_surname() {
        let text = "Sheriff Daniel Okafor said crews searched all night. Ray and Linda Tuttle rode out the storm in the cellar. “There's nothing left,” Linda Tuttle said. Her husband was quieter. He pointed to a pickup truck. “That's not our truck,” he said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Ray Tuttle"));
    }

    #[test]
    fn a_name_after_a_preposition_and_a_title_is_no_subject() {
        let text = "Le président du tribunal, Laurent Fabbri, a détaillé les faits. En défense, Me Antoine Giraud a plaidé la dérive d'un homme sans repères. Face au président Fabbri, l'avocat a tenu à souligner que son client remboursait. « Il a versé 8 000 euros », a-t-il fait valoir.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Antoine Giraud"));
    }

    #[test]
    fn a_title_in_apposition_to_the_word_for_the_work() {
        let text = "L'acousticienne Léa Fontanel enregistre les nuits de Lyon. Elle en a tiré un livre inclassable, « la Nuit qui bourdonne », qui paraît jeudi. Elle a remercié les bénévoles du club, « sans qui rien n'existerait ».";
        let found = speakers_of(text);
        assert_eq!(found[0].1, None);
        assert_eq!(found[1].1.as_deref(), Some("Léa Fontanel"));
        let told = "Ancienne infirmière, la Lyonnaise Julie Marchand publiera en mai un récit, « Les Heures blanches ».";
        assert_eq!(speakers_of(told)[0].1, None);
    }

    #[test]
    fn an_ordinary_word_may_open_an_organisations_name() {
        let text = "Patients will travel further from the south of the county. South Fens Community Health NHS Trust said the change was needed. “A planned timetable is better,” a trust spokesperson said.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("South Fens Community Health NHS Trust")
        );
    }

    #[test]
    fn a_persons_name_leaves_its_possessive() {
        let text = "Fiona MacAulay took 11,284 votes to Labour candidate Craig Dunlop’s 10,872. Dunlop, a 37-year-old trade union organiser, conceded defeat. “That is a warning,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Craig Dunlop"));
    }

    #[test]
    fn a_title_of_several_capitalised_words_describes_its_holder() {
        let text = "First Minister John Swinton spoke to reporters in Edinburgh. Labour's Morag Fairlie called it a warning. “A win is a win,” the First Minister said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("John Swinton"));
        let text = "Vauclair & Fils supprime 140 postes. « Le recul des exportations pèse », indique Vauclair & Fils.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Vauclair & Fils"));
    }

    #[test]
    fn a_role_means_throughout_whom_it_meant_first() {
        let text = "Kevin Marchal, 31 ans, comparaissait mercredi. Au moment des faits, le prévenu présentait un taux élevé. Le président du tribunal, Olivier Ferrand, le reprend aussitôt. « Qu'est-ce qui a changé ? », demande le magistrat. Long silence. « Rien. Enfin, si, maintenant je sais », finit par lâcher le prévenu.";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Olivier Ferrand"));
        assert_eq!(found[1].1.as_deref(), Some("Kevin Marchal"));
    }

    #[test]
    fn an_answer_after_its_label_is_the_interviewees() {
        let text = "Tourism operator Janine Oakes said bookings would suffer.\n\nRNZ asked Dr Mereana Tipene to explain the alert system.\n\nQ: What does level 2 mean?\n\nA: \"Level 2 means the unrest is moderate.\"\n\nQ: How long could this last?\n\nA: \"Weeks, months. The volcano will decide.\"";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Mereana Tipene"));
        assert_eq!(found[1].1.as_deref(), Some("Mereana Tipene"));
    }

    #[test]
    fn a_surname_after_from_is_no_place() {
        let text = "The coach praised rookie center Dmitri Vasquez. Okafor came off a screen from Vasquez and scored. Vasquez, for his part, said he simply tried to \"stay big and not foul.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dmitri Vasquez"));
    }

    #[test]
    fn a_letter_and_a_common_noun_name_no_one() {
        let text = "Jalen Okafor scored in overtime. A fan in a homemade “Okafor Island” T-shirt shouted as the arena erupted.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn the_representative_of_the_state_may_be_the_person_just_quoted() {
        let text = "La préfète, Catherine Aubanel, a annoncé jeudi un renfort. « J'ai signé un arrêté », a-t-elle déclaré. La représentante de l'État a aussi promis des indemnisations « en moins d'un mois ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Catherine Aubanel"));
    }

    #[test]
    fn a_name_may_hold_a_number() {
        let text = "La direction de la banque a confirmé les objectifs de sa stratégie « Horizon 2028 », présentée en février.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn an_answer_with_no_turn_before_it_is_the_interviewees() {
        let text = "Marion Lefèvre a publié l'an dernier un livre de recettes, « Les Restes du dimanche ». Elle ouvre une cantine solidaire à Roubaix.\n\nPourquoi ce projet, maintenant ?\n\n— Parce que j'ai grandi à dix minutes d'ici.\n\nEt le prix libre ?\n\n— C'est le principe : chacun paie ce qu'il peut.";
        let found = speakers_of(text);
        assert_eq!(found[0].1, None);
        assert_eq!(found[1].1.as_deref(), Some("Marion Lefèvre"));
        assert_eq!(found[2].1.as_deref(), Some("Marion Lefèvre"));
    }

    #[test]
    fn answers_to_plain_questions_are_the_interviewees_not_the_last_speakers() {
        let text = "Gaspard Ollier : « Je dessine ce que je n'ose pas dire »\n\nAvec son troisième album, le dessinateur Gaspard Ollier revient sur son enfance à Roanne. Son éditeur, Thierry Vasseur, se rappelle des planches « dessinées au stylo bille sur des nappes de restaurant ».\n\nPourquoi ce retour à Roanne ?\n\n— Parce que la ville a changé plus vite que mes souvenirs.\n\nVotre père y tenait un garage.\n\n— Oui, et j'ai appris à dessiner sur ses factures.\n\nEt la suite ?\n\n— Je n'en parle jamais avant d'avoir fini.";
        assert_eq!(
            speakers_only(text)[2..],
            [
                Some("Gaspard Ollier".to_string()),
                Some("Gaspard Ollier".to_string()),
                Some("Gaspard Ollier".to_string())
            ]
        );
    }

    #[test]
    fn names_in_a_relative_clause_speak_its_quotations_not_the_next_ones() {
        let text = "Le ministre finlandais Mikko Halonen est arrivé tard. Un accord que Pieter Vos a jugé « raisonnable pour l'heure » et que M. Halonen a qualifié, sans enthousiasme, de « premier jalon ».\n\nLe texte final prévoit un nouvel examen « avant la fin de l'année prochaine ».";
        assert_eq!(
            speakers_only(text),
            [
                Some("Pieter Vos".to_string()),
                Some("Mikko Halonen".to_string()),
                None
            ]
        );
        let text = "Un bilan interne que Lucie Ferrand a pu consulter mentionne « une hausse des arrêts maladie depuis deux ans ».";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_verb_joined_by_et_has_the_first_verbs_subject() {
        let text = "Agnès Peyrol, directrice générale du groupe Valmont, a présenté le plan lundi. Le ministre de l'Industrie, Marc Olier, a reçu mercredi les dirigeants du groupe et dit avoir obtenu « des garanties écrites ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marc Olier"));
    }

    #[test]
    fn people_in_a_role_together_are_not_one_of_them() {
        let text = "Agnès Peyrol, directrice générale du groupe Valmont, a présenté le plan lundi. Les dirigeants affirment que le site « n'avait plus d'avenir industriel en France ».\n\nLes infirmiers disent qu'ils travaillent « sans filet depuis des mois et des mois ».";
        let found = speakers_only(text);
        assert_ne!(found[0].as_deref(), Some("Agnès Peyrol"));
        assert_eq!(found[1], None);
    }

    #[test]
    fn someone_described_by_an_indefinite_complement_is_unnamed() {
        let text = "Camille Roger préside l'association des usagers. La mère d'un patient, qui tient à rester anonyme, résume : « On nous a oubliés. »";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_regional_demonym_an_opening_participle_and_a_surname_after_a_demonym() {
        let text = "Le Français Gwenaël Le Floc'h a remporté l'étape, devant l'Italien Dario Finotti.\n\nParti dans l'échappée du matin, Le Floc'h, 24 ans, a lâché son dernier compagnon à cinq kilomètres de l'arrivée. Il s'impose avec 20 secondes d'avance sur Finotti.\n\n« J'ai tout donné dans la dernière montée », a raconté le Breton. « C'est le plus beau jour de ma vie, a-t-il ajouté. Je pense à ma famille. »\n\nFinotti, deuxième pour la deuxième fois, se montrait beau joueur. « Il était plus fort aujourd'hui, a-t-il reconnu. Je reviendrai. »";
        let winner = Some("Gwenaël Le Floc'h".to_string());
        assert_eq!(
            speakers_only(text),
            [winner.clone(), winner, Some("Dario Finotti".to_string())]
        );
    }

    #[test]
    fn a_roles_acronym_describes_whom_its_words_described() {
        let text = "“This is a hard day,” Chief Executive Officer Daniel Okafor wrote in a memo to staff.\n\nOkafor, who co-founded the firm with Chief Technology Officer Samir Haddad in 2012, has spent the past year in Austin. Haddad has led that effort from the company's hub.\n\nThe CEO declined to say whether further cuts were planned, saying only that the company would “keep making some hard choices.”";
        assert_eq!(speaker(text, 1).as_deref(), Some("Daniel Okafor"));
    }

    #[test]
    fn a_name_in_apposition_after_an_origin_and_a_role_the_lexicon_lacks() {
        let text = "Maren Solvik returned to Earth in April. The 44-year-old flight engineer, a former North Sea helicopter pilot, ran more than 200 experiments in orbit.\n\nHer mission commander, the American astronaut Rick Delgado, has called her \"the calmest person I have ever shared a small room with.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Rick Delgado"));
    }

    #[test]
    fn a_headline_quotation_signed_after_a_colon() {
        let text = "\"Nobody owns the river\": ferryman Aldo Brenner on forty years of crossings\n\nAldo Brenner first took the wheel of the Linthal ferry in 1985.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aldo Brenner"));
        let text = "« On ne lâchera rien » : la colère des salariés de Brenner.\n\nLes salariés de Brenner ont voté la grève.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_place_after_someone_unnamed_does_not_speak() {
        let text = "Priya Raman sent a photo of the harvest to mission control. A flight controller in Houston wrote back, “Keep one for the crew down here.”";
        assert_ne!(speaker(text, 0).as_deref(), Some("Houston"));
        assert_ne!(speaker(text, 0).as_deref(), Some("Priya Raman"));
    }

    #[test]
    fn an_acronyms_name_starts_at_its_capital_and_a_months_abbreviation_is_no_one() {
        let text = "L'alerte est parvenue au Peloton de secours en montagne (PSM) vers midi. Le PSM a rappelé que « la prudence reste de mise ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Peloton de secours en montagne")
        );
        let text = "MARVALE, Oct 8 (Reuters) - The Central Bank of Marvale raised its rate on Wednesday, saying prices risked moving \"well out of control.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Central Bank of Marvale"));
    }

    #[test]
    fn a_goalkeeper_is_described_by_any_word_for_one() {
        let text = "Portée par la gardienne Inès Castaing, auteure de douze arrêts, l'équipe a tenu. « Inès, c'est notre rempart », sourit la capitaine Lise Ferrat. La portière de 22 ans relativise : « J'ai eu un peu de chance ce soir. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Inès Castaing"));
    }

    #[test]
    fn a_demonym_before_a_surname_and_a_preposition_opening_a_sentence_name_no_one() {
        let text = "Mads Kjeldsen a attaqué deux fois. Le Danois Kjeldsen, troisième, a résumé la journée : « C'était la guerre des nerfs. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mads Kjeldsen"));
        let text = "Outside Carrickbrook on Tuesday, Michael Garvey sat in a wheelchair. “The nurses were great,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Michael Garvey"));
    }

    #[test]
    fn a_lowercase_word_may_qualify_a_lowercase_title_before_the_name() {
        let text = "The district recorded 287 mm of rain. \"The embankment gave way near the village,\" district collector Anupama Sethi told TOI.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Anupama Sethi"));
    }

    #[test]
    fn an_acronym_title_alone_describes_its_holder() {
        let text = "Chief minister Harish Chandra Bhatt conducted an aerial survey of the district. Asked about the embankment, the CM said that \"if negligence is found, strict action will be taken.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Harish Chandra Bhatt"));
    }

    #[test]
    fn a_street_is_a_place() {
        let text = "La préfète, Anne Morel, a survolé la ville. Rue des Tanneries, Martine Lacombe, 71 ans, regarde les pompiers vider sa cave. « Mon mari est né dans cette maison », raconte-t-elle.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Martine Lacombe"));
    }

    #[test]
    fn the_latter_with_no_pair_is_the_last_person_named() {
        let text = "Le siège restera à Bâle, et la présidence reviendra à Ulrich Sennhauser, tandis que la direction sera confiée à Claire Moret-Duval, directrice générale de Vallorbe.\n\n« Nous ne rachetons personne », a insisté cette dernière lors d'une conférence téléphonique.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Claire Moret-Duval"));
    }

    #[test]
    fn a_mission_is_an_organisation() {
        let text = "Albert Tchicaya dénonce des fraudes. « Ils trichent », dit-il. La mission d'observation de l'Union africaine a publié une déclaration saluant un scrutin « globalement calme et bien organisé ».";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("mission d'observation de l'Union africaine")
        );
    }

    #[test]
    fn someone_brought_in_unnamed_is_whom_the_next_words_are_by() {
        let text = "« Le marché, c'est ma vie », confie Paulette Girard, boulangère.\n\nPlus loin, un riverain, qui n'a pas souhaité donner son nom, reste sceptique : « Personne ne nous a rien demandé. »";
        assert_eq!(speaker(text, 1), None);
        let text = "“We lost the barn,” Dale Hutchins said. Another evacuee, a hunter who would not give his name, said he had never seen smoke so thick. “It came over the ridge like a wall,” he said. “We had ten minutes.”";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Dale Hutchins"));
        assert_eq!(found[1].1, None);
        assert_eq!(found[2].1, None);
        let text = "Coach Ellen Marsh praised the squad. “She reads the game better than I do,” said one rival coach, who asked not to be identified. “Nobody teaches that.”";
        let found = speakers_of(text);
        assert_eq!(found[0].1, None);
        assert_eq!(found[1].1, None);
    }

    #[test]
    fn a_person_named_after_someone_unnamed_keeps_the_pronoun() {
        let text = "Ada Brennock set the kettle on. Then the door opened, a courier came in with a parcel, and Brennock stood up. “Right on time,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ada Brennock"));
    }

    #[test]
    fn a_compound_adjective_names_no_one() {
        let text = "Analyst Rhys Carden expects a pause. “The bank will wait,” said one Lisbon-based bond trader, who was not authorised to speak.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_name_after_outside_is_no_subject() {
        let text = "Dry winter\n\nOn a sheep station outside Tarrabool, Nell Corrigan has sold half her flock. The creek stopped running in May.\n\n\"We check the tanks every morning,\" she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nell Corrigan"));
        let text = "Dry winter\n\nOn a sheep station outside Tarrabool, Nell Corrigan has sold half her flock. The creek stopped running in May.\n\n\"We check the tanks every morning. Nobody in town sees that.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nell Corrigan"));
    }

    #[test]
    fn le_premier_with_no_pair_is_the_earlier_of_the_last_two_named() {
        let text = "Le départ le plus remarqué est celui de Bruno Kessler, préfet depuis trois ans, remplacé par Antoine Delval. Les deux hommes se sont salués brièvement. « Je laisse une maison en ordre », a confié le premier.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bruno Kessler"));
    }

    #[test]
    fn words_on_a_sign_or_a_banner_are_nobody_s() {
        let text = "“We will rebuild,” said Mayor Tess Albright. On the church door, a hand-painted sign read “Soup at noon, everyone welcome.”";
        assert_eq!(speaker(text, 1), None);
        let text = "« Nous resterons jusqu'au bout », affirme Hugo Mériel, délégué syndical. Sur le portail, une banderole proclame « Pas une usine de moins ».";
        assert_eq!(speaker(text, 1), None);
        // A verb is no sign.
        let text = "Councillor Ada Quinlan spoke last. She refused to sign what she called “a blank cheque for the developer.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ada Quinlan"));
        let text = "Fell fire\n\n“We will be here as long as it takes,” fire officer Fiona Platt said.\n\nThe service has closed the popular “Ridge Loop” walking route. Signs reading “Danger, fire on the fell, do not go past this point” have been placed at car parks.";
        assert_eq!(speaker(text, 2), None);
        let text = "Councillor Lena Brook spoke next. Work could start in May if the county signs off on what Brook called “a late but workable plan.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lena Brook"));
    }

    #[test]
    fn the_company_is_the_name_a_sentence_was_about_though_taken_for_a_person() {
        let text = "The firm the villagers blame is Arroyo Minerales, a joint venture formed in 2021. Arroyo Minerales denies it. In a written reply, the company said its wells drew \"only from the deep aquifer.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Arroyo Minerales"));
        let text = "Coach Dana Pruitt spoke first. Tamarack Youth Soccer, which has 600 players, issued a statement backing the field. \"Our kids train on gravel,\" the association said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tamarack Youth Soccer"));
        // An organisation described in apposition keeps its name.
        let text = "A local residents' coalition, Elm Park Watch, said its members had counted far too many lorries, which it called \"plainly dangerous\".";
        assert_eq!(speaker(text, 0).as_deref(), Some("Elm Park Watch"));
    }

    #[test]
    fn a_spokesperson_for_an_organisation_speaks_for_it_in_every_clause() {
        let text = "Farmer Glyn Roberts wants the money now. A spokesperson for the Fenland Recovery Agency said the agency was \"committed to every bid\" and that new grants would be announced \"in due course.\"";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Fenland Recovery Agency"));
        assert_eq!(found[1].1.as_deref(), Some("Fenland Recovery Agency"));
    }

    #[test]
    fn a_spaced_hyphen_signs_a_quotation_and_an_initial_keeps_its_stop() {
        let text = "9.10pm: Police chief Tom Hale said the cordon would stay. \"It was over in a minute\" - Rita Osei, who lives opposite.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Rita Osei"));
        let text = "« Merci à tous », a écrit Lina B. sur son compte.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lina B."));
    }

    #[test]
    fn a_verbs_bare_stem_may_be_part_of_a_name() {
        let text = "The towers are proposed by Harbor Point Development of Albany. \"We have cut a floor already,\" Harbor Point Development said in a statement.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Harbor Point Development")
        );
    }

    #[test]
    fn an_indefinite_subject_or_pronoun_names_no_one() {
        let text = "« La file était trop longue », explique Paul Verdier, agent de sécurité.\n\nSur les réseaux sociaux, les vidéos circulent. Sous l'une d'elles, un commentaire résume l'humeur des abonnés : « On a payé pour attendre. »";
        assert_eq!(speaker(text, 1), None);
        let text = "15.02 – The county council said: \"Rest centres are open at the leisure centre.\"\n\n15.31 – A reader, who asked us not to print her name, has emailed from Upper Mill: \"Our road is cut off at both ends.\"";
        assert_eq!(speaker(text, 1), None);
        let text = "La directrice, Anne Morvan, a présenté le plan devant les parents. « Et les bus de nuit ? », a demandé quelqu'un au fond de la salle.";
        assert_eq!(speaker(text, 0), None);
        // Not a circumstance: "within an hour and said".
        let text = "The astronomer Lena Cho wrote to Paul Arden. He wrote back within an hour and said, \"Send me everything.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Arden"));
    }

    #[test]
    fn a_relative_clause_names_others_than_its_subject() {
        let text = "Le comité de quartier, qui manifestait samedi devant la gare de Quimperlé, a dénoncé « un passage en force ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("comité de quartier"));
    }

    #[test]
    fn an_agent_after_a_description_is_not_described() {
        let text = "LYON, 3 avr 2026 (AFP) - Le chantier a repris.\n\nSelon une source syndicale contactée par l'AFP, la reprise s'est faite « sans la moindre garantie ».";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn on_from_an_unnamed_source_is_no_one() {
        let text = "Sollicitée, la préfecture n'a pas répondu. « Personne ne sera expulsé avant l'été », assure-t-on de source policière.";
        assert_eq!(speaker(text, 0), None);
        let text = "Sollicitée, la préfecture n'a pas répondu. « Personne ne sera expulsé avant l'été », assure-t-on.";
        assert_eq!(speaker(text, 0).as_deref(), Some("préfecture"));
    }

    #[test]
    fn an_apposition_may_hold_brackets_an_age_or_many_words() {
        let text = "Le maire (sans étiquette) de Plouray, Yves Le Goff, est arrivé tôt. Paul Rivière, délégué syndical de la CFDT chez Norvia depuis vingt-deux ans, a pris la parole. Paul Rivière était en colère. « Je demande une réunion avant Noël », a lancé le maire.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Yves Le Goff"));
        let text = "Paul Rivière, délégué syndical de la CFDT chez Norvia depuis vingt-deux ans, a pris la parole. Louis Brémond était en colère. « Je ne signerai rien », a lancé le délégué.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Rivière"));
        let text = "Le témoignage de Marc Lefort, 61 ans, boulanger du village, a marqué l'audience. Paul Caradec a pris la parole ensuite. « On nous a oubliés », a dit le boulanger.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marc Lefort"));
        let text = "Le rapport a été présenté par le sénateur (centriste) du Cantal Paul Vigier. Louis Brémond est resté impassible. « Vous exagérez », a lancé le sénateur.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Vigier"));
    }

    #[test]
    fn a_role_of_another_place_is_someone_else() {
        let text = "Le rapport a été présenté par le sénateur (centriste) du Cantal Paul Vigier. Face à lui, le président de la commission, Louis Brémond, est resté impassible. « Vous exagérez », lui a répondu le sénateur de la Lozère.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Louis Brémond"));
    }

    #[test]
    fn an_interview_signed_at_its_end_asks_through_its_signatory() {
        // A line of narration between a question and its answer does not
        // end the exchange; "écrit par" names no interviewer.
        let text = "Yanis Corre : « La montagne m'a appris la lenteur »\n\nLe guide Yanis Corre publie ses carnets. Son livre rappelle « Premier de cordée », roman écrit par Roger Frison-Roche en 1941. Nous avons rencontré Yanis Corre à Chamonix.\n\n— Pourquoi écrire maintenant ?\n\n— Parce que j'ai cessé de grimper l'an dernier. Il fallait bien que ça sorte quelque part.\n\n— Vos lecteurs sont surtout des alpinistes ?\n\n— Pas du tout. Ce sont des gens qui n'ont jamais mis un crampon.\n\n— Regrettez-vous votre dernière saison ?\n\nIl se tait un long moment, regarde la fenêtre.\n\n— Non. J'ai fini sur une belle course, avec mon fils.\n\n— Et demain ?\n\n— Je crois que j'avais peur de ne jamais m'arrêter.\n\nPropos recueillis par Anne Quéré\n";
        let speakers = speakers_only(text);
        let corre = Some("Yanis Corre".to_string());
        let quere = Some("Anne Quéré".to_string());
        assert_eq!(
            speakers[2..],
            [
                quere.clone(),
                corre.clone(),
                quere.clone(),
                corre.clone(),
                quere.clone(),
                corre.clone(),
                quere,
                corre
            ]
        );
    }

    #[test]
    fn an_infinitive_and_an_adverb_hide_no_speaker() {
        // "faire" is no reporting verb; "brièvement" stands between the
        // verb and the one who speaks.
        let text = "Au procès, Me Paul Garnier a prié la cour de ne pas faire de sa cliente « une coupable idéale ».\n\nLe verdict est tombé à 18 heures. « C'est un soulagement », a commenté brièvement l'une des sœurs de l'accusée.";
        assert_eq!(
            speakers_only(text),
            [Some("Paul Garnier".to_string()), None]
        );
    }

    #[test]
    fn a_relative_clause_after_an_opening_participle_is_skipped() {
        let text = "La ministre de l'Agriculture, Claire Duval, était à Rennes mardi. La présidente du syndicat, Jeanne Morel, a dénoncé le plan.\n\nInterrogée sur les critiques de Jeanne Morel, qu'elle a reçue deux fois cet hiver, la ministre s'est voulue apaisante. « Je respecte son travail, mais ses chiffres sont anciens, explique-t-elle. Le plan a changé. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Claire Duval"));
    }

    #[test]
    fn a_relative_clause_after_an_apposition_is_skipped() {
        let text = "“We will not cut a single route,” Maria Teles, the carrier's chief executive, who takes over the merged group in May, told the Lisbon Herald.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Maria Teles"));
        // It ends with its sentence.
        let text = "Me Paul Roux a plaidé. Il a décrit un client ivre « qui avait déjà menacé deux serveuses », un gérant seul, épuisé, qui avait été agressé. Le soir même, le verdict est tombé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Roux"));
    }

    #[test]
    fn a_body_speaks_and_a_feast_does_not() {
        let text = "Tom Reid refereed for twenty years.\n\nThe Northern Match Officials body, which trains referees, said in a statement that Reid had been \"a credit to the game\".";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Northern Match Officials body")
        );
        let text = "Dan Pike once chased me down the tunnel. A couple of years ago he sent me an Easter card that just said \"Still offside\" in big letters.";
        assert_ne!(speaker(text, 0).as_deref(), Some("Easter"));
    }

    #[test]
    fn faire_before_a_reporting_infinitive_is_one_cue() {
        let text = "Karim Dembélé, du syndicat, a prévenu.\n\n« Sans réorganisation, nous ne pourrons pas tenir », fait valoir la RTM dans un communiqué.\n\n« Nous ne lâcherons rien », a fait valoir Karim Dembélé.";
        assert_eq!(
            speakers_only(text),
            [Some("RTM".to_string()), Some("Karim Dembélé".to_string())]
        );
    }

    #[test]
    fn it_is_a_pronoun_not_a_name() {
        let text = "The letter was signed by captain Ravi Menon among others. It states that some players have not been paid for \"as many as 12 matches\".";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_role_keeps_its_fused_complement() {
        let text = "Le président du tribunal, Marc Duvivier, a lu le dossier. Le prévenu, Julien Rossi, a reconnu les faits. Julien Rossi a quitté la barre en silence. « Ne revenez pas ici », lui a lancé le président.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marc Duvivier"));
    }

    #[test]
    fn a_general_word_for_a_role_covers_the_specific_ones() {
        let text = "Pour la procureure, Hélène Darras, les faits sont graves. L'avocate de la défense, Me Sophie Ricard, a plaidé la relaxe. « Mon client a remboursé », a-t-elle lancé. La magistrate a aussitôt répliqué : « Il a remboursé ce qu'il devait déjà. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Hélène Darras"));
        let text = "The glaciologist Ann Mercer has watched the ice for years. Mayor Jo Platt ordered the evacuation. \"We cannot wait for certainty,\" Platt said. \"The data will tell us in a week,\" the scientist said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Ann Mercer"));
    }

    #[test]
    fn a_given_name_after_that_is_a_person() {
        let text = "Tom Ridley, an analyst at Carrow Energy, said he had told clients to wait, and that David Okoye, strategist at Meridian, had made the same call.\n\n\"We have seen this before,\" he said.\n\nOkoye pointed to the weak compliance. \"Headlines are cheap,\" he wrote.";
        assert_eq!(speaker(text, 1).as_deref(), Some("David Okoye"));
    }

    #[test]
    fn cr_is_a_councillors_title_and_a_place_is_no_speaker() {
        let text = "The local mayor, Ross Kimber, said rebuilding had slowed. \"We've got people who can't find a builder,\" Cr Kimber told the ABC.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ross Kimber"));
        let text = "« La grève coûte cher », explique Nadia Benali, usagère.\n\nPlace des Lilas, les commerçants comptent les jours. « Je vendais quatre-vingts cafés, j'en suis à trente », calcule Marc Théron, qui tient un kiosque.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Marc Théron"));
    }

    #[test]
    fn a_french_participle_opening_a_sentence_starts_no_name() {
        let text = "Le ministre des Transports, Philippe Garnier, est sorti de sa réserve. Invité de France Culture, il a appelé les deux parties « à la responsabilité ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Philippe Garnier"));
    }

    #[test]
    fn short_given_names_tell_a_gender() {
        let text = "Coach Walt Brennan won again on Saturday. Harlan State’s athletic director, Jen Kowalski, praised him. He has won 812 games and, by his own count, \"about four thousand arguments with referees.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Walt Brennan"));
    }

    #[test]
    fn an_acronym_names_a_capitalised_name_with_du_inside() {
        let text = "La secousse a été ressentie jusqu'à la côte, selon l'Institut sismologique du Chili (ISC). Selon l'ISC, une trentaine de répliques ont été enregistrées. L'institut a appelé les habitants à éviter les maisons en adobe, « très vulnérables », jusqu'à nouvel ordre.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Institut sismologique du Chili")
        );
    }

    #[test]
    fn a_dash_signature_may_open_with_a_title() {
        let text = "Councillor Tom Reyes voted for the plan. The commission said the vote was final.\n\n\"Nothing is saved until the province pays.\" — Councillor Anita Osei, in a post on X.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Anita Osei"));
    }

    #[test]
    fn a_spokesperson_of_an_organisation_named_by_one_word() {
        let text = "Le syndicat Sud-Rail dénonce les nouveaux horaires. « Le dialogue n'a jamais été rompu », assure une porte-parole de la SNCF, qui parle de concertation.";
        assert_eq!(speaker(text, 0).as_deref(), Some("SNCF"));
    }

    #[test]
    fn quelqu_un_as_a_subject_is_someone_unnamed() {
        let text = "« Je vendais trente cafés », soupire Marc Théron, kiosquier. Sur un pilier de la station, quelqu'un a scotché une feuille manuscrite : « Métro, boulot, dodo et puis attente ».";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn an_acronym_or_a_number_may_open_a_name_and_a_surname_may_come_first() {
        let text =
            "La communauté de communes des Trois Vallées a indiqué : « Nous aiderons le club. »";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("communauté de communes des Trois Vallées")
        );
        let text = "The UN Office for Refugees said the risk was \"imminent and growing\" on Monday.\n\nMinister Lim Wei Kiat spoke on Monday. \"This is one way we can help them,\" Mr Lim said.";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("UN Office for Refugees"));
        assert_eq!(found[1].1.as_deref(), Some("Lim Wei Kiat"));
    }

    #[test]
    fn a_participle_after_a_quotation_has_no_subject_after_it() {
        let text = "Karim Oulmi, secrétaire de la CGT-RATP, a pris la parole. « Nous ne lâcherons rien », a-t-il lancé. Selon le syndicaliste, la direction « joue la montre » en espérant un essoufflement.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Karim Oulmi"));
    }

    #[test]
    fn a_trade_describes_its_holder_before_a_relative_clause() {
        let text = "Le directeur général, Bertrand Rochat, a écrit aux clients. « Elle survivra », écrit le banquier, qui promet de « faire toute la lumière » sur les responsabilités.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Bertrand Rochat"));
    }

    #[test]
    fn a_lowercase_quotation_after_a_word_for_a_work_is_no_title() {
        let text = "The prize went to Nora Venn on Thursday. The chair of the judges, the critic Leonard Ashby, called the novel \"fierce, funny and completely unforgettable.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Leonard Ashby"));
        let text = "Le Premier ministre tente de maintenir ce que la presse a surnommé la « coalition du grand écart » depuis trois semaines.";
        let article = Article::from_bytes(text.as_bytes(), "t");
        assert_eq!(
            extract(&article).quotes[0].kind,
            crate::quotes::QuoteKind::Term
        );
    }

    #[test]
    fn a_title_of_several_words_before_of_names_no_one() {
        let text = "But Green Party Member of the Assembly for the valley, Rhoswen Tudur-Lloyd, said the offer was \"far too late.\"\n\n\"People have waited three winters for this,\" the MS said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Rhoswen Tudur-Lloyd"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Rhoswen Tudur-Lloyd"));
    }

    #[test]
    fn plain_nouns_before_a_name_describe_the_subject() {
        let text = "Not everyone in the harbour agrees. Morgan Quay boatbuilder and lifelong Carrick sailor Owen Pryddy, who lost a mooring in the storm, has led the protest. \"We were never asked,\" the 61-year-old said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Owen Pryddy"));
        let text =
            "Tamsin Orr beat Lucy Farrant in the final on Sunday. \"I was lucky today,\" she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tamsin Orr"));
    }

    #[test]
    fn a_relative_clause_after_an_apposition_leaves_the_subject_before_it() {
        let text = "Not everyone was convinced. Priya Lomax, a fund manager at Corvane Partners, which sold its shares in May, said in an interview that the board had \"run out of excuses.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Priya Lomax"));
    }

    #[test]
    fn a_pronoun_the_subject_cannot_stand_for_goes_to_the_one_named_with_it() {
        let text = "Councillor Alan Birtwhistle chaired the hearing. Maureen Oddie spoke first for the residents. \"We were told nothing,\" she said.\n\nShe was followed by farmer Dylan Hesketh, who owns the land next to the site. \"Nobody asked me either,\" he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Maureen Oddie"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Dylan Hesketh"));
    }

    #[test]
    fn a_quoted_sentence_announced_by_a_colon_is_the_subjects_or_the_last_named() {
        let text = "Le lieutenant Marc Villaret dirigeait les recherches. Était présent aussi Hugo Fauchier, guide sur le massif depuis douze ans. « Ils avaient le matériel », souligne le lieutenant. Le guide, lui, se montre plus dur : « On ne part pas sur cette pente après trois jours de vent. »\n\n« Ce chai ne sert à rien », s'emporte Paul Lacombe. Les deux hommes se sont croisés sans un mot. Ce qui n'a pas empêché Armand Cazaux, au micro, d'ouvrir la foire avec une plaisanterie : « Cette année, même la pluie est venue acheter du fromage. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marc Villaret"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Hugo Fauchier"));
        assert_eq!(speaker(text, 3).as_deref(), Some("Armand Cazaux"));
    }

    #[test]
    fn a_paragraph_with_only_a_title_in_quotation_marks_is_quiet() {
        let text = "Imogen Strand spent nine winters in Antarctica. \"It was home,\" she said.\n\nHer field guide, \"Ice, Mostly,\" sold well. She seldom brings it up with her pupils.\n\n\"They think scientists never get anything wrong. I tell them how often I did.\"";
        assert_eq!(speaker(text, 2).as_deref(), Some("Imogen Strand"));
    }

    #[test]
    fn an_initial_without_its_full_stop_is_part_of_the_name() {
        let text = "Association secretary R Venkatachalam Pillai denied the claims. \"Nothing is owed to anyone,\" Pillai told reporters.";
        assert_eq!(speaker(text, 0).as_deref(), Some("R Venkatachalam Pillai"));
    }

    #[test]
    fn a_french_organisations_name_may_go_on_in_lowercase() {
        let text = "Le dossier pourrait finir devant la Cour de justice de l'Union européenne. L'Union nationale des transporteurs a diffusé un communiqué mardi. « Chaque jour de grève coûte cher », écrit l'organisation.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Union nationale des transporteurs")
        );
    }

    #[test]
    fn an_organisation_named_in_full_may_be_called_by_one_of_its_words() {
        let company = "Beside him sat Dale Whitcomb, chief executive of Tessvale Systems, the sensor maker. Later, Tessvale said it \u{201c}remains committed to the programme.\u{201d}";
        assert_eq!(speaker(company, 0).as_deref(), Some("Tessvale Systems"));
        let team = "The Eastbrook Kestrels have sacked their coach, Dale Orme, after nine straight losses. In a statement, the Kestrels said the board had \u{201c}lost confidence in the programme.\u{201d}";
        assert_eq!(speaker(team, 0).as_deref(), Some("Eastbrook Kestrels"));
        // A people's name opens many a body's name, but is no short form.
        let demonym = "The European Commission will rule in May. Brennan Cells, the battery maker, cut its forecast. \u{201c}European demand will return,\u{201d} the company said.";
        assert_eq!(speaker(demonym, 0).as_deref(), Some("Brennan Cells"));
    }

    #[test]
    fn an_english_sentence_opening_with_a_participle_has_its_subject_past_the_comma() {
        let text = "Harrow manager Declan Ruane was calm. \u{201c}We had luck,\u{201d} he said. Then substitute Colm Tierney scored twice.\n\nAsked about the decision to hold Tierney back until the final quarter, Ruane smiled. \u{201c}It was mostly that we ran out of ideas,\u{201d} he said.\n\nThe court heard from PC Alan Birch, the call handler that night. Asked by the family's barrister, Nadia Frost, whether he had read the message Tierney sent, Birch said he had not. \"I applied the risk matrix,\" he told the court.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Declan Ruane"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Alan Birch"));
    }

    #[test]
    fn a_french_organisations_name_may_state_its_purpose() {
        let text = "Le Collectif contre la précarité a manifesté samedi. « Nous ne lâcherons rien », a déclaré le collectif dans un communiqué.\n\nL'Alliance pour les forêts vivantes, une ONG basée à Lyon, a appelé à « sortir de l'impasse ».\n\nL'Union pour l'instant refuse de commenter. « Rien n'est signé », a indiqué l'Union.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Collectif contre la précarité")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Alliance pour les forêts vivantes")
        );
        assert_eq!(speaker(text, 2).as_deref(), Some("Union"));
    }

    #[test]
    fn le_prevenu_is_not_the_president_of_the_court() {
        let text = "Le président du tribunal, Alain Verdier, commence par Karim Besson. Voix posée, le prévenu reconnaît avoir « signé sans lire ». « Je croyais aux produits », assure-t-il.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Karim Besson"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Karim Besson"));
    }

    #[test]
    fn an_incise_naming_a_place_then_a_person_gives_the_person() {
        let text = "Le ministre Denis Caron a promis un comité. « Encore un comité, a ironisé la députée de Saint-Brieuc, Odile Marchal. Les familles attendent des actes. »\n\nSur le port, « Le Belle-Île, a lancé Yann Le Goff, Brestois et patron du chantier, repartira lundi. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Odile Marchal"));
        // A name first and its apposition after: the name.
        assert_eq!(speaker(text, 1).as_deref(), Some("Yann Le Goff"));
    }

    #[test]
    fn a_french_organisations_purpose_may_join_two_nouns_and_its_acronym_names_it_whole() {
        let text = "Les essaims progressent, a averti mercredi l'Agence nationale pour la protection et la restauration des sols (ANPRS). L'ANPRS juge la riposte « bien trop lente ».\n\nL'Office pour les migrants et les réfugiés a publié un rapport. « La situation empire », a déclaré l'office.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Agence nationale pour la protection et la restauration des sols")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Office pour les migrants et les réfugiés")
        );
    }

    #[test]
    fn every_selon_cue_opens_with_a_listed_opener() {
        for cue in super::SELON {
            assert!(
                cue.first()
                    .is_some_and(|w| super::SELON_OPENERS.contains(w))
            );
        }
    }

    #[test]
    fn a_possessive_name_is_the_owner_when_the_owner_is_named_alone() {
        let text = "The first thing you see in Marguerite Okonjo’s flat is the cello. Okonjo was born in Lagos in 1950. “I practise every morning,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marguerite Okonjo"));
    }

    #[test]
    fn a_name_after_a_pronoun_is_not_whom_the_next_pronoun_means() {
        let text = "Talia Rensburg grew up above a bakery. Her first album sold well. Reviewers compared her voice to Nina Mercer. A label offered her a deal. “They wanted the same record twice,” she said.\n\nAt the front stands Dai Rowlands, and he knows the pit. “I went down at 16,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Talia Rensburg"));
        // A pronoun after the name means that name.
        assert_eq!(speaker(text, 1).as_deref(), Some("Dai Rowlands"));
    }

    #[test]
    fn a_surname_written_first_after_an_honorific_stays_in_the_name() {
        let text = "Minister of State for Heritage Dr Tan Mei Ling visited the market. \"These stalls are our kitchens,\" Dr Tan said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tan Mei Ling"));
    }

    #[test]
    fn an_acronym_among_organisation_words_is_no_surname_written_as_a_name() {
        let text = "A council spokesman, Mr Bernard Ngo, said inspectors would call. “We hear the concerns,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bernard Ngo"));
    }

    #[test]
    fn a_description_that_goes_on_speaking_is_the_last_speaker() {
        let text = "Julien Marchetti a longtemps hésité. « J'ai vu des dossiers truqués », raconte-t-il.\n\nLe directeur, Bruno Lesage, est le cousin du maire. « Tout le monde savait », poursuit le lanceur d'alerte.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Julien Marchetti"));
    }

    #[test]
    fn a_bare_description_after_said_describes_the_name_after_it() {
        let text = "Bus cuts\n\nRowan Dale, the council leader, defended the cuts on Monday. \"The bus never comes,\" said longtime rider Moira Keane, 71. \"I walk now.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Moira Keane"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Moira Keane"));
    }

    #[test]
    fn after_a_pair_the_pronoun_means_whom_the_text_was_about() {
        let text = "Fire\n\n\"The room was orange,\" said Tomas Reyna, a teacher. \"My phone had nothing.\"\n\nHis neighbor, retired nurse Glen Hadley, drove up and down the street. Reyna and Hadley had been friends for years. “I knocked on thirty doors,” he said.\n\nCounty Supervisor Irene Vold said the state should review it. “This can never happen again,” Vold said.";
        assert_eq!(speaker(text, 2).as_deref(), Some("Glen Hadley"));
        assert_eq!(speaker(text, 3).as_deref(), Some("Irene Vold"));
    }

    #[test]
    fn an_apposition_leaves_out_the_role_of_whom_it_is_said() {
        let text = "Transfert\n\nLe dossier agite le club. « Il reste des détails », explique Karim Haddad, l'agent du gardien international.\n\nLongtemps silencieux, Loïc Bertin est sorti de sa réserve mardi. « Je suis concentré sur le club », a déclaré le gardien.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Loïc Bertin"));
    }

    #[test]
    fn a_french_pronoun_citing_a_document_after_it_is_the_organisation() {
        let text = "Croisières\n\n« C'est une victoire », se réjouit sa présidente, Nadine Ferri.\n\nLa préfecture des Alpes-Maritimes a pris acte de la délibération. « Une concertation sera engagée », indique-t-elle dans un communiqué.";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("préfecture des Alpes-Maritimes")
        );
    }

    #[test]
    fn a_chamber_is_an_organisation_with_its_complement() {
        let text = "Rates\n\nThe Kestrel Chamber of Commerce said the hold was “a prudent choice”.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Kestrel Chamber of Commerce")
        );
    }

    #[test]
    fn a_description_after_the_verb_gives_way_to_the_name_in_apposition() {
        let text = "Choléra\n\nL'Agence régionale de santé a envoyé des vaccins. « Les prochains jours seront décisifs », a averti son représentant sur place, le Dr Anders Holm.\n\n« Je n'étais pas là », a expliqué le prévenu à la présidente, Odile Marchand.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Anders Holm"));
        // A name after a role the speaker speaks to is the addressee's.
        assert_ne!(speaker(text, 1).as_deref(), Some("Odile Marchand"));
    }

    #[test]
    fn a_pronoun_opening_the_next_sentence_tells_a_persons_gender() {
        let text = "Concert\n\nTalia Rensburg opened the evening at the Corn Exchange. She sang for an hour. The promoter, Dov Kessler, was pleased. Rensburg left early. “A fine night all the same,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dov Kessler"));
    }

    #[test]
    fn la_jeune_femme_is_the_young_woman_named_with_her_age() {
        let text = "Sirop\n\nLa présidente de la fédération, Josée Tremblay, a défendu les quotas. Une productrice, Émilie Gagnon, 29 ans, a décrit ses difficultés. Mme Tremblay a répondu qu'il s'agissait d'« une priorité ». « Des belles paroles », a soufflé la jeune femme.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Émilie Gagnon"));
    }

    #[test]
    fn a_title_case_headline_names_no_one_the_body_does_not_name() {
        let text = "The Singer Who Sings Back What the Valley Hears\n\nThe tide keeps things. My mother put it simply. “Water remembers,” she'd say.\n\nMira Holt is fifty-one and paints the shore.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_name_after_au_or_a_stable_is_no_person() {
        let text = "Boxe\n\nLa veille au soir, au Dôme de Lyon, le Lyonnais Nassim Belaïd a battu Marco Ferri. « J'ai pris des coups », a lancé celui que les supporters surnomment « le Taureau ».\n\nÀ ses côtés, son promoteur, Karim Haddou, souriait. Le patron de l'écurie Ring Nation a rappelé que la salle était pleine. « On a prouvé quelque chose », a-t-il affirmé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nassim Belaïd"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Karim Haddou"));
    }

    #[test]
    fn a_complement_after_the_head_of_a_subject_is_left_for_the_head() {
        let text = "Drone\n\nControllers halted flights at 18:10 GMT after a pilot on final approach reported a “bright light hovering” near the runway.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn saint_opens_a_places_name_not_a_persons() {
        let text = "Merger\n\nDr Anita Shore leads the new group. St. Agatha's lost $22 million last year. Asked about the maternity unit at St. Agatha's, she said the board would review \"every service line\" within 18 months.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Anita Shore"));
    }

    #[test]
    fn a_description_equated_with_a_name_is_that_person() {
        let text = "Ballet\n\nTalia Rensburg grew up above a bakery. Reviewers liked her.\n\nThe man at the front of the class is Dai Rowlands, and he knows the pit. “I went down at 16,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dai Rowlands"));
    }

    #[test]
    fn a_surname_written_first_after_a_title_of_several_words_stays_with_the_name() {
        let text = "Housing\n\nMinister for National Development Tan Wei Kiat said the scheme would start in January. \"Young couples tell us the same thing,\" Mr Tan said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tan Wei Kiat"));
    }

    #[test]
    fn the_short_form_of_an_institutions_name_is_the_institution() {
        let text = "Typhoon\n\nThe Kowloon Observatory said the signal would remain in force. “Stay indoors,” the Observatory said in a statement.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kowloon Observatory"));
    }

    #[test]
    fn a_spokesperson_of_nothing_named_speaks_for_what_the_text_was_about() {
        let text = "Ferry\n\nIsland Ferries apologised for the disruption. “We understand the frustration of islanders,” a spokeswoman said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Island Ferries"));
    }

    #[test]
    fn a_short_quotation_after_a_verb_of_calling_is_the_callers() {
        let text = "Floods\n\nOpposition leader Nadia Rahman called the breach a \"man-made disaster\". Delphine is the fourth storm of what forecasters have called an \"unusually aggressive\" season.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nadia Rahman"));
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_names_possessive_determines_an_organisation_it_names() {
        let text = "Oil\n\nSome buyers reacted quickly. Japan's trade ministry said in a statement that it was “closely monitoring developments”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Japan's trade ministry"));
    }

    #[test]
    fn an_adverbial_may_close_with_an_adjective_before_the_subject() {
        let text = "Putsch\n\n« La situation est sous contrôle », a déclaré à la télévision publique le porte-parole du gouvernement, Aristide Nkounkou, vers 7 h.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aristide Nkounkou"));
    }

    #[test]
    fn selon_les_mots_de_names_the_speaker() {
        let text = "Eau\n\nLa rapporteure, Claire Vasseur, a défendu le texte. Les usagers saluent un travail « enfin à la hauteur », selon les mots de Jacqueline Morin, présidente de l'association.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Jacqueline Morin"));
    }

    #[test]
    fn after_narration_a_turn_about_vous_alone_is_the_interviewers() {
        let text = "Entretien\n\nÀ 58 ans, la comédienne Margot Lenoir reprend le rôle qui l'avait révélée.\n\nPropos recueillis par Hélène Vautier\n\n— Pourquoi revenir à ce rôle ?\n\n— Parce que je n'avais plus l'âge de le jouer.\n\n— Vous aviez dit que vous ne la rejoueriez jamais.\n\n— J'ai dit beaucoup de bêtises à l'époque.\n\nElle éclate de rire, puis se reprend.\n\n— Votre metteur en scène dit de vous que vous répétez en silence.\n\n— Il exagère. Je n'aime pas parler du rôle.";
        let found = speakers_only(text);
        assert_eq!(found[4].as_deref(), Some("Hélène Vautier"));
        assert_eq!(found[5].as_deref(), Some("Margot Lenoir"));
    }

    #[test]
    fn two_turns_after_narration_go_on_with_the_interview() {
        let text = "Entretien\n\nLa réalisatrice Agathe Morin signe un film lent et lumineux. Rien ne destinait Agathe Morin au cinéma.\n\n— Pourquoi tourner sur une année ?\n\n— Parce que la ferme vit avec les saisons.\n\n— Vos acteurs ne sont pas des professionnels…\n\n— Non, et c'est une chance.\n\nSon distributeur, Paul Carrel, est enthousiaste. « Nous sortons le film dans 140 salles », dit-il.\n\n— Avez-vous déjà un autre projet ?\n\n— Je voudrais filmer l'école du village.";
        let found = speakers_only(text);
        assert_eq!(found[5], None);
        assert_eq!(found[6].as_deref(), Some("Agathe Morin"));
    }

    #[test]
    fn the_title_nearest_a_name_says_what_the_person_is() {
        let text = "Drones\n\nLt. Gen. Raymond Oduya defended the programme before Sen. Margaret Hale. Hale asked Oduya whether the Army would open it to other firms.\n\n“Everything is on the table,” the general replied.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Raymond Oduya"));
    }

    #[test]
    fn a_particle_written_with_a_capital_is_the_same_persons_name() {
        let text = "Heist\n\nThe museum's director, Pieter van Dam, spoke on Sunday. \"The dealers will have the photographs by Monday,\" Van Dam said.";
        let extraction = extract(&Article::from_bytes(text.as_bytes(), "t"));
        assert_eq!(extraction.speakers.len(), 1);
        assert_eq!(extraction.speakers[0].name, "Pieter van Dam");
    }

    #[test]
    fn a_possessive_name_before_what_it_owns_is_the_owner() {
        let text = "Snow\n\nWild Trout Forever's local chapter said it was \"cautiously encouraged\" by the plan. “We share the concern,” Crispy Joe’s said in a statement.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Wild Trout Forever"));
        // A name that holds a possessive keeps it.
        assert_eq!(speaker(text, 1).as_deref(), Some("Crispy Joe’s"));
    }

    #[test]
    fn friends_of_a_place_are_an_organisation() {
        let text =
            "Snow\n\nFriends of Cedar Creek called the plan \"a snow machine for millionaires.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Friends of Cedar Creek"));
    }

    #[test]
    fn a_name_after_an_indefinite_article_and_an_adjective_is_no_persons() {
        let text = "Midwife\n\nNesta Pryce delivered babies for forty years. Children shouted when a green Morris Minor passed. “It was February,” she says.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nesta Pryce"));
    }

    #[test]
    fn a_place_after_of_in_an_apposition_is_not_its_subject() {
        let text = "Bridge\n\nThe engineering firm, Hadley-Marsh Associates of Dayton, said its inspectors had “documented the conditions they observed”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Hadley-Marsh Associates"));
    }

    #[test]
    fn a_place_after_from_is_where_the_speaker_is_from() {
        let text = "Hope\n\nEvery year I ask my students why they came. Last year a young woman from Accra answered: “Because I want to know how long we have.”";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_particle_joined_by_a_hyphen_stays_in_the_name() {
        let text = "Demolition\n\nHeritage group Din il-Belt said the decision was “a slap in the face”. “We expected nothing else,” said Karim al-Masri, a resident.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Din il-Belt"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Karim al-Masri"));
    }

    #[test]
    fn an_adjective_in_erieur_closes_an_organisations_name() {
        let text = "Universités\n\nUne note du ministère de l'Enseignement supérieur circule. Interrogé, le ministère précise qu'elle « ne constitue en aucun cas une consigne ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("ministère de l'Enseignement supérieur")
        );
    }

    #[test]
    fn the_first_words_of_an_organisations_name_are_its_short_form() {
        let text = "Koalas\n\nThe judge found the developer, Banksia Ridge Property Group, had relied on thin survey work. Banksia Ridge said in a statement it was “disappointed” by the ruling.";
        let extraction = extract(&Article::from_bytes(text.as_bytes(), "t"));
        let names: Vec<&str> = extraction
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ["Banksia Ridge Property Group"]);
    }

    #[test]
    fn an_unmarked_name_that_was_the_subject_is_the_organisation_a_generic_noun_means() {
        let text = "Ash\n\nThe eruption began at dawn, according to the Marisol Seismic Institute. The institute raised the alert. \"We see constant tremors,\" institute head Dr. Ana Ruiz said.\n\nFlag carrier Longtail Air said it had cancelled all flights. \"Passengers may rebook for free,\" the airline said on its website.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Longtail Air"));
    }

    #[test]
    fn an_honorific_may_come_between_a_lowercase_title_and_the_name() {
        let text = "Ash\n\nThe eruption began at dawn. \"We see constant tremors,\" institute head Dr. Ana Ruiz said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn an_organisation_in_apposition_to_a_persons_description_is_the_subject() {
        let text = "Mine\n\nThe rescue ended at dawn. Dale Whitacre, the shift boss, hugged his crew. The mine's owner, Allegheny Ridge Energy, said in a statement that it was \"profoundly grateful\" to the teams.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Allegheny Ridge Energy"));
    }

    #[test]
    fn a_reporting_verb_ends_a_description_read_back_from_a_name() {
        let text = "Cyclone\n\nFor grower Luca Bertolini, whose family has farmed near Tully for three generations, the numbers are stark. His property lost every plant.\n\n\"We were four weeks off our harvest,\" the 52-year-old told ABC Rural.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Luca Bertolini"));
    }

    #[test]
    fn an_age_may_stand_between_the_verb_and_the_name() {
        let text = "Cyclone\n\nErgon Energy said 3,100 homes remained without power. \"Crews are facing landslips,\" a spokeswoman said.\n\n\"I have lived through Larry and Yasi,\" said 74-year-old Margaret Tully. \"This one took my roof.\"";
        assert_eq!(speaker(text, 1).as_deref(), Some("Margaret Tully"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Margaret Tully"));
    }

    #[test]
    fn a_name_after_for_opening_a_sentence_is_no_place() {
        let text = "Ruling\n\nFor Lorraine Mitchell, whose son was shot by an officer in 2023, the ruling came too late.\n\n\"I know what I saw on that tape,\" Mitchell said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lorraine Mitchell"));
    }

    #[test]
    fn a_word_in_iste_for_where_someone_is_from_is_an_epithet() {
        let text = "Course\n\nYann Le Goff a coupé la ligne en tête devant Mathis Corlay. « On aurait dit une régate dans la baie », raconte le Douarneniste.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Yann Le Goff"));
    }

    #[test]
    fn one_capitalised_word_quoted_inside_a_sentence_names_something() {
        let text = "Course\n\nSon routeur, Erwan Kerhervé, a joué un rôle déterminant. Depuis Lorient, l'ancien skipper a épluché les fichiers météo pour placer « Korrigan » sur la bonne trajectoire.";
        assert_eq!(speaker(text, 0), None);
        let extraction = extract(&Article::from_bytes(text.as_bytes(), "t"));
        assert_eq!(extraction.quotes[0].kind, super::super::QuoteKind::Title);
    }

    #[test]
    fn a_pronoun_does_not_mean_someone_the_quotation_names() {
        let text = "Étape\n\nLucas Berthier a gagné. Dans le final, Mattia Ferrante a tenté de revenir sur Berthier, sans succès. « Il était plus fort », a-t-il admis.\n\nAu micro, son vainqueur a salué son rival. « Mattia est un gentleman. Il m'a dit bravo », a-t-il raconté.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mattia Ferrante"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Lucas Berthier"));
    }

    #[test]
    fn a_name_the_quotation_quotes_in_turn_is_no_sign() {
        let text = "Procès\n\nPour Odile Ferrat, la présidente, la blessure est humaine. « Il m'a répondu “tout est en ordre, Odile”, et je l'ai cru », raconte-t-elle.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Odile Ferrat"));
    }

    #[test]
    fn a_side_that_on_speaks_for_is_no_one() {
        let text = "Conseil\n\nLa maire, Brigitte Lanza, a présenté le projet jeudi. Du côté de l'opposition, on dénonce un « coup de communication ».";
        assert_eq!(speaker(text, 0), None);
        let text = "Budget\n\nLa maire, Brigitte Lanza, a présenté le projet jeudi. Du côté de la direction régionale, on assure que « tout est prêt ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("direction régionale"));
    }

    #[test]
    fn a_spokesperson_speaks_for_the_organisation_one_was_given_to() {
        let text = "Library\n\nThe group is considering a judicial review. A spokesperson for Birmingham City Council said the assessments had been published in full. \"We have carried out extensive consultation,\" the spokesperson said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Birmingham City Council"));
    }

    #[test]
    fn that_before_a_pronoun_opens_a_clause_not_a_description() {
        let text = "Fire\n\nDr Niamh Corrigan said she had raised the issue in 2021. A spokesman for Harrowgill District Council said after the hearing that the council \"does not accept\" that it had ignored the report.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Harrowgill District Council")
        );
    }

    #[test]
    fn french_a_before_a_description_is_a_verb_not_an_article() {
        let text = "Usine\n\nLe PDG, Éric Vasseur-Lamblin, a justifié ce report. « Nos concurrents paient moins cher », a insisté le patron, qui a répété que le projet était « ferme ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Éric Vasseur-Lamblin"));
    }

    #[test]
    fn on_speaks_for_the_place_au_opened_the_sentence_before_with() {
        let text = "Contrat\n\nLe maire, Paul Roy, a signé. Au ministère des Affaires municipales, on confirme avoir reçu une plainte. « Nous ne commentons pas », s'est-on contenté de répondre.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("ministère des Affaires municipales")
        );
        let text = "Contrat\n\nLe maire, Paul Roy, a signé. Au cabinet du ministre, on indique : « Nous ne commentons pas ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("cabinet du ministre"));
    }

    #[test]
    fn an_organisation_after_a_role_is_whom_the_person_belongs_to() {
        let text = "Grève\n\nPour Karim Ouedraogo, délégué CGT, la situation est grave. Son collègue de Force ouvrière, Stéphane Mollard, va plus loin. Les deux hommes ont parlé longtemps. « Ce qui a tout déclenché, c'est l'accident de Nadia », dit le délégué FO.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Stéphane Mollard"));
    }

    #[test]
    fn a_unit_is_an_organisation() {
        let text = "Doping\n\nThe Athletics Integrity Unit banned Winfred Chebet for four years on Monday. Chebet had blamed a clinic. \"The claim was not supported by any medical records,\" the unit said.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Athletics Integrity Unit")
        );
    }

    #[test]
    fn a_description_does_not_mean_someone_the_quotation_names() {
        let text = "Basket\n\nLe repreneur, Franck Deloison, 52 ans, est connu. Le président sortant, Jean-Marc Thuillier, ne fera pas partie de la nouvelle équipe. « On s'est dit des choses. Jean-Marc a sauvé le club deux fois avant moi », glisse le nouveau propriétaire.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Franck Deloison"));
    }

    #[test]
    fn completer_reports_in_french() {
        let text = "Fusion\n\nLe PDG du Crédit Rhodanien, Hugues de Vallombreuse, prendra la présidence ; Bertrand Lemarié en deviendra le directeur général. « Ce n'est pas une absorption », a assuré le premier. « Nous avons les mêmes clients », a complété le second.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Bertrand Lemarié"));
    }

    #[test]
    fn marvel_and_chuckle_report_in_english() {
        let text = "Bakery\n\nGianna Castelli took over in January. \"It is romantic for about a week,\" she chuckled. \"Then it is just the alarm,\" marvelled Paolo Castelli.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Gianna Castelli"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Paolo Castelli"));
    }

    #[test]
    fn a_word_in_ed_after_a_head_noun_is_the_verb() {
        let text = "Harbour\n\nThe Port Company said it would publish the analysis.\n\nMr Twomey said the association would attend. Asked whether that could be dangerous, the 58-year-old shrugged. \"We know that harbour better than any dredger captain.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Twomey"));
    }

    #[test]
    fn a_plural_word_for_people_opening_a_sentence_is_no_name() {
        let text = "Library\n\nThe council wants to close the Kings Heath library. Campaigners say the building is “the beating heart” of the community.";
        assert_eq!(speaker(text, 0), None);
        let extraction = extract(&Article::from_bytes(text.as_bytes(), "t"));
        assert!(extraction.speakers.is_empty());
    }

    #[test]
    fn neither_and_you_open_no_name() {
        let text = "Bridge\n\nInspectors noted “heavy section loss” in 2019 and 2021. Neither report led to a follow-up, and the bridge kept its rating of “fair.”";
        assert_eq!(speaker(text, 1), None);
        let text = "Chips\n\nQ: You've described your products as \"boring chips.\" Why?";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_preposition_ends_a_description_and_no_verb_follows_one() {
        let text = "Lunch\n\nThe board met on Monday. The issue drew attention beyond the district after state Sen. Karen Vickstrom, DFL-Blaine, sent a letter to the board last week calling the policy “a textbook case of lunch shaming” and warning that it might conflict with a law.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Karen Vickstrom"));
    }

    #[test]
    fn a_dotted_acronym_is_no_initial_of_a_name() {
        let text = "Bridge\n\nThe board met on Tuesday. Democratic U.S. Rep. Linda Castellanos, whose district includes Cedar Falls, said she would introduce a bill. \"Recommendations are how we got here,\" she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Linda Castellanos"));
    }

    #[test]
    fn a_shipowner_or_an_insurer_may_be_a_company() {
        let text = "Naufrage\n\nLe capitaine, Sione Talakai, a survécu. L'armateur, la compagnie Southern Lines, a assuré dans un communiqué que le ferry disposait de « toutes les certifications requises ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Southern Lines"));
    }

    #[test]
    fn a_pronoun_skips_someone_the_text_says_did_not_speak() {
        let text = "Cricket\n\nOpener Lachlan Petrie was dropped on Monday. NSW captain Daniel Okafor said he was surprised. \"Lachie has been our best player,\" Okafor said.\n\nOkafor and Petrie have opened the batting together 46 times. Petrie left the ground without speaking to reporters.\n\n\"He is obviously gutted,\" he said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Daniel Okafor"));
    }

    #[test]
    fn le_corse_is_an_epithet() {
        let text = "Dopage\n\nLe directeur sportif, Ludovic Marchetti, a accepté de répondre. Visage fermé, le Corse n'a pas cherché à minimiser : « C'est un coup de massue. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ludovic Marchetti"));
    }

    #[test]
    fn a_name_after_a_role_and_chez_is_the_employer() {
        let text = "Batteries\n\nLe projet prend du retard. Selon Laurence Ibarra, analyste chez Kepler Ferrand, les constructeurs revoient leurs ambitions. « Le marché avait intégré ce scénario », souligne-t-elle.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Laurence Ibarra"));
    }

    #[test]
    fn mines_mark_an_organisation() {
        let text = "Copper\n\nLuano Copper Mines, the largest producer, said the increase would “make the expansion uneconomic.”\n\n“We have invested more than $2 billion,” the company said in a statement.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Luano Copper Mines"));
    }

    #[test]
    fn a_resorts_short_form_may_open_with_a_given_name() {
        let text = "Snow\n\nThe cattle drink from the same creek that Paloma Peak Resort wants to pump up the mountain. Alder County will decide.\n\nIn a written statement, Paloma Peak said the change would be “fully consistent with Colorado water law”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paloma Peak Resort"));
    }

    #[test]
    fn a_role_with_its_complement_then_a_comma_names_the_person_after() {
        let text = "Riders\n\nThe bill passed on Tuesday. \"We have always believed our partners deserve protection,\" said DashMakan's head of public affairs, Mr Benjamin Koh.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Benjamin Koh"));
    }

    #[test]
    fn a_pronoun_after_an_organisations_spokeswoman_is_the_organisation() {
        let text = "Bus\n\nCouncillor Sinéad Cullen called the cut a disgrace.\n\nIn a statement, a spokeswoman for the Regional Transport Authority said the decision followed \"a detailed review of passenger numbers.\"\n\n\"The new service will serve more townlands,\" she said.";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Regional Transport Authority")
        );
    }

    #[test]
    fn a_generic_noun_for_an_organisation_reports_before_its_verb() {
        let text = "Writers\n\nNine writers walked out. Sunset Pictures disputed that account. In a statement Monday afternoon, the studio said it had “fully complied with all provisions of the agreement”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sunset Pictures"));
    }

    #[test]
    fn a_feminine_description_gives_a_person_her_gender() {
        let text = "Tennis\n\nLa Française Lou Berthier-Kane a déclaré forfait. Son entraîneur, l'Argentin Martín Echeverría, qui la suit depuis deux saisons, se veut rassurant : « On ne va pas prendre de risque. »\n\nLe technicien reconnaît que la saison a pesé. « Elle a joué onze matchs en trois semaines », estime-t-il.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Martín Echeverría"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Martín Echeverría"));
    }

    #[test]
    fn gonzague_is_a_given_name() {
        let text = "Chasse\n\nLe texte est porté par le sénateur centriste Frédéric Aubanel.\n\nFace à lui, le sénateur Les Républicains de la Sarthe Gonzague de Villemont, lui-même chasseur, a multiplié les interventions. « Vous allez surtout créer un problème de sangliers », a-t-il lancé à son collègue.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Gonzague de Villemont"));
    }

    #[test]
    fn a_phrasal_verb_reports_only_with_its_particle() {
        let text = "Light\n\nMorag Lindsay has restored the lighthouse. Next spring, if the final inspection goes well, the light will be lit as what the trust calls a “heritage light”.";
        assert_eq!(speaker(text, 0), None);
        let text = "Talks\n\nThe union leader Ray Donnelly spoke first. \"We will not move,\" Donnelly said. He went on: \"Not an inch.\"";
        assert_eq!(speaker(text, 1).as_deref(), Some("Ray Donnelly"));
    }

    #[test]
    fn an_indefinite_subject_before_a_colon_is_someone_unnamed() {
        let text = "Billetterie\n\nLe président du club, Karim Bouta, a remercié les bénévoles. « On veut un budget sérieux », insiste-t-il.\n\nUn supporter croisé jeudi soir devant la billetterie a déjà pris sa place : « On a failli tout perdre. »";
        assert_eq!(speaker(text, 1), None);
        let text = "Urgences\n\nLe directeur, Jean Dupont, a salué les soignantes. « Nous tiendrons », a-t-il assuré.\n\nEn sortant de la réunion, une militante qui attendait dans le couloir, Marie Gauthier, résume : « On la suit. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Marie Gauthier"));
    }

    #[test]
    fn a_circumstance_or_an_addressee_may_stand_before_an_unnamed_subject() {
        let text = "Putsch\n\nLe ministre Paul Ngoma a parlé à la radio. « Tout est calme », a-t-il assuré.\n\n« Il est trop tôt pour conclure », a estimé auprès de l'AFP un diplomate occidental.\n\n« Je voterai le texte », confie sous couvert d'anonymat un élu de la majorité.\n\n« C'est un signal », résumait, en fin de soirée, un sénateur centriste.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Ngoma"));
        for quote in 1..4 {
            assert_eq!(speaker(text, quote), None, "quote {quote}");
        }
    }

    #[test]
    fn the_nouns_of_a_circumstance_are_not_the_subject_after_it() {
        let text = "Glacier\n\nLe canton a renforcé la surveillance. Le conseiller d'État Paul Rey a visité le site.\n\n« Nous ne voulons prendre aucun risque », a déclaré lors d'une conférence de presse à Sion la juge cantonale, Mireille Zufferey.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mireille Zufferey"));
    }

    #[test]
    fn an_unnamed_persons_place_may_stand_before_the_verb() {
        let text = "Cyclone\n\nMargaret Tully lost her roof. Mayor Dennis Carr said the town would recover. \"People are tired,\" Cr Carr said.\n\n\"Another system is the last thing we need,\" one Tully grower said.\n\n\"Bread is gone first,\" one shopper in Tsuen Wan remarked.";
        assert_eq!(speaker(text, 1), None);
        assert_eq!(speaker(text, 2), None);
    }

    #[test]
    fn an_everyday_word_for_a_person_describes_someone_unnamed() {
        let text = "Traversée\n\nLe capitaine Yann Le Goff a rassuré les familles. « Tout le monde est sain et sauf », a-t-il dit.\n\nUn passager, qui n'a pas souhaité donner son nom, s'inquiète pourtant. « On nous a parlé d'un petit retard pendant des heures. »";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_first_person_possessive_describes_no_one_the_text_names() {
        let text = "Entretien\n\nLa romancière Léa Ferrandi publie son troisième livre. « J'écris le matin », dit-elle.\n\nVous travaillez déjà au prochain ?\n\nOui. Ma grand-mère répétait souvent : « Ce qui est dit n'est plus à faire. » Elle parlait du ménage.";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_role_word_before_an_organisation_word_names_a_body() {
        let text = "Vote\n\nThe electoral commission chairman, Joseph Ndolo, said results were due on Friday. \"We are counting,\" he said.\n\nThe African Union observer mission, led by former Ghanaian diplomat Abena Owusu-Darko, said that voting had been \"largely peaceful and orderly\".";
        assert_eq!(speaker(text, 1).as_deref(), Some("African Union"));
    }

    #[test]
    fn a_place_after_a_preposition_is_no_addressee_before_a_name() {
        let text = "Rates\n\n\"This is dovish,\" said Tomas Berg, chief economist at Nordhavn Securities.\n\nBerg said he now saw June as likely. His colleague at a rival bank, Erik Solheim of Vestbank Markets, was more cautious.\n\n\"I would not bet on June,\" he said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Erik Solheim"));
    }

    #[test]
    fn a_name_many_people_give_is_no_ones_words() {
        let text = "Prize\n\nMargaret Aldous wrote the novel in two winters. “I wrote at night,” she said.\n\nThe book is on the shortlist for the Fenland Prize. The judges called it “a quiet book that refuses to look away.”";
        assert_eq!(speaker(text, 1), None);
        assert_eq!(kind(text, 1), super::super::QuoteKind::Term);
    }

    #[test]
    fn a_name_given_in_the_passive_or_by_a_bare_noun_is_a_term() {
        for text in [
            "Finals\n\nMarcus Lee scored 31 points. \"We stayed calm,\" coach Dana Wu said.\n\nLee had heard the criticism all week. After Game 3, the guard had been called \"a regular-season star\" on national television.",
            "Cuts\n\nThe vice-chancellor, Margaret Ellison, said the university had \"no alternative\".\n\nThe proposals form part of what management has called a “sustainability and renewal programme”, a phrase that drew derision.",
        ] {
            assert_eq!(speaker(text, 1), None);
            assert_eq!(kind(text, 1), super::super::QuoteKind::Term);
        }
    }

    #[test]
    fn a_person_named_last_in_a_long_apposition_is_the_subject() {
        let text = "Barrage\n\nLe ministre Joseph Mbarga a maintenu la ligne de son gouvernement. « La date n'est pas négociable », a-t-il martelé.\n\nLa médiatrice désignée par l'agence, l'ancienne présidente de la Cour constitutionnelle du Sanou, Aminata Sarr-Loum, a dit regretter « l'absence de volonté de compromis » des deux délégations.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Aminata Sarr-Loum"));
    }

    #[test]
    fn an_acronyms_name_starts_after_a_contraction() {
        let text = "Marchés\n\nLe document a été rédigé par un cadre de la région, puis transmis au parquet national financier (PNF) par deux élues.\n\nSollicité, le PNF a confirmé l'ouverture d'une enquête « des chefs de favoritisme ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("parquet national financier")
        );
    }

    #[test]
    fn of_may_join_the_words_of_a_capitalised_title() {
        let text = "Metro\n\nThe opening has been deferred again. \"We need certainty,\" Chief Minister Raghav Deshmukh said.\n\n\"He inaugurates plaques, not metro lines,\" said Leader of Opposition Sunita Kharbanda.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Sunita Kharbanda"));
    }

    #[test]
    fn an_instance_is_the_body_the_text_named() {
        let text = "Suspension\n\nL'Union des équipes professionnelles (UEP) a suspendu la formation Solvéo. Le manager Paul Roc a réagi dans la soirée.\n\nL'UEP applique une règle automatique. « La mesure n'est pas une sanction », a précisé l'instance dans un communiqué.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Union des équipes professionnelles")
        );
    }

    #[test]
    fn a_noun_in_ure_is_no_infinitive_in_a_bodys_name() {
        let text = "Moutarde\n\nLa directrice Claire Gauthey est inquiète. « Nous manquons de graines », dit-elle.\n\n« Très loin des besoins », estime la chambre d'agriculture de la Côte-d'Or.";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("chambre d'agriculture de la Côte-d'Or")
        );
    }

    #[test]
    fn a_second_person_form_is_no_reporting_verb() {
        let text = "Moutarde\n\nLa directrice Claire Gauthey est inquiète. « Nous manquons de graines », dit-elle.\n\nSelon la chambre d'agriculture de la Côte-d'Or, la production est tombée à moins de 4 000 tonnes, « très loin des besoins des transformateurs locaux ».";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("chambre d'agriculture de la Côte-d'Or")
        );
    }

    #[test]
    fn a_sentence_closing_on_its_reporter_is_about_them() {
        let text = "Merger\n\n“Nobody wanted this,” said Gareth Pryce, chairman of Cwm Tawel.\n\nPryce said he had spoken to Rhodri Vaughan, his counterpart at Pontyfelin, every week. Vaughan had first raised the idea of a merger over a pint, Pryce recalled.\n\n“It is a partnership between equals,” he said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Gareth Pryce"));
    }

    #[test]
    fn a_sentence_opening_on_an_unnamed_source_is_about_them() {
        let text = "Note\n\nLe ministre Thibault Roussange a défendu la réforme. « Nous tiendrons le calendrier », a-t-il dit.\n\nSelon un haut fonctionnaire qui a eu le document entre les mains, la formule aurait été testée auprès d'un panel. « Elle a plu, paraît-il », sourit-il.";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn someone_left_unnamed_on_purpose_is_no_one_named() {
        let text = "Entrepôt\n\nClaire Dumoulin, secrétaire du comité, a la copie sous le bras. « Huit pages, dont trois de photos », a-t-elle lancé.\n\nSa voisine, une intérimaire qui préfère taire son nom, acquiesce. « Moi, je n'ai même pas eu la présentation », glisse-t-elle.";
        assert_eq!(speaker(text, 1), None);
        let text = "Strike\n\nCouncil leader Dean Sutcliffe said talks would resume. \"We want a deal,\" he said.\n\nHis neighbour, who asked not to be named, was less patient. \"They are holding the whole town to ransom,\" he said.";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_sentence_opening_on_a_named_source_is_about_it() {
        let text = "Crue\n\nPlusieurs quartiers de Durbuy-sur-Ourthe sont sous eau. Le conseil communal de Durbuy-sur-Ourthe siège ce matin.\n\n11 h 31. Des centres d'accueil sont ouverts à l'école communale de Durbuy-sur-Ourthe. Selon la Croix-Rouge, environ 120 personnes y ont passé la nuit. « Nous manquons surtout de couvertures », indique l'organisation dans un message.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Croix-Rouge"));
    }

    #[test]
    fn ben_between_two_names_is_no_given_name() {
        let text = "Grève\n\nLe ministre a fait une offre. « Nous ferons un effort », a-t-il affirmé.\n\n« Sept pour cent sur deux ans, c’est une baisse de salaire déguisée », a rétorqué Lassaad Ben Amor dans l’après-midi.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Lassaad Ben Amor"));
    }

    #[test]
    fn a_place_and_a_dotted_title_stand_before_the_name() {
        let text = "Tornadoes kill 14\n\nThe hardest-hit area was the county seat.\n\n“We have neighborhoods that are simply gone,” Arkansas Gov. Dana Whitfield said at a news conference.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dana Whitfield"));
    }

    #[test]
    fn a_name_set_beside_a_settlement_is_a_place() {
        let text = "Storm hits the valley\n\nThe storm flattened Dale Creek, a village of about 400 people, on Sunday night.\n\n“We will rebuild,” he said.";
        assert_eq!(speaker(text, 0), None);
        let text = "Tempête\n\nLa tempête a frappé Marie Lagarde, une petite commune d’environ 800 habitants, dimanche.\n\n« Nous allons reconstruire », a-t-elle déclaré.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_natural_feature_is_a_place_and_never_speaks() {
        let text = "Jobs at the harbour\n\nAt the harbour yesterday, reactions were mixed. One fabrication worker, who has spent 22 years on North Sea platforms, said he would wait and see.\n\n“I’ve been promised a job for life three times,” he said.";
        assert_eq!(speaker(text, 0), None);
        let text = "Mount Teralu stirs\n\nScientists have watched Mount Teralu for weeks. The observatory raised its alert level on Monday.\n\n“The gas is what worries us,” it said.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_place_after_a_word_for_a_person_is_no_subject() {
        let text = "Evacuation\n\nThe observatory raised its alert level. Dr Ingrid Halvorsen said the gas readings were worrying.\n\nOne woman at the evacuation center told me, “You scientists sleep in a safe house. We sleep on a gym floor.”";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_day_of_the_year_is_no_one() {
        let text = "Last season\n\nRosa Marchetti runs the family circus with her younger brother, Luca Marchetti. By the 1950s the show toured from Easter to Bonfire Night.\n\nLuca is unsentimental about the end. “I won’t miss the poles,” he says.\n\nHis sister laughs when she hears this. “He’ll miss the poles,” she says.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Rosa Marchetti"));
    }

    #[test]
    fn a_word_for_a_person_right_before_a_name_makes_it_a_person() {
        let text = "Violin found\n\nThe instrument was recovered in Rotterdam on Tuesday, police said.\n\n“A violin like this is almost impossible to sell,” said Geert Van Damme, an Antwerp-based dealer.\n\nRotterdam police spokesman Bas de Wit said the Dutch and Belgian forces had cooperated closely. “This was a good example of cross-border police work,” he said, adding that a reward offered by the foundation would be paid.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Bas de Wit"));
    }

    #[test]
    fn an_organisation_in_apposition_after_a_clause_is_the_subject() {
        let text = "Violin found\n\nThe violin was found in a flat in Borgerhout, a district of the city.\n\nThe foundation that owns the violin, the Aalto-Rinne Music Trust, said in a statement it was “immensely relieved” and would have it examined.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aalto-Rinne Music Trust"));
    }

    #[test]
    fn the_conditional_auxiliary_reports_too() {
        let text = "Budget\n\nLe ton monte. « Tu veux que je gèle les commandes ? » aurait lancé Étienne Morvan à son collègue, selon un participant.\n\n« Nous verrons », aurait répondu Hugues Delattre.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Étienne Morvan"));
        let text = "Budget\n\nLe ton monte. « Tu veux que je gèle les commandes ? » aurait lancé Étienne Morvan à son collègue, selon un participant.\n\n« Nous verrons », aurait répondu Hugues Delattre.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Hugues Delattre"));
    }

    #[test]
    fn a_possessive_inside_an_organisation_name_keeps_it_whole() {
        let text = "Fire\n\nThe Harlan County Sheriff’s Office upgraded the evacuation notice on Monday.\n\n“We have deputies at every major intersection,” the sheriff’s office said in a statement.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Harlan County Sheriff’s Office")
        );
    }

    #[test]
    fn a_french_organisation_name_runs_on_through_its_purpose_after_a_complement() {
        let text = "Dopage\n\nLe coureur a été suspendu. « Les concentrations relevées sont anormales », a indiqué l’Agence française de lutte contre le dopage dans un communiqué.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Agence française de lutte contre le dopage")
        );
    }

    #[test]
    fn an_english_complement_of_an_organisation_ends_at_an_ordinary_word() {
        let text = "Shark nets\n\nThe council voted on Tuesday night for a motion calling on the Department of Primary Industries to replace the nets at Wattle Bay with drone patrols.\n\nA Department of Primary Industries spokeswoman said the government would “consider the council’s request in line with the established process”.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Department of Primary Industries")
        );
    }

    #[test]
    fn a_title_set_beside_a_word_for_a_work_is_nobodys() {
        let text = "Fouilles\n\nChercheuse à l’Institut national de recherches archéologiques, Margaux Thébaud publie ce mois-ci un premier bilan, « La Ville sous les ceps », et revient pour nous sur le chantier.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_demonym_after_an_adjective_describes_someone_named() {
        let text = "Foot\n\nInès Kaboré a marqué le but de la victoire. « Je n’ai rien calculé », raconte la Burkinabè d’origine.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Inès Kaboré"));
        let text = "Foot\n\nLa capitaine Clémence Varlet a prévenu ses coéquipières avant la montée. « On va prendre des gifles », promet l’ancienne Stéphanoise.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Clémence Varlet"));
    }

    #[test]
    fn a_fell_or_a_pike_is_a_place() {
        let text = "Rescue\n\nThe team was called out to Helm Pike on Saturday afternoon.\n\n“Go home and hug somebody,” he said.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn an_approximate_age_tells_no_gender() {
        let text = "Sécheresse\n\nLe ministre de l’Eau, Paul Morel, a promis des forages. « Nous ne laisserons personne seul », a-t-il déclaré.\n\nAssis à l’ombre d’un arbre, Hamadou Sow, la cinquantaine, compte ses chèvres. Il lui en reste douze. « Les autres sont mortes en route », explique-t-il.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Hamadou Sow"));
    }

    #[test]
    fn a_unionist_is_someone_described_by_a_union() {
        let text = "Grève\n\n« Nous ne céderons pas », lance Marc Hervé, délégué du syndicat des chauffeurs. À ses côtés, Paulo Dias, chauffeur depuis dix ans, approuve. « Moi, je conduis ce bus depuis toujours, explique-t-il. Personne ne nous a consultés. »\n\nLe syndicaliste reste en colère. « La direction a tout décidé seule », tranche-t-il.";
        assert_eq!(speaker(text, 2).as_deref(), Some("Marc Hervé"));
    }

    #[test]
    fn an_acronym_opening_a_sentence_names_an_organisation() {
        let text = "Cyclone\n\nL’aéroport de Roland-Garros restera fermé. EDF prévoit un rétablissement « progressif » du courant, qui pourrait prendre « plusieurs jours », selon un communiqué de l’énergéticien.";
        assert_eq!(speaker(text, 1).as_deref(), Some("EDF"));
    }

    #[test]
    fn the_regulator_is_the_regulator_named_before() {
        let text = "Exchange\n\nKorvex, the exchange, froze withdrawals on Monday. Its chief executive, Paul Vance, apologised. The Financial Supervisory Board said it was monitoring the platform.\n\n“We are sorry,” Mr. Vance said.\n\nCustomers “are not protected like bank depositors,” the regulator warned in a note.";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Financial Supervisory Board")
        );
    }

    #[test]
    fn a_lowercase_title_may_hold_its_complement() {
        let text = "Heat\n\nThe order applies to every school up to Grade Twelve, according to the circular.\n\n\"The safety of children comes first,\" director of school education Meera Joshi told reporters.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Meera Joshi"));
    }

    #[test]
    fn a_subject_described_by_age_or_sport_stands_before_its_relative_clause() {
        let text = "Cricket\n\nGraham Pell watched the match from the stand.\n\nThe 58-year-old, who took 612 wickets for the Severn Club in 2019, said the club was “finished”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Graham Pell"));
        let text = "Cricket\n\nCaptain Tom Fenwick has resigned.\n\nThe 31-year-old batter, who led the side for three seasons and lifted the Western Cup in 2023, said he had “nothing left to give” to the role.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tom Fenwick"));
    }

    #[test]
    fn a_demonym_of_two_words_is_an_epithet() {
        let text = "Cricket\n\nCaptain Tom Fenwick has resigned.\n\nAndile Mokoena, who signed a new contract in March, praised his departing captain. “He carried a lot,” the South African told BBC Sport.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Andile Mokoena"));
    }

    #[test]
    fn whom_a_quotation_addresses_by_role_is_not_its_speaker() {
        let text = "Sénat\n\nLa ministre de l’Agriculture, Hélène Vautrin, a défendu le texte. La sénatrice Maëlle Quéré a déposé une motion.\n\nHélène Vautrin a reproché à la sénatrice de « caricaturer » les agriculteurs. « Je ne caricature personne, madame la ministre, a-t-elle rétorqué. Je lis vos chiffres. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Maëlle Quéré"));
    }

    #[test]
    fn a_capital_before_an_apostrophe_is_written_close_to_the_name() {
        let text = "Cacao\n\nSon gérant, Éloi N'Guessan-Bilé, assure que les planteurs « préfèrent attendre ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Éloi N'Guessan-Bilé"));
    }

    #[test]
    fn coun_is_a_councillors_title() {
        let text = "Trams\n\nThe extension was backed by local councillor Denise Okafor.\n\nCoun Okafor has called for a public meeting. \"I'll book the hall myself,\" she added.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Denise Okafor"));
    }

    #[test]
    fn an_age_for_a_noun_makes_a_sentence_subject() {
        let text = "Binding\n\nRuth Calloway learned the trade from Elias Brandt, 71, who still visits the shop. She runs it alone now.\n\nThe 71-year-old shrugged when asked about the future.\n\n“Somebody will always want a beautiful book. I don't know.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Elias Brandt"));
    }

    #[test]
    fn a_groupement_is_an_organisation() {
        let text = "Cacao\n\nDans une note consultée par Jeune Afrique, le Groupement des exportateurs de cacao du Kandé (Gecak) estime que le nouveau prix « préserve l'équilibre de la filière ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Groupement des exportateurs de cacao du Kandé")
        );
    }

    #[test]
    fn a_name_after_a_role_for_an_organisation_is_the_persons() {
        let text = "Water\n\nA spokeswoman for the Inland Rivers Alliance, Nerida Coulter, said the marshes had suffered \"decades of neglect\".\n\n\"Every assessment tells us the same thing,\" Ms Coulter said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nerida Coulter"));
        let text = "Water\n\nA spokeswoman for the Inland Rivers Alliance, Nerida Coulter, said the marshes had suffered \"decades of neglect\".\n\n\"Every assessment tells us the same thing,\" Ms Coulter said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Nerida Coulter"));
    }

    #[test]
    fn a_titled_owner_is_neither_a_name_of_its_own_nor_the_subject() {
        let text = "Water\n\nIrrigator Dean Carmody grows cotton near the river.\n\nMr Carmody's neighbour, Lachlan Pryce, said he had been approached. \"They are ringing around,\" he told the ABC.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lachlan Pryce"));
    }

    #[test]
    fn a_title_stands_in_apposition_to_its_work_or_its_publisher() {
        let text = "Traduire\n\nMathilde Royer publie ce mois-ci un essai sur son métier, « La Voix d'emprunt ». Entretien.";
        assert_eq!(kind(text, 0), super::super::QuoteKind::Title);
        let text =
            "Glaces\n\nHélène Jacquemoud, « La Mémoire des glaces », éditions du Seuil, 288 p.";
        assert_eq!(kind(text, 0), super::super::QuoteKind::Title);
        // A sentence after a comma is no title, whatever came before it.
        let text = "Chasse\n\nPour Anne-Sophie Mercadier, porte-parole du collectif Un dimanche en forêt, « le Sénat a enfin entendu les familles des victimes ».";
        assert_eq!(kind(text, 0), super::super::QuoteKind::Quote);
    }

    #[test]
    fn a_title_between_two_quotations_breaks_no_continuation() {
        let text = "Ferry\n\n« La pièce arrive de Norvège », a expliqué Armor Liaisons Maritimes. Le « Korrigan-des-Îles » pourrait reprendre du service « d'ici une dizaine de jours ».";
        assert_eq!(
            speaker(text, 2).as_deref(),
            Some("Armor Liaisons Maritimes")
        );
    }

    #[test]
    fn a_quotation_before_its_cue_is_no_title_whatever_the_speaker_is() {
        let text = "Criquets\n\nIl pleut. « Les moyens restent en deçà », estime l'association Terres Solidaires.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Terres Solidaires"));
    }

    #[test]
    fn a_role_alone_does_not_run_on_through_a_particle() {
        let text = "Batteries\n\nPour le PDG de Voltéa, Laurent Achard-Meyer, ce démarrage est « la preuve qu'une filière existe ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Laurent Achard-Meyer"));
    }

    #[test]
    fn a_quoted_answer_after_a_plain_question_is_the_interviewees() {
        let text = "Q&A: a forensic accountant\n\nRachel Oyelaran has traced missing money for two decades. We spoke to her about fraud.\n\nWhat do you look for?\n\n\"Round numbers. Real business is messy.\"\n\nHer former colleague, Martin Hale, calls her stubborn. Oyelaran laughs.\n\nIs he right?\n\n\"Martin is being kind. Stubborn is the job description.\"";
        assert_eq!(speaker(text, 1).as_deref(), Some("Rachel Oyelaran"));
    }

    #[test]
    fn et_joins_a_second_complement_to_an_organisations_name() {
        let text = "Rappel\n\nSelon l'Agence nationale de sécurité du médicament et des produits de santé (ANSM), « un surdosage peut exposer les patients à des saignements ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Agence nationale de sécurité du médicament et des produits de santé")
        );
        let text = "Scierie\n\nPour la Fédération régionale des scieurs et exploitants forestiers, « ce drame a servi d'électrochoc ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Fédération régionale des scieurs et exploitants forestiers")
        );
    }

    #[test]
    fn words_on_a_leaflet_are_nobodys() {
        let text = "Cricket\n\nThe Haverleigh Park Residents' Association opposes the plan. The association has produced leaflets describing the stand as a “concrete wall”, a phrase that has appeared in windows.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn quoted_questions_and_answers_make_an_interview() {
        let text = "A night on Line 4\n\nDesmond Achterberg has driven trains for 22 years. He spoke to the Metro Courier about rats and red signals.\n\n\"What does a typical night look like?\"\n\n\"There is no typical night. It never goes right.\"\n\nThe drivers’ union calls the plan “driverless by stealth.”\n\n\"Has the job changed much?\"\n\n\"The trains are better. The air conditioning works.\"";
        assert_eq!(speaker(text, 0), None);
        assert_eq!(speaker(text, 1).as_deref(), Some("Desmond Achterberg"));
        assert_eq!(speaker(text, 4).as_deref(), Some("Desmond Achterberg"));
    }

    #[test]
    fn a_musician_named_in_a_headline_is_not_called_by_the_instrument() {
        // (A given name the word lists do not know, so only the role tells.)
        let text = "Q&A: Cellist Zorya Whitcombe on touring with her sister\n\nZorya Whitcombe has played in the same string quartet for twelve years. She spoke with host Daniel Moor before her concert.\n\nWhy a new album now?\n\n\"Because we finally had the time. Touring stopped for a year.\"\n\nWhat is it like to work with family?\n\n\"Loud. We argue about tempo at breakfast.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Zorya Whitcombe"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Zorya Whitcombe"));
    }

    #[test]
    fn answering_someones_questions_names_the_interviewer() {
        let text = "Jeanne Morel : « Le fleuve m'a appris la patience »\n\nBatelière depuis trente ans, Jeanne Morel, 58 ans, vit sur une péniche amarrée à Conflans. Entre deux écluses, elle a répondu aux questions de Marc Tessier.\n\n— Comment êtes-vous arrivée sur l'eau ?\n\n— Par mon père, qui transportait du sable. J'ai grandi dans la cale.\n\n— Le métier a-t-il changé ?\n\n— Beaucoup. Il y a moins de bateaux et plus de papiers.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Marc Tessier"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Jeanne Morel"));
        assert_eq!(speaker(text, 4).as_deref(), Some("Jeanne Morel"));
    }

    #[test]
    fn an_infinitive_after_a_comma_opens_no_incise_in_a_dialogue_turn() {
        let text = "Entretien\n\nLe glacier recule chaque année, explique le guide Paul Arnaud, interrogé par Léa Vidal.\n\n— Qu'est-ce qui a changé pour vous ?\n\n— Tout. On a dû décaler les départs, avancer les saisons, renoncer à des courses entières. Les clients ne comprennent pas toujours.";
        let article = Article::from_bytes(text.as_bytes(), "t");
        let quotes = extract(&article).quotes;
        let turn = &text[quotes[1].span.clone()];
        assert!(turn.ends_with("toujours."), "{turn}");
        assert_eq!(quotes[1].cue, None);
    }

    #[test]
    fn a_title_quoted_again_is_still_a_title() {
        let text = "Le roman du fleuve\n\nL'écrivaine Anne Leduc publie « Les Eaux lentes », son troisième roman, chez un petit éditeur nantais. « J'ai écrit ce livre en marchant », raconte-t-elle.\n\n« Les Eaux lentes », d'Anne Leduc, éditions de la Loire, 180 pages.";
        assert_eq!(kind(text, 0), super::super::QuoteKind::Title);
        assert_eq!(kind(text, 2), super::super::QuoteKind::Title);
    }

    #[test]
    fn a_name_someone_gives_as_their_own_is_a_persons() {
        let text = "Shelter vote delayed\n\nCouncillor Dana Whitfield said the vote would come in March. Outside, a former welder who gave his name as Ray said he had slept in his car since June.\n\n\"I am not going anywhere,\" he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ray"));
    }

    #[test]
    fn a_french_organisations_name_takes_two_adjectives() {
        let text = "Dopage\n\nL'Union cycliste internationale a indiqué suivre le dossier « avec la plus grande attention ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Union cycliste internationale")
        );
    }

    #[test]
    fn a_companys_abbreviation_keeps_its_full_stop() {
        let text = "Spill\n\nHarlow Mining Corp. confirmed on Monday that a tailings pond had overflowed at its Copper Bay site. The company said the spill was “largely contained”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Harlow Mining Corp."));
    }

    #[test]
    fn a_pronoun_after_a_foreman_or_governor_as_subject_means_them() {
        let text = "Chantier\n\n« Je ne suis pas payé si je m'arrête », explique Aurélien Pastor, maçon.\n\nSon contremaître, Gaspard Villemin, assure respecter les horaires. Mais selon Aurélien Pastor, « la pause existe surtout sur le papier ». Le contremaître, interrogé à son tour, a refusé de commenter. « Voyez la direction », a-t-il répondu.";
        assert_eq!(speaker(text, 2).as_deref(), Some("Gaspard Villemin"));
    }

    #[test]
    fn a_subheadings_sentence_is_the_first_voice_cued_below_it() {
        let text = "Storm\n\nThe harbour master, Ruth Okonedo, said the boats were safe. \"We were lucky,\" she said.\n\n'The wave took the shed'\n\nDevlin Sharrock, a mechanic, was in the yard when the sea came in.\n\n\"It lifted the roof clean off,\" he said.";
        let (heading, speaker) = &speakers_of(text)[1];
        assert_eq!(heading, "'The wave took the shed'");
        assert_eq!(speaker.as_deref(), Some("Devlin Sharrock"));
    }

    #[test]
    fn our_correspondent_named_before_an_interview_asks_its_questions() {
        let text = "Historian on keepers\n\nDr Helen Trevanion, a maritime historian, has spent fifteen years tracking down former keepers. She spoke to our arts correspondent, Owen Pritchard.\n\nWhy start with logbooks?\n\n“Because they are the only place where the keepers speak.”\n\nWho were they?\n\n“Mostly working men.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Helen Trevanion"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Helen Trevanion"));
    }

    #[test]
    fn an_organisations_complement_may_list_items() {
        let text = "Fine\n\nA spokesperson for the Department of Climate Change, Energy, the Environment and Water said it “does not comment”. The Department for Culture, Media and Sport said museums were “independent bodies”.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Department of Climate Change, Energy, the Environment and Water")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Department for Culture, Media and Sport")
        );
    }

    #[test]
    fn an_organisations_name_may_hold_a_verbs_form_and_a_word_for_a_business() {
        let text = "Books\n\nThe Mountain States Civil Liberties Project said it was “reviewing all options”. Homeowners sued Windward Mutual Assurance. Windward Mutual said it had “processed every claim fairly”.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Mountain States Civil Liberties Project")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Windward Mutual Assurance")
        );
    }

    #[test]
    fn a_capitalised_general_controller_is_a_role() {
        let text = "Prisons\n\n« La surpopulation est devenue la norme », a déclaré la Contrôleure générale, Élisabeth Marchand-Roux, mardi. « Chaque fois que l'on a construit, la population a augmenté », observe la Contrôleure générale.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Élisabeth Marchand-Roux"));
    }

    #[test]
    fn someone_named_after_a_preposition_is_not_the_pronouns_subject() {
        let text = "Vote\n\nSon directeur de campagne, Paul Armand, va plus loin. Aux côtés de Marc Tessier, lors d'une conférence de presse, il a lancé : « Voilà la démocratie. » Face à Pierre Lenoir, qui secouait la tête, il a insisté : « Nous irons au bout. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Armand"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Paul Armand"));
    }

    #[test]
    fn a_reporter_named_after_the_title_asks_an_interviews_questions() {
        let text = "Night shifts\n\nMarisol Ortega has been a charge nurse for six years. As the hospital opens a new wing, health reporter Owen Pritchard spoke with her about staffing.\n\nWhat does a night look like?\n\n“Every bed is full.”\n\nWhy?\n\n“Because upstairs is full.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marisol Ortega"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Marisol Ortega"));
    }

    #[test]
    fn the_statement_is_its_issuers_words() {
        let text = "Strike\n\nThe Cabin Crew Federation called the strike on Monday. Aurel Air said in a statement that the union's demands were too high. “Our offer is fair,” the statement said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aurel Air"));
    }

    #[test]
    fn a_maasai_particle_stands_inside_a_name() {
        let text = "Fence\n\nJoseph ole Sankale, who chairs the association, spoke on Monday. \"We talk about water,\" Sankale said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Joseph ole Sankale"));
    }

    #[test]
    fn a_french_organisations_complement_may_join_two_parts_with_et() {
        let text = "Grêle\n\nUn système que la Confédération des appellations et des vignerons de Bourgogne juge « illisible ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Confédération des appellations et des vignerons de Bourgogne")
        );
    }

    #[test]
    fn a_scientists_title_and_an_honorific_may_stand_before_the_name() {
        let text = "Volcano\n\nThe Department of Conservation closed the tracks.\n\n“We are not predicting an eruption,” said GeoWatch duty volcanologist Dr Hannah Pirini.\n\nThe department said in a statement that the closure covered the summit. “Visitor safety is our first priority,” it said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Hannah Pirini"));
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Department of Conservation")
        );
    }

    #[test]
    fn a_business_met_where_a_place_would_be_is_still_a_business() {
        let text = "Buses\n\nMembers of the Transport and General Workers' Alliance at Metrolink Buses backed the deal, the union said on Friday.\n\nMetrolink Buses, which runs services from depots in Croydon, welcomed the vote. In a statement, the company said it was \"pleased with the offer\".";
        assert_eq!(speaker(text, 0).as_deref(), Some("Metrolink Buses"));
    }

    #[test]
    fn an_institution_named_after_a_contraction_lends_its_full_name() {
        let text = "Canadairs\n\nLe député de la circonscription, Laurent Pietri, a adressé lundi un courrier au ministère de la Santé pour demander que des avions soient là.\n\nLe ministère a répondu par écrit que le plan prévoyait « la livraison de nouveaux appareils ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("ministère de la Santé"));
    }

    #[test]
    fn a_judgement_in_the_passive_is_the_words_of_the_one_after_par() {
        let text = "Canadairs\n\nLe député de la circonscription, Laurent Pietri, a adressé lundi un courrier au ministère pour demander des avions durant la saison.\n\nLe ministère a répondu que le plan était prêt. Une réponse jugée « très insuffisante » par l'élu. Des licences jugées « peu attractives » par la direction ont fermé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Laurent Pietri"));
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_staff_writer_named_before_an_exchange_asks_the_questions() {
        let text = "Q&A\n\nMara Quist has kept bees on the moor for thirty years. Staff writer Tom Hale spoke with her at the hives.\n\nHow did you start?\n\n\"By accident. A swarm landed in my plum tree and I could not bear to lose it.\"\n\nAnd now?\n\n\"Now I have forty hives and no plum tree.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mara Quist"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Mara Quist"));
    }

    #[test]
    fn a_french_bodys_opening_word_alone_is_the_body() {
        let text = "Huile\n\nLes exportations d'huile d'olive ont reculé de 17 % au cours des quatre premiers mois de la campagne, selon les chiffres publiés mardi par l'Office national des huiles et oléagineux. En valeur, la baisse atteint près de 22 %.\n\nL'Office évoque « une conjoncture internationale moins porteuse ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Office national des huiles et oléagineux")
        );
    }

    #[test]
    fn a_noun_qualifying_a_bodys_head_must_stand_in_the_name_it_means() {
        let text = "Floods\n\nThe state minister rejected the allegation. In a statement, the water resources department said that \"repairs were carried out as per specifications\".\n\nThe India Meteorological Department has issued an orange alert for the district.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("water resources department")
        );
    }

    #[test]
    fn where_the_words_were_said_may_stand_between_verb_and_speaker() {
        let text = "Station\n\nLe tribunal de commerce a prononcé mardi la liquidation de la société, qui exploite les téléskis de la petite station depuis des années.\n\n« Nous avons tout essayé », a lâché à la sortie Gérald Vuillermoz, le président de la société.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Gérald Vuillermoz"));
    }

    #[test]
    fn an_acronym_in_brackets_spells_out_the_whole_name_before_it() {
        let text = "Crue\n\nLa note, publiée par l'Observatoire régional sur les risques fluviaux (ORRF), a été transmise aux maires.\n\nL'Observatoire juge « très probable » une nouvelle crue au printemps, selon l'ORRF.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Observatoire régional sur les risques fluviaux")
        );
    }

    #[test]
    fn a_name_after_a_noun_for_a_body_or_a_person_without_a_given_name_is_a_body() {
        let text = "Tram\n\nLe rapport, rédigé par l'Inspection des transports (IDT), confirme ce point.\n\nDu côté de l'exploitant, Valmer Mobilités, le ton se veut prudent. Dans un communiqué, l'entreprise indique « prendre acte des conclusions ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Valmer Mobilités"));
    }

    #[test]
    fn an_elided_pronoun_opening_a_sentence_is_no_name() {
        let text = "Procès\n\nGérard Schaeffer, 71 ans, était le premier témoin. C'est lui qui, le premier, avait entendu « le craquement » dans la nuit.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn public_and_maritime_close_a_bodys_name() {
        let text = "Péage\n\nLe ministère des Travaux publics est sorti de son silence jeudi. Dans une note, il appelle à « la reprise immédiate de la circulation ».\n\n« Les pêcheurs ne seront pas pénalisés », a assuré le ministère de la Mer et de l'Économie maritime.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("ministère des Travaux publics")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("ministère de la Mer et de l'Économie maritime")
        );
    }

    #[test]
    fn a_demonym_after_a_bodys_complement_closes_its_name() {
        let text = "Hôpitaux\n\nL'Association des usagers de Suisse romande a réagi par communiqué, demandant « une place dans la gouvernance ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Association des usagers de Suisse romande")
        );
    }

    #[test]
    fn the_agency_is_the_body_named_before() {
        let text = "Ferries\n\nThe Coastal Department of Roads and Bridges will close the Pell Point ferry landing next spring, ending a crossing that islanders have used for sixty years.\n\nThe agency announced the decision Monday, saying the ramp had become \"too costly to keep safe.\"";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Coastal Department of Roads and Bridges")
        );
    }

    #[test]
    fn a_named_storm_says_nothing() {
        let text = "Storm\n\nTyphoon Lando is expected to reach the coast on Monday. \"Stay indoors,\" the bulletin said.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn an_acronym_never_bracketed_stands_for_the_body_it_spells() {
        let text = "Dopage\n\nL'Union cycliste internationale a suspendu mercredi l'équipe Horizon-Bastide pour trente jours.\n\nDans un communiqué, l'UCI rappelle que la mesure « vise à responsabiliser les équipes ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Union cycliste internationale")
        );
        let text = "Transit\n\nRiders urged the Chicago Transit Authority not to cut service.\n\nThe CTA warned of a \"fiscal cliff\" next year.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Chicago Transit Authority")
        );
    }

    #[test]
    fn an_adjective_in_able_closes_a_french_bodys_name() {
        let text = "Solaire\n\nSelon l'Agence nationale pour l'énergie durable, l'objectif « reste atteignable ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Agence nationale pour l'énergie durable")
        );
    }

    #[test]
    fn it_before_a_reporting_verb_stands_for_a_body() {
        let text = "Storm\n\nThe Marlow District Council met on Monday. It urged residents to \"stay home\" until the river falls.\n\nThe Port Authority said it welcomed \"any help the county can give.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marlow District Council"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Port Authority"));
    }

    #[test]
    fn a_long_description_may_stand_before_the_name_set_beside_it() {
        let text = "Procès\n\nAntoine Mariani, 34 ans, pompier volontaire, comparaît depuis lundi.\n\nL'expert en incendie cité par le parquet, le lieutenant-colonel Paul Santoni, a exposé les conclusions de son rapport. Selon lui, le feu exclut « toute origine accidentelle ». « On n'a rien retrouvé », a-t-il déclaré à la barre.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Santoni"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Paul Santoni"));
    }

    #[test]
    fn a_participle_after_a_reporting_clause_has_that_clause_s_subject() {
        let text = "Rates\n\nAdaeze Okonkwo, a trader, watched the screens. The decision was unanimous, the Reserve Bank of Meridia said in a statement, adding that the committee “stands ready to adjust policy should demand weaken.”\n\nSon avocat, Me Alexandre Vauquelin, a plaidé la relaxe, pointant les « responsabilités partagées » avec le chef d'équipe.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Reserve Bank of Meridia"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Alexandre Vauquelin"));
    }

    #[test]
    fn a_malaysian_title_is_not_part_of_the_name() {
        let text = "Audit\n\nGroup managing director Datuk Ahmad Zulkifli Hamzah said the company accepted the findings \"without reservation\" and would act.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ahmad Zulkifli Hamzah"));
    }

    #[test]
    fn a_manner_complement_ends_the_description_after_the_verb() {
        let text = "Procès\n\nDevant le tribunal, Louis Acquaviva, 41 ans, maçon à Corte, est jugé depuis lundi. La présidente, Anne Ferrandi, l'interroge. « Je suis rentré chez moi », a répondu le prévenu d'une voix blanche.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Louis Acquaviva"));
    }

    #[test]
    fn a_name_that_opens_a_longer_one_is_its_short_form() {
        let text = "Audit\n\nManaging director Ahmad Zulkifli Hamzah said the group would act \"without delay\".\n\nThe unions were not convinced. Ahmad Zulkifli said the estates would \"not hesitate\" to dismiss supervisors.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ahmad Zulkifli Hamzah"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Ahmad Zulkifli Hamzah"));
    }

    #[test]
    fn an_initial_with_its_full_stop_is_part_of_the_name() {
        let text = "Water

“We booked on the app on Friday,” said S. Revathi, a schoolteacher.

The board's chief, K. Anbarasan, disagreed. “The problem is the source,” he said, as John F. Kennedy once might have. Revathi was unmoved. “Tomorrow,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("S. Revathi"));
        assert_eq!(speaker(text, 1).as_deref(), Some("K. Anbarasan"));
        assert_eq!(speaker(text, 2).as_deref(), Some("S. Revathi"));
    }

    #[test]
    fn a_saint_s_abbreviated_name_is_one_name_with_its_possessive() {
        let text = "Strike

Nurses walked out on Tuesday. “Our patients continue to receive care,” St. Brendan's Medical Center said in a statement.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("St. Brendan's Medical Center")
        );
    }

    #[test]
    fn a_nigerian_title_is_not_part_of_the_name() {
        let text = "Fuel

The chairman of the depot, Alhaji Bashir Danmalam, said marketers were \"also victims\".

\"We are engaging the federal government,\" said Malam Aminu Rogo, the governor's spokesman.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bashir Danmalam"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Aminu Rogo"));
    }

    #[test]
    fn a_portfolio_named_after_a_title_is_not_part_of_the_name() {
        let text = "Permit

Minister of Mining and Energy Derrick Whyte-Palmer defended the permit. \"It is the backbone of our economy,\" he said.

Secretary of Commerce and Trade Helen Marsh disagreed. \"Not at this price,\" she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Derrick Whyte-Palmer"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Helen Marsh"));
    }

    #[test]
    fn a_french_body_s_name_takes_its_complement_without_an_adjective() {
        let text = "Soins

La cheffe du Département de la santé, Sylvie Bettex, recevra une délégation. Le Département « prend très au sérieux les préoccupations exprimées » et rappelle son budget.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Département de la santé"));
    }

    #[test]
    fn a_headline_in_no_one_s_name_goes_to_the_voice_quoted_most() {
        let text = "« Le fer, ça se travaille à chaud » : une journée à la forge avec Odile Vernet

Odile Vernet forge des grilles depuis trente ans. « J'ai commencé chez un oncle qui ferrait les chevaux », raconte-t-elle.

« Je fais surtout des rampes et des portails », ajoute l'artisane.

Son voisin, Marc Thuillier, passe la voir. « Elle ne s'arrête jamais », sourit-il.

« Une grille de château reste mon plus beau souvenir », dit Odile Vernet.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Odile Vernet"));
    }

    #[test]
    fn a_headline_too_long_for_a_heading_still_echoes_the_body() {
        let text = "Fermeture de la verrerie de Sarrance : « On nous a laissés dans le noir », disent les salariés du site

L'usine fermera en mars. « On nous a laissés dans le noir jusqu'au bout », lâche Paul Ribot, délégué syndical.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Ribot"));
    }

    #[test]
    fn a_headline_over_questions_goes_to_the_one_interviewed() {
        let text = "Q&A: 'The kiln decides, not me' — a potter at the wheel

Agnes Moreland has thrown pots in Wells since 1986. She spoke to our reporter, Tom Hale.

Q: How did you start?

A: At school, with a teacher who let me stay late.

Q: What has changed?

A: The price of clay, mostly.

Q: Any regrets?

A: None worth printing.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Agnes Moreland"));
    }

    #[test]
    fn a_french_region_speaks_under_its_institution_s_name() {
        let text = "Port

La région Bretagne justifie son aide par la nécessité de « garder les lignes » vers l'Irlande.";
        assert_eq!(speaker(text, 0).as_deref(), Some("région Bretagne"));
    }

    #[test]
    fn il_y_points_back_to_the_document_of_the_sentence_before() {
        let text = "Grève

Koffi Amégah, secrétaire du syndicat, a dénoncé « un mépris total ».

Le ministère des Finances a réagi par un communiqué publié mercredi. Il y affirme que « les primes seront réglées ».

Le ministère des Transports a réagi jeudi. Il affirme que « tout ira bien ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("ministère des Finances"));
        // Without a document, "il" is still a person's.
        assert_eq!(speaker(text, 2).as_deref(), Some("Koffi Amégah"));
    }

    #[test]
    fn a_partnership_is_an_organisation() {
        let text = "Rail

Gwyn Harries, the mayor, cut the ribbon. The contractor, Tawe Valley Partnership, faced criticism over delays.

In a statement, the partnership said safety \"was never compromised\" on the line.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tawe Valley Partnership"));
    }

    #[test]
    fn a_plural_organisation_word_takes_its_complement() {
        let text = "Bruit

Le gestionnaire, Aéroports de la Côte, a été mis en cause. Dans un communiqué, Aéroports de la Côte « prend acte des conclusions » du rapport.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aéroports de la Côte"));
    }

    #[test]
    fn an_epithet_after_someone_left_unnamed_is_them() {
        let text = "Budget

Councillor Ruth Agnew, the city's finance chair, defended the plan. \"Every line has been costed,\" Agnew said.

One opposition councillor, who asked not to be named, was blunter. \"It is a budget for an election,\" the councillor said. \"Nothing more.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ruth Agnew"));
        assert_eq!(speaker(text, 1), None);
        assert_eq!(speaker(text, 2), None);
    }

    #[test]
    fn a_church_named_after_a_saint_is_not_the_one_interviewed() {
        let text = "Le sonneur de Saint-Rémy

Depuis vingt ans, Louis Garnaud monte chaque dimanche au clocher de l'église Saint-Rémy-des-Prés de Valfleury. Propos recueillis par Anne Morel.

Pourquoi sonner encore à la main ?

« Parce que la cloche le mérite. »

Et l'hiver ?

« On monte quand même. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Louis Garnaud"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Louis Garnaud"));
    }

    #[test]
    fn a_boat_named_after_someone_is_not_the_one_interviewed() {
        let text = "« La houle ne prévient pas » : entretien avec un patron pêcheur

Le patron Yves Kerlan, 58 ans, prépare son chalutier, le Jean-Marie III, au port du Guilvinec. Propos recueillis par Léa Caradec.

La saison s'annonce-t-elle bonne ?

« Le poisson est là, le gazole est cher. »

Que craignez-vous le plus ?

« La houle ne prévient pas. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Yves Kerlan"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Yves Kerlan"));
    }

    #[test]
    fn words_near_someone_left_unnamed_are_not_a_named_persons() {
        let text = "Prisons

Marc Olivier, directeur de l'établissement, défend son bilan. « Nous tenons », assure-t-il.

Un de ses collègues, qui a requis l'anonymat, décrit une fatigue générale. « Les gars tiennent avec les heures sup », dit-il.

Sur le quai, Yann Le Bihan, patron pêcheur, s'emporte. À ses côtés, son matelot hoche la tête. « On nous punit », résume le jeune homme, qui n'a pas souhaité être nommé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marc Olivier"));
        assert_eq!(speaker(text, 1), None);
        assert_eq!(speaker(text, 2), None);
        let text = "Audit

Ahmad Rahman, the company's director, welcomed the report. \"We have listened,\" Rahman said.

A harvester at an estate near the river, who spoke to this newspaper on condition of anonymity, said conditions had improved. \"Now they give back the passport,\" he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ahmad Rahman"));
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_contraction_opening_a_sentence_is_no_name() {
        let text = "Q&A: a beekeeper on a hard winter

Q: How is the money side?

A: We're fine this year. We're always fine \"this year.\" The rest is luck.

Q: What should people do with a swarm?

A: Don't spray it, and don't wait to \"see what happens.\" Call us.";
        assert_eq!(speaker(text, 0), None);
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn an_organisations_officer_named_in_apposition_is_the_subject() {
        let text = "Jobs\n\nThe studio will cut 80 jobs. Harbour Town Council’s economic development convener, Councillor Moira Baird, said the news was “deeply worrying” for the town.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Moira Baird"));
    }

    #[test]
    fn a_sentence_opening_on_selon_lui_is_about_whom_lui_stands_for() {
        let text = "Procès\n\nLe substitut du procureur, Olivier Henrard, a décrit une organisation « structurée ». Selon lui, les équipes, recrutées dans l’entourage de Kevin Lambotte, le fils de l’exploitant, repéraient les sites en journée. « Ce sont des professionnels », a-t-il lancé.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Olivier Henrard"));
    }

    #[test]
    fn a_role_after_a_qualifier_in_apposition_describes_the_person_named() {
        let fr = "Incendie\n\nRené Cabrol, 68 ans, ancien boulanger, a refusé de partir. Le capitaine Hugo Ferrat, officier de presse, a salué les pompiers.\n\n« On a eu chaud », sourit Ferrat. « Je ne partirai pas », répète l’ancien boulanger.";
        assert_eq!(speaker(fr, 1).as_deref(), Some("René Cabrol"));
        let en = "Fire\n\nMaud Hillier, 70, former farmer, stayed put. Fire officer Dan Ruck, a spokesman, praised the crews.\n\n“We were lucky,” Ruck said. “I am not leaving,” the former farmer said.";
        assert_eq!(speaker(en, 1).as_deref(), Some("Maud Hillier"));
    }

    #[test]
    fn quelquun_opening_a_sentence_is_no_name() {
        let text = "Village\n\nUne affiche proclame : « Ici, on reste. » Quelqu’un a ajouté au feutre, en dessous : « Sauf mardi. »";
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn the_one_interviewed_goes_on_answering_after_someone_else_is_quoted() {
        let text = "« La forêt ne ment pas » : rencontre avec un garde forestier\n\nDepuis vingt ans, Paul Vernier garde la forêt de Tronçais. Notre correspondant l'a suivi une journée.\n\nComment êtes-vous venu au métier ?\n\n« Par mon père, qui était bûcheron. »\n\nQu'est-ce qui a changé ?\n\n« Les sécheresses. Les chênes souffrent. »\n\nL'Office national des forêts cherche des recrues. Sa directrice régionale, Claire Audouin, reste confiante. « Nous trouverons des candidats », a-t-elle indiqué.\n\nEt vous, resterez-vous ?\n\n« Jusqu'à la retraite, oui. »";
        assert_eq!(speaker(text, 3).as_deref(), Some("Claire Audouin"));
        assert_eq!(speaker(text, 4).as_deref(), Some("Paul Vernier"));
    }

    #[test]
    fn a_name_after_an_indefinite_noun_and_before_a_calling_verb_is_a_person() {
        let text = "Trees\n\nCatherine Oyelaran spoke first. Lorraine Batts spoke next.\n\nThe city has scheduled the work. A session is planned for Friday, a meeting Oyelaran called “about two months too late.”\n\n“They’ve already made up their minds,” she said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Catherine Oyelaran"));
    }

    #[test]
    fn a_word_for_a_body_four_words_before_a_name_makes_it_an_organisations() {
        let text = "Port\n\nÀ la mairie, actionnaire de la société d’économie mixte Vannes Ports Océan, qui gère le port, l’adjoint Yannick Raoul assure que rien n’est fermé. « Nous allons discuter », a-t-il déclaré.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Yannick Raoul"));
    }

    #[test]
    fn a_description_in_a_narrators_first_person_sentence_is_someone_unnamed() {
        let text = "Q&A: a beekeeper in the city\n\nHannah Whitlock keeps twelve hives on a car park roof.\n\nQ: Any surprises?\n\nA: A swarm settled on a parked taxi. The driver came back, looked at it, and said to me, “Is that yours?” We got them in a box.";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn an_apposition_after_a_quotation_closes_within_its_sentence() {
        let text = "Port\n\nSelon Armelle Guégan, directrice du port, les tarifs montent.\n\nElle affirme qu’ils resteront « dans la moyenne haute » des ports du Morbihan, loin derrière la côte sud. Un argument fragile. « La moyenne haute, c’est cher », ironise Nolwenn Tanguy.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Armelle Guégan"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Nolwenn Tanguy"));
    }

    #[test]
    fn an_organisations_first_word_later_names_it() {
        let text = "Buses\n\nThe board gave the contract to Heartland Student Transit, which has run the buses since 2019.\n\nIn a statement, Heartland said it was “grateful for the board’s confidence.”";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Heartland Student Transit")
        );
    }

    #[test]
    fn a_portfolio_before_a_name_the_given_names_do_not_know() {
        let text = "Maize\n\nPrices doubled in a month. Minister of Agriculture Lloyd Chisale told Parliament that exports were banned “to protect ordinary families”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lloyd Chisale"));
    }

    #[test]
    fn a_name_governed_by_par_through_its_role_is_not_the_pronouns() {
        let text = "Procès\n\nLe gérant, Bruno Lefort, est jugé pour fraude. Le quinquagénaire a écouté sans broncher. Interrogé par le président, Marc Dumont, sur les factures, il a reconnu des « erreurs » de gestion.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bruno Lefort"));
    }

    #[test]
    fn pa_before_a_name_is_a_title() {
        let text = "Slope\n\nPa Alusine Kamara, a community elder, has farmed the slope for forty years. “We will not leave our dead,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Alusine Kamara"));
    }

    #[test]
    fn a_role_before_an_organisations_name_is_the_person_holding_it() {
        let text = "Usine\n\nHervé Leroux, délégué de la CGT, conduit la grève. Le directeur, Paul Vidal, attend. Le délégué CGT a lancé : « Nous ne lâcherons rien. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Hervé Leroux"));
    }

    #[test]
    fn a_description_may_announce_whom_the_next_sentence_names() {
        let text = "Ferry\n\nCaptain Ruth Bell brought the ferry in at dawn.\n\nAccording to the surveyor, the hull was “sound but tired.” The surveyor, Ian Boyd, said repairs could wait a year.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ian Boyd"));
    }

    #[test]
    fn a_run_between_commas_is_one_name_unless_a_title_opens_it() {
        let text = "Carburant\n\nLe syndicat des transporteurs, dirigé par Mamadou Bah, proteste. Son secrétaire général, Alpha Oumar Sow, a déclaré : « Nous n’avons rien caché. »\n\nOutside, Elder Joseph Redcloud, 81, said he had come to listen. “We were here first,” he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Alpha Oumar Sow"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Joseph Redcloud"));
    }

    #[test]
    fn a_bodys_fuller_name_replaces_its_opening() {
        let text = "Grève\n\nLa chambre de commerce s'inquiète, comme l'agence régionale de santé. La chambre de commerce et d'industrie du Mali a ensuite réclamé un « couloir prioritaire » pour les camions. L'agence régionale de santé (ARS) de Bourgogne a jugé la situation « préoccupante ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("chambre de commerce et d'industrie du Mali")
        );
        // (An acronym in brackets ends what the name may gain.)
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("agence régionale de santé")
        );
    }

    #[test]
    fn the_one_a_conversation_verb_puts_beside_the_interviewees_pronoun_asks() {
        let qa = "\n\nHow did you start?\n\n“By accident. I wanted a summer job.”\n\nWhat is the worst part?\n\n“The fog. You see nothing past the second stop.”\n\nAnd the best?\n\n“The regulars. They bring me coffee.”";
        // (A "Writer" opening its sentence, and the subject of a verb after
        // "and", ask too.)
        let intros = [
            "She spoke to Colin Hart about fog and regulars.",
            "Colin Hart spoke with her about fog and regulars.",
            "Writer Colin Hart caught up with her at the terminus.",
            "Colin Hart visited the depot and talked to her between runs.",
        ];
        for intro in intros {
            let text = format!(
                "Night shift\n\nFor twenty years, Ada Moreno has driven the last tram out of the depot. {intro}{qa}"
            );
            assert_eq!(speaker(&text, 0).as_deref(), Some("Ada Moreno"));
            assert_eq!(speaker(&text, 2).as_deref(), Some("Ada Moreno"));
        }
    }

    #[test]
    fn a_title_may_go_with_the_first_of_two_surnames() {
        let text = "Market\n\nThe stallholders' chairman, Mr Peter Odongo Ayella, asked for more taps. “We are patient people,” Mr Odongo said.\n\nCarmen Ruiz Ortega, the mayor, came late; Tom Baker had left. “We will hold,” Ms Ruiz said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Peter Odongo Ayella"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Carmen Ruiz Ortega"));
    }

    #[test]
    fn a_circumstance_opened_by_a_may_stand_between_verb_and_subject() {
        let text = "Vote\n\nLa ministre, Claire Moreau, avait tenté de convaincre les adhérents. « Nous garderons le cap », a assuré à l'issue du vote Paul Girard, président du club.\n\nMarc Petit tient une boutique. « Il m'a tout pris », a raconté à 20 Minutes une voisine.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Girard"));
        // (A title opening with a number is an addressee, not a speaker.)
        assert_ne!(speaker(text, 1).as_deref(), Some("Minutes"));
    }

    #[test]
    fn selon_many_people_names_no_speaker() {
        let text = "Club\n\n« Nous garderons le cap », a assuré Paul Girard, président du club.\n\nLes deux clubs se livraient une concurrence qui, selon plusieurs administrateurs, « ne profitait à personne sauf aux fournisseurs ». Selon les riverains, le stade était « une vraie passoire depuis des années ». Le trésorier, Luc Viala, chiffre la dette, selon ses calculs, à « plus de deux millions d'euros ».";
        assert_eq!(speaker(text, 1), None);
        assert_eq!(speaker(text, 2), None);
        // (An owner's plural is the owner's.)
        assert_eq!(speaker(text, 3).as_deref(), Some("Luc Viala"));
    }

    #[test]
    fn a_headline_sentence_sums_up_answers_not_questions() {
        let text = "« Sous la glace, on avance à tâtons » : rencontre avec une plongeuse\n\nÀ 39 ans, Inès Carvalho répare des barrages. Elle a répondu aux questions de Hugo Lenoir.\n\n« Comment êtes-vous arrivée là ? », demande Hugo Lenoir.\n\n« Par un stage, presque par hasard », répond Inès Carvalho.\n\n« Et le froid ? », demande Hugo Lenoir.\n\n« On s'y fait. Le plus dur, c'est le noir », répond Inès Carvalho.\n\n« Un souvenir ? », demande Hugo Lenoir.\n\n« Une anguille dans mon casque », répond Inès Carvalho.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Inès Carvalho"));
    }

    #[test]
    fn a_headline_cue_that_names_no_one_yields_to_the_echo() {
        let text = "Incendie : « Les portes étaient bloquées », affirme un ancien gardien\n\nLe procès s'est ouvert lundi. Premier témoin, Régis Fontaine, gardien pendant dix ans, a décrit un site négligé. « Les portes étaient bloquées depuis l'hiver. Personne ne voulait l'entendre », a-t-il affirmé.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Régis Fontaine"));
    }

    #[test]
    fn a_passive_verb_leaves_selon_its_quotation() {
        let text = "Grève\n\nJoseph Kollie, 41 ans, saigne des hévéas. « On nous paie la moitié », a déclaré Joseph Kollie. Selon lui, le quota a été relevé en début d'année, « sans la moindre discussion ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Joseph Kollie"));
    }

    #[test]
    fn le_penaliste_is_the_lawyer() {
        let text = "Procès\n\nSon avocat, Me Olivier Dethier, a plaidé l'acquittement. Le pénaliste a souligné que son client n'avait « aucun antécédent judiciaire ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Olivier Dethier"));
    }

    #[test]
    fn the_lawyer_of_a_family_is_not_one_of_its_members() {
        let text = "Procès\n\nKevin Thiry, 23 ans, est mort sous la paroi. Pour la partie civile, Me Sophie Lambotte a dénoncé une logique de rentabilité. « On a privilégié le chiffre », a plaidé l'avocate de la famille Thiry.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sophie Lambotte"));
    }

    #[test]
    fn a_departments_listed_complement_may_hold_six_items() {
        let text = "Museum\n\nThe Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media said applications would be “considered on their merits”.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media")
        );
    }

    #[test]
    fn a_relative_clause_after_a_complement_has_the_complement_speak() {
        let text = "Grève\n\nLa police n'a pas répondu aux questions.\n\nLe syndicat a reçu le soutien de la Confédération syndicale internationale (CSI), qui a jugé dans une déclaration les revendications « légitimes et modestes » et appelé l'opérateur à « renoncer aux représailles ».\n\nLe projet a convaincu un ingénieur de la Sogem, qui a qualifié le site de « zone à surveiller ».";
        for quote in [0, 1] {
            assert_eq!(
                speaker(text, quote).as_deref(),
                Some("Confédération syndicale internationale")
            );
        }
        // (A person before the complement is the one the clause describes.)
        assert_ne!(speaker(text, 2).as_deref(), Some("Sogem"));
    }

    #[test]
    fn l_asbl_is_the_non_profit_named_before() {
        let text = "Procès\n\nLa défense met en cause le gestionnaire, l'ASBL Les Tilleuls Seniors, qui n'est pas poursuivie. Sollicitée, l'ASBL a fait savoir qu'elle « ne commente pas une procédure en cours ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("ASBL Les Tilleuls Seniors")
        );
    }

    #[test]
    fn a_verb_joined_by_but_shares_the_subject_of_the_one_before() {
        let text = "Stadium\n\nThe Karachi Sports Board (KSB) chairman Tariq Lodhi admitted the stand was late but insisted it was \"on track to be finished by June.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tariq Lodhi"));
    }

    #[test]
    fn and_joins_two_parts_of_a_name_that_opens_with_an_organisation_word() {
        let text = "Plant\n\nThe United Food and Commercial Workers said it wanted \"enforceable commitments on line speed\".";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("United Food and Commercial Workers")
        );
    }

    #[test]
    fn a_pronoun_after_a_bodys_communique_is_the_body_when_its_article_agrees() {
        let text = "Péage\n\nJosée Kabedi, commerçante, paie deux fois par jour. « C'est trop cher », dit-elle.\n\nLa société Lukaya Ouvrages, dans un communiqué publié mercredi, « regrette les perturbations ». Elle précise que « plus de 4 000 véhicules » empruntent le pont chaque jour.\n\nLe syndicaliste Réjean Lapointe a bondi. La STCR a publié un communiqué. « Les otages, ce sont les chauffeurs », a-t-il rétorqué.";
        assert_eq!(speaker(text, 2).as_deref(), Some("Lukaya Ouvrages"));
        // ("La STCR" is no "il".)
        assert_eq!(speaker(text, 3).as_deref(), Some("Réjean Lapointe"));
    }

    #[test]
    fn a_french_bodys_name_keeps_its_place_after_its_adjectives() {
        let text = "École\n\nLa Commission scolaire francophone de la Haute-Côte a réagi par voie de communiqué. Elle dit « prendre acte » du jugement.\n\nL'Agence nationale de la météorologie est accusée de ne pas avoir alerté. L'Agence nationale de la météorologie a publié un communiqué : « Nous avons alerté dès jeudi. »";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Commission scolaire francophone de la Haute-Côte")
        );
        // (« de ne pas » is no complement.)
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Agence nationale de la météorologie")
        );
    }

    #[test]
    fn a_prize_a_fair_or_a_title_names_the_quotation_after_it() {
        let text = "Forge\n\nÀ 52 ans, le coutelier Étienne Marsac parle peu. « Le feu ne ment pas », dit-il. Il a reçu le prix « Mains d'or » et exposera au salon « Maison & Objet ».\n\nThe study, by Ingrid Solheim, appeared under the title “Light pollution advances emergence” on Monday.";
        for quote in 1..4 {
            assert_eq!(speaker(text, quote), None);
        }
    }

    #[test]
    fn hajia_is_an_honorific() {
        let text = "Shea\n\nThe cooperative's chair, Hajia Ayishetu Mahama, opened the meeting. \"This is the fruit of ten years,\" Hajia Mahama said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ayishetu Mahama"));
    }

    #[test]
    fn moses_is_a_given_name_after_an_agency() {
        let text = "Sucre\n\n« C'est un coup de massue pour toute la ville », a réagi auprès de l'AFP Moses Kato, secrétaire général du syndicat.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Moses Kato"));
    }

    #[test]
    fn the_management_of_a_named_company_speaks_for_it() {
        let text = "Hévéa\n\nLes saigneurs de la plantation exploitée par Gbarnga Rubber Holdings sont en grève. Joseph Kollie dénonce des salaires impayés.\n\nLa direction de Gbarnga Rubber Holdings a reconnu des « retards de paiement ponctuels ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Gbarnga Rubber Holdings"));
    }

    #[test]
    fn a_body_named_by_a_title_after_its_noun_bears_that_name() {
        let text = "Marché\n\nUne centaine de vendeurs ont défilé à l'appel de l'association « Halles vivantes ». Le maire a promis une réponse.\n\nLe maire a proposé un relogement provisoire. L'association le juge « indigne ».\n\nLe collectif « Quai libre », qui réunit des pêcheurs, dénonce « un mépris total ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Halles vivantes"));
        assert_eq!(speaker(text, 3).as_deref(), Some("Quai libre"));
    }

    #[test]
    fn a_dateline_in_capitals_before_a_bracket_is_a_place_and_a_factory_a_body() {
        let text = "Ghana : à Sekondi, une conserverie ferme\n\nSEKONDI (Ghana), de notre envoyée spéciale\n\nLes portes de l'usine Atlantic Tuna Canners sont closes depuis lundi.\n\nL'entreprise, qui emploie 400 personnes, a évoqué « une pause technique ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Atlantic Tuna Canners"));
    }

    #[test]
    fn estates_name_a_company_that_and_may_join() {
        let text = "Tea\n\nThe pickers' union is at odds with Kiboko Estates and Trading, the largest grower in the valley. Kiboko Estates and Trading said the demand was “out of reach this year”.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Kiboko Estates and Trading")
        );
    }

    #[test]
    fn kgosi_is_an_honorific() {
        let text = "Delta\n\nThe village chief, Kgosi Mpho Seretse, called the meeting. \"We were never asked,\" he said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mpho Seretse"));
    }

    #[test]
    fn two_particles_stand_inside_a_persons_name() {
        let text = "Mine\n\nThe union's leader, Thabo Mokoena, walked out. \"They lied,\" he said.\n\nIts chief executive, Johan van der Walt, spoke by phone from Pretoria. \"We will hire locally,\" he said.\n\nLa sénatrice LR de la Manche a voté contre. Claire de la Roche, sa collègue, a répondu : « Nous voterons pour. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Johan van der Walt"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Claire de la Roche"));
    }

    #[test]
    fn a_feminine_role_kept_by_its_groups_sense_gives_no_masculine_gender() {
        let text = "Procès\n\nLa prévenue, Marie Lenoir, a tout nié.\n\nMe Florence Aubry a insisté sur le contexte. Marie Lenoir a baissé les yeux. « Ma cliente a payé de sa poche », a plaidé l'avocate.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Florence Aubry"));
    }

    #[test]
    fn a_document_subject_before_its_verb_speaks_for_the_body_that_issued_it() {
        let text = "Ferry\n\nLa compagnie Transmanche Liaisons a publié un communiqué lundi soir. Le texte affirme que « la traversée reprendra dès que possible ».\n\nMarc Jolivet, un passager, a attendu six heures. Le texte ne l'a pas convaincu.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Transmanche Liaisons"));
    }

    #[test]
    fn sign_after_not_is_a_verb_not_an_inscription() {
        let text = "Cocoa\n\nThe growers' secretary, Ama Boateng, spoke on Monday. Boateng said the union would meet buyers “any day, any time” but would not sign a deal below cost.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ama Boateng"));
    }

    #[test]
    fn elle_opening_the_sentence_after_a_body_was_quoted_is_the_body() {
        let text = "Parking\n\nLa directrice, Anne Roussel, attend des gestes. Contactée, la société Parkéo a fait savoir qu'elle était « ouverte à des ajustements ». Elle souligne que ses tarifs « restent modérés ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Parkéo"));
    }

    #[test]
    fn her_office_speaks_for_her() {
        let text = "Housing\n\nThe union's Tom Reilly called the plan rushed. Housing Minister Carol Dunne approved it on Friday. In a statement, her office said the approval came with “the strictest conditions yet”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Carol Dunne"));
    }

    #[test]
    fn according_to_a_surname_is_the_person_not_a_destination() {
        let text = "Clinic\n\nThe plan was paused in May. Lorraine Hatch, a retired nurse, said the pause was overdue. According to Hatch, the waiting room \"was never big enough.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lorraine Hatch"));
    }

    #[test]
    fn a_spokesperson_speaks_for_a_subject_whose_name_may_be_a_bodys() {
        let text = "Canal\n\nTides Scotland did not answer the charge, but a spokesman said the gates would be mended “before the spring”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tides Scotland"));
    }

    #[test]
    fn after_que_the_reporting_verbs_subject_follows_it() {
        let text = "Usine\n\nLe directeur, Paul Sanou, promet des primes. Une version que dément Mariam Touré : « On attend ces primes depuis trois ans. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mariam Touré"));
    }

    #[test]
    fn dit_after_ne_or_qui_reports_rather_than_names() {
        let text = "Carrière\n\nLa déléguée, Nadia Ferrand, a lu le rapport. Elle dénonce un texte « rédigé trop vite » qui ne dit « rien du bruit ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Nadia Ferrand"));
    }

    #[test]
    fn a_participle_of_calling_after_an_auxiliary_calls_for_what_is_quoted() {
        let text = "Port\n\nLa fédération des dockers, qui bloque le quai, a appelé « chacun à reprendre le travail ». La presse a surnommé la « grève des grues ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("fédération des dockers"));
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn a_role_dated_now_is_not_someone_only_ever_dated_before() {
        let text = "Club\n\nLe vote devait remplacer Henri Moulin. Son adjoint, Gaston Ferrer, l'a emporté.\n\nGaston Ferrer écarte les critiques. Le nouveau président affirme que le vote fut « parfaitement régulier ».\n\nL'ancien président Henri Moulin n'a pas répondu.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Gaston Ferrer"));
    }

    #[test]
    fn a_place_or_body_a_preposition_governs_before_a_relative_clause_is_not_the_subject() {
        let text = "Beach\n\nThe ban starts in June. A camper from Leeds, who did not give her name, said she had stopped swimming because “the boards were everywhere, all summer long”.";
        assert_eq!(speaker(text, 0), None);
        let text = "Port\n\nLe blocage dure. Un cadre d'une société basée à Mombasa, qui a requis l'anonymat, estime que la grève « coûte des millions ».";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn an_inspection_speaks_for_whoever_had_it_done() {
        let text = "Pont\n\nLe pont restera fermé. Dans un communiqué, la société Ponts du Nord a expliqué que l'inspection des piles avait révélé « une corrosion plus avancée que prévu ».";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ponts du Nord"));
    }

    #[test]
    fn okyeame_is_a_title_not_part_of_the_name() {
        let text = "Fort\n\nThe chief's linguist spoke after the meeting. “We will talk again in May,” said Okyeame Yaw Mensah.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Yaw Mensah"));
    }

    #[test]
    fn a_described_body_is_the_one_the_sentence_before_was_about() {
        let text = "Logs\n\nUnder rules adopted by the Waikare District Council, owners must clear slash. The council has begun inspections.\n\nThe Ridgeway Timber Council, which speaks for growers, said its members had cleared tonnes of debris. In a statement, the council said the industry was “doing its share” but warned of more storms.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ridgeway Timber Council"));
    }

    #[test]
    fn elle_after_a_document_its_described_body_issued_is_the_body() {
        let text = "Scierie : Boisnoir ferme un site\n\nLa scierie Boisnoir fermera son site de Vallorbe, a annoncé son directeur, Luc Perret. « Nous n'avions plus le choix », a-t-il déclaré.\n\nDans un communiqué, la société précise que les départs seront étalés. Elle promet « un accompagnement de chaque salarié, sans exception ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Boisnoir"));
    }

    #[test]
    fn what_a_thing_reads_is_nobodys_words() {
        let text = "Ferry\n\nThe harbour master, Ruth Calder, said the crossing would resume on Monday. \"We are nearly there,\" she said. \n\nA painted sheet had been tied to the railings by the quay. It read: \"Keep our ferry sailing, this winter and every winter.\" The notice on the ticket office read: \"No sailings before noon on Saturday, by order of the board.\"";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ruth Calder"));
        assert_eq!(speaker(text, 1), None);
        assert_eq!(speaker(text, 2), None);
    }

    #[test]
    fn a_body_described_by_its_bracketed_acronym_is_that_body() {
        let text = "Usine\n\nLe conflit dure. La direction de la Compagnie minière du Nord (CMN) chiffre les pertes à 20 millions.\n\nLa direction de la CMN, de son côté, défend son plan. Dans un communiqué, elle rappelle que l'usine a perdu « des sommes considérables depuis trois ans ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Compagnie minière du Nord")
        );
    }

    #[test]
    fn a_sentence_opener_the_text_capitalises_with_the_next_word_inside_sentences_is_part_of_a_name()
     {
        let text = "Perch\n\nThe catch from the Great Lakes fell again this year, and only a few great old boats still go out.\n\nGreat Lakes Fishers Incorporated said in a statement that quotas were \"set far too low for small crews\".";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Great Lakes Fishers Incorporated")
        );
    }

    #[test]
    fn the_company_is_no_body_of_the_state() {
        let text = "Shafts\n\nThe listing was confirmed by the Heritage Council on Monday. The council described the site as \"a rare survivor of deep mining\". It obliges no one to pay for repairs, a point the owner of the site, Kelso Ridge Minerals, was quick to make.\n\nIn a statement, the company said it \"respects the decision\" but warned of costs.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Heritage Council"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Kelso Ridge Minerals"));
    }

    #[test]
    fn a_french_verb_with_a_noun_for_object_reports_nothing() {
        let text = "Sel\n\nMoussa Diallo, grossiste, parle sans détour. « J'achète au prix du marché », explique-t-il.\n\nLe négociant pointe aussi le transport. D'après lui, la piste entre Kaolack et Tambacounda renchérit l'acheminement, au point que « le camion coûte plus que la marchandise ».";
        assert_eq!(speaker(text, 1).as_deref(), Some("Moussa Diallo"));
    }

    #[test]
    fn jan_may_be_a_woman() {
        let text = "Buyback\n\nFor Jan Moreland, who has lived on Mill Street for 31 years, the letter was a blow. Across the road, Ray Tobin has chosen to stay.\n\n\"They will have to carry me out,\" she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Jan Moreland"));
    }

    #[test]
    fn a_named_holders_office_speaks_for_the_holder() {
        let text = "Museum\n\nCouncillor Nadia Brook called the plan \"a missed chance\". She voted against it.\n\nMayor Owen Tate's office said in an email that the museum would \"anchor a new walk along the waterfront\" and pointed to other cities.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Owen Tate"));
    }

    #[test]
    fn a_bare_spokesperson_speaks_for_the_body_the_sentence_opens_with() {
        let text = "Fusée\n\nLes commerçants ont écrit au directeur du Centre spatial des Savanes. Marie Hô, gérante, attend une réponse.\n\nDu côté du Centre spatial, un porte-parole a indiqué que l'établissement « mesure l'importance des retombées locales ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Centre spatial des Savanes")
        );
    }

    #[test]
    fn the_spokeswoman_a_body_was_given_speaks_for_it_though_a_woman_was_quoted() {
        let text = "Water\n\nMandy Oakes, a grower, was unconvinced. “It is not a level field,” she said.\n\nA spokeswoman for the Northern Water Department said the state was “closely watching” prices.\n\n“Allocations will be reviewed every fortnight,” the spokeswoman said in a statement.";
        assert_eq!(
            speaker(text, 2).as_deref(),
            Some("Northern Water Department")
        );
    }

    #[test]
    fn a_lowercase_word_before_a_full_stop_is_no_dotted_title() {
        let text = "Dam\n\nThe receivers, Hale Moss Partners, said they were “talking daily” with the regulator. Partner Colin Hale said engineers had been hired.\n\n“Nobody is walking away from this site,” Hale said.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Colin Hale"));
    }

    #[test]
    fn the_person_a_sentence_announces_as_its_topic_is_its_pronoun() {
        let text = "Bail\n\nNadine Roy doute de ce projet. « On signe, on attend, et rien ne change », soupire-t-elle.\n\nQuant à Aline Caron, elle prépare un recours. Son comité s'est réuni lundi. « Nous irons jusqu'au bout », a-t-elle prévenu.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Aline Caron"));
    }

    #[test]
    fn a_long_description_set_off_by_its_comma_describes_the_name() {
        let text = "Gare\n\nLe délégué du gouvernement auprès de la région du Nord, Issa Bouba Kaïgama, a visité le chantier.\n\nLe chef de gare Paul Mbarga attend des renforts. « Nous manquons de bras », dit-il.\n\n« Les travaux finiront en mars », a promis le délégué du gouvernement.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Issa Bouba Kaïgama"));
    }

    #[test]
    fn the_old_man_is_the_one_the_text_gave_an_old_age() {
        let text = "Atelier\n\nJoseph Milord, 67 ans, surveille les apprentis. Assis près de la porte, Kervens Alexis, 22 ans, raconte ses débuts. « Ici, on apprend vite ou on part », glisse-t-il.\n\nLe vieil homme sourit. « On apprend surtout à recommencer », lance-t-il.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Joseph Milord"));
    }

    #[test]
    fn a_title_opening_a_towns_name_stays_in_the_councils_name() {
        let text = "Smoke\n\nHaze settled over the valley on Tuesday.\n\nThe City of Prince Rupert said in a statement that it was \"working closely with partners\" on the shelters.";
        assert_eq!(speaker(text, 0).as_deref(), Some("City of Prince Rupert"));
    }

    #[test]
    fn a_shire_is_a_council_that_speaks() {
        let text = "Weed\n\nThe Shire of Wandarra did not join the clean-up but lent a tractor.\n\nIn a statement, the shire said it was \"aware of the concern\" about the smell.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Shire of Wandarra"));
    }

    #[test]
    fn sina_may_be_a_woman() {
        let text = "Mill\n\nThe union organiser Sina Tuilagi said workers had been given no warning.\n\n“This is the heart of the town,” Ms Tuilagi said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sina Tuilagi"));
    }

    #[test]
    fn a_company_met_before_takes_the_name_its_abbreviation_completes() {
        let text = "Layoffs as Harlow Ridge Mining trims its crews\n\nHarlow Ridge Mining Corp. cut 40 jobs on Monday.\n\nIn a statement, Harlow Ridge said it had “no other choice” this year.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Harlow Ridge Mining Corp.")
        );
    }

    #[test]
    fn a_regional_directorate_of_the_state_speaks_for_itself() {
        let text = "Forêt\n\nLes plantations ont reculé d'un tiers en dix ans.\n\nLa direction régionale de l'Agriculture, de son côté, indique dans une note qu'elle « suit le dossier de près ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("direction régionale de l'Agriculture")
        );
    }

    #[test]
    fn hadja_is_a_title_before_a_name() {
        let text = "Lait\n\n« Avant, on jetait le lait du soir », raconte Hadja Fanta Sow, l'une des fondatrices de la coopérative. À 48 ans, elle élève des chèvres.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Fanta Sow"));
    }

    #[test]
    fn the_port_authority_is_the_ports_authority_named_before() {
        let text = "Berth\n\nThe North Coast Ports Authority said work on the new berth would start in March.\n\nThe port authority said a ring road was “a matter for the state”, though it had paid for a study.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("North Coast Ports Authority")
        );
    }

    #[test]
    fn a_french_organisations_complement_may_list_items() {
        let text = "Digue\n\n« Les crédits sont engagés », a indiqué le ministère de l'Agriculture, de l'Élevage et de la Pêche du Sud-Kivu. « Nous réparerons la route », a assuré le ministère des Mines, Carrières et Énergie dans un communiqué. « Nous verrons », a déclaré le président du club, Jean Roy et Paul Durand.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("ministère de l'Agriculture, de l'Élevage et de la Pêche du Sud-Kivu")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("ministère des Mines, Carrières et Énergie")
        );
        assert_eq!(speaker(text, 2).as_deref(), Some("Jean Roy"));
    }

    #[test]
    fn a_companys_general_management_speaks_for_the_company() {
        let text = "Coton\n\nLa Compagnie cotonnière des Hauts-Bassins (CCHB) achète la récolte. Interrogée, la direction générale de la CCHB a indiqué que « les paiements seront faits en mai ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Compagnie cotonnière des Hauts-Bassins")
        );
    }

    #[test]
    fn a_listed_complement_before_its_verb_names_one_body() {
        let text = "Pont\n\nJoint mardi, le ministère des Mines, Carrières et Énergie reconnaît un « retard » du chantier. Le ministère assure que les travaux « reprendront en juin ».";
        let body = Some("ministère des Mines, Carrières et Énergie");
        assert_eq!(speaker(text, 0).as_deref(), body);
        assert_eq!(speaker(text, 1).as_deref(), body);
    }

    #[test]
    fn a_french_adverbial_locution_may_stand_between_verb_and_subject() {
        let text = "Usine\n\n« Les chiffres inquiètent », a reconnu d'entrée de jeu le directeur de l'usine, Marc Lavoie. « Nous fermerons le four », a lâché sans détour la maire, Ana Ruiz.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marc Lavoie"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_company_described_by_where_it_is_based_is_the_company_named() {
        let text = "Mill\n\nNorbank Timber Ltd. will close its mill in June. In a statement, the Halifax-based company said the closure was \"a last resort\".";
        assert_eq!(speaker(text, 0).as_deref(), Some("Norbank Timber Ltd."));
    }

    #[test]
    fn plain_complements_joined_by_et_name_one_body() {
        let text = "Marché\n\nLes étals restent vides. « Les ventes ont chuté de moitié », a indiqué la chambre de commerce et d'industrie de la Sarthe dans un communiqué.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("chambre de commerce et d'industrie de la Sarthe")
        );
        let text = "Ateliers\n\nLes artisans attendent. La chambre de métiers et de l'artisanat a ajouté : « Les ateliers tiennent bon. »";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("chambre de métiers et de l'artisanat")
        );
    }

    #[test]
    fn a_labelled_answer_is_not_the_journalists_named_before_it() {
        let text = "Forge\n\nFor twenty years, Ilse Marwick has shod horses across the valley. Staff writer Tom Avery visited her forge last week.\n\nQ: Why iron?\n\nA: \"Because a good shoe outlasts the season, and the horse knows it.\"\n\nQ: And the hours?\n\nA: \"They are long, but I would not trade them for an office.\"";
        let found = speakers_of(text);
        assert_eq!(found[0].1.as_deref(), Some("Ilse Marwick"));
        assert_eq!(found[1].1.as_deref(), Some("Ilse Marwick"));
    }

    #[test]
    fn a_co_operative_is_the_cooperative_however_spelled() {
        let text = "Grain\n\nThe terminal is owned by the Prairie Growers Co-operative. In a statement, the cooperative said it would \"welcome the review\". The co-op added that the work was \"long overdue\".";
        let body = Some("Prairie Growers Co-operative");
        assert_eq!(speaker(text, 0).as_deref(), body);
        assert_eq!(speaker(text, 1).as_deref(), body);
    }

    #[test]
    fn an_autorite_named_with_its_adjectives_is_one_body() {
        let text = "Port\n\nL'Autorité portuaire du Nord a signé le contrat jeudi. « Le chantier commence en mars », a précisé l'Autorité. Selon l'Autorité de l'aviation civile, la piste rouvrira « avant l'été ».";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Autorité portuaire du Nord")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Autorité de l'aviation civile")
        );
    }

    #[test]
    fn a_body_named_health_is_no_one_a_pronoun_means() {
        let text = "Lead\n\nMara Quill has two sons.\n\nHer eldest tested high at age three. Tasman Health recommends follow-up.\n\n“He is fine now, as far as we know,” she said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mara Quill"));
    }

    #[test]
    fn an_interview_is_with_the_subject_of_the_lead_not_the_one_it_mentions() {
        let text = "Entretien. Le dernier vitrier du canton\n\nArmand Vézelier répare des vitraux depuis quarante ans et accueille cet hiver un stagiaire, Noé Castelbrun.\n\nComment avez-vous commencé ?\n\n« Par une fenêtre cassée chez ma grand-mère. »\n\nLe métier disparaît-il ?\n\n« Il change. Les églises attendent, les commandes aussi. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Armand Vézelier"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Armand Vézelier"));
    }

    #[test]
    fn sidi_and_moulay_open_a_name_at_the_start_of_a_sentence() {
        let text = "Oasis\n\nSidi Ahmed Ould Cheibany keeps goats near the well. \"The water is lower every year,\" Ould Cheibany said.\n\nMoulay Idriss Benhaddou runs the pump. \"We fix it with wire,\" Benhaddou said.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Sidi Ahmed Ould Cheibany")
        );
        assert_eq!(speaker(text, 1).as_deref(), Some("Moulay Idriss Benhaddou"));
    }

    #[test]
    fn a_name_after_a_role_of_a_body_and_a_comma_is_the_role_holders() {
        let text = "Coopérative\n\nLe directeur de la coopérative, Kouamé Ahou Bertin, n'était pas présent. « Les comptes sont justes », a-t-il assuré.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kouamé Ahou Bertin"));
    }

    #[test]
    fn a_quoted_word_an_apposition_explains_is_a_term() {
        let text = "Pêche\n\nLe mareyeur Dieudonné Akpa a pris la parole. Il se plaint des « rabatteurs », ces intermédiaires qui achètent le poisson avant l'arrivée des pirogues. La coopérative a été prévenue « trop tard », ce que la mairie dément.";
        assert_eq!(kind(text, 0), super::super::QuoteKind::Term);
        assert_eq!(speaker(text, 0), None);
        assert_eq!(kind(text, 1), super::super::QuoteKind::Quote);
    }

    #[test]
    fn a_plural_incise_late_in_a_quotation_reports_what_others_said() {
        let text = "Entretien. Le dernier tonnelier\n\nMarcel Oudinot cercle des fûts depuis trente ans à Cognac.\n\nQui vous a appris ?\n\n« Mon oncle. Les clients riaient : un gamin à la forge, disaient-ils, ça ne tiendra pas. J'ai tenu. »\n\nEt demain ?\n\n« Je forme deux apprentis. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marcel Oudinot"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Marcel Oudinot"));
    }

    #[test]
    fn an_incise_names_its_speaker_with_an_elided_article() {
        let text = "Ville\n\nLa maire Odile Ferrandon a été réélue. « Il faut apaiser », tranche la maire.\n\nLe conseiller municipal Bastien Lorrain ne partage pas cet avis. « Les deux listes, ironise l’élu, promettaient la même halle. »";
        assert_eq!(speaker(text, 1).as_deref(), Some("Bastien Lorrain"));
        let article = Article::from_bytes(text.as_bytes(), "t");
        let quote = &extract(&article).quotes[1];
        assert_eq!(quote.mention.as_deref(), Some("l’élu"));
        assert_eq!(quote.cue.as_deref(), Some("ironise"));
    }

    #[test]
    fn a_title_before_two_names_makes_a_person_even_with_a_word_for_a_body() {
        let text = "Harbour fees\n\nCouncillor Charity Banda opened the hearing on Tuesday. \"We cannot keep paying for the quay,\" Banda said. \"The fee stays,\" she added.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Charity Banda"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Charity Banda"));
    }

    #[test]
    fn an_unlisted_given_name_before_a_listed_one_is_no_french_label() {
        let text = "Cantine\n\n« Les repas reviennent lundi », annonce Zouhoura Moussa Abdelkerim, directrice de l'école. « Les parents ont été prévenus », ajoute-t-elle.";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Zouhoura Moussa Abdelkerim")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Zouhoura Moussa Abdelkerim")
        );
    }

    #[test]
    fn a_village_headman_is_titled_not_named() {
        let text = "Clinic road\n\nHeadman Kapembwa Mwale of Lusenga village watched the graders arrive. \"We asked for this road for ten years,\" Mwale said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kapembwa Mwale"));
    }

    #[test]
    fn daughter_of_before_a_given_name_keeps_the_name_whole() {
        let text = "Criée\n\n« Les camions paient comptant », regrette Tekber Mint Ahmed Vall, qui sèche le poisson depuis vingt ans. « Nous ne suivons plus », ajoute-t-elle.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tekber Mint Ahmed Vall"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Tekber Mint Ahmed Vall"));
    }

    #[test]
    fn a_two_word_demonym_before_a_noun_is_no_one() {
        let text = "Cocoa\n\nNhyira Owusu-Bekoe opened her workshop in 2021. Her newest bar uses beans from three West African cooperatives. Our reporter Kwame Asante visited her.\n\nWhich bar is your favourite?\n\nShe laughs. “That is a trap question.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nhyira Owusu-Bekoe"));
    }

    #[test]
    fn a_name_in_an_aside_after_a_dash_signs_nothing() {
        let text = "Water\n\nThe scheme, known locally as “Maji Safi” — Kiswahili for “Clean Water” — adds forty kiosks. Auditors warned of a “pricing spiral” — the Utility's habit of raising tariffs every quarter.";
        assert_eq!(speaker(text, 0), None);
        assert_eq!(speaker(text, 2), None);
    }

    #[test]
    fn a_participle_after_an_adverb_of_degree_reports_nothing() {
        let text = "Dune\n\n« Nous n'avions jamais vu cela », a déclaré Paul Renaud, chef des travaux. Selon lui, le vent, particulièrement soutenu depuis janvier, a poussé la dune de « plusieurs mètres » en un mois.";
        assert_eq!(speaker(text, 1).as_deref(), Some("Paul Renaud"));
    }

    #[test]
    fn an_incise_may_open_with_a_reflexive_or_object_pronoun() {
        let text = "Centre\n\nMartine Kambiré a attendu une heure. Le médecin, Paul Somé, opérait. « Il courait partout, se souvient-elle. Je ne lui en veux pas. »\n\nAwa Palé a accouché la veille. Le même Paul Somé l'a reçue. « Les nuits sont longues, s'amuse-t-elle, mais on dort. »";
        assert_eq!(speaker(text, 0).as_deref(), Some("Martine Kambiré"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Awa Palé"));
    }

    #[test]
    fn swahili_particles_stand_inside_a_name() {
        let text = "Regatta\n\n\"The sea was kind,\" said the Mwezi ya Bahari's skipper, Juma Said Ali, as his crew cheered.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Juma Said Ali"));
    }

    #[test]
    fn a_heading_s_subject_yields_to_the_person_quoted_below() {
        let text = "La brasserie Kalundi fermera ses portes en juin : « On nous a trahis »\n\nLa direction a confirmé la fermeture mardi, sans donner de chiffres.\n\n« On nous a trahis, et personne ne viendra nous sauver », a lancé Joseph Mbala, délégué syndical, devant l’usine.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Joseph Mbala"));
        let text = "Harbour board approves new ferry pier: “a lifeline for the islands”\n\nThe Kessock Harbour Board voted on Tuesday to build a second pier.\n\n“It is a lifeline for the islands, and we have waited twenty years,” said Morag Lennox, who runs the island shop.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Morag Lennox"));
    }

    #[test]
    fn an_acronym_stands_for_the_capitalised_name_after_a_common_noun() {
        let text = "Le port restait bloqué jeudi à Owendo, où les dockers de la société Estuaire Manutention Portuaire (EMP) ont cessé le travail. « Nous restons ouverts au dialogue », a indiqué l'EMP dans un communiqué.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Estuaire Manutention Portuaire")
        );
    }

    #[test]
    fn an_infinitive_after_a_comma_opens_no_incise() {
        let text = "Odile Ferrand, relieuse à Besançon, ouvre son atelier au public ce week-end. Propos recueillis par Marc Jolivet.\n\nPourquoi ce métier ?\n\n« Par goût du papier, tout simplement. »\n\nQui vient à l'atelier ?\n\n« Des curieux. Ils viennent voir les presses, poser des questions, toucher les cuirs. »\n\nEt demain ?\n\n« Former une apprentie, si je la trouve. »\n";
        for answer in 1..3 {
            assert_eq!(speaker(text, answer).as_deref(), Some("Odile Ferrand"));
        }
    }

    #[test]
    fn a_place_before_a_trade_names_the_one_who_plies_it() {
        let text = "Farmers queued from dawn outside the depot in Kitale.\n\n“We need rain, not promises,” said Kitale seed merchant Joseph Wekesa, who has sold maize seed there for twenty years.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Joseph Wekesa"));
        let text = "“Rain is the only boss,” says Kitale seed merchant\n\nFor twenty years Joseph Wekesa has sold maize seed from a tin-roofed shop near the Kitale bus park. He spoke to our reporter, Mary Atieno.\n\nQ: How did you start?\n\nA: With one sack and a bicycle.\n\nQ: What worries you?\n\nA: The rains. Nothing else.\n\nQ: And next year?\n\nA: A bigger shop, God willing.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Joseph Wekesa"));
    }

    #[test]
    fn someone_who_speaks_after_a_sign_is_not_the_sign() {
        let text = "Le Premier ministre, Idrissa Koné, a inauguré jeudi la centrale de Kaya. Devant les panneaux solaires, le Premier ministre a salué « un jour historique » pour la région.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Idrissa Koné"));
        let text = "Parents gathered at the gates on Monday. A sign on the railings, painted in red, said “Save our school.”\n";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_capitalised_label_before_a_name_after_the_verb_is_passed_over() {
        let text = "The tournament ended on Sunday in Tallinn. “We will be back next season,” said Grandmaster Nadia Orlova after the final round.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nadia Orlova"));
    }

    #[test]
    fn a_given_name_that_is_also_a_word_is_no_label_before_a_name() {
        let text = "The co-operative met on Friday. “We built this factory with our own hands,” said Hope Achieng Odhiambo, its chairwoman.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Hope Achieng Odhiambo"));
    }

    #[test]
    fn words_an_answerer_gives_as_their_own_are_theirs() {
        let text = "Q&A: A ferryman on forty years of crossings\n\nFor forty years, Tobias Marlow has run the chain ferry at Hollin Ford. He spoke to our reporter Ann Keyes.\n\nQ: Do passengers complain?\n\nA: Some do. A builder, Dan Pryce, once shouted at me for ten minutes. So I told him, “The river sets the timetable, not me.”\n\nQ: Will you retire?\n\nA: My daughter asked last week and I said, “Ask me after the floods.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tobias Marlow"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Tobias Marlow"));
    }

    #[test]
    fn the_word_after_a_dateline_dash_opens_a_sentence() {
        let text = "KITWE — Provincial inspectors have ordered the mine to repair its dam after finding what they called “serious seepage” on Monday. Provincial officials would not comment further.\n";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_body_is_also_called_the_society_or_the_committee() {
        let text = "The Lakeview Rowing Society welcomed the plan on Tuesday. In a statement, the society said the new pontoon was \"long overdue\" but asked for lights.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lakeview Rowing Society"));
        let text = "The Bank of Averil held its main rate on Thursday. The committee said there were \"tentative signs\" of recovery.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bank of Averil"));
    }

    #[test]
    fn now_may_stand_between_a_subject_and_its_verb() {
        let text = "The barge is run by Delta River Freight. Low water delayed it, and the company now says it will dock \"no earlier than Friday.\"\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Delta River Freight"));
    }

    #[test]
    fn a_works_named_for_what_it_makes_is_a_body() {
        let text = "Les fours sont à l'arrêt depuis lundi. La direction de la Cimenterie du Kouilou conteste cette version. Dans un communiqué, elle affirme avoir « payé tous les salaires ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Cimenterie du Kouilou"));
    }

    #[test]
    fn a_listed_given_name_before_another_opens_the_name() {
        let text = "\"The new pumps arrived last week,\" said Tahirou Bello Sani, who chairs the irrigation board.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tahirou Bello Sani"));
        let text = "\"Our harvest doubled,\" said Zuwaira Hassan Abba, a farmer from Gidan Kare.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Zuwaira Hassan Abba"));
    }

    #[test]
    fn mzee_is_an_honorific_before_a_name() {
        let text =
            "\"Sit down first and watch,\" said Mzee Omari, the oldest of the boat builders.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Omari"));
    }

    #[test]
    fn an_answerer_telling_their_own_people_gives_their_words() {
        let text = "Q&A: A thatcher on thirty roofs\n\nFor thirty years, Mabel Thorne has thatched cottages around Wenlow. She spoke to our reporter Ian Fry.\n\nQ: What makes a roof last?\n\nA: Patience. I tell my apprentices, “The straw decides, not you.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mabel Thorne"));
    }

    #[test]
    fn a_second_complement_needs_its_noun() {
        let text = "La fromagerie a été bâtie avec l'aide de l'Office national du lait et d'un fonds privé. Dans un communiqué, l'Office national du lait a salué « un bel exemple ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Office national du lait"));
    }

    #[test]
    fn the_word_after_an_interview_label_opens_a_sentence() {
        let text = "Q&A: A roofer on slate\n\nFor twenty years, Alma Brook has laid slate roofs.\n\nQ: What does \"bedding\" a slate mean?\n\nA: You set it so it sits flat, and what holds it is the nail.\n";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_body_speaking_through_a_named_person_gives_that_persons_words() {
        let text = "Le collège Saint-Rémi a fermé son internat. Sollicitée, la direction a fait savoir par la voix de son intendant, Gérard Moulin, qu'elle restait « ouverte au dialogue ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Gérard Moulin"));
        let text = "The Harrow Valley Growers Cooperative said through its chairwoman, Linda Oakes, that the price was \"simply too low\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Linda Oakes"));
    }

    #[test]
    fn a_description_before_a_courtesy_title_describes_the_person() {
        let text = "The bakery's manager, Mrs Ruth Ellery, opened the doors at six. Her deputy, Tom Vance, said the ovens were \"running hot\".\n\nLater the manager said: \"We sold out by noon.\"\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Ruth Ellery"));
        let text = "La directrice de l'école, Mme Odile Ferrand, a reçu les parents. Son adjointe, Claire Ricard, a évoqué « une rentrée calme ».\n\nLa directrice a ensuite ajouté : « Nous manquons de place. »\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Odile Ferrand"));
    }

    #[test]
    fn a_reporting_verb_after_an_organisations_place_is_no_part_of_its_name() {
        let text = "Dans une lettre ouverte, la Fédération des pêcheurs de la Sarthe demande « un calendrier clair » au préfet.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Fédération des pêcheurs de la Sarthe")
        );
    }

    #[test]
    fn a_verb_ends_the_description_that_opens_a_sentence() {
        let text = "Louise Mabiala relit ses notes. La pharmacienne voudrait doter le quartier d'un laboratoire. « C'est un pari, reconnaît-elle. Mais le quartier grandit. »\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Louise Mabiala"));
    }

    #[test]
    fn a_word_with_an_apostrophe_inside_is_no_label_before_a_name() {
        let text = "Few were convinced. Sa'adatu Bello Garko, who trades in grain, shook her head. \"We have heard this before,\" Garko said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sa'adatu Bello Garko"));
    }

    #[test]
    fn a_long_organisation_name_keeps_its_complement() {
        let text = "The Ogun Palm Kernel Processors Association of Nigeria said in a letter that the levy was \"unfair to small mills\".\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Ogun Palm Kernel Processors Association of Nigeria")
        );
    }

    #[test]
    fn a_capitalised_point_of_the_compass_stays_in_an_organisations_name() {
        let text = "La Société de transport du Haut-Ogooué Est promet de reprendre la ligne « dès la fin des pluies ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Société de transport du Haut-Ogooué Est")
        );
    }

    #[test]
    fn a_conjunction_opening_a_sentence_is_no_part_of_the_name_after_it() {
        let text = "Le tirage a duré deux heures. Lorsque Kossiwa Amegah, couturière depuis quinze ans, a reçu sa place, elle a souri. « Enfin une place au sec », dit-elle.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kossiwa Amegah"));
        let text = "The queue moved slowly. Although Tendai Moyo had arrived at dawn, she waited until noon. \"We are tired,\" she said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tendai Moyo"));
    }

    #[test]
    fn customary_titles_are_no_part_of_the_name() {
        let text = "“The bridge will be ready by March,” said Engr. Musa Dauda Kwari, the works commissioner.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Musa Dauda Kwari"));
        let text = "Au marché, Mama Josiane Mbaka a rouvert son étal. « Les clients reviennent », dit-elle.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Josiane Mbaka"));
    }

    #[test]
    fn an_organisation_whose_complement_lists_two_items_without_a_comma_speaks_whole() {
        let text = "Dans un communiqué, le ministère des Mines et Carrières a jugé le projet « prometteur ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("ministère des Mines et Carrières")
        );
    }

    #[test]
    fn the_company_is_no_state_named_after_it() {
        let text = "The mill is run by Tamarind Sugar Ltd, which sells to buyers across Oyo State. In a statement on Friday, the company said it was \"paying every grower in full\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tamarind Sugar Ltd"));
    }

    #[test]
    fn a_sentence_opening_with_pour_and_a_description_is_about_whom_it_describes() {
        let text = "« Le four tient bon », assure Mireille Ondo Abessolo, présidente de la coopérative des potières.\n\nPour la présidente, le vrai défi reste le transport. « Sans route, nos jarres cassent avant le marché. »\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Mireille Ondo Abessolo"));
    }

    #[test]
    fn a_short_form_written_as_a_name_in_brackets_is_the_organisation_before_it() {
        let text = "The depot is run by the Mashonaland Grain Marketing Board (Magrab).\n\nMagrab said on Monday that the queues were \"a temporary problem\".\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Mashonaland Grain Marketing Board")
        );
        let text = "Le bac appartient à la Société de transport du Lualaba (Sotralu).\n\nLa Sotralu affirme que « le service reprendra lundi ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Société de transport du Lualaba")
        );
    }

    #[test]
    fn a_capitalised_title_may_open_the_name_set_after_a_long_description() {
        let text = "Traders gathered at the depot on Monday. The secretary of the Kabwe branch of the Maize Growers Union, Pastor Moses Chanda, called the new rota \"a step forward\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Moses Chanda"));
    }

    #[test]
    fn an_organisation_named_in_apposition_after_a_word_for_a_body_is_the_subject() {
        let text = "La régie des eaux, la Société d'adduction de Kindia (SAK), juge le réseau « à bout de souffle ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Société d'adduction de Kindia")
        );
        let text =
            "The regulator, the Lakeshore Water Authority, finds the tariff \"long overdue\".\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Lakeshore Water Authority")
        );
    }

    #[test]
    fn a_participle_before_a_named_complement_stays_in_an_organisation_name() {
        let text = "La Coopérative des planteurs associés de la Mefou réclame « des semences avant mars ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Coopérative des planteurs associés de la Mefou")
        );
        let text = "Le Syndicat des transporteurs agréés du Woleu dénonce des contrôles « à répétition ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Syndicat des transporteurs agréés du Woleu")
        );
    }

    #[test]
    fn a_thing_cited_with_selon_is_no_one_unnamed() {
        let text = "Joseph Ndongo Essomba a reçu les délégués lundi. Selon un compte rendu de la séance, la préfecture « prend la mesure du problème ».\n\n« Les camions passeront dès jeudi », a-t-il affirmé.\n";
        assert_eq!(speaker(text, 0), None);
        assert_eq!(speaker(text, 1).as_deref(), Some("Joseph Ndongo Essomba"));
        let text = "The Lakeside Housing Trust says tenants will be moved by June. According to a letter sent to residents, the works \u{201c}will not raise rents.\u{201d}\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lakeside Housing Trust"));
    }

    #[test]
    fn a_pronoun_in_a_document_clause_is_the_organisation_the_sentence_is_about() {
        let text = "Son secrétaire, Paul Mbarga, se montre prudent. « Nous attendrons la réponse », a-t-il dit. Le Syndicat des pêcheurs du Lac a adressé jeudi une lettre au ministre, dans laquelle il réclame « des quotas plus justes ».\n";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Syndicat des pêcheurs du Lac")
        );
    }

    #[test]
    fn a_plural_participle_after_a_plural_noun_stays_in_an_organisation_name() {
        let text = "La Confédération des paysans unis a publié mercredi un communiqué dénonçant un « passage en force ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Confédération des paysans unis")
        );
        let text = "Le Collectif des riverains unis de la Lobé réclame « une vraie route ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Collectif des riverains unis de la Lobé")
        );
        let text = "Le Syndicat des transporteurs exige « des routes praticables ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Syndicat des transporteurs")
        );
    }

    #[test]
    fn a_royal_title_is_not_part_of_the_name() {
        let text = "The traditional ruler of Umuoka, Igwe Chukwudi Okafor, who led the prayers, described the harvest as \u{201c}a second chance\u{201d} for farmers.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Chukwudi Okafor"));
    }

    #[test]
    fn a_weekday_after_a_comma_and_before_a_name_is_a_given_name() {
        let text = "A welder at the yard, Friday Okonkwo Eze, said the new rules came too late. \u{201c}We lost two men before anyone listened,\u{201d} he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Friday Okonkwo Eze"));
        let text = "The yard reopened on Friday. \u{201c}We lost two men before anyone listened,\u{201d} said Ada Obi.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ada Obi"));
    }

    #[test]
    fn an_acronym_for_an_office_written_out_beside_a_name_is_its_holder() {
        let text = "The District Chief Executive, Mr Daniel Kofi Owusu, toured the clinic on Tuesday. Nurses say the building leaks.\n\n\u{201c}We will fix the roof before the rains,\u{201d} the DCE said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Daniel Kofi Owusu"));
    }

    #[test]
    fn nana_is_a_title_in_a_text_naming_a_chief_with_a_regnal_number() {
        let text = "The paramount chief, Nana Yaw Boadu III, opened the durbar. Traders cheered.\n\n\u{201c}The road belongs to all of us,\u{201d} Nana Boadu said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Yaw Boadu III"));
        let text = "The queen mother's aide, Nana Oforiwaa, opened the durbar. \u{201c}The road belongs to all of us,\u{201d} she said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Nana Oforiwaa"));
    }

    #[test]
    fn nana_before_a_given_name_and_a_surname_is_a_title() {
        let text = "The mill's managing director, Nana Kwabena Ofori-Darko, showed visitors the new press. \u{201c}We will buy every nut the farmers bring,\u{201d} Mr Ofori-Darko said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kwabena Ofori-Darko"));
    }

    #[test]
    fn an_incise_naming_a_speaker_after_a_dotted_title_reads_past_its_full_stop() {
        let text = "Le préfet Aboubacar Issa Garba a visité le chantier jeudi.\n\nLes greniers seront prêts en mars. « Nous tiendrons le calendrier, assure M. Issa Garba. Les semences arriveront avant les pluies. »\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Aboubacar Issa Garba"));
    }

    #[test]
    fn a_regional_delegation_or_division_speaks_as_a_body() {
        let text = "Le chef de centre, Bertrand Owona, attend toujours les vaccins.\n\nDans un communiqué publié mardi, la délégation régionale de la Santé publique de l'Est reconnaît « des retards de livraison ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("délégation régionale de la Santé publique de l'Est")
        );
        let text = "Le médecin-chef, Honoré Kalala, attend toujours les vaccins.\n\nLa division provinciale de la santé affirme avoir été saisie. Dans une note, elle promet une livraison « dans les meilleurs délais ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("division provinciale de la santé")
        );
    }

    #[test]
    fn comfort_opens_a_name_and_mma_is_a_title() {
        let text = "Comfort Ama Boateng, who sells smoked fish at the landing, said prices had doubled. \u{201c}We cannot pass it on to customers,\u{201d} she said.\n\nMma Rahama Issah, who leads the women's group, said: \u{201c}Nobody asked us.\u{201d}\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Comfort Ama Boateng"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Rahama Issah"));
    }

    #[test]
    fn a_branch_of_an_organisation_speaks_for_it() {
        let text = "Traders met the council on Monday, led by Grace Ampofo.\n\nThe regional branch of the Kumasi Traders Association said the levy was \u{201c}far too high for small sellers\u{201d}.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Kumasi Traders Association")
        );
        let text = "The chairman of the Ogoja branch of the Cocoa Farmers Association, Chief Ade Obi, described the plan as \u{201c}a good beginning\u{201d}.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ade Obi"));
    }

    #[test]
    fn an_inspection_with_no_issuer_before_speaks_as_a_body() {
        let text = "Les pêcheurs du lac attendent des filets neufs.\n\nVendredi, l'inspection provinciale de la pêche rappelle que la fermeture sera « strictement observée » cette année.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("inspection provinciale de la pêche")
        );
    }

    #[test]
    fn the_pronoun_an_interviewer_spoke_to_tells_whom_the_answers_are_from() {
        let text = "Every morning, Kofi Mensah Owusu opens his stall by the lorry park. One regular customer, Ama Serwaa, puts it simply: \u{201c}He fixes everything.\u{201d} We spoke to him between customers.\n\nHow did you start?\n\n\u{201c}By accident. My uncle had this stall.\u{201d}\n\nWhat has changed most?\n\n\u{201c}The customers. Before, everybody rode.\u{201d}\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Kofi Mensah Owusu"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Kofi Mensah Owusu"));
    }

    #[test]
    fn traditional_titles_are_not_part_of_a_name() {
        let text = "The paramount ruler, Obong Etim Bassey Udo, visited the river bank. \u{201c}The river gave us life,\u{201d} he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Etim Bassey Udo"));
        let text = "Le chef du village, Sa Majesté Paul Ondoua Mbarga, a reçu les agents.\n\nMajesté Ondoua Mbarga parle d'une « catastrophe silencieuse ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Ondoua Mbarga"));
    }

    #[test]
    fn two_plural_nouns_sharing_des_stay_in_a_body_s_name() {
        let text = "Les prix du cacao ont chuté.\n\nL'Union des planteurs et transporteurs de cacao du Littoral a déclaré : « Nous refusons ce prix. »\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Union des planteurs et transporteurs de cacao du Littoral")
        );
    }

    #[test]
    fn et_joins_a_name_introduced_as_a_body() {
        let text = "La forêt recule.\n\nL'organisation non gouvernementale Sols et Rivières du Nord a réagi par un communiqué. Elle y « déplore une décision brutale ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Sols et Rivières du Nord")
        );
    }

    #[test]
    fn what_someone_calls_a_thing_in_french_is_their_words() {
        let text = "Le syndic Paul Andrieu reçoit dans son bureau du port. Il dénonce ce qu'il appelle un « gel de fait » des travaux.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Andrieu"));
        // A place the text names is still no one's words.
        let text = "Le stade, que les supporters appellent « le Frigo », est plein. Le président du club, Paul Andrieu, se félicite.\n";
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn what_a_french_placard_reads_is_no_one_s_words() {
        let text = "Port-Vallon : au hangar 4, les dockers travaillent sans grue\n\nClaude Mbarga, docker depuis vingt ans, nous fait visiter le hangar 4. Sur le quai, une seule grue fonctionne.\n\nIl montre ses mains abîmées. « Les grues sont trop vieilles », dit-il. Il explique que les équipes se relaient la nuit.\n\nLa semaine dernière, plusieurs dizaines de dockers ont bloqué l'entrée du port en brandissant des pancartes. Sur l'une d'elles, on pouvait lire : « Le port n'est pas à vendre ». La police est intervenue sans incident.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Claude Mbarga"));
        assert_eq!(speaker(text, 1), None);
    }

    #[test]
    fn eze_and_abbe_are_titles_before_a_name() {
        let text = "The new mill opened on Monday. Eze Chukwuma Obiora, the traditional ruler of the town, said: \"This mill belongs to all of us.\"\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Chukwuma Obiora"));
        let text = "L'école a rouvert lundi. Abbé Firmin Kasongo, qui dirige l'établissement, se réjouit : « Les enfants reviennent enfin. »\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Firmin Kasongo"));
    }

    #[test]
    fn an_office_s_acronym_stands_for_its_holder_past_the_place_it_serves() {
        let text = "The Municipal Chief Executive for Lower Kanda, Mr Kwesi Adom Mensah, welcomed the news. He said the assembly had struggled to reach residents.\n\n“Radio can save lives,” the MCE said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kwesi Adom Mensah"));
    }

    #[test]
    fn a_place_naming_a_branch_leaves_the_organisation_to_speak() {
        let text = "Fuel prices rose again. \"A heavy burden,\" said the Warri branch of the Nigerian Union of Drivers, which represents bus owners.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Nigerian Union of Drivers")
        );
        let text = "Fees went up. The Kumasi chapter of the Ghana Medical Society, which met on Friday, said the rise was \"a heavy burden\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ghana Medical Society"));
    }

    #[test]
    fn the_phrase_limit_keeps_a_french_complement_with_its_noun() {
        let text = "Les eaux baissent.\n\nL'Observatoire paysan des terres agricoles de l'Ouest a publié un rapport. Il « demande des mesures urgentes ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Observatoire paysan des terres agricoles de l'Ouest")
        );
    }

    #[test]
    fn a_society_is_an_organisation_and_a_submission_speaks_for_its_author() {
        let text = "Dues will rise. The Veterinary Society of Ghana said the increase was \"long overdue\".\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Veterinary Society of Ghana")
        );
        let text = "The plan has critics. The Riverside Heritage Trust, a local charity, said in a written submission that it opposed the demolition. Mayor Ann Cole had backed it in June.\n\n\"The hall is part of who we are,\" the submission said.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Riverside Heritage Trust")
        );
    }

    #[test]
    fn a_signatory_in_apposition_after_by_is_not_the_subject() {
        let text = "Lecturers are angry. The Academic Staff Union, in a statement signed by its chairman, Comrade Tunde Oyelaran, described the cuts as \"a betrayal\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Academic Staff Union"));
    }

    #[test]
    fn a_name_something_goes_by_is_no_one_s_words() {
        let text = "Prices fell at the depot. Grace Banda, who farms near the river, blamed sales to middlemen, a practice known locally as “side-selling”, which she said hurt everyone.\n";
        assert_eq!(speaker(text, 0), None);
        assert_eq!(kind(text, 0), super::super::QuoteKind::Term);
        let text = "La crue a tout emporté. Le maire, Paul Nkodo, se souvient de cette nuit restée dans les mémoires sous le nom de « la nuit des eaux ».\n";
        assert_eq!(speaker(text, 0), None);
        let text = "Les pêcheurs se plaignent. Jean Kabila, président du comité, dénonce les filets à mailles fines, appelés localement « kasolo ».\n";
        assert_eq!(speaker(text, 0), None);
        // After an auxiliary, the participle calls for something.
        let text = "Les tensions montent à Kribi. Le préfet, Paul Essomba, a appelé également « toutes les parties au calme et au dialogue ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Essomba"));
    }

    #[test]
    fn the_pronoun_who_spoke_with_us_picks_whom_the_interview_is_with() {
        let text = "A potter on forty years at the wheel\n\nSamuel Kwesi Boateng, 61, has made pots in Vume since he was a boy. His daughter, Mrs Ama Boateng, sells them at the lorry park. He spoke with us about the craft.\n\nHow did you start?\n\n“My uncle taught me when I was ten.”\n\nIs the trade dying?\n\n“Not yet. The young ones still come to learn.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Samuel Kwesi Boateng"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Samuel Kwesi Boateng"));
        let text = "A weaver builds a brand\n\nMrs Efua Mensah runs a loom shop in Bonwire. Her label, Kente Royale, sells in three cities. She spoke with our correspondent about thread prices.\n\nWhat is hardest today?\n\n“Thread. The price has doubled in two years.”\n\nWill you stay in Bonwire?\n\n“Yes. This is home.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Efua Mensah"));
    }

    #[test]
    fn a_name_in_sentence_case_after_a_word_for_a_body_is_read_whole() {
        let text = "Le barrage inquiète. L'association Marées vivantes a publié un communiqué. « Le projet menace les frayères », écrit l'association.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marées vivantes"));
        // Written whole again later, with no word for a body before it.
        let text = "Le projet a été confié à la société Forêts humides de l'Ouest (FHO), qui exploite déjà deux concessions. « Nous respectons la loi », affirme Forêts humides de l'Ouest dans un communiqué.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Forêts humides de l'Ouest")
        );
        let text = "Le chantier a été financé par une association locale, Espoir du village. Selon Espoir du village, « trois écoles manquent encore de latrines ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Espoir du village"));
        let text = "Dans une déclaration, le collectif Protégeons la baie de Kribi dénonce « un projet opaque ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Protégeons la baie de Kribi")
        );
        // A given name opens a person's name, and a verb ends it.
        let text = "La société Orange Cameroun a annoncé « une baisse des tarifs ». Son directeur, Paul Mbarga, a confirmé « une baisse de dix pour cent ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Orange Cameroun"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Paul Mbarga"));
    }

    #[test]
    fn dash_answers_to_questions_without_a_dash_take_no_turns() {
        let text = "Le dernier cordonnier de Bafia\n\nDepuis trente ans, Martin Ebogo répare les chaussures du quartier. Nous l'avons rencontré dans son atelier.\n\nComment avez-vous commencé ?\n\n— Par mon père. Il réparait les sandales des voisins, je tenais les clous.\n\nEt ce cuir, d'où vient-il ?\n\n— D'un tanneur de Bafia. C'est du bon cuir, sourit-il.\n\nGagnez-vous bien votre vie ?\n\n— Pas vraiment. Les gens achètent du plastique chinois. Qui répare encore ses chaussures aujourd'hui ?\n\nQue conseillez-vous aux jeunes ?\n\n— Vous devez être patients, vous ne gagnerez rien la première année.\n";
        // Each answer is the cobbler's: even the one ending on a question
        // of its own, and the one speaking of "vous" only.
        for answer in 0..4 {
            assert_eq!(speaker(text, answer).as_deref(), Some("Martin Ebogo"));
        }
    }

    #[test]
    fn a_pronoun_on_an_answer_is_the_one_interviewed_not_the_interviewer() {
        let text = "Q&A: the last tinsmith of Bolgatanga\n\nFor thirty years, Yakubu Adongo has beaten old tins into lamps and kettles behind the central market. Our correspondent, Tindana Apuri, watched him work.\n\nHow did you start?\n\n“My uncle showed me. I carried his hammer before I could lift it.”\n\nDo you still sell many lamps?\n\n“Fewer,” he said. “Solar lamps are cheap now.”\n\nWhat keeps you going?\n\n“The kettles. Nobody makes a kettle like mine.”\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Yakubu Adongo"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Yakubu Adongo"));
        // A question the pronoun's words ask is still the interviewer's.
        let text = "Q&A: the last tinsmith of Bolgatanga\n\nFor thirty years, Yakubu Adongo has beaten old tins into lamps behind the market. Our correspondent, Tindana Apuri, watched him work.\n\nHow did you start?\n\n“My uncle showed me.”\n\nDo you still sell many lamps?\n\n“Fewer. Solar lamps are cheap now.”\n\n“And the kettles?” she asked.\n\n“Nobody makes a kettle like mine.”\n";
        assert_eq!(speaker(text, 2).as_deref(), Some("Tindana Apuri"));
    }

    #[test]
    fn limited_and_sarl_end_a_companys_name() {
        let text = "The road was built by Harbourline Civil Works Limited, a contractor from Tema. In a statement, the company said the drains were \"cleared every month\".\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Harbourline Civil Works Limited")
        );
        let text = "Les travaux ont été confiés à l'entreprise Batiplus Kivu SARL. Dans un communiqué, l'entreprise affirme avoir « respecté tous les délais ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Batiplus Kivu SARL"));
        // "and" inside the name, once the name ends with such a word.
        let text = "The quarry is run by Ofoke Stone and Aggregates Limited. Ofoke Stone and Aggregates Limited said it \"regrets the incident\".\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Ofoke Stone and Aggregates Limited")
        );
    }

    #[test]
    fn a_name_given_only_as_a_given_name_is_a_person() {
        let text = "Traders at the lorry park said business had collapsed. One driver, who gave his name only as Idrissu, said he had not loaded a bag of onions in a week. \"We sleep here and pray,\" he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Idrissu"));
        let text = "A cashier who identified herself simply as Adjoa said the tills were empty by noon. \"Nobody has change,\" she said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Adjoa"));
    }

    #[test]
    fn a_given_name_set_off_after_a_role_is_a_person() {
        let text = "Grace Mensah lost her shop to the flood. Her husband, Kwadwo, said the water rose in minutes. \"We carried nothing out,\" he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kwadwo"));
        let text = "La maison de Paul Ndongo a été emportée. Sa fille, Sandrine, a tout vu. « L'eau est montée d'un coup », raconte-t-elle.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sandrine"));
    }

    #[test]
    fn maman_and_papa_are_titles_before_a_name_not_inside_one() {
        let text = "Au marché de Kikwit, Maman Régine Mbala vend du manioc depuis vingt ans. « Les prix ont doublé », soupire-t-elle.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Régine Mbala"));
        let text = "Papa Joseph Kitenge répare des filets. « Le fleuve ne nourrit plus personne », dit-il.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Joseph Kitenge"));
        // After a given name, the same word is part of the name.
        let text = "Issoufou Maman Garba dirige la coopérative. « Nous avons tenu », affirme Issoufou Maman Garba.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Issoufou Maman Garba"));
    }

    #[test]
    fn a_name_holding_a_title_like_word_may_follow_the_verb() {
        let text = "Le groupement a fermé son magasin. « Le stock est épuisé », a reconnu Abdou Maman Sani, trésorier du groupement.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Abdou Maman Sani"));
    }

    #[test]
    fn police_and_hyphenated_military_ranks_are_titles_before_a_name() {
        let text = "The Divisional Police Officer in Ipetu, CSP Kolawole Fashola, said no arrest had been made. “We are watching the area,” he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kolawole Fashola"));
        let text = "The head of the task force, Brigadier-General Ikenna Obi, said the camp had been cleared. “Nobody was hurt,” he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ikenna Obi"));
    }

    #[test]
    fn a_name_after_a_role_representing_a_body_is_the_persons() {
        let text = "A lawyer representing the traders’ association, Ekanem Udofot, said they would appeal. “The levy is illegal,” Udofot argued.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ekanem Udofot"));
    }

    #[test]
    fn civil_society_coalitions_and_the_red_cross_keep_their_full_names() {
        let text = "Dans un mémorandum, la Coordination provinciale de la société civile du Haut-Lomami dénonce « un abandon total des routes de desserte ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Coordination provinciale de la société civile du Haut-Lomami")
        );
        let text = "Dans un communiqué, la Croix-Rouge béninoise annonce « une aide d'urgence aux sinistrés ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Croix-Rouge béninoise"));
    }

    #[test]
    fn a_treasurer_is_a_role_so_the_name_beside_it_is_the_subject() {
        let text = "Joint par téléphone, le trésorier de la coopérative, Tchédré Anani, reconnaît le retard. « L'argent n'est pas dans nos caisses », explique-t-il.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tchédré Anani"));
    }

    #[test]
    fn a_body_name_may_list_its_complements_when_et_closes_the_list() {
        let text = "Dans une note, la Direction départementale de l'agriculture, de l'élevage et de la pêche du Zou rappelle que « les prix sont fixés par arrêté ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Direction départementale de l'agriculture, de l'élevage et de la pêche du Zou")
        );
        for text in [
            "La Direction départementale de l'agriculture, de son côté, rappelle que « les prix sont fixés par arrêté ».\n",
            "La Direction départementale de l'agriculture, de l'élevage et a rappelé que « les prix sont fixés par arrêté ».\n",
        ] {
            assert_eq!(
                speaker(text, 0).as_deref(),
                Some("Direction départementale de l'agriculture")
            );
        }
    }

    #[test]
    fn nana_before_a_name_of_two_words_is_a_title() {
        let text = "The elders' council met on Monday. Its chairman, Nana Boakye Ofosuhene, who is also a sub-chief, called the quarrel \"a family affair\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Boakye Ofosuhene"));
        let text = "Jean-Claude Nana, the coach, said: \"We will win.\"\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Jean-Claude Nana"));
    }

    #[test]
    fn maame_before_a_name_of_two_words_is_a_title() {
        let text = "The fish smokers' leader, Maame Abena Owusuaa, said the new ovens were \"a blessing\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Abena Owusuaa"));
        let text = "Maame Ofori, the youngest smoker, said the ovens were \"too small\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Maame Ofori"));
    }

    #[test]
    fn a_body_in_apposition_may_be_named_after_its_kind() {
        for (apposition, body) in [
            ("la société Bâti-Mono", "Bâti-Mono"),
            (
                "la Société togolaise de génie civil (STGC)",
                "Société togolaise de génie civil",
            ),
        ] {
            let text = format!(
                "Le marché est fermé depuis mars.\n\nL'entreprise chargée du chantier, {apposition}, se défend. Dans une note, elle assure que « les équipes sont mobilisées ».\n"
            );
            assert_eq!(speaker(&text, 0).as_deref(), Some(body));
        }
    }

    #[test]
    fn a_rulers_title_alone_stands_for_the_ruler() {
        let text = "The town's ruler, Igwe Chukwuemeka Okafor II, received the traders on Monday. \"We will not be cheated again,\" the Igwe said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Chukwuemeka Okafor II"));
    }

    #[test]
    fn auntie_before_a_name_is_a_title() {
        let text = "Auntie Comfort Boateng, who sells kenkey at the station, said the fees were \"too much for us\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Comfort Boateng"));
    }

    #[test]
    fn agricole_and_autonome_carry_a_body_name_on() {
        let text = "La Fédération des planteurs rizicoles de la Menoua a réclamé « des semences ». Le Syndicat national autonome des cheminots, section de Lyon, a dénoncé « une injustice ».";
        let found = speakers_of(text);
        assert_eq!(
            found[0].1.as_deref(),
            Some("Fédération des planteurs rizicoles de la Menoua")
        );
        assert_eq!(
            found[1].1.as_deref(),
            Some("Syndicat national autonome des cheminots")
        );
    }

    #[test]
    fn a_kind_of_body_with_adjectives_is_not_the_body_named_most() {
        let text = "La gendarmerie de Vézelise a ouvert une enquête. « Rien n'est exclu », indique la compagnie de gendarmerie de Vézelise.\n\nLe syndicat laitier départemental a appelé les éleveurs à la « plus grande prudence ».";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("syndicat laitier départemental")
        );
    }

    #[test]
    fn a_portfolio_after_and_is_no_one_the_role_describes() {
        let text = "Contacted on Wednesday, the Commissioner for Agriculture and Food Security, Dr Halima Okonkwo-Ade, acknowledged that the pumps had failed.\n\n\u{201c}Nobody has forgotten Ekumi,\u{201d} the commissioner said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Halima Okonkwo-Ade"));
    }

    #[test]
    fn the_second_name_under_one_preposition_is_no_subject() {
        let text = "The Kwara State Commissioner for Trade and Rural Development, Mrs Adunni Bello-Ola, who toured the market on Monday, praised the traders. She said: \"You have kept this town fed through a hard year.\"\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Adunni Bello-Ola"));
    }

    #[test]
    fn a_portfolio_before_a_name_is_no_organisation_holding_it() {
        let text = "The Minister of Health Ruth Kamanga opened the ward on Friday. \"We will send two more midwives,\" she said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ruth Kamanga"));
    }

    #[test]
    fn a_title_in_brackets_keeps_the_given_name_after_it() {
        let text = "Opening the hall, the Commissioner for Education, Dr (Mrs) Oyebimpe Oluwaseun Adeyemi-Ola, praised the town. \"Government cannot do everything alone,\" she said.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Oyebimpe Oluwaseun Adeyemi-Ola")
        );
    }

    #[test]
    fn ardo_before_a_name_is_a_title() {
        let text = "Le chef, représenté par son notable Ardo Sali Bouba, a apporté son soutien. Le dignitaire a demandé aux éleveurs de « porter le message ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Sali Bouba"));
    }

    #[test]
    fn an_office_acronym_in_brackets_stands_for_its_holder() {
        let text = "The District Chief Executive (DCE), Hon. Efua Mansa Quayson, rejected the claims.\n\n\"The market was never meant to sit on the road,\" the DCE said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Efua Mansa Quayson"));
    }

    #[test]
    fn a_campaign_theme_is_nobodys_words() {
        let text = "The coordinator, Mr Kofi Mensah, said the office would begin a campaign under the theme \u{201c}Clean Water, Clean Town\u{201d} next week.\n";
        assert_eq!(kind(text, 0), super::super::QuoteKind::Title);
        assert_eq!(speaker(text, 0), None);
        let text = "Le maire, Paul Ngoma, a lancé la campagne sous le thème « Une ville propre, une ville sûre ».\n";
        assert_eq!(kind(text, 0), super::super::QuoteKind::Title);
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn opanyin_before_a_name_is_a_title() {
        let text = "The bandmaster, Opanyin Kofi Asante, said the band was short of players.\n\n\u{201c}We need young people,\u{201d} he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kofi Asante"));
    }

    #[test]
    fn a_short_form_leaves_out_the_regnal_number() {
        let text = "The chief of the town, Nana Kwaku Boateng Mensah II, appealed for calm. \u{201c}We must sit down and talk,\u{201d} Nana Boateng Mensah said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kwaku Boateng Mensah II"));
    }

    #[test]
    fn a_title_over_a_place_is_the_office_of_the_name_after_it() {
        let text = "In his remarks, the Aare of Ilora, Oba Tunde Ajibade, described the event as \u{201c}a dream come true\u{201d} for the town.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tunde Ajibade"));
    }

    #[test]
    fn a_body_named_with_and_without_its_first_words_is_one() {
        let later_in_full = "The mayor had written to the Regional Water Directorate. The Northern Regional Water Directorate, in a statement, called the shortage \u{201c}a passing problem\u{201d}. The Directorate said it was \u{201c}working on it\u{201d}.\n";
        let full = Some("Northern Regional Water Directorate");
        assert_eq!(speaker(later_in_full, 0).as_deref(), full);
        assert_eq!(speaker(later_in_full, 1).as_deref(), full);
        let first_in_full = "The Northern Regional Water Directorate called the shortage \u{201c}a passing problem\u{201d}. Later the Regional Water Directorate said it was \u{201c}working on it\u{201d}.\n";
        assert_eq!(speaker(first_in_full, 1).as_deref(), full);
        let two_bodies = "Officials of the Kwara State Ministry of Health met officials of the Oyo State Ministry of Health. The Ministry of Health said it was \u{201c}working on it\u{201d}.\n";
        assert_eq!(
            speaker(two_bodies, 0).as_deref(),
            Some("Ministry of Health")
        );
    }

    #[test]
    fn a_role_word_after_a_body_noun_is_its_adjective_in_french() {
        let text = "La société forestière Kolabi Ndanga a réagi vendredi dans un communiqué. L'entreprise affirme s'être « toujours acquittée de ses obligations ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kolabi Ndanga"));
    }

    #[test]
    fn an_office_acronym_stands_for_its_holder_past_the_place_it_is_for() {
        let text = "The Municipal Chief Executive (MCE) for Kpando North, Mr Kofi Adu-Boahen, visited the scene on Wednesday.\n\n\"These pits are death traps,\" the MCE said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kofi Adu-Boahen"));
    }

    #[test]
    fn the_administrative_authority_is_the_prefect_and_the_authority_a_body() {
        let prefect = "Le sous-préfet de Kéla, M. Paul Ndongo Essama, s'est rendu sur les lieux dimanche. L'autorité administrative a reconnu que le pont était « fragilisé depuis longtemps ».\n";
        assert_eq!(speaker(prefect, 0).as_deref(), Some("Paul Ndongo Essama"));
        let body = "Le directeur de l'Autorité portuaire de l'Ouest, Paul Ndongo Essama, était absent. « Nous poursuivons les recherches », a indiqué l'Autorité dans un communiqué.\n";
        assert_eq!(
            speaker(body, 0).as_deref(),
            Some("Autorité portuaire de l'Ouest")
        );
    }

    #[test]
    fn a_chiefs_title_makes_him_the_chief() {
        let text = "The Municipal Chief Executive, Mrs Ama Serwaa Owusu, spoke first.\n\nThe chairman of the occasion, Nana Kwesi Bonsu III, thanked the government.\n\n\"The sea is our farm,\" the chief said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kwesi Bonsu III"));
    }

    #[test]
    fn a_title_case_name_with_a_subtitle_or_two_halves_is_a_title() {
        use super::super::QuoteKind;
        let book = "Headline\n\nDr Mary Olaniyan spoke at the launch. Her new book, “Salt and Sail: Fishing Families of the Northern Coast,” sold out within a week.\n";
        assert_eq!(kind(book, 0), QuoteKind::Title);
        assert_eq!(speaker(book, 0), None);
        let scheme = "Headline\n\nThe mill opened in 2021 under the “One Village, One Well” programme, said Kwame Mensah.\n";
        assert_eq!(kind(scheme, 0), QuoteKind::Title);
        let answer = "Headline\n\n“Yes, Sir,” Kwame Mensah replied.\n";
        assert_eq!(kind(answer, 0), QuoteKind::Quote);
        assert_eq!(speaker(answer, 0).as_deref(), Some("Kwame Mensah"));
    }

    #[test]
    fn a_french_body_may_list_its_fields_in_its_name() {
        let text = "Dans un communiqué lu à la radio, la Direction régionale des Mines, Carrières et Forages indique que « les permis seront revus » dans les prochains mois.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Direction régionale des Mines, Carrières et Forages")
        );
    }

    #[test]
    fn an_efik_house_heads_title_is_no_part_of_his_name() {
        let text = "Headline\n\nEtubom Bassey Edet looked at the mat for a long time. “This one will last,” he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bassey Edet"));
    }

    #[test]
    fn a_persons_team_does_not_make_the_person_a_body() {
        let text = "Titre\n\nLe directeur de la radio, Prosper Ngaïkoua, décrit une équipe découragée. « Nous avons sauvé les micros », explique-t-il.\n\nMais l'équipe de Prosper Ngaïkoua ne veut plus attendre.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Prosper Ngaïkoua"));
    }

    #[test]
    fn augustine_is_a_given_name_of_either_sex() {
        let text = "Headline\n\nAugustine Okhuarobo urged the graduates to remain. He said many had died “in the desert and on the sea”.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Augustine Okhuarobo"));
    }

    #[test]
    fn a_headline_may_name_an_office_without_its_article() {
        let text = "Clinic opens as DCE pledges support\n\nThe new clinic was opened by the District Chief Executive, Hon. Kwesi Arthur Mensah, on Friday.\n\nThe chief of the town, Nana Kwame Asante, thanked the government.\n\nThe DCE said the staff would be paid on time. “This time,” he assured, “we will keep our word.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kwesi Arthur Mensah"));
    }

    #[test]
    fn hadje_is_a_pilgrims_title() {
        let text = "Titre\n\nHadjé Amina Mahamat préside le groupement depuis 2019. « Nous ne sommes pas une banque », explique-t-elle.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Amina Mahamat"));
    }

    #[test]
    fn a_works_name_may_follow_its_word_and_a_complement() {
        use super::super::QuoteKind;
        let text = "Titre\n\nLa présidente, Mme Odile Kossi, a parlé longtemps. Le club suivra aussi l’émission de santé « Médecin de brousse ». Les membres pourront enregistrer leurs témoignages.\n";
        assert_eq!(kind(text, 0), QuoteKind::Title);
        assert_eq!(speaker(text, 0), None);
    }

    #[test]
    fn a_participle_may_stand_between_a_role_and_its_body() {
        let text = "Titre\n\nLe club a été lancé samedi à Bouar. L’animateur désigné du club, Prosper Yangou-Dara, explique la nouveauté. « Jusqu’ici, les gens écoutaient la radio », a-t-il dit.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Prosper Yangou-Dara"));
    }

    #[test]
    fn an_ngo_acronym_before_a_name_is_no_part_of_it() {
        let text = "Titre\n\nDans un communiqué, l’ONG Voix Solidaires indique que le club est le septième. L’organisation promet un appui « pendant au moins deux ans ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Voix Solidaires"));
    }

    #[test]
    fn a_passive_judge_may_be_a_body_by_the_noun_it_was_introduced_with() {
        let text = "Titre\n\nHanitra Rasoanaivo accompagne le projet pour l’association Ala Voara. Le comptage donnait un taux de 71 %, un résultat jugé « encourageant » par l’association.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ala Voara"));
    }

    #[test]
    fn a_way_named_after_someone_is_a_street() {
        let text = "Headline\n\nAt the corner of Ahmadu Tanko Way and Kofar Road in Gusau, Garba Lawan, 52, sits behind a glass case. \"I fix what the optician throws away,\" he says.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Garba Lawan"));
    }

    #[test]
    fn according_to_him_or_her_is_the_person_the_pronoun_stands_for() {
        let text = "Headline\n\nMrs Blessing Okoro-Idahosa said the clinic had recorded cases of typhoid. Mr Emeka Chidozie nodded. According to her, clean water “could cut cases by more than half.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Blessing Okoro-Idahosa"));
        let lawyer = "Headline\n\nMrs Blessing Okoro-Idahosa was absent. According to her lawyer, Mr Emeka Chidozie, the case was “closed long ago.”\n";
        assert_eq!(speaker(lawyer, 0).as_deref(), Some("Emeka Chidozie"));
    }

    #[test]
    fn after_an_opening_participle_an_office_over_a_place_is_its_holder() {
        let text = "Headline\n\nReceiving the borehole on behalf of the village, the Okwa-Eze of Umuleri, Chief Ikenna Dozie Anyaoku, described the day as “the happiest in our history.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ikenna Dozie Anyaoku"));
    }

    #[test]
    fn the_management_of_the_company_speaks_for_the_company_the_text_named() {
        let text = "Titre\n\nLes habitants de Makongo et la Société forestière de la Lébé (SFL) ont signé samedi un nouvel accord. Le chef du village, Alphonse Ndoutoume, a salué le texte.\n\nDans un communiqué, la direction générale de la société s’est félicitée d’un accord « équilibré ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Société forestière de la Lébé")
        );
    }

    #[test]
    fn the_management_of_the_business_speaks_for_the_business_last_named() {
        let text = "Titre\n\nLa société Graviers de la Lobé (GDL) drague le fleuve depuis deux ans. « On rentre avec rien », affirme Martin Nsonde, président de la coopérative des pêcheurs.\n\nDe son côté, la GDL rejette les accusations. Dans un communiqué, la direction de l’entreprise assure que ses activités « respectent la loi ».\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Graviers de la Lobé"));
    }

    #[test]
    fn a_document_speaks_for_the_body_it_is_from() {
        let text = "Titre\n\nSelon un communiqué du ministère de la Pêche et des Ressources halieutiques lu à la radio, la campagne vise à « protéger les stocks ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("ministère de la Pêche et des Ressources halieutiques")
        );
    }

    #[test]
    fn a_guest_quoted_after_a_remark_does_not_take_over_the_answers() {
        let text = "Joachim Nsonde, potier : « La terre a sa mémoire »\n\nDans son atelier de Mfilou, Joachim Nsonde façonne des jarres depuis trente ans.\n\nComment avez-vous appris ?\n\n— Avec ma mère, qui cuisait ses pots dans un trou derrière la maison.\n\nQui sont vos clients ?\n\n— Des familles, des restaurants, quelques touristes.\n\nVous formez des apprentis ?\n\n— Oui, trois. Une jeune fille, Aurore, a la meilleure main de l'atelier.\n\nL'une de vos apprenties, Aurore Loembe, nous a rejoints pendant l'entretien.\n\n« Au début, je venais juste pour regarder, nous a-t-elle confié. Je ne suis plus repartie. »\n\nQue deviendra l'atelier ?\n\n— Il restera ouvert tant que j'aurai des mains.\n";
        assert_eq!(speaker(text, 4).as_deref(), Some("Aurore Loembe"));
        assert_eq!(speaker(text, 5).as_deref(), Some("Joachim Nsonde"));
    }

    #[test]
    fn a_description_with_its_place_may_name_its_titled_person_in_apposition() {
        let text = "Headline\n\nThe Alaye of Ikosu, Oba Tunde Falana, described the violence as “a disgrace.” The monarch told reporters he had ordered calm.\n\nHis counterpart from Ode-Ire, Chief Adewale Okerinde, the Baale of the community, struck a similar tone. He said Ode-Ire would “present everything to the committee.”\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Adewale Okerinde"));
    }

    #[test]
    fn a_chamber_named_with_its_complement_is_one_speaker_under_its_short_name() {
        let text = "Headline\n\nThe Lakeside Regional House of Chiefs, in a statement, said it was “ready to help” the two families. The House reminded them that such disputes are best settled “through dialogue and patience.”\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Lakeside Regional House of Chiefs")
        );
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("Lakeside Regional House of Chiefs")
        );
    }

    #[test]
    fn a_french_conference_keeps_its_lowercase_adjectives() {
        let text = "Titre\n\nLa Conférence épiscopale régionale a exhorté les deux camps à « renoncer à la violence ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Conférence épiscopale régionale")
        );
    }

    #[test]
    fn a_conservator_and_a_nab_are_titles_left_out_of_the_name() {
        let text = "Headline\n\n“We are too few,” said the head of the forest post, Conservator Peter Molua Enow. “The loggers know it.”\n\nThe Wuniaba Chief, Nab Akanko Ayarik II, said the guards deserved “a roof and a salary.”\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Peter Molua Enow"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Peter Molua Enow"));
        assert_eq!(speaker(text, 2).as_deref(), Some("Akanko Ayarik II"));
    }

    #[test]
    fn a_bodys_regional_office_speaks_for_the_body() {
        let text = "Headline\n\nIn a statement, the Lakeside Water Board's regional office said it \"takes every complaint seriously\" and would reply.\n\nThe district office of the Upland Grain Authority said it was \"deeply concerned\" by the losses.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Lakeside Water Board"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Upland Grain Authority"));
    }

    #[test]
    fn an_inspectorate_an_adjective_qualifies_is_a_body_not_the_last_one_quoted() {
        let text = "Titre\n\nL'Association des parents du Plateau dénonce « une hausse brutale ». « Où voulez-vous que je trouve ça ? », lance Odile Mavoungou.\n\nL'inspection pédagogique de la Lékoni a publié mercredi un communiqué appelant « toutes les parties au calme » et annonçant une réunion.\n";
        assert_eq!(
            speaker(text, 2).as_deref(),
            Some("inspection pédagogique de la Lékoni")
        );
    }

    #[test]
    fn a_secretariat_is_a_body_that_speaks() {
        let text = "Titre\n\nLa députée Anne Trébaol a dénoncé « un abandon ». À Paris, le secrétariat d’État chargé des Ports a fait savoir qu’il porterait « la voix des dockers » à Bruxelles.\n";
        assert_eq!(
            speaker(text, 1).as_deref(),
            Some("secrétariat d’État chargé des Ports")
        );
    }

    #[test]
    fn a_constituency_is_a_place_not_the_lawmaker_representing_it() {
        let text = "Headline\n\nThe lawmaker representing Ode-Alofe Constituency in the state House of Assembly, Hon. Bisi Grace Alabi, promised to raise the matter. “I will move a motion,” the lawmaker said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Bisi Grace Alabi"));
    }

    #[test]
    fn mettre_reports_only_as_mettre_en_garde() {
        let text = "Titre du jour\n\nL'Union sportive de Valbreuil a réuni son bureau jeudi. Dans un communiqué, le club indique avoir mis fin au contrat de l'entraîneur « d'un commun accord ».\n\n« Les comités ne servent à rien », met en garde Pascal Quessart.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Union sportive de Valbreuil")
        );
        assert_eq!(speaker(text, 1).as_deref(), Some("Pascal Quessart"));
    }

    #[test]
    fn a_plural_after_a_plural_noun_stays_in_a_bodys_name_before_its_place() {
        let text = "Titre du jour\n\nLa Fédération des pêcheurs artisans du Lac Vert a dénoncé « un abandon pur et simple ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Fédération des pêcheurs artisans du Lac Vert")
        );
    }

    #[test]
    fn a_french_relative_or_participle_may_part_a_document_from_its_verb() {
        let text = "Titre du jour\n\nL'Amicale des vendeuses de Kimpala a adressé une lettre ouverte au maire. Le document, que nous avons pu consulter, réclame « la liste complète des bénéficiaires ». La lettre, datée de lundi, exige aussi « un tarif juste pour les petites vendeuses ».\n";
        for quote in 0..2 {
            assert_eq!(
                speaker(text, quote).as_deref(),
                Some("Amicale des vendeuses de Kimpala")
            );
        }
    }

    #[test]
    fn a_branch_named_by_acronym_and_place_speaks_for_the_body() {
        let text = "Headline here\n\nCrews of the Amalgamated Union of Ferry Workers (AUFW) tied up their boats on Monday. The AUFW Tallow Point branch said it had \"suspended all actions\" for now.\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Amalgamated Union of Ferry Workers")
        );
    }

    #[test]
    fn akan_titles_of_paramount_chiefs_are_no_part_of_the_name() {
        let text = "Headline here\n\nThe paramount chief of the Asuboni Traditional Area, Daasebre Kofi Anim Boadu III, opened the durbar. \"We are one people,\" the chief said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kofi Anim Boadu III"));
    }

    #[test]
    fn a_word_that_gives_only_a_gender_makes_an_epithet_before_the_verb() {
        let text = "Titre du jour\n\n« Nous paierons », a déclaré Issa Gbadamo, porte-parole des éleveurs. L'homme affirme que les couloirs ont été « mangés par les cultures ». Cet homme d'une cinquantaine d'années dit aussi que ce sont « les vraies limites ».\n";
        for quote in 1..3 {
            assert_eq!(speaker(text, quote).as_deref(), Some("Issa Gbadamo"));
        }
    }

    #[test]
    fn la_jeune_femme_is_not_matched_with_a_sage_femme() {
        let text = "Titre du jour\n\nLa sage-femme Lucile Varnier dirige le service depuis dix ans. Sa collègue Maëlys Toubon hésite à partir. « Je reste pour l'équipe, confie la jeune femme. »\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Maëlys Toubon"));
    }

    #[test]
    fn a_kingdom_speaks_as_a_body() {
        let text = "Headline here\n\nRuth Kasaga spoke first. \"We have waited long enough for this,\" she said.\n\nThe Ruvani Kingdom's Minister for Land, Mr Paul Warsame, said the kingdom was ready to help. The kingdom said it \"will abide by the ruling\" in a statement.\n";
        assert_eq!(speaker(text, 1).as_deref(), Some("Ruvani Kingdom"));
    }

    #[test]
    fn a_title_between_a_given_name_and_the_last_is_part_of_the_name() {
        let text = "Headline here\n\n\"We lose more animals every week,\" said the committee's chairman, Abdirahman Sheikh Duale. \"We did not wait,\" Sheikh Duale said.\n";
        for quote in 0..2 {
            assert_eq!(
                speaker(text, quote).as_deref(),
                Some("Abdirahman Sheikh Duale")
            );
        }
    }

    #[test]
    fn a_reporting_verb_that_names_a_person_is_the_verb_after_a_body() {
        let text = "Headline here\n\nThe Union of Ferry Pilots said the strike would go on. The union accused management of \"a short memory\" and more.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Union of Ferry Pilots"));
    }

    #[test]
    fn expressing_reports_the_words_expressed() {
        let text = "Headline here\n\nThe Kavuma Water Board met on Monday. The board also expressed its \"sincere regret\" to the passengers.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kavuma Water Board"));
    }

    #[test]
    fn a_reporting_verb_that_names_a_person_is_the_verb_after_a_document() {
        let text = "Headline here\n\nThe Kavuma Water Board issued a statement on Monday. The statement accused the council of \"wilful neglect\".\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kavuma Water Board"));
    }

    #[test]
    fn a_county_assembly_member_s_title_stays_out_of_the_name() {
        let text = "Headline here\n\nThe ward MCA Grace Wambui Keino spoke first. \"We waited for two years,\" she said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Grace Wambui Keino"));
    }

    #[test]
    fn nii_is_a_chief_s_title() {
        let text = "Headline here\n\nThe head of the boat owners, Nii Adjetey Lartey, said the boats were idle. \"We waited for two years,\" he said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Adjetey Lartey"));
    }

    #[test]
    fn a_title_after_a_link_and_an_article_stays_in_the_body_s_name() {
        let text = "Headline here\n\nThe Office of the Governor of West Nandi said on Friday it \"will wait for the court's decision\".\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Office of the Governor of West Nandi")
        );
    }

    #[test]
    fn capitalised_words_between_a_possessive_and_a_role_are_no_person() {
        let text = "Headline here\n\nAsked about the delay, the Board’s Upper Tano operations manager, Mrs Efua Mensima, said the pumps had been ordered.\n\n\"We are waiting for the parts,\" she said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Efua Mensima"));
    }

    #[test]
    fn a_body_s_long_complement_keeps_a_place_with_a_particle() {
        let text = "Titre du jour\n\nDu côté de l’Union des transporteurs routiers du Wadi Kora et du Ras el Ma, on se dit « très inquiet ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Union des transporteurs routiers du Wadi Kora et du Ras el Ma")
        );
    }

    #[test]
    fn paysanne_qualifies_a_body_s_name() {
        let text = "Titre du jour\n\nLe ministère a promis de l'aide.\n\nDe son côté, l'Organisation paysanne des riziculteurs de Kabalaye a publié un communiqué dans lequel elle dénonce « un oubli coupable ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Organisation paysanne des riziculteurs de Kabalaye")
        );
    }

    #[test]
    fn words_someone_had_read_out_are_no_inscription() {
        let text = "Titre du jour\n\nLe chef de village, Hassane Ouchar Brahim, a fait lire une lettre dans laquelle il réclame « des semences » pour les familles.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Hassane Ouchar Brahim"));
    }

    #[test]
    fn a_role_after_for_the_is_someone_else_s() {
        let text = "Headline here\n\nThe prosecutor, Inspector Esi Twumasi, told the court the man was a clerk.\n\nCounsel for the defendant, Yaw Sarpong Dankwa, asked for bail. “My client will attend every hearing,” the lawyer said.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Yaw Sarpong Dankwa"));
    }

    #[test]
    fn a_currency_s_name_is_no_body() {
        let text = "Titre du jour\n\nLes cueilleuses de Ndjamadji ont cessé leurs livraisons à la société Karité du Chari. Le directeur de Karité du Chari n'a pas répondu.\n\nLe kilo, payé 800 francs CFA l'an dernier, ne vaut plus que 500 francs CFA.\n\nLa société indique qu'elle a « toujours payé à temps ».\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Karité du Chari"));
    }

    #[test]
    fn a_role_in_apposition_makes_a_name_after_de_a_person_s() {
        let text = "Titre du jour\n\nLes femmes du quartier ont cessé d'attendre l'aide promise.\n\nC'est le cas de Kaltam Djibrine Ousmane, commerçante installée près de la gare. Avec ses voisines, elle apporte chaque semaine du mil. « Nous ne pouvons plus attendre », affirme-t-elle.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Kaltam Djibrine Ousmane"));
    }

    #[test]
    fn a_name_of_two_words_keeps_a_place_after_de_la() {
        let text = "Titre du jour\n\nLes riverains accusent Scieries du Sud de la Kwelé de couper hors de sa concession.\n\nDans un communiqué, Scieries du Sud de la Kwelé affirme que « tout est légal ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Scieries du Sud de la Kwelé")
        );
    }

    #[test]
    fn the_management_of_a_named_body_speaks_for_it() {
        let text = "Titre du jour\n\nLes riverains accusent la société Tanneries Unies de la Mbolé de polluer la rivière.\n\nDans une déclaration écrite, la direction de Tanneries Unies de la Mbolé affirme que « tout est légal ».\n";
        assert_eq!(
            speaker(text, 0).as_deref(),
            Some("Tanneries Unies de la Mbolé")
        );
    }

    #[test]
    fn the_management_of_a_named_company_is_the_subject_whose_clause_quotes() {
        let text = "Headline here\n\nWorkers at Mulindi Tea Works near Chitaka have stopped picking since Monday. Grace Auma, a picker, said the new rates were unfair.\n\nIn a statement released on Tuesday, the management of Mulindi Tea Works said the rates reflected \"a fall in world tea prices\" and would stay.\n";
        assert_eq!(speaker(text, 0).as_deref(), Some("Mulindi Tea Works"));
    }

    #[test]
    fn on_a_tie_the_interview_is_not_with_one_named_as_someones_relation() {
        let text = "Titre du jour\n\nÀ Ribérac, Odile Vaurelle restaure des horloges depuis trente ans.\n\nSa nièce, Claire Cossagne, a repris l'atelier voisin : « Elle entend un rouage usé à l'oreille. »\n\nEntretien.\n\nComment avez-vous commencé ?\n\n— Chez mon grand-père, qui réparait tout.\n\nEt aujourd'hui ?\n\n— Je forme des apprentis.\n";
        assert_eq!(
            speakers_only(text)[1..],
            [
                Some("Odile Vaurelle".to_string()),
                Some("Odile Vaurelle".to_string())
            ]
        );
    }

    #[test]
    fn the_one_concerned_is_whom_the_last_quotation_spoke_of() {
        let text = "Titre du jour\n\nÀ Tarnac, Armand Vidalou accorde des pianos depuis quarante ans.\n\nSon voisin d'atelier, Pierre Mazerat, le présente d'une phrase : « Il entend une corde fatiguée avant qu'on la touche. » L'intéressé sourit. « J'entends surtout ce qu'on m'a appris à écouter », nuance-t-il.\n";
        assert_eq!(
            speakers_only(text),
            [
                Some("Pierre Mazerat".to_string()),
                Some("Armand Vidalou".to_string())
            ]
        );
    }

    #[test]
    fn a_groups_name_after_its_complemented_kind_quotes_no_one_nor_breaks_who_speaks() {
        let text = "Titre du jour\n\nÀ Sarlande, le marché a brûlé dans la nuit. Le maire, Gildas Poiret, a promis des aides : « Nous serons là », a-t-il dit.\n\nPour Odette Ranval, présidente du groupement des vendeuses de tissu « Mains unies de Sarlande », il faut reconstruire avant la saison des pluies. « Nous avons tout perdu en une nuit. »\n";
        assert_eq!(
            speakers_only(text),
            [
                Some("Gildas Poiret".to_string()),
                None,
                Some("Odette Ranval".to_string())
            ]
        );
        assert_eq!(kind(text, 1), super::super::QuoteKind::Title);
    }

    #[test]
    fn a_sentence_quoting_only_a_title_still_gives_the_next_quotation_its_subject() {
        let text = "Titre du jour\n\nLe maire, Gildas Poiret, a promis des aides : « Nous serons là », a-t-il dit.\n\nPour Odette Ranval, présidente de l'association « Mains unies », il faut reconstruire vite. « Nous avons tout perdu en une nuit. »\n";
        assert_eq!(speaker(text, 2).as_deref(), Some("Odette Ranval"));
    }

    #[test]
    fn a_bandmasters_title_is_not_part_of_her_name() {
        let text = "Band day\n\nBandmaster Grace Tweneboah, who leads a youth band in Kpando, has sent him horns for years. \u{201c}If he cannot fix it, buy a new one,\u{201d} she said.\n\nPostmaster Patience Nkansah-Dei agreed. \u{201c}He is the best,\u{201d} she said.\n";
        assert_eq!(
            speakers_only(text),
            [
                Some("Grace Tweneboah".to_string()),
                Some("Patience Nkansah-Dei".to_string())
            ]
        );
    }

    #[test]
    fn a_sentence_opening_on_a_bodys_side_makes_it_the_subject() {
        let text = "Titre\n\nÀ Vézenac, le marché couvert reste fermé. Le maire, Anselme Courtade, promet une réouverture : « Ce sera fait en mars », a-t-il dit.\n\nDu côté du syndicat des commerçants, on se montre prudent. Dans un communiqué, il rappelle que « rien n'est signé ».\n";
        assert_eq!(
            speakers_only(text),
            [
                Some("Anselme Courtade".to_string()),
                Some("syndicat des commerçants".to_string())
            ]
        );
    }
}
