//! People and organisations named in an article: each capitalised name is a
//! mention; mentions of one person ("Vladimir Poutine", "M. Poutine",
//! "Poutine") share an entity, which collects the descriptions the text
//! gives of it ("le président russe", "Jane Roe, the city's police chief").

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::ops::Range;
use std::sync::LazyLock;

use super::lexicon::{
    self, Gender, Lexicon, Table, WordSet, determiner_gender, normalise, with_key,
};
use super::tokens::{Keys, Kind, Token};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The fullest form of the name, word by word, without titles.
    pub name: Vec<String>,
    /// Every other way the text names it.
    pub forms: Vec<String>,
    pub person: bool,
    pub gender: Gender,
    /// Descriptions from appositions, as lowercase content words.
    pub descriptors: Vec<Vec<String>>,
    /// The name's words as looked up (lowercase), kept beside `name`.
    pub name_keys: Vec<String>,
    /// Named as a place ("in Fort Gannet"): never a speaker by default.
    pub place: bool,
    /// The age the text gives with the name ("Karima Benhadj, 47 ans").
    pub age: Option<u32>,
    /// Someone the text brings in without a name ("a neighbour who asked
    /// not to be named"): a pronoun may mean them, but they are listed as
    /// no one.
    pub unnamed: bool,
}

impl Entity {
    /// Does a word of the name mark an organisation ("Allegheny Ridge
    /// Energy", "Harwick University")?
    pub fn named_as_organisation(&self) -> bool {
        !self.person && self.name_keys.iter().any(|word| is_organisation_word(word))
    }

    /// Named as an organisation, or by an acronym ("SRFP", "FO").
    pub fn named_as_body(&self) -> bool {
        self.named_as_organisation() || matches!(self.name.as_slice(), [word] if is_acronym(word))
    }

    /// The name as the text writes it: "Terre d'Ici", no space after an
    /// elided word.
    pub fn display_name(&self) -> String {
        let mut shown = String::with_capacity(self.name.iter().map(|word| word.len() + 1).sum());
        self.push_display_name(&mut shown);
        shown
    }

    /// Appends [`Entity::display_name`] to `shown`, for callers that reuse
    /// one buffer.
    pub fn push_display_name(&self, shown: &mut String) {
        let mut elided = true;
        for word in &self.name {
            if !elided {
                shown.push(' ');
            }
            shown.push_str(word);
            elided = is_elided(word);
        }
    }

    fn new(name: Vec<String>, person: bool, gender: Gender) -> Entity {
        Entity {
            name_keys: name.iter().map(|word| normalise(word)).collect(),
            name,
            forms: Vec::new(),
            person,
            gender,
            descriptors: Vec::new(),
            place: false,
            age: None,
            unnamed: false,
        }
    }

    fn rename(&mut self, name: Vec<String>) {
        self.name_keys = name.iter().map(|word| normalise(word)).collect();
        self.name = name;
    }

    /// Keep a description of this entity, its role words by sense.
    fn describe(&mut self, words: Vec<String>) {
        // Most descriptions come back word for word: no need to look up
        // their senses again.
        if self.descriptors.contains(&words) {
            return;
        }
        let words: Vec<String> = words.into_iter().map(lexicon::role_sense).collect();
        if !self.descriptors.contains(&words) {
            self.descriptors.push(words);
        }
    }

    fn add_form(&mut self, form: String) {
        self.add_form_words(form.split(' '));
    }

    /// Keep `words` as a form of the name, unless known: most mentions
    /// repeat a known form, which is then compared without being built
    /// (the words are read again rather than gathered).
    fn add_form_words<'w>(&mut self, words: impl Iterator<Item = &'w str> + Clone) {
        let is = |form: &str| form.split(' ').eq(words.clone());
        let is_name = self.name.iter().map(String::as_str).eq(words.clone());
        if !is_name && !self.forms.iter().any(|form| is(form)) {
            let mut form = String::new();
            for (index, word) in words.enumerate() {
                if index > 0 {
                    form.push(' ');
                }
                form.push_str(word);
            }
            self.forms.push(form);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First and one-past-last token of the name (titles excluded).
    pub first: usize,
    pub end: usize,
    pub entity: usize,
}

#[derive(Debug, Default)]
pub struct People {
    pub entities: Vec<Entity>,
    /// In text order.
    pub mentions: Vec<Mention>,
    /// For each token, one more than the index of the mention starting
    /// there (0: none). Asked of nearly every word, so it is an index
    /// rather than a search.
    starting_at: Vec<u32>,
    /// The entities whose name holds each word, in order; a renamed entity
    /// stays listed under its old words too. Names are looked for among
    /// hundreds of entities for every name met. (Entities are added and
    /// renamed through `People`'s methods, which keep it.)
    by_name_word: HashMap<String, Vec<usize>>,
    /// Tokens that are titles in this text only ("Nana" in a text that
    /// names a chief "Nana Kweku Essel IV"), in order.
    titles_in_this_text: Vec<usize>,
}

impl People {
    /// Is the word at token `index` a title in this text, beyond the
    /// titles every text has ("Mr", "Mme")?
    pub fn is_title_in_this_text(&self, index: usize) -> bool {
        !self.titles_in_this_text.is_empty()
            && self.titles_in_this_text.binary_search(&index).is_ok()
    }

    /// Add `entity`, listed by the words of its name.
    fn add_entity(&mut self, entity: Entity) -> usize {
        self.entities.push(entity);
        let index = self.entities.len() - 1;
        self.index_name(index);
        index
    }

    /// List entity `index` under each word of its name.
    fn index_name(&mut self, index: usize) {
        for word in &self.entities[index].name {
            match self.by_name_word.get_mut(word.as_str()) {
                Some(listed) => {
                    if let Err(at) = listed.binary_search(&index) {
                        listed.insert(at, index);
                    }
                }
                None => {
                    self.by_name_word.insert(word.clone(), vec![index]);
                }
            }
        }
    }

    /// `entities.iter().position(fits)` for a `fits` that holds only of
    /// entities with `word` in their name, reading only those (all of them
    /// when there is no word).
    fn position_named_with(
        &self,
        word: Option<&str>,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        match word {
            Some(word) => self
                .by_name_word
                .get(word)?
                .iter()
                .copied()
                .find(|&index| fits(&self.entities[index])),
            None => self.entities.iter().position(fits),
        }
    }

    fn rename(&mut self, entity: usize, name: Vec<String>) {
        self.entities[entity].rename(name);
        self.index_name(entity);
    }

    /// The mention that starts at token `index`, if any.
    pub fn mention_at(&self, index: usize) -> Option<&Mention> {
        let found = self.starting_at.get(index)?.checked_sub(1)?;
        self.mentions.get(found as usize)
    }

    /// The mention that ends just before token `end`, if one does.
    pub fn mention_ending_at(&self, end: usize) -> Option<&Mention> {
        let before = self.mentions.partition_point(|mention| mention.end <= end);
        self.mentions[..before]
            .last()
            .filter(|mention| mention.end == end)
    }

    /// Index the mentions by their first token, once they are final.
    fn index_mentions(&mut self, tokens: usize) {
        self.starting_at = vec![0; tokens];
        for (number, mention) in (1..).zip(&self.mentions) {
            if let Some(slot) = self.starting_at.get_mut(mention.first) {
                *slot = number;
            }
        }
    }

    /// The person with this full name (merged with a known person of the
    /// same surname), for names met where mentions are not indexed.
    pub fn person_named(&mut self, words: &[String], titled: Gender) -> usize {
        let gender = words
            .first()
            .and_then(|first| given_name_gender(first))
            .filter(|gender| *gender != Gender::Unknown)
            .unwrap_or(titled);
        person_entity(self, words, gender)
    }

    /// The one organisation whose name ends with `words`, or with which
    /// `words` end, both of two words or more: "the Regional Water
    /// Directorate", then "the Northern Regional Water Directorate".
    /// (Two such names, "the Kwara State Ministry of Health" and "the Oyo
    /// State Ministry of Health", leave "the Ministry of Health" to neither.)
    fn organisation_sharing_ending(&self, words: &[impl AsRef<str>]) -> Option<usize> {
        let last = words.last()?.as_ref();
        let mut sharing = self
            .by_name_word
            .get(last)?
            .iter()
            .copied()
            .filter(|&index| {
                let entity = &self.entities[index];
                !entity.person
                    && !entity.place
                    && (ends_longer(words, &entity.name) || ends_longer(&entity.name, words))
            });
        let found = sharing.next()?;
        sharing.next().is_none().then_some(found)
    }

    /// Give `entity` the name `fuller` if it holds more words, keeping the
    /// shorter one as a form.
    fn take_longer_name(&mut self, entity: usize, fuller: &[impl AsRef<str>]) {
        if fuller.len() <= self.entities[entity].name.len() {
            return;
        }
        let old = self.entities[entity].display_name();
        self.rename(entity, owned_words(fuller));
        self.entities[entity].add_form(old);
    }

    /// Give an organisation known by its bare head noun ("préfecture") the
    /// fuller name a later description uses ("préfecture de la
    /// Dordogne-Nord"), if that name starts with it.
    ///
    /// (`fuller` is borrowed: most descriptions lengthen nothing, so owned
    /// words are made only for a name that changes.)
    pub fn lengthen_name(&mut self, entity: usize, fuller: &[impl AsRef<str>]) {
        let Some(found) = self.entities.get_mut(entity) else {
            return;
        };
        // "la chambre de commerce", then "la chambre de commerce et
        // d'industrie du Togo": any shorter opening of the name.
        let opening = !found.person
            && fuller.len() > found.name.len()
            && fuller
                .iter()
                .zip(&found.name_keys)
                .all(|(word, key)| normalise(word.as_ref()) == *key);
        if opening {
            let fuller = fuller
                .iter()
                .map(|word| word.as_ref().to_string())
                .collect();
            self.rename(entity, fuller);
        }
    }

    /// Someone the text brings in without a name. Whoever they are, they
    /// are listed as no one, so one entity per gender stands for them all
    /// (and a long text adds no more entities for each).
    pub fn someone_unnamed(&mut self, gender: Gender) -> usize {
        if let Some(known) = self
            .entities
            .iter()
            .position(|entity| entity.unnamed && entity.gender == gender)
        {
            return known;
        }
        let mut someone = Entity::new(Vec::new(), true, gender);
        someone.unnamed = true;
        self.add_entity(someone)
    }

    /// Add an entity the text never names with a capital (an organisation
    /// met only as "la préfecture"), or find the one with that name.
    /// The words are borrowed: they are copied only when a new entity is made.
    pub fn entity_named(&mut self, words: &[impl AsRef<str>], person: bool) -> usize {
        let first = words.first().map(AsRef::as_ref);
        if let Some(index) =
            self.position_named_with(first, |entity| same_words(&entity.name, words))
        {
            return index;
        }
        self.add_entity(Entity::new(owned_words(words), person, Gender::Unknown))
    }
}

/// The gender a given name tells (`Unknown` for one given to both), or
/// None when `word` is no known given name.
pub fn given_name_gender(word: &str) -> Option<Gender> {
    FIRST_NAMES
        .get(word)
        .or_else(|| compound_given_name_gender(word))
}

/// "Anne-Laure", "Louis-Philippe": given names joined by a hyphen take
/// the gender of the first.
fn compound_given_name_gender(word: &str) -> Option<Gender> {
    if !lexicon::may_hold_hyphen(word.as_bytes()) {
        return None;
    }
    let (first, rest) = word.split_once('-')?;
    let every_part_a_name = rest.split('-').all(|part| FIRST_NAMES.get(part).is_some());
    every_part_a_name.then(|| FIRST_NAMES.get(first)).flatten()
}

static FIRST_NAMES: LazyLock<Table<Gender>> =
    LazyLock::new(|| gendered_words(include_str!("data/first_names.txt")));

/// A listed word in lowercase: most are ASCII, lowered without the
/// Unicode tables.
fn listed_lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// Given names that are also common words ("Grace", "Hope"), listed under
/// "?" in the same file: one only before another name.
static WORDLIKE_GIVEN_NAMES: LazyLock<Table<()>> = LazyLock::new(|| {
    include_str!("data/first_names.txt")
        .lines()
        .filter_map(|line| line.strip_prefix("? "))
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect()
});

static HONORIFIC_GENDERS: LazyLock<Table<Gender>> =
    LazyLock::new(|| gendered_words(include_str!("data/honorific_genders.txt")));

/// Words listed after the gender they signal (`m …`, `f …`, `u …` for
/// either), in the lowercase the table looks words up in; a word listed
/// under two genders tells none.
fn gendered_words(data: &str) -> Table<Gender> {
    // (About one listed word in eight bytes: sized once, never grown.)
    let mut words: HashMap<String, Gender> =
        HashMap::with_capacity_and_hasher(data.len() / 8, Default::default());
    let lines = data
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(' '));
    for (code, list) in lines {
        let gender = match code {
            "f" => Gender::Feminine,
            "m" => Gender::Masculine,
            // (Words that are names only beside another name.)
            "?" => continue,
            _ => Gender::Unknown,
        };
        for word in list.split_whitespace() {
            // A name given to both (Jean, Dominique) tells no gender.
            let entry = words.entry(listed_lowercase(word)).or_insert(gender);
            if *entry != gender {
                *entry = Gender::Unknown;
            }
        }
    }
    words.into_iter().collect()
}

static HONORIFIC_ROLES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    include_str!("data/honorific_roles.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(' '))
        .map(|(title, role)| (title.to_string(), role.trim().to_string()))
        .collect()
});

/// Organisation words, each with whether it is an acronym.
static ORGANISATION_WORDS: LazyLock<Table<bool>> = LazyLock::new(|| {
    lexicon::data_words(include_str!("data/organisations.txt"))
        .map(|word| (word.to_lowercase(), is_acronym(word)))
        .collect()
});

/// Nouns of "pour l'instant", "pour le moment": no organisation's purpose.
const PURPOSE_LOOKALIKES: &[&str] = &["instant", "heure", "moment", "essentiel", "reste", "coup"];

/// "his name", "her surname", « son prénom ».
pub fn is_word_for_a_name(word: &str) -> bool {
    matches!(word, "name" | "surname" | "nickname" | "prénom" | "nom")
}

/// "CNRS", "NHS", "UEFA": an organisation's initials.
pub fn is_acronym(name: &str) -> bool {
    // (Most words asked are capitalised names, turned away at their second
    // letter before any counting.)
    name.chars().all(|c| c.is_uppercase()) && (2..=8).contains(&name.chars().count())
}

/// A word for a body, named ("ministère", "Trust") or generic ("the
/// company", « l'entreprise »).
pub fn is_body_word(lexicon: &Lexicon, word: &str) -> bool {
    is_organisation_word(word) || lexicon.is_generic_organisation(word)
}

pub fn is_organisation_word(word: &str) -> bool {
    ORGANISATION_WORDS
        .get(word)
        .is_some_and(|acronym| !acronym || !is_written_as_name(word))
}

/// "Ong", "Ngo": a capital then lowercase letters.
fn is_written_as_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// "al-Assad", "el-Sisi", "il-Fortizza": a lowercase particle, a hyphen
/// and a capital.
fn joined_particle(word: &str) -> bool {
    lexicon::may_hold_hyphen(word.as_bytes())
        && word.split_once('-').is_some_and(|(particle, rest)| {
            matches!(
                particle,
                "al" | "el" | "il" | "ul" | "ad" | "ar" | "as" | "ash" | "at" | "az"
            ) && rest.starts_with(char::is_uppercase)
        })
}

/// "d'", "l'", "qu'": a French word that loses its vowel before the next.
fn is_elided(word: &str) -> bool {
    // ("N'Guessan", "O'Neill": a capital alone before the apostrophe.)
    let capital_alone = |stem: &str| {
        let mut chars = stem.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
    };
    word.strip_suffix(['\'', '’'])
        .is_some_and(|stem| lexicon::is_elided_stem(stem) || capital_alone(stem))
}

/// How many complements ("de sécurité", "du médicament", "et des
/// produits", "de santé") a French organisation's name may run on with.
const ORGANISATION_TAIL_COMPLEMENTS: usize = 4;
/// How many words before the phrase read so far an acronym may reach back
/// to spell itself out.
const ACRONYM_REACH: usize = 6;

/// The most capitalised words the place an office is for may take
/// ("Ketu South", "Upper West Akim").
const JURISDICTION_WORDS: usize = 3;

/// How many tokens before a portfolio's name its title may stand
/// ("Minister of Foreign Affairs and Trade").
const PORTFOLIO_REACH: usize = 6;

/// How many tokens a complement may run on for ("des transporteurs
/// routiers du Wadi Kora et du Ras el Ma").
const COMPLEMENT_REACH: usize = 11;

/// How many items, and words per item, a list inside an English
/// organisation's complement may hold ("Tourism, Culture, Arts, Gaeltacht,
/// Sport and Media").
const LISTED_COMPLEMENT_ITEMS: usize = 6;
const LISTED_ITEM_WORDS: usize = 3;

/// How many words before a comma a role may stand and still be the one a
/// name after the comma holds (« le directeur de la radio, Jane Roe »).
const ROLE_PHRASE_REACH: usize = 5;

/// Acronyms for a body's legal form, which stay part of its registered
/// name (« l'ASBL Les Amis du Four à Pain », « la SARL Bois du Nord »).
static LEGAL_FORMS: WordSet = WordSet::new(&["asbl", "sarl", "gie", "scop"]);

/// How many capitalised words after a verb's form inside a name are read
/// for the word that makes it an organisation's.
const NAME_AFTER_VERB_FORM_WORDS: usize = 4;

/// Lowercase particles that may stand inside a name: Corée du Nord, Ras el
/// Ma, Ludwig van Beethoven, Charles de Gaulle, Joseph ole Sankale, Ngugi wa
/// Thiong'o, the boat « Nyota ya Asubuhi ».
static NAME_PARTICLES: WordSet = WordSet::new(&[
    "de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "bin", "ibn", "al", "el",
    "le", "la", "d'", "ole", "dos", "das", "della", "ter", "ten", "bint", "ould", "wa", "ya",
]);

/// Particles that stand two together inside a name.
const DOUBLE_PARTICLES: [[&str; 2]; 7] = [
    ["van", "der"],
    ["van", "den"],
    ["van", "de"],
    ["von", "der"],
    ["de", "la"],
    ["de", "l'"],
    ["de", "los"],
];

/// "Ben" in "Lassaad Ben Amor", "Ould" in "Sidi Ould Cheikh": "son of"
/// inside a name ("Mint" and "Bint": "daughter of"), though "Ben" alone is
/// a given name too.
static PATRONYMICS: WordSet = WordSet::new(&["ben", "bin", "ibn", "ould", "bint", "mint"]);

/// "Le" in "Yann Le Goff", "Van" in "Van Leeuwen": a particle, whatever
/// its case.
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains_key_of(word)
}

/// How many tokens after a name the next sentence's opening pronoun is
/// sought to tell the person's gender.
const GENDER_VOTE_REACH: usize = 60;

/// How far back from a name in apposition the spokesperson its phrase
/// complements is sought.
const SPOKESPERSON_COMPLEMENT_REACH: usize = 7;
/// Words before a role that may hold its article: « l'ancien directeur
/// général ».
const DEFINITE_ROLE_REACH: usize = 3;

/// People who speak for an organisation: the organisation is quoted.
/// "chapter", « antenne »: a part of an organisation, which speaks for it.
pub fn is_branch_word(word: &str) -> bool {
    BRANCHES.get(word).is_some()
}

static BRANCHES: LazyLock<Table<()>> =
    LazyLock::new(|| word_table(include_str!("data/branches.txt")));

pub static SPOKESPEOPLE: WordSet = WordSet::new(&[
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representative",
    "porte-parole",
    "représentant",
    "représentante",
]);

/// "Hauwa'u", "O'Keeffe": an apostrophe between two letters, not the one
/// of a possessive ("Gusau's").
fn has_inner_apostrophe(word: &str) -> bool {
    !is_possessive(word)
        && word
            .char_indices()
            .filter(|&(_, c)| matches!(c, '\'' | '’'))
            .any(|(at, c)| {
                let after = word[at + c.len_utf8()..].chars().next();
                at > 0 && after.is_some_and(char::is_alphabetic)
            })
}

/// Does `word` open a name's complement (« de », "of")? Asked of most
/// names, so a match rather than a set.
pub fn is_complement_link(word: &str) -> bool {
    matches!(word, "de" | "d'" | "du" | "des" | "of")
}

/// Prepositions before a role that belongs to someone else than the
/// person described ("l'agent du portier", "lawyer for the defendant").
static ROLE_COMPLEMENTS: WordSet =
    WordSet::new(&["de", "du", "des", "d'", "au", "aux", "à", "of", "to", "for"]);

/// "a lawyer representing the farmers' association, Ubong Effiong": a
/// participle that links a role to the body it speaks for, as "for" does.
static REPRESENTING: WordSet = WordSet::new(&["representing", "représentant", "représentante"]);

/// Prepositions whose object a following name is: nothing before them
/// describes it.
static PREPOSITIONS_BEFORE_NAMES: WordSet = WordSet::new(&[
    "en", "à", "au", "aux", "dans", "sur", "chez", "pour", "par", "avec", "vers", "in", "at", "to",
    "for", "with", "by", "from", "on", "into", "near",
]);

/// The most tokens a bracket after a description is looked through.
const BRACKET_REACH: usize = 10;

/// The words a description before a name may hold ("le président russe");
/// set off by a comma, a longer one ("le délégué du gouvernement auprès de
/// la communauté urbaine, X").
const DESCRIPTION_WORDS: usize = 6;
const APPOSED_DESCRIPTION_WORDS: usize = 8;

/// How many lowercase words before a name a word for a body may stand
/// ("la société d'économie mixte Vannes Ports Océan").
const BODY_NOUN_REACH: usize = 4;

/// Words that make a name a street's.
static STREET_WORDS: WordSet = WordSet::new(&[
    "rue",
    "avenue",
    "boulevard",
    "quai",
    "impasse",
    "allée",
    "chemin",
    "street",
    "road",
    "lane",
    "drive",
    "way",
    "crescent",
    "highway",
    "expressway",
    "place",
    "square",
    "plaza",
    "esplanade",
    "parvis",
]);

/// Words that introduce a place rather than a person.
/// ("au", "aux": a person's name takes no article.)
static PLACE_PREPOSITIONS: WordSet = WordSet::new(&[
    "en",
    "au",
    "aux",
    "in",
    "at",
    "from",
    "near",
    "vers",
    "depuis",
    "dans",
    "sur",
    "along",
    "across",
    "outside",
    "via",
    "during",
    "throughout",
    "pendant",
    "durant",
]);

pub fn honorific_gender(word: &str) -> Gender {
    HONORIFIC_GENDERS
        .get(word.trim_end_matches('.'))
        .unwrap_or(Gender::Unknown)
}

pub fn is_possessive(word: &str) -> bool {
    possessor(word).is_some()
}

/// "Harlan State’s": the owner a possessive names.
fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// « Saint-Gervais », « Sainte-Foy »: French joins a saint's name with a
/// hyphen when it names a place or a building, never a person.
fn is_hyphenated_saint(word: &str) -> bool {
    ["Saint-", "Sainte-"]
        .iter()
        .any(|prefix| word.len() > prefix.len() && word.starts_with(prefix))
}

/// Checked for most words of a text, so an ASCII first letter is read
/// without decoding.
fn starts_uppercase(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(first) if first.is_ascii() => first.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

fn is_capitalised(word: &str) -> bool {
    starts_uppercase(word)
}

struct Finder<'a> {
    text: &'a str,
    tokens: &'a [Token],
    keys: &'a Keys<'a>,
    lexicon: &'a Lexicon,
    /// Words that also appear in lowercase: a capitalised one at the start
    /// of a sentence is then an ordinary word, not a name.
    lowercase_words: HashSet<&'a str>,
    /// Whether each token opens a sentence.
    sentence_starts: Vec<bool>,
    /// Words written right after an honorific ("Mr Lim"), read once when
    /// first asked.
    after_honorifics: OnceCell<HashSet<&'a str>>,
    /// Capitalised pairs the text writes inside sentences ("of New
    /// Zealand") whose first word it also writes in lowercase, read once
    /// when first asked.
    capitalised_pairs: OnceCell<HashSet<(&'a str, &'a str)>>,
    /// Where "Nana" is a title in this text, read once when first asked.
    stool_titles: OnceCell<Vec<usize>>,
    /// The names in sentence case this text has introduced so far, by
    /// their first word, each with the words that came next (see
    /// `body_name_in_sentence_case`).
    sentence_case_body_names: RefCell<HashMap<String, Vec<String>>>,
}

/// Lowercase words that make a place's name an institution's.
const INSTITUTIONS_BEFORE_PLACES: &[&str] = &["région"];

/// A run of capitalised tokens that may be a name.
struct Run {
    first: usize,
    end: usize,
    honorific: Option<usize>,
}

pub fn find(
    text: &str,
    tokens: &[Token],
    keys: &Keys<'_>,
    sentence_starts: Vec<bool>,
    lexicon: &Lexicon,
) -> People {
    let lowercase_words = lowercase_uses(tokens, keys, &sentence_starts);
    let finder = Finder {
        text,
        tokens,
        keys,
        lexicon,
        lowercase_words,
        sentence_starts,
        after_honorifics: OnceCell::new(),
        capitalised_pairs: OnceCell::new(),
        stool_titles: OnceCell::new(),
        sentence_case_body_names: RefCell::default(),
    };
    let runs = finder.runs();
    let mut people = finder.resolve(runs);
    // (Names were read by now: a text with a stool title before a name
    // has been asked about it.)
    people.titles_in_this_text = finder.stool_titles.into_inner().unwrap_or_default();
    people
}

/// "MUTARE — More than 300 workers …", "CEDAR FALLS, Ore. (AP) — A …": the
/// word after a dateline's dash opens the story's first sentence, so it is
/// read as any sentence's first word is. So does the word after a
/// paragraph's label ("Q: What does …", « R : Oui … »).
pub fn mark_paragraph_openers(
    tokens: &[Token],
    keys: &Keys<'_>,
    sentences: &[Range<usize>],
    sentence_starts: &mut [bool],
) {
    let in_capitals = |word: &str| {
        word.chars().count() >= 2
            && word
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    // (A paragraph opens a sentence: sentences are fewer than tokens.)
    let openings = sentences
        .iter()
        .map(|sentence| sentence.start)
        .filter(|&start| {
            start == 0
                || tokens
                    .get(start - 1)
                    .is_some_and(|token| token.kind == Kind::Break)
        });
    let punct_at = |index: usize, marks: &[&str]| {
        tokens
            .get(index)
            .is_some_and(|token| token.kind == Kind::Punct && marks.contains(&keys.text(index)))
    };
    for opening in openings {
        if tokens
            .get(opening)
            .is_none_or(|token| token.kind != Kind::Word)
        {
            continue;
        }
        let opener = if punct_at(opening + 1, &[":"]) {
            Some(opening + 2)
        } else if in_capitals(keys.text(opening)) {
            (opening + 1..tokens.len().min(opening + DATELINE_REACH))
                .take_while(|&index| tokens[index].kind != Kind::Break)
                .find(|&index| punct_at(index, &["—", "–"]))
                .map(|dash| dash + 1)
        } else {
            None
        };
        if let Some(start) = opener.and_then(|opener| sentence_starts.get_mut(opener)) {
            *start = true;
        }
    }
}

/// How many tokens a dateline may hold up to its dash ("CEDAR FALLS,
/// Ore. (AP) —").
const DATELINE_REACH: usize = 12;

/// The capitalised words opening a sentence that the text also writes in
/// lowercase elsewhere. Only sentence openers are candidates, so the set
/// stays small however long the text.
fn lowercase_uses<'a>(
    tokens: &[Token],
    keys: &'a Keys<'a>,
    sentence_starts: &[bool],
) -> HashSet<&'a str> {
    let mut openers: HashMap<&str, bool> = sentence_starts
        .iter()
        .zip(tokens)
        .enumerate()
        .filter(|(_, (opens, token))| **opens && token.kind == Kind::Word)
        .map(|(index, _)| (keys.get(index), false))
        .collect();
    // Every word is checked, so a sieve on first byte and length, counting
    // the openers not yet seen in lowercase, spares most words the hashing
    // (and frequent words like "le" once they have been seen).
    let slot = |key: &str| {
        key.as_bytes()
            .first()
            .map(|&first| usize::from(first) * 16 + key.len().min(15))
    };
    // (Lengths past 15 share a slot: clearing the table for each section
    // costs about an instruction per byte, and such long words are rare.)
    let mut unseen = vec![0u32; 256 * 16];
    for slot in openers.keys().filter_map(|key| slot(key)) {
        unseen[slot] += 1;
    }
    for (text, key) in keys.words() {
        let Some(slot) = slot(key).filter(|&slot| unseen[slot] > 0) else {
            continue;
        };
        if starts_uppercase(text) {
            continue;
        }
        if let Some(seen) = openers.get_mut(key)
            && !*seen
        {
            *seen = true;
            unseen[slot] -= 1;
        }
    }
    openers
        .into_iter()
        .filter_map(|(key, seen)| seen.then_some(key))
        .collect()
}

impl Finder<'_> {
    fn opens_sentence(&self, index: usize) -> bool {
        self.sentence_starts.get(index).copied().unwrap_or(false)
    }

    fn word(&self, index: usize) -> Option<&str> {
        let token = self.tokens.get(index)?;
        (token.kind == Kind::Word).then(|| self.keys.text(index))
    }

    /// The word at `index` if it is capitalised; most words are not, and
    /// are passed over on their first byte.
    fn capitalised_word(&self, index: usize) -> Option<&str> {
        if self.tokens.get(index)?.kind != Kind::Word {
            return None;
        }
        let word = self.keys.text(index);
        let first = *word.as_bytes().first()?;
        if first.is_ascii() && !first.is_ascii_uppercase() {
            return None;
        }
        Some(word).filter(|word| is_capitalised(word))
    }

    fn is_honorific_at(&self, index: usize) -> bool {
        let Some(word) = self.word(index) else {
            return false;
        };
        let dotted = self.tokens.get(index + 1).is_some_and(|next| {
            next.kind == Kind::Punct
                && self.keys.text(index + 1) == "."
                && next.start == self.tokens[index].end
        });
        lexicon::is_honorific_before(word, dotted)
            || (STOOL_TITLES.contains(word) && !self.stool_titles().is_empty())
    }

    /// The Akan titles ("Nana", "Maame") standing before a name, when the
    /// text writes one before a name of two words or more ("Nana Kweku
    /// Essel IV", "Maame Adwoa Pokuaa"), which makes them titles
    /// throughout; else none ("Nana Oforiwaa", "Jean-Claude Nana Fotso").
    fn stool_titles(&self) -> &[usize] {
        self.stool_titles.get_or_init(|| {
            let before_names: Vec<usize> = (0..self.tokens.len())
                .filter(|&index| {
                    self.word(index)
                        .is_some_and(|word| STOOL_TITLES.contains(word))
                        && self.capitalised_word(index + 1).is_some()
                })
                .collect();
            let before_stool_name = before_names.iter().any(|&index| {
                (index + 1..)
                    .map_while(|next| self.capitalised_word(next))
                    .nth(1)
                    .is_some()
            });
            if before_stool_name {
                before_names
            } else {
                Vec::new()
            }
        })
    }

    /// "The driver, Sunday Ugwu, said": in English a weekday after a comma
    /// or an honorific and before another capitalised word is a given name,
    /// as Sunday, Monday and Friday often are; "on Sunday", "Sunday
    /// morning" and "Sunday's vote" are dates.
    fn weekday_as_given_name(&self, index: usize, lower: &str) -> bool {
        let after_comma_or_honorific = || {
            index.checked_sub(1).is_some_and(|before| {
                self.punct(before) == Some(",") || self.is_honorific_at(before)
            })
        };
        // (The English weekdays are the calendar's words in "-day".)
        self.lexicon.lang == crate::article::Lang::En
            && lower.ends_with("day")
            && CALENDAR.contains(lower)
            && after_comma_or_honorific()
            && self.capitalised_word(index + 1).is_some_and(|next| {
                !is_function_word(self.lexicon, self.keys.get(index + 1))
                    && !is_organisation_word(next)
            })
    }

    /// Capitalised words that could start a name here.
    fn can_start_name(&self, index: usize, word: &str) -> bool {
        // "K Srinivasa Rao": an initial without its full stop, before a
        // name (not "A", "I", "O" or "Y", which are words).
        let bare_initial = matches!(word.as_bytes(), [letter] if letter.is_ascii_uppercase() && !matches!(letter, b'A' | b'I' | b'O' | b'Y'))
            && self
                .word(index + 1)
                .is_some_and(|next| is_capitalised(next) && next.len() > 1);
        if bare_initial || self.initial_before_name(index) {
            return true;
        }
        if !is_capitalised(word) || word.len() <= 1 {
            return false;
        }
        // "T-shirt", "U-turn", "X-ray": a letter and a common noun.
        if let [letter, b'-', next, ..] = word.as_bytes()
            && letter.is_ascii_uppercase()
            && next.is_ascii_lowercase()
        {
            return false;
        }
        // "Valsk-based", "Franco-allemand": a compound adjective.
        if lexicon::may_hold_hyphen(word.as_bytes())
            && word
                .rsplit_once('-')
                .is_some_and(|(_, last)| last.starts_with(char::is_lowercase))
            && given_name_gender(self.keys.get(index)).is_none()
        {
            return false;
        }
        let lower = self.keys.get(index);
        // "the UN Office", "des Trois Vallées": an acronym, or a number
        // inside a sentence before a capital, may open a name.
        let number_in_name = NUMBER_WORDS.contains(lower)
            && !self.opens_sentence(index)
            && self.word(index + 1).is_some_and(is_capitalised);
        if is_function_word(self.lexicon, lower)
            && !is_acronym(word)
            && !number_in_name
            && !self.weekday_as_given_name(index, lower)
        {
            return false;
        }
        // What follows only turns away words opening a sentence, and is
        // asked of every capitalised word: the others are through.
        if !self.opens_sentence(index) {
            return true;
        }
        // "Invité de France Inter, il a appelé …": a French participle
        // opening a sentence.
        let participle = self.lexicon.lang == crate::article::Lang::Fr
            && lexicon::looks_past_participle(lower)
            && given_name_gender(word).is_none()
            && self
                .word(index + 1)
                .is_some_and(|next| !is_capitalised(next));
        // "Parti dans un groupe de onze coureurs, Morvan …", "Sorti de
        // prison": a participle of another ending, before a preposition.
        let irregular_participle = self.lexicon.lang == crate::article::Lang::Fr
            && IRREGULAR_PARTICIPLE_ENDINGS
                .iter()
                .any(|ending| lower.ends_with(ending))
            && given_name_gender(word).is_none()
            && self
                .word(index + 1)
                .is_some_and(|next| FRENCH_PREPOSITIONS.contains(next));
        if (participle || irregular_participle) && self.opens_sentence(index) {
            return false;
        }
        // "Victorieux de Châtel-Brézolles, le club …": an adjective opening
        // a sentence.
        // ("Germaine D." goes on with a capital).
        // "South Fens Community Health NHS Trust said": but an ordinary
        // word may open an organisation's name.
        let opens_organisation = || {
            (index + 1..index + 6)
                .map_while(|i| self.word(i).filter(|w| is_capitalised(w)))
                .any(is_organisation_word)
        };
        // "Campaigners say …", "Residents fear …": a plural of a word
        // for people is no name either ("Friends of Cedar Creek" is one).
        let plural_role =
            || self.lexicon.is_plural_role(lower) && self.word(index + 1) != Some("of");
        let ordinary = (self.lowercase_words.contains(lower)
            || plural_role()
            || (self.lexicon.looks_adjectival(lower)
                && given_name_gender(word).is_none()
                && !self.word(index + 1).is_some_and(is_capitalised)))
            && !opens_organisation()
            && !self.pair_written_inside_sentences(index);
        !(self.opens_sentence(index) && ordinary)
    }

    fn runs(&self) -> Vec<Run> {
        // (About one token in thirty opens a run in news text; room for one
        // in sixteen spares the list its regrowths and copies, even in a
        // text dense with names.)
        let mut runs = Vec::with_capacity(self.tokens.len() / 16);
        let mut index = 0;
        while index < self.tokens.len() {
            // Names and titles are capitalised: nothing else is looked at.
            index = self.keys.next_maybe_capitalised(index);
            if index >= self.tokens.len() {
                break;
            }
            // "Ashford’s Sam Petit": a possessive only qualifies the name
            // after it.
            let qualifies_next = |word: &str| {
                is_possessive(word) && self.word(index + 1).is_some_and(is_capitalised)
            };
            let Some(word) = self
                .capitalised_word(index)
                .filter(|word| !qualifies_next(word))
            else {
                index += 1;
                continue;
            };
            if self.is_honorific_at(index) && !self.lexicon.is_reporting_verb(word) {
                let past = |honorific: usize| {
                    honorific
                        + 1
                        + usize::from(
                            self.tokens
                                .get(honorific + 1)
                                .is_some_and(|t| t.kind == Kind::Punct),
                        )
                };
                // "Lt. Gen. Raymond Okafor": the title nearest the name
                // says what the person is.
                let mut honorific = index;
                while self.is_honorific_at(past(honorific)) {
                    honorific = past(honorific);
                }
                let after = past(honorific);
                if let Some(end) = self.name_end(after) {
                    runs.push(Run {
                        first: after,
                        end,
                        honorific: Some(honorific),
                    });
                    index = end;
                    continue;
                }
            }
            // « l'ONG Voix Solidaires »: the acronym for a kind of body
            // says what the name after it is, and is no part of it (a
            // legal form is: « l'ASBL Les Amis du Four à Pain »); « l'ONG »
            // on its own is a common noun, as « l'association » is.
            if self.is_body_kind_acronym(word, index) || self.names_currency(index) {
                index += 1;
                continue;
            }
            if self.can_start_name(index, word)
                && let Some(end) = self.name_end(index)
            {
                // (The place of the branch names no one.)
                let name_end = if self.acronym_before_branch(index, end) {
                    index + 1
                } else {
                    end
                };
                runs.push(Run {
                    first: self.institution_word_before(index),
                    end: name_end,
                    honorific: None,
                });
                index = end;
                continue;
            }
            index += 1;
        }
        self.keep_title_case_runs_named_again(&mut runs);
        runs
    }

    /// « 750 francs CFA »: a capital after « francs » names the currency,
    /// no one who speaks.
    fn names_currency(&self, index: usize) -> bool {
        self.previous_word(index)
            .is_some_and(|previous| matches!(previous, "franc" | "francs"))
    }

    /// "the AUFW Tallow Point branch": is the run from `first` to `end` an
    /// acronym, then the place of its branch? The acronym alone is the
    /// body's name.
    fn acronym_before_branch(&self, first: usize, end: usize) -> bool {
        end > first + 1
            && self
                .word(end)
                .is_some_and(|next| !is_capitalised(next) && is_branch_word(next))
            && self.word(first).is_some_and(is_acronym)
    }

    /// "la région Normandie": the institution a place names, after its
    /// determiner, is part of the name; Normandie itself says nothing.
    fn institution_word_before(&self, first: usize) -> usize {
        let institution = first.checked_sub(2).filter(|&at| {
            self.lexicon.lang == crate::article::Lang::Fr
                && INSTITUTIONS_BEFORE_PLACES.contains(&self.keys.get(at + 1))
                && self.word(at + 1).is_some_and(|w| !is_capitalised(w))
                && self.word(at).is_some_and(|w| self.lexicon.is_determiner(w))
        });
        institution.map_or(first, |at| at + 1)
    }

    /// « ONG », "NGO": the `word` at `index` is an acronym for a kind of
    /// body, read as a common noun (a legal form such as « ASBL » is part
    /// of a body's name).
    fn is_body_kind_acronym(&self, word: &str, index: usize) -> bool {
        // (Asked of every capitalised word: most have a lowercase second
        // letter and are turned away at its byte.)
        word.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase) && is_acronym(word) && {
            let key = self.keys.get(index);
            self.lexicon.is_generic_organisation(key) && !LEGAL_FORMS.contains(key)
        }
    }

    /// Where the headline ends: a first block of its own with no full stop.
    fn headline_end(&self) -> Option<usize> {
        let title_end = self.tokens.iter().position(|t| t.kind == Kind::Break)?;
        let body_follows = title_end + 1 < self.tokens.len();
        (body_follows && (0..title_end).all(|i| self.punct(i) != Some("."))).then_some(title_end)
    }

    /// "The Poet Who Writes Down What the River Says": in a title that
    /// capitalises nearly every word, a run of capitals is a name only if
    /// the body writes each of its words with a capital too.
    fn keep_title_case_runs_named_again(&self, runs: &mut Vec<Run>) {
        let Some(title_end) = self.headline_end() else {
            return;
        };
        let long_words: Vec<&str> = (0..title_end)
            .filter_map(|i| self.word(i))
            .filter(|word| word.chars().count() >= 4)
            .collect();
        let capitalised = long_words
            .iter()
            .filter(|word| is_capitalised(word))
            .count();
        if long_words.len() < 3 || capitalised * 5 < long_words.len() * 4 {
            return;
        }
        let in_body: HashSet<&str> = (title_end..self.tokens.len())
            .filter_map(|i| self.word(i))
            .filter(|word| is_capitalised(word))
            .collect();
        runs.retain(|run| {
            run.first >= title_end
                || (run.first..run.end)
                    .filter_map(|i| self.word(i))
                    .all(|word| in_body.contains(word) || !is_capitalised(word))
        });
    }

    /// "So I keep …", "Whatever I'm told": the English "I" (and "I'm",
    /// "I've") goes on no name.
    fn is_english_i(&self, word: &str) -> bool {
        self.lexicon.lang == crate::article::Lang::En
            && (word == "I" || word.starts_with("I'") || word.starts_with("I’"))
    }

    /// One past the last token of a name starting at `first`.
    fn name_end(&self, first: usize) -> Option<usize> {
        let word = self.word(first)?;
        if !is_capitalised(word) {
            return None;
        }
        let mut end = first + 1;
        loop {
            match self.word(end) {
                Some(next)
                    if is_capitalised(next)
                        // ("Harlan County Sheriff's Office", "St. Brendan's
                        // Medical Center": a possessive inside an
                        // organisation's name.)
                        && (!self.word(end - 1).is_some_and(is_possessive)
                            || self.organisation_name_goes_on(end))
                        && (!self.headline_verb(next) || self.organisation_name_goes_on(end + 1))
                        && !self.in_dotted_acronym(end)
                        && !self.title_inside_run(end)
                        && !self.is_english_i(next) =>
                {
                    end += 1
                }
                // "Charles de Gaulle", "Pieter van der Merwe".
                Some(next) if let Some(step) = self.particle_step(first, end, next) => end += step,
                // "John F. Kennedy", "S. Revathi": an initial's full stop.
                None if self.initial_before_name(end - 1) => end += 1,
                // "Bashar al-Assad", "Wirt il-Fortizza": a particle joined
                // to the next part of the name by a hyphen.
                Some(next) if joined_particle(next) => end += 1,
                // "Housing and Development Board": "and" inside an
                // organisation's name.
                Some(_) if self.and_joins_organisation(first, end) => end += 2,
                // "Vauclair & Fils", "Marks & Spencer"; a nickname inside a
                // name: Jack "Bumble" Henshaw.
                None if (self.is_ampersand(end) || self.is_nickname(end))
                    && self.word(end + 1).is_some_and(is_capitalised) =>
                {
                    end += 2
                }
                _ => {
                    let tail = self.french_organisation_tail(first, end);
                    // "la Commission scolaire francophone de la Haute-Côte".
                    if tail > end {
                        return Some(self.complement_after(tail));
                    }
                    let complemented = self.organisation_complement(end);
                    let closed = complemented > end && self.closing_adjective(first, complemented);
                    return Some(complemented + usize::from(closed));
                }
            }
        }
    }

    /// How many tokens the particle `next` at `end` carries the name
    /// starting at `first` on, if it carries it on at all. Both shapes ask
    /// the particle list once (asked apart, most words not particles were
    /// looked up twice).
    fn particle_step(&self, first: usize, end: usize, next: &str) -> Option<usize> {
        if !NAME_PARTICLES.contains_key_of(next) {
            return None;
        }
        // "le PDG de Voltéa": a role alone is not a name the particle goes
        // on.
        if self.word(end + 1).is_some_and(is_capitalised)
            && !(end == first + 1 && self.is_role_at(first))
        {
            return Some(2);
        }
        // "Pieter van der Merwe", « Claire de la Roche »: two particles
        // inside a person's name ("le sénateur LR de la Manche" is none).
        // « Tanneries Unies de la Mbolé »: a name of two words or more
        // that no given name opens may take a place after « de la » or
        // « de l' » (« Afrique de l'Ouest » is a region; after a body's
        // word, the complement is read as the body's).
        let second = self.key_at(end + 1);
        let two_particles = second
            .is_some_and(|second| DOUBLE_PARTICLES.iter().any(|pair| pair == &[next, second]))
            && self.word(end + 2).is_some_and(is_capitalised)
            && (self.word(first).and_then(given_name_gender).is_some()
                || (next == "de"
                    && matches!(second, Some("la" | "l'"))
                    && end >= first + 2
                    && !self.word(end - 1).is_some_and(is_organisation_word)
                    && !self.is_role_at(first)
                    && !self.word(first).is_some_and(is_acronym)));
        two_particles.then_some(3)
    }

    /// "Arkansas Gov. Dana Whitfield", "Ohio Sen. Ray Cole": a dotted title
    /// inside a run of capitals ends the place before it and opens the name
    /// after it.
    fn title_inside_run(&self, index: usize) -> bool {
        self.punct(index + 1) == Some(".")
            && self.is_honorific_at(index)
            && self.word(index + 2).is_some_and(is_capitalised)
    }

    /// "S. Revathi", "John F. Kennedy", "St. Brendan's": an initial and its
    /// full stop before a capitalised word that is no function word (not
    /// "Plan B. The").
    fn initial_before_name(&self, index: usize) -> bool {
        self.punct(index + 1) == Some(".")
            && self.word(index).is_some_and(lexicon::is_name_initial)
            && !self.in_dotted_acronym(index)
            && self.word(index + 2).is_some_and(|next| {
                is_capitalised(next)
                    && next.chars().count() > 1
                    && !is_function_word(self.lexicon, self.keys.get(index + 2))
            })
    }

    /// "U.S.", "U.K.": a letter and a full stop written against the next
    /// letter belong to an acronym, not to a name with initials.
    fn in_dotted_acronym(&self, index: usize) -> bool {
        let touching = |left: usize, right: usize| matches!((self.tokens.get(left), self.tokens.get(right)), (Some(l), Some(r)) if l.end == r.start);
        let letter = |i: usize| self.word(i).is_some_and(|w| w.chars().count() == 1);
        letter(index)
            && self.punct(index + 1) == Some(".")
            && touching(index, index + 1)
            && ((letter(index + 2) && touching(index + 1, index + 2))
                || (index >= 2
                    && letter(index - 2)
                    && self.punct(index - 1) == Some(".")
                    && touching(index - 1, index)))
    }

    /// "la Commission de l'Union africaine", "l'Association des patients de
    /// Suisse romande": in French, an adjective or demonym right after an
    /// organisation's complement closes its name; a verb that looks like
    /// one does not (« le Syndicat de la Loire demande »).
    fn closing_adjective(&self, first: usize, end: usize) -> bool {
        self.lexicon.lang == crate::article::Lang::Fr
            && self.word(end).is_some_and(|w| {
                let key = self.keys.get(end);
                !is_capitalised(w)
                    && self.lexicon.is_adjective_like(key)
                    && !self.lexicon.is_reporting_verb(key)
            })
            && (first..end).any(|i| self.word(i).is_some_and(is_organisation_word))
    }

    /// "The Mountain States Civil Liberties Project": the capitalised words
    /// from `index` on end with a word for an organisation, so a verb's
    /// form among them ("States") is part of its name.
    fn organisation_name_goes_on(&self, index: usize) -> bool {
        let last = (index..index + NAME_AFTER_VERB_FORM_WORDS)
            .take_while(|&i| self.word(i).is_some_and(is_capitalised))
            .last();
        last.and_then(|i| self.word(i))
            .is_some_and(is_organisation_word)
    }

    /// "Jane Roe Says …", « Poutine Promet … »: a reporting verb written
    /// with a capital in a headline ends the name before it; a bare stem
    /// does not ("Harbor Point Development").
    fn headline_verb(&self, word: &str) -> bool {
        let inflected = || {
            let key = normalise(word);
            self.lexicon.lang != crate::article::Lang::En
                || ["s", "ed", "ing"]
                    .iter()
                    .any(|ending| key.ends_with(ending))
        };
        self.lexicon.is_reporting_verb(word) && inflected()
    }

    /// Does an "and" at `index` join two parts of one organisation's name:
    /// the capitalised words after it end with a word for one, or those
    /// before it hold one ("United Food and Commercial Workers")?
    /// Not after a person's name ("Raymond Tully and Council member …"),
    /// nor before one.
    fn and_joins_organisation(&self, first: usize, index: usize) -> bool {
        let given_name = |i: usize| self.word(i).and_then(given_name_gender).is_some();
        // « l'organisation non gouvernementale Forêts et Villages du Sud »:
        // after words that introduce a body, a French "et" too.
        let french = self.keys.get(index) == "et";
        let joins =
            self.keys.get(index) == "and" || french && self.introduced_as_organisation(first);
        if !joins || (first..index).any(given_name) {
            return false;
        }
        let after = index + 1..index + 5;
        let last = after
            .clone()
            .take_while(|&i| self.word(i).is_some_and(is_capitalised))
            .last();
        let Some(last) = last else {
            return false;
        };
        // (A French "et" got here only after words naming a body.)
        let named_before = (french
            || (first..index).any(|i| self.word(i).is_some_and(is_organisation_word)))
            && !(index + 1..=last).any(given_name);
        (self.word(last).is_some_and(is_organisation_word) || named_before)
            && !self.is_role_at(last + 1)
    }

    /// A short quotation opening with a capital: a nickname when it stands
    /// between two words of a name.
    fn is_nickname(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|token| {
            let quoted = &self.text[token.start..token.end];
            matches!(token.kind, Kind::Quote(_))
                && quoted.split_whitespace().count() <= 2
                && quoted
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .starts_with(char::is_uppercase)
        })
    }

    /// A word of a name, or the "&" joining two ("Vauclair & Fils").
    fn name_word(&self, index: usize) -> Option<&str> {
        self.word(index)
            .or_else(|| self.is_ampersand(index).then_some("&"))
    }

    fn is_ampersand(&self, index: usize) -> bool {
        self.punct(index) == Some("&")
    }

    /// "Organisation de sécurité du bassin de la Vesna": after a
    /// capitalised organisation word, a "de …" complement belongs to the
    /// name, up to its last capitalised word.
    fn organisation_complement(&self, end: usize) -> usize {
        // The organisation word may close a longer name: "Port Ellisby Board
        // of Ethics", "Cattle Breeders Association of Nigeria".
        if !self.word(end - 1).is_some_and(is_organisation_word) {
            return end;
        }
        self.complement_after(end)
    }

    /// The end of a "de …" (or "of …") complement with a capital that
    /// starts at `end`, or `end` without one.
    fn complement_after(&self, end: usize) -> usize {
        if !self.word(end).is_some_and(|w| {
            matches!(
                self.keys.get(end),
                "de" | "du" | "des" | "d'" | "of" | "for"
            ) && !is_capitalised(w)
        }) {
            return end;
        }
        // "Department of Primary Industries to replace …": an English
        // complement joins its capitalised words with few others.
        let english = matches!(self.keys.get(end), "of" | "for");
        let mut last_capital = None;
        for index in end..end + COMPLEMENT_REACH {
            let Some(word) = self.word(index) else { break };
            let key = self.keys.get(index);
            if english
                && !is_capitalised(word)
                && !matches!(key, "of" | "for" | "and" | "the" | "on")
            {
                break;
            }
            // "Confédération des appellations et des vignerons de
            // Bourgogne": a French "et" may join a second complement.
            let joins_complement =
                key == "et" && matches!(self.key_at(index + 1), Some("des" | "du" | "de" | "d'"));
            // "… raised its rate on Wednesday": a day is no part of a name.
            // "du Mayo-Kebbi Est": a capital makes « Est » a point of the
            // compass, not « est ».
            if (self.lexicon.is_auxiliary(key) && !is_capitalised(word))
                || self.lexicon.is_reporting_verb(key)
                || (matches!(key, "qui" | "que" | "et" | "ou") && !joins_complement)
                || CALENDAR.contains(key)
            {
                break;
            }
            // "Minister of State for National Development Faridah Ismail",
            // "… for Sustainability Dr Lim Wei Ling": a person's name, or
            // the honorific before it, ends the complement.
            if (given_name_gender(word).is_some() || self.is_honorific_at(index))
                && self.word(index + 1).is_some_and(is_capitalised)
            {
                break;
            }

            if is_capitalised(word) {
                last_capital = Some(index + 1);
            }
        }
        let complemented = last_capital.unwrap_or(end);
        if complemented > end {
            return self
                .listed_complement_end(complemented)
                .unwrap_or(complemented);
        }
        complemented
    }

    /// "Department of Climate Change, Energy, the Environment and Water",
    /// "Department for Culture, Media and Sport", « Direction des Mines,
    /// Carrières et Forages »: a complement may list short capitalised
    /// items, the last after "and" or « et ». An item that holds a given
    /// name, a title or a role is someone else's.
    fn listed_complement_end(&self, end: usize) -> Option<usize> {
        let and = match self.lexicon.lang {
            crate::article::Lang::Fr => "et",
            _ => "and",
        };
        let is_and = |i: usize| self.key_at(i) == Some(and);
        let plain_capital = |i: usize| {
            self.word(i).is_some_and(|w| {
                is_capitalised(w)
                    && given_name_gender(w).is_none()
                    && !self.is_honorific_at(i)
                    && !self.is_role_at(i)
            })
        };
        let mut at = end;
        for _ in 0..LISTED_COMPLEMENT_ITEMS {
            let comma = self.is_comma(at);
            let last = is_and(at) || (comma && is_and(at + 1));
            if !comma && !last {
                return None;
            }
            let mut item = at + 1 + usize::from(comma && last);
            item += usize::from(self.key_at(item) == Some("the"));
            let start = item;
            while item < start + LISTED_ITEM_WORDS && plain_capital(item) {
                item += 1;
            }
            if item == start || self.word(item).is_some_and(is_capitalised) {
                return None;
            }
            if last {
                return Some(item);
            }
            at = item;
        }
        None
    }

    /// "New Zealand Hop Growers said", after "of New Zealand's hops" and
    /// "a handful of new arrivals": a word opening a sentence is part of a
    /// name when the text writes it, with the capitalised word after it,
    /// inside a sentence too.
    fn pair_written_inside_sentences(&self, index: usize) -> bool {
        let (Some(word), Some(next)) = (self.word(index), self.word(index + 1)) else {
            return false;
        };
        is_capitalised(next)
            && self
                .capitalised_pairs
                .get_or_init(|| {
                    let (text, tokens) = (self.text, self.tokens);
                    let word = |i: usize| {
                        tokens
                            .get(i)
                            .filter(|token| token.kind == Kind::Word)
                            .map(|token| &text[token.start..token.end])
                    };
                    // (Only words that may open with a capital are read:
                    // few do, and they are found in one tight loop.)
                    let keys = self.keys;
                    std::iter::successors(Some(keys.next_maybe_capitalised(1)), |&i| {
                        Some(keys.next_maybe_capitalised(i + 1))
                    })
                    .take_while(|&i| i < tokens.len())
                    .filter_map(|i| Some((i, word(i)?, word(i + 1)?)))
                    .filter(|&(i, first, second)| {
                        is_capitalised(first)
                            && is_capitalised(second)
                            && !self.opens_sentence(i)
                            && self.lowercase_words.contains(keys.get(i))
                    })
                    .map(|(_, first, second)| (first, second))
                    .collect()
                })
                .contains(&(word, next))
    }

    /// Does the text write `word` right after an honorific ("Mr Lim")?
    fn follows_honorific_elsewhere(&self, word: &str) -> bool {
        self.after_honorifics
            .get_or_init(|| {
                (0..self.tokens.len())
                    .filter(|&index| self.is_honorific_at(index))
                    .filter_map(|index| {
                        let dotted = self.punct(index + 1) == Some(".");
                        let text = |token: &Token| &self.text[token.start..token.end];
                        self.tokens
                            .get(index + 1 + usize::from(dotted))
                            .filter(|token| token.kind == Kind::Word)
                            .map(text)
                    })
                    .collect()
            })
            .contains(word)
    }

    /// "l'Union belge des armateurs", "la Fédération française de
    /// football": in French, a capitalised organisation word alone may be
    /// followed by the lowercase rest of its name, an adjective and maybe
    /// one complement.
    fn french_organisation_tail(&self, first: usize, end: usize) -> usize {
        if self.lexicon.lang != crate::article::Lang::Fr || end != first + 1 {
            return end;
        }
        let Some(head) = self.word(first) else {
            return end;
        };
        let head_names_body = is_organisation_word(head);
        if !head_names_body && !self.body_name_in_sentence_case(first, head) {
            return end;
        }
        self.organisation_tail(first, end, head_names_body)
    }

    /// One past the lowercase words that carry on the French name of one
    /// word at `first`, or `end`; `head_names_body` when that word itself
    /// names a body (« Union », « Agence »), else the name is read as one
    /// in sentence case.
    fn organisation_tail(&self, first: usize, end: usize, head_names_body: bool) -> usize {
        let lowercase = |index: usize| {
            let key = self.keys.get(index);
            self.word(index).is_some_and(|w| !is_capitalised(w))
                && !self.lexicon.is_auxiliary(key)
                && !self.lexicon.is_reporting_verb(key)
                && !is_function_word(self.lexicon, key)
        };
        let adjective =
            |index: usize| lowercase(index) && self.lexicon.is_adjective_like(self.keys.get(index));
        let article_and_noun = |at: usize| {
            matches!(self.keys.get(at), "le" | "la" | "les" | "l'") && lowercase(at + 1)
        };
        // ("vivants" there agrees with its noun; no verb stands there.)
        let qualified = |noun: usize| {
            let present_participle =
                lowercase(noun + 1) && lexicon::looks_present_participle(self.keys.get(noun + 1));
            noun + 1 + usize::from(adjective(noun + 1) || present_participle)
        };
        // « le collectif Sauvons la côte de Campo »: a name that opens with
        // a verb in the imperative carries its object.
        let end =
            if !head_names_body && self.keys.get(first).ends_with("ons") && article_and_noun(end) {
                qualified(end + 1)
            } else {
                end
            };
        // "l'Alliance pour les fleuves vivants", "le Collectif contre la
        // précarité", "l'Agence internationale pour l'alimentation et
        // l'agriculture"; not "l'Union pour l'instant".
        let past_purpose = |mut tail: usize| {
            // (« Lagune pour tous ».)
            if self.keys.get(tail) == "pour" && matches!(self.keys.get(tail + 1), "tous" | "toutes")
            {
                return tail + 2;
            }
            if matches!(self.keys.get(tail), "pour" | "contre")
                && article_and_noun(tail + 1)
                && !PURPOSE_LOOKALIKES.contains(&self.keys.get(tail + 2))
            {
                tail = qualified(tail + 2);
                if self.keys.get(tail) == "et" && article_and_noun(tail + 1) {
                    tail = qualified(tail + 2);
                }
            }
            tail
        };
        // "l'Union cycliste internationale": up to two adjectives; a name in
        // sentence case may also be qualified by a participle, a word for
        // people, or a plural agreeing with a plural head (« Rivières
        // vivantes », « Solidarité paysanne », « Forêts humides »).
        let plural = |word: &str| word.ends_with(['s', 'x']);
        let head_qualifier = |at: usize| {
            adjective(at)
                || (at == end
                    && !head_names_body
                    && lowercase(at)
                    && (lexicon::looks_present_participle(self.keys.get(at))
                        || (plural(self.keys.get(first)) && plural(self.keys.get(at)))
                        || self.lexicon.role(self.keys.get(at)).is_some()))
        };
        let past_adjectives = |at: usize| {
            let one = at + usize::from(head_qualifier(at));
            one + usize::from(one > at && adjective(one))
        };
        // "de protection des réfugiés", "des dangers naturels".
        let mut tail = past_purpose(past_adjectives(end));
        let bare = tail == end;
        // "du médicament et des produits de santé", "des scieurs et
        // exploitants forestiers": "et" joins a second complement; but not
        // "et d'un programme", whose « de » opens no noun of the name. Commas
        // may list complements before it ("de l'agriculture, de l'élevage
        // et de la pêche"), but only a list that « et » closes is the name's
        // ("de l'agriculture, de son côté, …" is not).
        let mut before_list = None;
        for _ in 0..ORGANISATION_TAIL_COMPLEMENTS {
            let listed = self.is_comma(tail)
                && matches!(self.keys.get(tail + 1), "de" | "des" | "du" | "d'");
            if listed {
                before_list.get_or_insert(tail);
            }
            let closes_list = self.keys.get(tail) == "et";
            let joined = closes_list || listed;
            let at = tail + usize::from(joined);
            let article = usize::from(matches!(self.keys.get(at + 1), "la" | "l'"));
            let noun = at + 1 + article;
            let of = matches!(self.keys.get(at), "de" | "des" | "du" | "d'");
            if of && lowercase(noun) {
                // A participle qualifies the noun when a named complement
                // closes the name after it ("des acheteurs agréés de la
                // Kadey"), or when it is plural and agrees with a plural
                // noun, even with nothing after it (« des travailleurs unis »).
                // ("des pêcheurs artisans du Lac Vert": so does a plural
                // agreeing with it before a named complement.)
                let plural_noun = plural(self.keys.get(noun));
                let participle = |word: &str| {
                    ((lexicon::looks_past_participle(word) || (plural_noun && plural(word)))
                        && self.complement_after(noun + 2) > noun + 2)
                        || (plural_noun && lexicon::looks_plural_participle(word))
                };
                let qualifier = adjective(noun + 1)
                    || (lowercase(noun + 1) && participle(self.keys.get(noun + 1)));
                tail = noun + 1 + usize::from(qualifier);
            } else if joined && !of && lowercase(at) {
                tail = at + 1 + usize::from(adjective(at + 1));
            } else {
                break;
            }
            // (Only an « et » that joins a complement closes the list.)
            if closes_list {
                before_list = None;
            }
        }
        tail = before_list.unwrap_or(tail);
        // "l'Agence française de lutte contre le dopage".
        tail = past_purpose(tail);
        // "l'ONG locale Sahayog": a description before a name. A bare
        // complement that a preposition carries on ("la Fédération des
        // vignerons de Gironde", "le Syndicat des professionnelles en
        // soins") is read whole elsewhere.
        if self.word(tail).is_some_and(is_capitalised)
            || (bare && FRENCH_PREPOSITIONS.contains(self.keys.get(tail)))
        {
            return end;
        }
        tail
    }

    /// « l'association Rivières vivantes », « l'ONG Solidarité paysanne du
    /// Kasaï »: after a word for a body, a French name written in sentence
    /// case may open with a word that names no body itself. A given name
    /// opens a person's name instead (« la société Marie Dupont »). Once
    /// the text has introduced such a name, it may write it whole again
    /// with no word for a body before it (« Bois tropicaux de l'Océan
    /// affirme … »); names are read in text order, so the introduction
    /// has been seen by then.
    fn body_name_in_sentence_case(&self, first: usize, head: &str) -> bool {
        let Some(next) = self.word(first + 1).filter(|next| !is_capitalised(next)) else {
            return false;
        };
        if self.introduced_in_sentence_case(head, next) {
            return true;
        }
        // (Most names follow an article or a preposition, shorter than any
        // word for a body, or a full stop: those need no more asking.)
        let after_word_or_comma = first > 0
            && (self.is_comma(first - 1)
                || self
                    .word(first - 1)
                    .is_some_and(|previous| previous.len() > 3 && !is_capitalised(previous)));
        if !after_word_or_comma {
            return false;
        }
        let introduced = self.introduced_as_organisation(first)
            && given_name_gender(head).is_none()
            && !is_acronym(head);
        if introduced {
            self.sentence_case_body_names
                .borrow_mut()
                .entry(head.to_string())
                .or_default()
                .push(next.to_string());
        }
        introduced
    }

    /// Has the text introduced a name in sentence case that opens with
    /// `head` then `next`? (Both words are asked: a place written once
    /// after a word for a body, « l'hôpital Pékin », stays a place before
    /// any other lowercase word, « Pékin populaire ».)
    fn introduced_in_sentence_case(&self, head: &str, next: &str) -> bool {
        self.sentence_case_body_names
            .borrow()
            .get(head)
            .is_some_and(|nexts| nexts.iter().any(|known| known == next))
    }

    /// "Mayor Charity Mwiinga": two capitalised words after a title, the
    /// last no word for a body, are a person's given name and surname even
    /// when the given name is also a word for a body.
    fn given_name_and_surname_after(&self, title_end: usize, end: usize) -> bool {
        end == title_end + 3
            && self.capitalised_word(title_end + 1).is_some()
            && self
                .capitalised_word(title_end + 2)
                .is_some_and(|surname| !is_organisation_word(surname))
    }

    /// Does a word among `tokens` mark an organisation?
    fn holds_organisation_word(&self, tokens: std::ops::Range<usize>) -> bool {
        tokens
            .filter_map(|i| self.word(i))
            .any(is_organisation_word)
    }

    /// "analyste chez Kepler Ferrand", "an economist at Brightwater": a
    /// name after a role and "chez" or "at" is the role's employer.
    fn employer_after_role(&self, first: usize) -> bool {
        first >= 2
            && self
                .previous_word(first)
                .is_some_and(|previous| matches!(previous, "chez" | "at"))
            && self
                .previous_word(first - 1)
                .is_some_and(|role| self.is_role(role))
    }

    /// "the Board’s Upper Tano operations manager": capitalised words
    /// between a body's possessive and a lowercase role name the part of
    /// the body the role heads, not a person.
    fn unit_before_role(&self, first: usize, end: usize) -> bool {
        const ROLE_REACH: usize = 3;
        self.previous_word(first).is_some_and(is_possessive)
            && (end..end + ROLE_REACH)
                .take_while(|&index| {
                    self.word(index)
                        .is_some_and(|word| word.starts_with(char::is_lowercase))
                })
                .any(|index| self.is_role_at(index))
    }

    /// « son bateau, le Marie-Josée II », « à bord, au Jean-Bart »: a
    /// French masculine article (or « au ») right before a given name makes
    /// it the name of a thing (a boat, a ship), which no one calls a person
    /// by. (« du » already marks any name as a body's.)
    fn names_a_thing(&self, first: usize) -> bool {
        self.lexicon.lang == crate::article::Lang::Fr
            && first > 0
            && self
                .word(first - 1)
                .is_some_and(|previous| matches!(previous, "le" | "au"))
    }

    /// Evidence that a name is a person's: "celui de X", an age in
    /// apposition ("X, 31 ans," / "X, 54,"), or a role in apposition
    /// without an article (« le cas de X, commerçante installée près de la
    /// gare »; with one, « Près de Kandaro, le maire … » opens a clause).
    fn looks_like_person(&self, first: usize, end: usize) -> bool {
        let pronoun_before = first
            .checked_sub(2)
            .map(|index| self.keys.get(index))
            .is_some_and(|word| {
                matches!(
                    word,
                    "celui" | "celle" | "ceux" | "celles" | "that" | "those"
                )
            });
        let age = self.is_comma(end)
            && self
                .word(end + 1)
                .is_some_and(|word| word.chars().all(|c| c.is_ascii_digit()));
        let role = || {
            self.is_comma(end)
                && self.word(end + 1).is_some_and(|word| !is_capitalised(word))
                && self.is_role_at(end + 1)
        };
        pronoun_before || age || role()
    }

    /// Does a reporting verb follow at `index` ("Doe said")?
    fn reports_at(&self, index: usize) -> bool {
        self.word(index).is_some_and(|word| {
            self.lexicon.is_reporting_verb(word) || self.lexicon.is_auxiliary(word)
        })
    }

    fn punct(&self, index: usize) -> Option<&str> {
        self.tokens
            .get(index)
            .filter(|t| t.kind == Kind::Punct)
            .map(|_| self.keys.text(index))
    }

    fn is_comma(&self, index: usize) -> bool {
        self.punct(index) == Some(",")
    }

    /// The lookup form of the word at `index`.
    fn key_at(&self, index: usize) -> Option<&str> {
        self.word(index).map(|_| self.keys.get(index))
    }

    fn previous_word(&self, index: usize) -> Option<&str> {
        self.key_at(index.checked_sub(1)?)
    }

    /// Names the text also uses as places ("in Fort Gannet"), unless they
    /// start with a known given name.
    fn place_names(&self, runs: &[Run], surnames: &HashSet<&str>) -> HashSet<String> {
        self.names_after(runs, surnames, |previous, run| {
            PLACE_PREPOSITIONS.contains(previous)
                // "the TD for Galway West"; "for Jones" may be anyone, and
                // "For Lorraine Mitchell, whose son …" opens on a person.
                // "a spokesperson for Birmingham City Council": an
                // organisation is no place either.
                || (previous == "for"
                    && run.end > run.first + 1
                    && !self.word(run.first - 1).is_some_and(is_capitalised)
                    && !self.holds_organisation_word(run.first..run.end))
        })
    }

    /// Names set in apposition with a word for a settlement ("Hollis Fork,
    /// a town of about 2,300", « Lormes, une petite commune de la Nièvre »):
    /// places, whatever word opens them.
    fn settlement_names(&self, runs: &[Run], surnames: &HashSet<&str>) -> HashSet<String> {
        runs.iter()
            .filter(|run| run.honorific.is_none() && self.is_comma(run.end))
            .filter(|run| self.settlement_after(run.end + 1))
            .map(|run| self.run_text(run.first, run.end))
            // "Tully, a town …" is not "Rebecca Tully"'s surname.
            .filter(|name| !surnames.contains(name.as_str()))
            .collect()
    }

    /// Does a settlement's word head the noun phrase at `index`, after at
    /// most a determiner and two qualifying words, and before a complement
    /// or the phrase's end? ("a town councillor" is a person's role.)
    fn settlement_after(&self, index: usize) -> bool {
        let first = index
            + usize::from(
                self.word(index)
                    .is_some_and(|_| self.lexicon.is_determiner(self.keys.get(index))),
            );
        // (Most commas after a name have no settlement's word after them:
        // that is looked for first.)
        let Some(noun) = (first..first + 3)
            .find(|&i| self.word(i).is_some() && SETTLEMENTS.contains(self.keys.get(i)))
        else {
            return false;
        };
        (first..=noun)
            .all(|i| {
                let word = self.keys.get(i);
                self.word(i).is_some_and(|w| !is_capitalised(w))
                    && (i == noun
                        || (self.lexicon.role(word).is_none()
                            && !is_function_word(self.lexicon, word)))
            })
            // ("Pour Kerloc'h, la région doit …" opens a clause.)
            && self.word(noun + 1).is_none_or(|_| {
                let next = self.keys.get(noun + 1);
                is_function_word(self.lexicon, next)
                    || COMPLEMENT_OPENERS.contains(next)
                    || is_elided(next)
            })
    }

    /// Names the text also uses as destinations ("à Québec", "to Ottawa"),
    /// which may also be people spoken to ("a dit à Dupont").
    fn destination_names(&self, runs: &[Run], surnames: &HashSet<&str>) -> HashSet<String> {
        self.names_after(runs, surnames, |previous, run| {
            // "according to Fehr" names a source, not where anyone goes.
            previous == "à"
                || (previous == "to" && self.previous_word(run.first - 1) != Some("according"))
        })
    }

    /// The last words of runs that open with a known given name, or that
    /// a word for a person's role or origin introduces ("l'Italien Matteo
    /// Brambilla").
    fn surnames<'r>(&'r self, runs: &[Run]) -> HashSet<&'r str> {
        let introduced = |run: &Run| {
            self.previous_word(run.first)
                .is_some_and(|previous| self.is_role(previous) || self.lexicon.is_demonym(previous))
        };
        let mut surnames = HashSet::default();
        for run in runs.iter().filter(|run| run.end >= run.first + 2) {
            let Some(last) = self.word(run.end - 1) else {
                continue;
            };
            // (A person named in full again need not be vouched for again.)
            if surnames.contains(last) {
                continue;
            }
            if self.word(run.first).and_then(given_name_gender).is_some()
                || introduced(run)
                || self.is_role_at(run.first)
                || self.lexicon.is_demonym(self.keys.get(run.first))
            {
                surnames.insert(last);
            }
        }
        surnames
    }

    /// The names of runs after a word `follows` accepts, unless they start
    /// with a known given name or are the surname of someone named in full.
    fn names_after(
        &self,
        runs: &[Run],
        surnames: &HashSet<&str>,
        follows: impl Fn(&str, &Run) -> bool,
    ) -> HashSet<String> {
        runs.iter()
            .filter(|run| run.honorific.is_none())
            .filter(|run| {
                self.previous_word(run.first)
                    .is_some_and(|previous| follows(previous, run))
            })
            .map(|run| self.run_text(run.first, run.end))
            .filter(|name| {
                name.split_whitespace()
                    .next()
                    .is_none_or(|first| given_name_gender(first).is_none())
            })
            // "a screen from Vasquez" after "Dmitri Vasquez": a surname.
            .filter(|name| !surnames.contains(name.as_str()))
            .collect()
    }

    /// "CEDAR HOLLOW — The diner …", "LONDON, March 3 —": a paragraph
    /// opening with a name in capitals before a dash, a comma or a bracket
    /// names where the story was filed.
    fn is_dateline(&self, run: &Run) -> bool {
        let opens_paragraph = run.first == 0
            || self
                .tokens
                .get(run.first - 1)
                .is_some_and(|token| token.kind == Kind::Break);
        // (Read only for the few runs opening a paragraph.)
        let in_capitals = || {
            (run.first..run.end)
                .filter_map(|i| self.word(i))
                .all(|word| {
                    word.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
                })
        };
        // ("MWANZA (Tanzanie), de notre correspondant": the country may
        // follow in brackets.)
        opens_paragraph
            && in_capitals()
            && matches!(self.punct(run.end), Some("—" | "–" | "," | "("))
    }

    /// "a fisherman who gave only his surname, Wong", "who gave his name
    /// (only) as Terrence", "who identified himself as Callum", « qui n'a
    /// donné que son prénom, Karim »: a word the text gives as someone's
    /// own name is a person's.
    fn given_as_own_name(&self, first: usize) -> Option<Gender> {
        let mut at = first.checked_sub(1)?;
        let after_as = self.keys.get(at) == "as";
        if self.is_comma(at) || after_as {
            at = at.checked_sub(1)?;
        }
        if after_as {
            if self.lexicon.is_naming_adverb(self.keys.get(at)) {
                at = at.checked_sub(1)?;
            }
            if let Some(gender) = self.introduced_as(at) {
                return Some(gender);
            }
        }
        if !is_word_for_a_name(self.keys.get(at)) {
            return None;
        }
        at = at.checked_sub(1)?;
        if matches!(self.keys.get(at), "first" | "last" | "family") {
            at = at.checked_sub(1)?;
        }
        let gender = match self.keys.get(at) {
            "his" => Gender::Masculine,
            "her" => Gender::Feminine,
            "son" | "their" => Gender::Unknown,
            _ => return None,
        };
        let gave = (at.saturating_sub(3)..at).any(|index| {
            matches!(
                self.keys.get(index),
                "gave" | "give" | "gives" | "giving" | "given" | "donné" | "donne" | "donnant"
            )
        });
        gave.then_some(gender)
    }

    /// "Her husband, Frank, said", « Sa fille, Sandrine, »: a name set off
    /// by commas right after a determined role (or kin) is its holder's.
    fn apposed_to_role(&self, first: usize, end: usize) -> bool {
        let Some(role) = first.checked_sub(2) else {
            return false;
        };
        // ("Her six-year-old son": a word may stand between.)
        let determined = (role.saturating_sub(2)..role).any(|index| {
            self.word(index)
                .is_some_and(|word| self.lexicon.is_determiner(word))
        });
        self.is_comma(first - 1)
            && self.is_comma(end)
            && determined
            && self.is_role(self.keys.get(role))
    }

    /// « le directeur de la radio, Jane Roe »: a name set off by a comma
    /// after a noun phrase that names a role.
    fn set_off_after_role(&self, first: usize) -> bool {
        first >= 2
            && self.is_comma(first - 1)
            && (first.saturating_sub(ROLE_PHRASE_REACH)..first - 1)
                .any(|index| self.is_role(self.keys.get(index)))
    }

    /// "Abdirahman Sheikh Mohamed": a title-like word between a given name
    /// and the run's one last word is part of the name.
    fn between_given_name_and_one_more(&self, run: &Run, index: usize) -> bool {
        index + 2 == run.end && self.after_given_name(run.first, index)
    }

    /// "Issoufou Maman Lawali": a word that may be a title is a name's own
    /// part right after a given name in the same run.
    fn after_given_name(&self, first: usize, index: usize) -> bool {
        index > first && self.word(index - 1).and_then(given_name_gender).is_some()
    }

    /// "identified himself", "introduced herself" (before "as" and the
    /// name): the gender of whoever names themselves.
    fn introduced_as(&self, reflexive: usize) -> Option<Gender> {
        let gender = match self.keys.get(reflexive) {
            "himself" => Gender::Masculine,
            "herself" => Gender::Feminine,
            "themselves" | "themself" => Gender::Unknown,
            _ => return None,
        };
        let verb = self.keys.get(reflexive.checked_sub(1)?);
        (verb.starts_with("identif") || verb.starts_with("introduc")).then_some(gender)
    }

    fn run_text(&self, first: usize, end: usize) -> String {
        (first..end)
            .filter_map(|i| self.word(i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// For each run, the surname it shares with the next when it is a lone
    /// given name joined to a full name: "Ray and Linda Tuttle", « Jean et
    /// Marie Dupont ».
    fn shared_surnames<'r>(&'r self, runs: &'r [Run]) -> impl Iterator<Item = Option<&'r str>> {
        // (Read run by run: a list as long as the runs, nearly all `None`,
        // would be zeroed for each text.)
        let next = runs.iter().skip(1).map(Some).chain([None]);
        runs.iter()
            .zip(next)
            .map(|(lone, full)| full.and_then(|full| self.shared_surname(lone, full)))
    }

    /// The surname `full` shares with `lone`, the run before it, when
    /// `lone` is a lone given name joined to it.
    fn shared_surname(&self, lone: &Run, full: &Run) -> Option<&str> {
        let given = |index: usize| self.word(index).and_then(given_name_gender).is_some();
        let joined = lone.end + 1 == full.first
            && matches!(self.keys.get(lone.end), "and" | "et")
            && lone.honorific.is_none()
            && full.honorific.is_none();
        let shares = joined
            && lone.end == lone.first + 1
            && given(lone.first)
            && full.end >= full.first + 2
            && given(full.first);
        if shares {
            self.word(full.end - 1)
        } else {
            None
        }
    }

    fn resolve(&self, runs: Vec<Run>) -> People {
        let mut people = People::default();
        let surnames = self.surnames(&runs);
        let mut places = self.place_names(&runs, &surnames);
        places.extend(self.settlement_names(&runs, &surnames));
        let destinations = self.destination_names(&runs, &surnames);
        let mut singles = Vec::new();
        let shared_surnames = self.shared_surnames(&runs);
        // (Read only for the few possessive names that need it.)
        let lone_names: OnceCell<HashSet<&str>> = OnceCell::new();
        let lone_names = || {
            lone_names.get_or_init(|| {
                runs.iter()
                    .filter(|run| run.end == run.first + 1)
                    .filter_map(|run| self.word(run.first))
                    .collect()
            })
        };
        let mut joined = String::new();
        // (One list holds each run's name words in turn.)
        let mut words: Vec<Cow<str>> = Vec::new();
        for (run, shared_surname) in runs.iter().zip(shared_surnames) {
            // "Police Chief Angela Morrow", "Senate Majority Leader Harold
            // Buckingham", "GP Andrew Finch": titles are not names.
            let mut first = run.first;
            // (The last title is wanted: read from the end, the words before
            // it need no asking.)
            let title_end = (run.first..run.end.saturating_sub(1))
                .rev()
                .find(|&index| {
                    (self.is_title_at(index) && !self.between_given_name_and_one_more(run, index))
                        || (self.is_honorific_at(index) && !self.after_given_name(run.first, index))
                        || self.is_demonym_at(index, run.end)
                        || self.is_label_before_given_name(run.first, index, run.end)
                        || self.is_label_before_surname_first(run.first, index, run.end)
                        || self.is_portfolio_before_two_names(run.first, index, run.end)
                })
                // "South Fens Community Health NHS Trust": an organisation's
                // name may hold a title-like word; it stays whole.
                // "l'Union cycliste internationale": nor may the lowercase
                // words after its first.
                .filter(|&title_end| {
                    // ("City of Prince George": nor may its complement.)
                    // ("Minister of Health Ruth Kamanga": a link before
                    // the run opens no complement within it.)
                    // ("Office of the Mayor of East Varden": an article
                    // may follow the link.)
                    let opens_complement = || {
                        let article = title_end > run.first
                            && self
                                .key_at(title_end - 1)
                                .is_some_and(|w| self.lexicon.is_determiner(w));
                        let link = title_end - usize::from(article);
                        link > run.first && self.key_at(link - 1).is_some_and(is_complement_link)
                    };
                    let inside_organisation = (self
                        .holds_organisation_word(title_end + 1..run.end)
                        && !self.given_name_and_surname_after(title_end, run.end))
                        || (self.word(run.first).is_some_and(|head| {
                            is_organisation_word(head)
                                || self.word(run.first + 1).is_some_and(|next| {
                                    self.introduced_in_sentence_case(head, next)
                                })
                        }) && (self.capitalised_word(title_end).is_none()
                            || opens_complement()));
                    !inside_organisation
                });
            if let Some(title_end) = title_end {
                first = title_end + 1;
            }
            // "Nadir K.", "John F. Kennedy", "Northgate Minerals Corp.": an
            // initial, or a company's abbreviation, keeps its full stop; an
            // item of a listed complement keeps its comma.
            // (Borrowed: most runs name no new entity, and only a stored
            // name needs owned words.)
            words.clear();
            words.extend((first..run.end).filter_map(|i| {
                let word = self.name_word(i)?;
                // (The full stop is asked first: most words have none, and
                // then neither list need be searched.)
                // (The mark after the word is read once, for both tests.)
                let mark_after = self.punct(i + 1);
                let abbreviated = mark_after == Some(".")
                    && (lexicon::is_name_initial(word) || COMPANY_ABBREVIATIONS.contains(word));
                // ("Department for Culture, Media and Sport".)
                let listed = mark_after == Some(",") && i + 2 < run.end;
                Some(if abbreviated {
                    Cow::Owned(format!("{word}."))
                } else if listed {
                    Cow::Owned(format!("{word},"))
                } else {
                    Cow::Borrowed(word)
                })
            }));
            // "Ray and Linda Tuttle": one surname for two given names.
            words.extend(shared_surname.map(Cow::Borrowed));
            // "Eoin Hartigan SC": letters after a name are not part of it.
            while words.len() > 1
                && words
                    .last()
                    .is_some_and(|w| NAME_SUFFIXES.contains(w.as_ref()))
            {
                words.pop();
            }
            // "Hollinsford District Council's planning committee", "Craig
            // Dunlop's 10,872 votes".
            // ("Crispy Joe's" keeps its name.) "Odessa Fairweather's
            // apartment … Fairweather said": the owner is named alone too.
            // "Trout Unlimited's local chapter": a thing it owns follows.
            // "Mr Carmody's neighbour": a titled name is a person's.
            let owned_after = self.word(run.end).is_some_and(|next| {
                next.starts_with(char::is_lowercase)
                    && !self.lexicon.is_reporting_verb(next)
                    && !matches!(next, "is" | "was" | "has" | "had" | "will" | "would")
            });
            if (words.len() > 1 || run.honorific.is_some())
                && words.last().is_some_and(|last| is_possessive(last))
                && (words
                    .first()
                    .and_then(|first| given_name_gender(first))
                    .is_some()
                    || owned_after
                    || words
                        .last()
                        .and_then(|last| possessor(last))
                        .is_some_and(|owner| lone_names().contains(owner))
                    || words.iter().any(|word| {
                        with_key(possessor(word).unwrap_or(word), is_organisation_word)
                    }))
                && let Some(last) = words.last_mut()
                && let Some(owner) = possessor(last)
            {
                *last = Cow::Owned(owner.to_string());
            }
            let after_de = self.previous_word(first).is_some_and(is_complement_link);
            let given_name = words.first().and_then(|first| given_name_gender(first));
            let starts_with_given_name = given_name.is_some();
            let complement = after_de
                && !starts_with_given_name
                && run.honorific.is_none()
                && !self.looks_like_person(first, run.end);
            // "Lakeshore Algoma Steel Corp.": a company's abbreviation ends
            // a company's name.
            let company = words
                .last()
                .is_some_and(|last| is_company_abbreviation(last));
            // (Read once: both an organisation's name and a business's.)
            // A title kept apart has already vouched for a person's name.
            let business =
                title_end.is_none() && words.iter().any(|word| is_organisation_word(word));
            let named_as_organisation = company
                || business
                || words.iter().any(|word| word == "&")
                || self.previous_word(first).is_some_and(|previous| {
                    // ("said that David Oyelaran …": not before a given name.)
                    (self.lexicon.is_determiner(previous) && !starts_with_given_name)
                        || previous == "du"
                        || previous == "des"
                        // "la société Ibérica Patrimoine", "the firm Halden";
                        // not "developer Tom Hale".
                        || (is_organisation_word(previous)
                            && self.is_body_noun(previous)
                            && !starts_with_given_name)
                })
                || (starts_with_given_name && self.names_a_thing(first))
                || (!starts_with_given_name && self.introduced_as_organisation(run.first))
                || (!starts_with_given_name && self.employer_after_role(run.first))
                || (!starts_with_given_name && self.unit_before_role(first, run.end))
                || self.after_indefinite_and_adjective(run.first, run.end);
            // (One buffer holds every run's name as a place would be written.)
            let mut is_place_name = |words: &[Cow<str>]| {
                joined.clear();
                for (index, word) in words.iter().enumerate() {
                    if index > 0 {
                        joined.push(' ');
                    }
                    joined.push_str(word);
                }
                places.contains(joined.as_str())
            };
            // "Santé Québec", "Transport Canada" after "à Québec": a name
            // ending with a place the text names is a body's, not a person's.
            let named_after_place = words.len() >= 2
                && run.honorific.is_none()
                && !starts_with_given_name
                && words.last().is_some_and(|last| {
                    places.contains(last.as_ref()) || destinations.contains(last.as_ref())
                })
                && !is_place_name(&words);
            let organisation = named_as_organisation || complement || named_after_place;
            // "Rue des Tanneries", "Baker Street": a street is a place.
            let street = words.len() >= 2
                && [words.first(), words.last()]
                    .into_iter()
                    .flatten()
                    .any(|word| STREET_WORDS.contains_key_of(word));
            // "Mount Teralu", "the North Sea": a natural feature is a place.
            let feature = words.len() >= 2
                && !starts_with_given_name
                && !business
                && !words.iter().any(|word| word == "&")
                && [words.first(), words.last()]
                    .into_iter()
                    .flatten()
                    .any(|word| GEOGRAPHY.contains(word));
            // "St. Agatha's", « l'église Saint-Gervais »: a saint's name is a
            // place's, or a business's (a person's surname may hold one:
            // "Thibault Saint-Arroman").
            let saint = words.first().is_some_and(|first| {
                lexicon::is_name_abbreviation(first.trim_end_matches('.'))
                    || (is_hyphenated_saint(first) && !surnames.contains(first.as_ref()))
            });
            // "at Metrolink Buses": a name with a word for a business, met
            // where a place would be, is still the business's.
            let place = run.honorific.is_none()
                && (street || feature || ((saint || is_place_name(&words)) && !business));
            let gender = run
                .honorific
                .and_then(|index| self.word(index))
                .map(honorific_gender)
                .filter(|gender| *gender != Gender::Unknown)
                .or(given_name)
                .unwrap_or(Gender::Unknown);
            let mention = Mention {
                first,
                end: run.end,
                entity: usize::MAX,
            };
            // "the First Minister said": a title of several capitalised
            // words names no one; it describes its holder.
            // "Green Party Member of the Senedd": a party's title, too.
            let of_something = self
                .word(run.end)
                .is_some_and(|next| matches!(next, "of" | "for"));
            let title_alone = run.honorific.is_none()
                && (2..=3).contains(&words.len())
                && !words.iter().any(|word| word == "&")
                && words.last().is_some_and(|last| self.is_role(last))
                && words.iter().all(|word| {
                    given_name_gender(word).is_none()
                        && (of_something || !is_organisation_word(word))
                });
            // "Bonfire Night", "Labor Day", "Christmas Eve": a day of the
            // year, no one.
            let day_of_the_year = words.len() >= 2
                && !starts_with_given_name
                && words.last().is_some_and(|last| {
                    ["day", "night", "eve"]
                        .iter()
                        .any(|day| last.eq_ignore_ascii_case(day))
                });
            // "the South African told BBC Sport", "three West African
            // cooperatives": where someone comes from, in two words, is an
            // epithet or an adjective, no name.
            let demonym = matches!(words.as_slice(), [first, second]
                if self.lexicon.is_compound_demonym(first, second));
            if title_alone || day_of_the_year || demonym || self.is_dateline(run) {
                continue;
            }
            // "Tasman Ridge Property Group … Tasman Ridge said": the first
            // words of an organisation's name met before are its short form.
            // ("Paloma Peak" after "Paloma Peak Resort": a given name may
            // open an organisation's name its words mark as one.)
            let short_form = (words.len() >= 2 && run.honorific.is_none())
                .then(|| {
                    people.position_named_with(words.first().map(AsRef::as_ref), |entity| {
                        !entity.person
                            && !entity.place
                            && entity.name.len() > words.len()
                            && same_words(&entity.name[..words.len()], &words)
                            && (!starts_with_given_name || entity.named_as_organisation())
                    })
                })
                .flatten();
            if let Some(entity) = short_form {
                self.record(&mut people, mention, entity);
                continue;
            }
            if (organisation || place) && words.len() == 1 {
                // "the Gazette": maybe the short form of a longer name.
                // (A single keeps its one word alone: the list is reused.)
                singles.push((mention, words.pop(), true, place));
            } else if organisation || place {
                // "Lakeshore Steel …, Lakeshore Steel Corp.": a company met
                // before takes the name its abbreviation completes.
                let shorter = words
                    .split_last()
                    .filter(|_| company)
                    .and_then(|(_, short)| {
                        people.position_named_with(short.first().map(AsRef::as_ref), |entity| {
                            !entity.person && same_words(&entity.name, short)
                        })
                    });
                let entity = match shorter {
                    Some(entity) => {
                        people.lengthen_name(entity, &words);
                        entity
                    }
                    // ("Operator Lakeside Ferries said": a sentence's
                    // first word may be written with a capital of its own.)
                    None => match (!self.opens_sentence(mention.first))
                        .then(|| people.organisation_sharing_ending(&words))
                        .flatten()
                    {
                        Some(entity) => {
                            people.take_longer_name(entity, &words);
                            entity
                        }
                        None => people.entity_named(&words, false),
                    },
                };
                people.entities[entity].place |= place;
                // Met first as a bare name and taken for a person, it is
                // now seen to be an organisation or place ("de X" alone
                // says too little: "le roman de Jane Roe").
                // (« l'équipe de Jane Roe » does not undo « le directeur
                // de la radio, Jane Roe, »; the earlier mentions are read
                // only when all else would undo the person.)
                let found = &people.entities[entity];
                let undone = found.person
                    && (named_as_organisation || place)
                    && found
                        .name
                        .first()
                        .is_none_or(|first| given_name_gender(first).is_none());
                let owner_named_as_person = || {
                    matches!(self.previous_word(first), Some("de" | "d'"))
                        && people.mentions.iter().any(|earlier| {
                            earlier.entity == entity && self.set_off_after_role(earlier.first)
                        })
                };
                if undone && !owner_named_as_person() {
                    people.entities[entity].person = false;
                }
                self.record(&mut people, mention, entity);
            } else if words.len() >= 2 || run.honorific.is_some() {
                let entity = person_entity(&mut people, &words, gender);
                let title_role =
                    run.honorific
                        .and_then(|index| self.word(index))
                        .and_then(|title| {
                            // (The dotted form is written only when the bare
                            // one is not listed.)
                            HONORIFIC_ROLES
                                .get(title)
                                .or_else(|| HONORIFIC_ROLES.get(&format!("{title}.")))
                                .cloned()
                        });
                // (The title kept apart describes only a person found.)
                let mut descriptor: Vec<String> = title_end
                    .map(|title_end| {
                        (run.first..=title_end)
                            .filter_map(|i| self.word(i))
                            .map(normalise)
                            .collect()
                    })
                    .unwrap_or_default();
                descriptor.extend(title_role);
                if !descriptor.is_empty() {
                    people.entities[entity].describe(descriptor);
                }
                self.record(&mut people, mention, entity);
            } else {
                // (At most one word.)
                singles.push((mention, words.pop(), false, false));
            }
        }
        for (mention, word, organisation, place) in singles {
            let words = word.as_slice();
            // "l'ONG locale Sahayog", "the Company": a word for any
            // organisation is no organisation's name.
            if words
                .first()
                .is_some_and(|word| self.lexicon.is_generic_organisation(word))
            {
                continue;
            }
            // "the Swede said", « le Tongien »: where someone comes from is
            // an epithet for a person, no name.
            // ("l'ancienne Stéphanoise": an adjective may stand between.)
            let determined = |index: usize| {
                self.previous_word(index)
                    .is_some_and(|previous| self.lexicon.is_determiner(previous))
            };
            let after_adjective = || {
                mention.first.checked_sub(1).is_some_and(determined)
                    && self
                        .previous_word(mention.first)
                        .is_some_and(|previous| self.lexicon.looks_adjectival(previous))
            };
            if (determined(mention.first) || after_adjective())
                && words.first().is_some_and(|word| {
                    self.lexicon.is_demonym(word) && given_name_gender(word).is_none()
                })
            {
                continue;
            }
            // "the Taoiseach", "le Premier": a title written with a capital
            // is a description of its holder, no name.
            // (The first word is most often the token's own, whose lookup
            // form was read with the tokens: it need not be made again.)
            let is_role_word = |word: &str| {
                if self.word(mention.first) == Some(word) {
                    self.is_role(self.keys.get(mention.first))
                } else {
                    with_key(word, |key| self.is_role(key))
                }
            };
            if words.first().is_some_and(|word| {
                is_role_word(word) && given_name_gender(word).is_none() && !self.names_body(word)
            }) {
                continue;
            }
            // "who gave his name only as Idrissu": a word given as someone's
            // own name is no body's, whatever words for one come before.
            let own_name = self.given_as_own_name(mention.first);
            let organisation = organisation && own_name.is_none();
            let known = if organisation {
                matching_organisation(&people, words, self.lexicon)
            } else {
                matching_person(&people, words)
                    .or_else(|| matching_organisation(&people, words, self.lexicon))
                    // "StoreRight, which is based in Omaha, said": a name
                    // already met keeps counting at a sentence's start.
                    .or_else(|| {
                        let possessive = words.first().is_some_and(|word| is_possessive(word));
                        let organisation =
                            |e: &Entity| !e.person && !e.place && same_words(&e.name, words);
                        let first = words.first().map(AsRef::as_ref);
                        people
                            .position_named_with(first, organisation)
                            .filter(|_| !possessive)
                    })
            };
            // "Amandine, étudiante en soins infirmiers", "Sarah, 31 ans,",
            // "His wife, Ifeoma, said": a given name alone is a person when
            // the text says who they are.
            let described_given_name = || {
                words
                    .first()
                    .and_then(|word| given_name_gender(word))
                    .filter(|_| {
                        self.description_after(mention.end).is_some()
                            || self.age_after(mention.end).is_some()
                            || self.apposed_to_role(mention.first, mention.end)
                    })
            };
            let entity = match known {
                Some(entity) => entity,
                None if let Some(gender) = own_name => person_entity(&mut people, words, gender),
                None if organisation => {
                    let entity = people.entity_named(words, false);
                    people.entities[entity].place |= place;
                    entity
                }
                None => match described_given_name() {
                    Some(gender) => person_entity(&mut people, words, gender),
                    // A lone capitalised word opening a sentence is too
                    // often an ordinary word to count as a name of its own;
                    // an acronym ("EDF prévoit …") is none.
                    None if self.opens_sentence(mention.first)
                        && !self.reports_at(mention.end)
                        && !matches!(words, [word] if is_acronym(word)) =>
                    {
                        continue;
                    }
                    None => people.entity_named(words, false),
                },
            };
            self.record(&mut people, mention, entity);
        }
        people.mentions.sort_by_key(|mention| mention.first);
        self.link_acronyms(&mut people);
        self.link_initials(&mut people);

        self.link_office_acronyms(&mut people);
        for index in 0..people.mentions.len() {
            self.collect_descriptors(&mut people, index);
        }
        self.infer_genders(&mut people);
        people.index_mentions(self.tokens.len());
        people
    }

    /// "Odessa Fairweather was born in Shreveport. Her mother …": a person
    /// whose name tells no gender takes the one of the pronoun opening the
    /// sentence after one they open and are the only person named in, when
    /// the text never says otherwise.
    fn infer_genders(&self, people: &mut People) {
        let mut votes: HashMap<usize, [u32; 2]> = HashMap::default();
        for (index, mention) in people.mentions.iter().enumerate() {
            let entity = &people.entities[mention.entity];
            if !entity.person
                || entity.gender != Gender::Unknown
                || !self.opens_sentence(mention.first)
            {
                continue;
            }
            let Some(next) = (mention.end..mention.end + GENDER_VOTE_REACH)
                .take_while(|&index| index < self.tokens.len())
                .find(|&index| self.opens_sentence(index))
            else {
                continue;
            };
            // The pronoun means the one person the sentence names.
            let someone_else = people.mentions[index + 1..]
                .iter()
                .take_while(|other| other.first < next)
                .any(|other| {
                    other.entity != mention.entity && people.entities[other.entity].person
                });
            if someone_else {
                continue;
            }
            // (French il and elle also stand for things.)
            let vote = match self.lexicon.person_pronoun(self.keys.get(next)) {
                Some(Gender::Masculine) => 0,
                Some(Gender::Feminine) => 1,
                _ => continue,
            };
            votes.entry(mention.entity).or_default()[vote] += 1;
        }
        for (entity, [masculine, feminine]) in votes {
            people.entities[entity].gender = match (masculine, feminine) {
                (_, 0) => Gender::Masculine,
                (0, _) => Gender::Feminine,
                _ => continue,
            };
        }
        // « la Française Lou Berthier-Kane »: else the words that describe
        // the person may tell, when they agree.
        for entity in &mut people.entities {
            if entity.person && entity.gender == Gender::Unknown {
                entity.gender = self.described_gender(&entity.descriptors);
            }
        }
    }

    /// The gender a person's descriptions give ("joueuse", « française »),
    /// when they give one and do not disagree. (A role is kept by its
    /// group's sense, « avocat » for « avocate »: that word's gender tells
    /// nothing.)
    fn described_gender(&self, descriptors: &[Vec<String>]) -> Gender {
        let mut found = Gender::Unknown;
        for word in descriptors.iter().flatten() {
            if lexicon::is_role_group(word) {
                continue;
            }
            let gender = match self.lexicon.role(word) {
                Some(gender @ (Gender::Masculine | Gender::Feminine)) => gender,
                _ => self.lexicon.demonym_gender(word),
            };
            match (found, gender) {
                (_, Gender::Unknown) => {}
                (Gender::Unknown, known) => found = known,
                (known, other) if known != other => return Gender::Unknown,
                _ => {}
            }
        }
        found
    }

    /// "l’agence régionale de santé (ARS)", "le Syndicat autonome des
    /// travailleurs de l'emballage (SATE)": the acronym names the phrase
    /// before it, and every mention of either is the same organisation.
    fn link_acronyms(&self, people: &mut People) {
        let is = |index: usize, mark: u8| {
            self.tokens.get(index).is_some_and(|token| {
                matches!(token.kind, Kind::Punct)
                    && token.end == token.start + 1
                    && self.text.as_bytes()[token.start] == mark
            })
        };
        for open in self.opening_brackets() {
            if !is(open, b'(') || !is(open + 2, b')') {
                continue;
            }
            let Some(acronym) = self.word(open + 1) else {
                continue;
            };
            let start = if is_acronym(acronym) {
                self.acronym_name_start(people, acronym, open)
            } else if let Some(first) = self.organisation_shortened_at(people, acronym, open) {
                first
            } else {
                continue;
            };
            // "PARIS, 9 fév 2026 (AFP)": a dateline names no one.
            let dated = (start..open).all(|i| {
                self.word(i).is_none_or(|w| {
                    w.chars().all(|c| c.is_ascii_digit()) || CALENDAR.contains(self.keys.get(i))
                })
            });
            if start == open || dated {
                continue;
            }
            // "The District Chief Executive (DCE), Hon. Efua Quayson": an
            // office's acronym stands for the one person holding it ("(DCE)
            // for Ketu South, Hon. …": the place it is for may come between).
            let holder = self
                .is_role_at(open - 1)
                .then(|| self.person_beside(people, start, self.past_jurisdiction(open + 3)))
                .flatten();
            let entity = holder.unwrap_or_else(|| {
                let name: Vec<&str> = (start..open).filter_map(|i| self.word(i)).collect();
                let entity = people.entity_named(&name, false);
                people.entities[entity].add_form(acronym.to_string());
                entity
            });
            let acronym_entities: Vec<usize> = people
                .entities
                .iter()
                .enumerate()
                .filter(|(index, e)| *index != entity && e.name.len() == 1 && e.name[0] == acronym)
                .map(|(index, _)| index)
                .collect();
            for mention in &mut people.mentions {
                let inside = mention.first >= start && mention.end <= open + 2;
                if inside || acronym_entities.contains(&mention.entity) {
                    mention.entity = entity;
                }
            }
        }
    }

    /// "The Municipal Chief Executive, Mrs Hawa Akudugu, … the MCE added":
    /// an acronym only ever met after "the", whose letters open the words
    /// of an office the text writes out beside one person's name, stands
    /// for that person.
    fn link_office_acronyms(&self, people: &mut People) {
        // Each acronym's entity, and whether every mention of it so far
        // follows "the".
        let mut after_the: HashMap<usize, bool> = HashMap::default();
        // Headlines drop their articles ("… as MCE pledges support").
        let body_start = self.headline_end().unwrap_or(0);
        for mention in &people.mentions {
            let entity = &people.entities[mention.entity];
            if mention.first < body_start
                || entity.person
                || !matches!(entity.name.as_slice(), [word] if is_acronym(word))
            {
                continue;
            }
            let the = self.previous_word(mention.first) == Some("the");
            *after_the.entry(mention.entity).or_insert(true) &= the;
        }
        let mut offices: Vec<usize> = after_the
            .into_iter()
            .filter_map(|(entity, the)| the.then_some(entity))
            .collect();
        if offices.is_empty() {
            return;
        }
        offices.sort_unstable();
        let capitals: Vec<usize> = (0..self.tokens.len())
            .filter(|&index| self.capitalised_word(index).is_some())
            .collect();
        let holders: HashMap<usize, usize> = offices
            .into_iter()
            .filter_map(|entity| {
                let acronym = &people.entities[entity].name[0];
                Some((entity, self.office_holder(people, &capitals, acronym)?))
            })
            .collect();
        for mention in &mut people.mentions {
            if let Some(&holder) = holders.get(&mention.entity) {
                mention.entity = holder;
            }
        }
    }

    /// The one person named beside the words `acronym` stands for
    /// ("Municipal Chief Executive" for "MCE") wherever the text writes
    /// them out beside someone; `capitals` are the capitalised words.
    fn office_holder(&self, people: &People, capitals: &[usize], acronym: &str) -> Option<usize> {
        let letters = acronym.len();
        let spelled_at = |first: usize| {
            acronym.bytes().enumerate().all(|(offset, letter)| {
                self.capitalised_word(first + offset)
                    .is_some_and(|word| word.as_bytes()[0] == letter)
            })
        };
        let mut holders = capitals
            .iter()
            .filter(|&&first| spelled_at(first))
            .filter_map(|&first| {
                self.person_beside(people, first, self.past_jurisdiction(first + letters))
            });
        let holder = holders.next()?;
        holders.all(|other| other == holder).then_some(holder)
    }

    /// "Municipal Chief Executive for Ketu South, Mr …": the end of the
    /// place an office is for, when one follows token `end` (a few
    /// capitalised words after "for" or "of").
    fn past_jurisdiction(&self, end: usize) -> usize {
        if !matches!(self.key_at(end), Some("for" | "of")) {
            return end;
        }
        let place_end = (end + 1..end + 1 + JURISDICTION_WORDS)
            .take_while(|&i| self.capitalised_word(i).is_some())
            .last();
        place_end.map_or(end, |last| last + 1)
    }

    /// The person named right after the words `first..end` ("…, Mrs Hawa
    /// Akudugu") or right before them ("Hawa Akudugu, the …").
    fn person_beside(&self, people: &People, first: usize, end: usize) -> Option<usize> {
        let is_person = |mention: &&Mention| people.entities[mention.entity].person;
        let mentions = &people.mentions;
        let after = mentions[mentions.partition_point(|mention| mention.first < end)..]
            .iter()
            .take_while(|mention| mention.first <= end + 3)
            .find(is_person)
            .filter(|mention| {
                (end..mention.first)
                    .all(|i| matches!(self.punct(i), Some("," | ".")) || self.is_honorific_at(i))
            });
        let before = || {
            mentions[..mentions.partition_point(|mention| mention.first < first)]
                .iter()
                .rev()
                .take(2)
                .filter(is_person)
                .find(|mention| mention.end < first && first <= mention.end + 2)
                .filter(|mention| {
                    (mention.end..first)
                        .all(|i| self.punct(i) == Some(",") || self.key_at(i) == Some("the"))
                })
        };
        after.or_else(before).map(|mention| mention.entity)
    }

    /// Where the name an acronym in brackets stands for starts, the
    /// bracket opening at token `open`.
    fn acronym_name_start(&self, people: &People, acronym: &str, open: usize) -> usize {
        let walk_back = |from: usize, opens: &dyn Fn(usize) -> bool| {
            let mut start = from;
            while start > 0
                && open - start < 8
                && self.word(start - 1).is_some()
                && !opens(start - 1)
            {
                start -= 1;
            }
            start
        };
        let mut start = walk_back(open, &|index| self.opens_noun_phrase(index));
        // "l'Institut géophysique du Pérou (IGP)": "du" may stand inside
        // the name, which then starts with a capital before it.
        let further = walk_back(start, &|index| {
            self.opens_noun_phrase(index) && !matches!(self.keys.get(index), "du" | "des")
        });
        if let Some(capital) = (further..start).find(|&i| self.word(i).is_some_and(is_capitalised))
        {
            start = capital;
        }
        // "lors d'un comité social et économique (CSE)": the name starts
        // after the article, not with the words that lead to it.
        // "est parvenu au Peloton de gendarmerie de haute montagne
        // (PGHM)": or with its first capital.
        if self.word(start).is_some_and(|w| !is_capitalised(w))
            && !self.lexicon.is_determiner(self.keys.get(start))
            && let Some(first) = (start..open).find(|&i| {
                self.lexicon.is_determiner(self.keys.get(i))
                    || self.word(i).is_some_and(is_capitalised)
            })
        {
            start = first + usize::from(self.lexicon.is_determiner(self.keys.get(first)));
        }
        // "l'Agence pour l'alimentation et l'agriculture (AIAA)": a name
        // read whole before the acronym is the one it stands for.
        let named_whole = people
            .mention_ending_at(open)
            .filter(|mention| mention.first < start);
        if let Some(mention) = named_whole {
            start = mention.first;
        }
        // "le Bureau d'enquêtes sur les transports guidés (BETG)": when
        // the phrase read so far does not open with the acronym's first
        // letter, the name starts at the nearest earlier word from
        // which the acronym spells itself out in word initials.
        if let Some(spelled) = self.acronym_spelled_from(acronym, start, open) {
            start = spelled;
        }
        start
    }

    /// "the Zimbabwe National Road Administration (Zinara)": a short form
    /// written as a name, bracketed right after an organisation's whole
    /// name and opening with its first letter, is that organisation. The
    /// first token of the name.
    fn organisation_shortened_at(
        &self,
        people: &People,
        short: &str,
        open: usize,
    ) -> Option<usize> {
        let mention = people.mention_ending_at(open)?;
        let entity = &people.entities[mention.entity];
        let initial = |word: &str| word.chars().flat_map(char::to_lowercase).next();
        let same_initial = entity.name.first().and_then(|w| initial(w)) == initial(short);
        (is_capitalised(short) && entity.named_as_organisation() && same_initial)
            .then_some(mention.first)
    }

    /// "l'Union cycliste internationale … l'UCI", "the Chicago Transit
    /// Authority … the CTA": an acronym the text never brackets stands
    /// for the one body whose name's initials spell it.
    fn link_initials(&self, people: &mut People) {
        let unbracketed = |entity: &Entity| {
            matches!(entity.name.as_slice(), [word] if is_acronym(word)) && entity.forms.is_empty()
        };
        if !people.entities.iter().any(unbracketed) {
            return;
        }
        // (Each body's initials are read once, not once per acronym.)
        let initials: Vec<String> = people
            .entities
            .iter()
            .map(|entity| {
                if entity.person {
                    String::new()
                } else {
                    self.initials(&entity.name_keys)
                }
            })
            .collect();
        for acronym in 0..people.entities.len() {
            if !unbracketed(&people.entities[acronym]) {
                continue;
            }
            let spelled = people.entities[acronym].name[0].to_lowercase();
            let mut bodies =
                (0..initials.len()).filter(|&index| index != acronym && initials[index] == spelled);
            let (Some(body), None) = (bodies.next(), bodies.next()) else {
                continue;
            };
            let form = people.entities[acronym].name[0].clone();
            people.entities[body].add_form(form);
            for mention in &mut people.mentions {
                if mention.entity == acronym {
                    mention.entity = body;
                }
            }
        }
    }

    /// The first letters of a name's words other than function words,
    /// lowercase; empty for a name of one word.
    fn initials(&self, keys: &[String]) -> String {
        let words: Vec<&String> = keys
            .iter()
            .filter(|key| !is_function_word(self.lexicon, key) && !is_elided(key))
            .collect();
        if words.len() < 2 {
            return String::new();
        }
        words.iter().filter_map(|key| key.chars().next()).collect()
    }

    /// Where the words up to `open` spell `acronym` in their initials, the
    /// first one spelling its first letter: a capitalised word after a
    /// lowercase `start` ("la société Ogooué Terminal Services (OTS)"), or
    /// else a word before `start`; `None` when the words from `start`
    /// already open with that letter or no such word stands within a
    /// short stretch of the same sentence.
    fn acronym_spelled_from(&self, acronym: &str, start: usize, open: usize) -> Option<usize> {
        let letters: Vec<char> = acronym.chars().flat_map(char::to_lowercase).collect();
        let initial = |index: usize| {
            self.word(index)
                .and_then(|word| word.chars().next())
                .and_then(|c| c.to_lowercase().next())
        };
        if letters.len() < 2 {
            return None;
        }
        let spells = |from: usize| {
            let mut wanted = letters.iter().peekable();
            for index in from..open {
                if initial(index).as_ref() == wanted.peek().copied() {
                    wanted.next();
                }
            }
            wanted.peek().is_none()
        };
        let opens_spelling = |index: usize| initial(index) == letters.first().copied();
        if self.word(start).is_some_and(|word| !is_capitalised(word)) {
            let capitalised = (start + 1..open).find(|&index| {
                self.word(index).is_some_and(is_capitalised) && opens_spelling(index)
            });
            if let Some(index) = capitalised.filter(|&index| spells(index)) {
                return Some(index);
            }
        }
        if opens_spelling(start) {
            return None;
        }
        (start.saturating_sub(ACRONYM_REACH)..start)
            .rev()
            .take_while(|&index| self.word(index).is_some())
            .find(|&index| opens_spelling(index) && spells(index))
    }

    /// The tokens that are an opening bracket, in order. Brackets are
    /// few: they are found in the text, not by reading every token.
    fn opening_brackets(&self) -> impl Iterator<Item = usize> + '_ {
        let (from, to) = match (self.tokens.first(), self.tokens.last()) {
            (Some(first), Some(last)) => (first.start, last.end),
            _ => (0, 0),
        };
        let text = self.text.as_bytes().get(from..to).unwrap_or_default();
        memchr::memchr_iter(b'(', text).filter_map(move |at| {
            let at = from + at;
            let first = self.tokens.partition_point(|token| token.start < at);
            (first..self.tokens.len())
                .take_while(|&index| self.tokens[index].start == at)
                .find(|&index| self.tokens[index].kind == Kind::Punct)
        })
    }

    fn record(&self, people: &mut People, mut mention: Mention, entity: usize) {
        mention.entity = entity;
        let form = (mention.first..mention.end).filter_map(|i| self.name_word(i));
        people.entities[entity].add_form_words(form);
        people.mentions.push(mention);
    }

    /// Descriptions next to a mention: "le président russe Vladimir Poutine",
    /// "Paul Martin, porte-parole du syndicat", "the mayor, Jane Roe".
    fn collect_descriptors(&self, people: &mut People, index: usize) {
        let mention = people.mentions[index];
        let person = people.entities[mention.entity].person;
        let listed = mention.first > 0
            && self.is_comma(mention.first - 1)
            && self.goes_on_as_listed_item(mention.end);
        let before = if person || !listed {
            self.description_before(self.past_courtesy_titles(mention.first))
        } else {
            None
        };
        // An organisation is described before its name ("le groupe
        // coopératif Coralys", "the developer Halden"); what follows the
        // name of one is too often something else.
        let after = person
            .then(|| self.description_after(mention.end))
            .flatten();
        let age = person.then(|| self.age_after(mention.end)).flatten();
        let entity = &mut people.entities[mention.entity];
        entity.age = entity.age.or(age);
        for (words, gender) in [before, after].into_iter().flatten() {
            // "son deuxième long métrage, Anouk Berthelot": an article tells
            // the person's gender only before a word for a person.
            // "his daughter, Sian Pryce": else the role's own gender.
            let role_gender = || {
                words
                    .iter()
                    .find_map(|word| self.lexicon.role(word))
                    .unwrap_or(Gender::Unknown)
            };
            if entity.gender == Gender::Unknown && words.iter().any(|word| self.is_role(word)) {
                entity.gender = match gender {
                    Gender::Unknown => role_gender(),
                    known => known,
                };
            }
            entity.describe(words);
        }
    }

    /// The start of the courtesy titles written right before the name at
    /// `first` ("the chairwoman, Mrs Isatu Kamara-Bangura", « le maire, M.
    /// Jean Roy »), where a description of the person ends. A title that is
    /// itself a role ("Mayor Jane Roe") is the description and stays.
    fn past_courtesy_titles(&self, first: usize) -> usize {
        let mut start = first;
        loop {
            let dotted = start >= 2 && self.punct(start - 1) == Some(".");
            let Some(title) = start.checked_sub(1 + usize::from(dotted)) else {
                return start;
            };
            if !self.is_honorific_at(title) || self.is_role_at(title) {
                return start;
            }
            start = title;
        }
    }

    /// « le ministère des Travaux publics, Transports et Communications »:
    /// does a list of capitalised items go on after the name ending at
    /// `end` (a comma or « et », maybe « de la », then a capital)? Then the
    /// name is an item of a body's complement, not one in apposition.
    fn goes_on_as_listed_item(&self, end: usize) -> bool {
        if !self.is_comma(end) && self.key_at(end) != Some("et") {
            return false;
        }
        let mut next = end + 1;
        while next < end + 3
            && self
                .key_at(next)
                .is_some_and(|key| is_complement_link(key) || matches!(key, "l'" | "la"))
        {
            next += 1;
        }
        // ("le maire, Jean Roy, et Claire Dubois": people.)
        self.word(next)
            .is_some_and(|w| is_capitalised(w) && given_name_gender(w).is_none())
            && !self.is_honorific_at(next)
    }

    /// "Karima Benhadj, 47 ans,", "Lily Osborne, 29,", "X (47)": the age
    /// given right after a name.
    fn age_after(&self, end: usize) -> Option<u32> {
        // "Germaine D., 87 ans": past an initial's full stop.
        let end = end + usize::from(self.punct(end) == Some("."));
        if !matches!(self.punct(end), Some("," | "(")) {
            return None;
        }
        let number = self.word(end + 1)?;
        let age: u32 = number.parse().ok()?;
        let unit = self.key_at(end + 2) == Some("ans");
        let closes = matches!(self.punct(end + 2), Some("," | "." | ")" | ";"));
        ((unit || closes) && (1..120).contains(&age)).then_some(age)
    }

    /// Content words of a noun phrase read backwards from `end`, stopping
    /// at a determiner, punctuation or the sentence start.
    fn description_before(&self, end: usize) -> Option<(Vec<String>, Gender)> {
        // "le chef de projet d’Atlantis Vent": the phrase before "de"
        // describes someone else.
        // "le groupe en France": nor does one before a preposition.
        let governed = |at: usize| {
            self.previous_word(at)
                .is_some_and(|w| is_complement_link(w) || PREPOSITIONS_BEFORE_NAMES.contains(w))
        };
        // "la préfecture de la Mayenne" too.
        let after_article = self
            .previous_word(end)
            .is_some_and(|w| self.lexicon.is_determiner(w));
        // "the Commissioner for Agriculture and Food Security, Dr Omolara
        // Fakunle": a name joined by "and" to a capitalised word before it
        // is the second member of one complement, and the phrase before
        // the first member describes neither.
        let second_member = self.follows_conjunction(end)
            && end
                .checked_sub(2)
                .and_then(|before| self.word(before))
                .is_some_and(is_capitalised);
        if governed(end) || (after_article && governed(end - 1)) || second_member {
            return None;
        }
        let mut index = end;
        // "the mayor, Jane Roe": a comma may separate description and name.
        // (A description set off by its comma may run longer: « Le délégué
        // du gouvernement auprès de la communauté urbaine, X ».)
        let apposed = index > 0 && self.is_comma(index - 1);
        if apposed {
            index -= 1;
        }
        let reach = if apposed {
            APPOSED_DESCRIPTION_WORDS
        } else {
            DESCRIPTION_WORDS
        };
        // Words are borrowed until the phrase is known to describe: most
        // phrases before a name do not.
        let mut words: Vec<Cow<'_, str>> = Vec::new();
        let mut gender = Gender::Unknown;
        let mut determined = false;
        // Where an English complement's article was passed ("of the
        // union"): the description is read from there when no role
        // stands before it within reach.
        let mut complement_start = None;
        while index > 0 && words.len() < reach {
            // "le maire (divers gauche), Gilles Ravanel", "Le maire (divers
            // gauche) de Hautmont, X": a party or place in brackets after
            // the description or inside it.
            if self.punct(index - 1) == Some(")")
                && let Some(open) = (index.saturating_sub(BRACKET_REACH)..index - 1)
                    .rev()
                    .find(|&i| self.punct(i) == Some("("))
            {
                index = open;
                continue;
            }
            let Some(word) = self.word(index - 1) else {
                break;
            };
            // "la présidente de la cour", "lawyer for the defendant": an
            // article after "de", "à", "of", "for" or "to" is the
            // complement's.
            // "le président du tribunal": so is a fused "du" after a noun.
            let link = self.previous_word(index - 1);
            let english_complement = link.is_some_and(|w| matches!(w, "of" | "for" | "to"));
            let complement_article = english_complement
                || link.is_some_and(|w| matches!(w, "de" | "à"))
                || (matches!(self.keys.get(index - 1), "du" | "des" | "au" | "aux")
                    && link.is_some_and(|w| !is_capitalised(w) && !self.lexicon.is_determiner(w)));
            if self.lexicon.is_determiner(word) && !complement_article {
                gender = determiner_gender(word);
                determined = true;
                break;
            }
            if english_complement && self.lexicon.is_determiner(word) {
                complement_start.get_or_insert((words.len(), determiner_gender(word)));
            }
            // "The company he means is Salares del Sur": a clause, not a
            // description.
            let key = self.keys.get(index - 1);
            if self.lexicon.pronoun(key).is_some()
                || self.lexicon.is_auxiliary(key)
                || COPULAS.contains(key)
                || RELATIVE_PRONOUNS.contains(key)
                // "the 52-year-old told ABC Rural": a verb ends it too.
                || (self.lexicon.is_reporting_verb(key) && !self.is_role(key))
            {
                break;
            }
            if is_capitalised(word)
                && !self.is_role_at(index - 1)
                && !self.is_body_kind_acronym(word, index - 1)
            {
                // "directeur général de l’ARS", "chef de projet d’Atlantis
                // Vent": a name inside the description, after "de".
                match self.name_after_de(index - 1) {
                    Some((de, name)) => {
                        words.extend(name.into_iter().rev().map(Cow::Owned));
                        index = de;
                        continue;
                    }
                    // "la présidente du groupe Renouveau, Claire Dufresne":
                    // a capitalised complement of a common noun. ("for
                    // Agriculture and Rural Development": or the second
                    // of two joined by "and", which the walk goes on past.)
                    None if self.follows_common_noun(index - 1)
                        || self.follows_conjunction(self.start_of_capitals(index - 1)) => {}
                    None => break,
                }
            }
            words.push(Cow::Borrowed(self.keys.get(index - 1)));
            index -= 1;
        }
        if let Some((length, article_gender)) = complement_start
            && !determined
            && !words[length..].iter().any(|word| self.is_role(word))
        {
            words.truncate(length);
            gender = article_gender;
            determined = true;
        }
        words.reverse();
        if !determined {
            // Without a determiner, keep only from the first role word on.
            let first_role = words.iter().position(|word| self.is_role(word))?;
            words.drain(..first_role);
        }
        let has_content =
            words.iter().any(|word| self.is_role(word)) || (determined && !words.is_empty());
        has_content.then(|| (self.content_words(&words), gender))
    }

    /// Is the word at `index` the article that opens a noun phrase? Not
    /// "des" in "employés des banques", nor "la" in "de la cour".
    fn opens_noun_phrase(&self, index: usize) -> bool {
        let key = self.keys.get(index);
        let before_name = self.word(index + 1).is_some_and(is_capitalised);
        // ("transmis au parquet national financier (PNF)": a contraction
        // opens one too.)
        self.is_article_or_contraction(key)
            && (before_name || !matches!(key, "du" | "des"))
            && !self
                .previous_word(index)
                .is_some_and(|w| matches!(w, "de" | "d'" | "à"))
    }

    /// The first word of the run of capitalised words ending at `last`.
    fn start_of_capitals(&self, last: usize) -> usize {
        let mut first = last;
        while first > 0 && self.word(first - 1).is_some_and(is_capitalised) {
            first -= 1;
        }
        first
    }

    /// Does "and" or « et » stand right before `index`? (A name there may
    /// be the second member of a complement, not a name in its own right.)
    fn follows_conjunction(&self, index: usize) -> bool {
        index
            .checked_sub(1)
            .is_some_and(|before| matches!(self.key_at(before), Some("and" | "et")))
    }

    fn follows_common_noun(&self, index: usize) -> bool {
        index
            .checked_sub(1)
            .and_then(|before| self.word(before))
            .is_some_and(|w| !is_capitalised(w) && !self.lexicon.is_determiner(w))
    }

    /// For the capitalised word at `last`, the start of its capitalised run
    /// if "de", "d'", "du" or "of" (and maybe an article) stands before it:
    /// the index of that "de" and the run's words.
    fn name_after_de(&self, last: usize) -> Option<(usize, Vec<String>)> {
        let mut first = last;
        while first > 0
            && self
                .word(first - 1)
                .is_some_and(|w| is_capitalised(w) && !self.is_role_at(first - 1))
        {
            first -= 1;
        }
        let is_de = |at: usize| {
            self.word(at)
                .is_some_and(|w| with_key(w, is_complement_link))
        };
        let mut before = first.checked_sub(1)?;
        // "du Logement": "du" is both the article and the "de".
        if !is_de(before)
            && self
                .word(before)
                .is_some_and(|w| self.lexicon.is_determiner(w))
        {
            before = before.checked_sub(1)?;
        }
        is_de(before).then(|| {
            (
                before,
                (first..=last)
                    .filter_map(|i| self.word(i))
                    .map(normalise)
                    .collect(),
            )
        })
    }

    fn description_after(&self, end: usize) -> Option<(Vec<String>, Gender)> {
        if !self.is_comma(end) {
            return None;
        }
        // (At its longest, nine words are read.)
        let mut words: Vec<Cow<'_, str>> = Vec::with_capacity(9);
        let mut gender = Gender::Unknown;
        let mut index = end + 1;
        // "Sylvie Dufresne, 56 ans, opératrice": past the age.
        if self.age_after(end).is_some()
            && let Some(comma) = (index..index + 3).find(|&i| self.is_comma(i))
        {
            index = comma + 1;
        }
        while let Some(word) = self.word(index) {
            // ", l'a longuement interrogé": a verb, no apposition.
            if self.lexicon.is_auxiliary(word) {
                return None;
            }
            if words.is_empty() && self.lexicon.is_determiner(word) {
                gender = determiner_gender(word);
                words.push(Cow::Borrowed(""));
            } else {
                words.push(Cow::Borrowed(self.keys.get(index)));
            }
            index += 1;
            // "délégué syndical de la CGT du site depuis quinze ans": a
            // long apposition opening with a role is still one.
            if words.len() > 8 {
                if self.is_role(&words[0]) {
                    break;
                }
                return None;
            }
        }
        let determined = words.first().is_some_and(|word| word.is_empty());
        words.retain(|word| !word.is_empty());
        let starts_with_role = words.first().is_some_and(|word| self.is_role(word));
        // "Gérard Castellan, 71 ans, ancien agriculteur,": a qualifier may
        // open the role.
        let qualified_role = || {
            words
                .iter()
                .position(|word| self.is_role(word))
                .is_some_and(|first| {
                    first <= 2
                        && words[..first]
                            .iter()
                            .all(|word| self.lexicon.is_role_qualifier(word))
                })
        };
        if !determined && !starts_with_role && !qualified_role() {
            // "arrière-petite-fille du fondateur et directrice générale":
            // the role after "et".
            let joined = words
                .iter()
                .position(|word| word == "et" || word == "and")?;
            words.drain(..=joined);
            if !words.first().is_some_and(|word| self.is_role(word)) {
                return None;
            }
        }
        let words = self.without_others_role(words);
        (!words.is_empty()).then(|| (self.content_words(&words), gender))
    }

    /// "le groupe coopératif Lactalis Nord", "the logistics firm Halden":
    /// a word for an organisation heads the words just before the name.
    fn introduced_as_organisation(&self, first: usize) -> bool {
        // « le bailleur, Marne Habitat », « l'exploitant, TransGironde
        // Mobilités »: or the word right before a comma.
        // (« une association locale, Lumière de la forêt »: past an
        // adjective.)
        if first >= 2 && self.is_comma(first - 1) {
            let generic = |index: usize| {
                self.word(index)
                    .is_some_and(|word| self.lexicon.is_generic_organisation(word))
            };
            let noun = if generic(first - 2) {
                first - 2
            } else if first >= 3
                && self
                    .key_at(first - 2)
                    .is_some_and(|word| self.lexicon.is_adjective_like(word))
                && generic(first - 3)
            {
                first - 3
            } else {
                return false;
            };
            return !self.complement_of_spokesperson(noun);
        }
        // "Rotterdam police spokesman Bas de Wit": a word for a person right
        // before the name says it is the person's.
        // (« la société forestière Kolabi Ndanga »: French puts a word that
        // is also a role's after a body's noun as its adjective.)
        let adjective_after_body_noun = |role: usize| {
            self.lexicon.lang == crate::article::Lang::Fr
                && self
                    .previous_word(role)
                    .is_some_and(|noun| is_body_word(self.lexicon, noun))
        };
        // (The body noun is looked for first: most names have none before
        // them, and the role lookup is then not needed.)
        let body_noun_before = (first.saturating_sub(BODY_NOUN_REACH)..first)
            .rev()
            .map_while(|index| self.word(index).filter(|word| !is_capitalised(word)))
            .take_while(|word| !self.lexicon.is_determiner(word))
            .any(|word| is_body_word(self.lexicon, word) && self.lexicon.role(word).is_none());
        if !body_noun_before {
            return false;
        }
        let after_role = self
            .previous_word(first)
            .is_some_and(|previous| self.lexicon.role(previous).is_some());
        !after_role || adjective_after_body_noun(first - 1)
    }

    /// Does `word`, right before a name that opens with no given name,
    /// say the name is a body's? A word for a person does not ("developer
    /// Hale"), unless it is as much a body's ("l'exploitant TransGironde
    /// Mobilités", "the regulator Ofcom").
    fn is_body_noun(&self, word: &str) -> bool {
        self.lexicon.role(word).is_none() || self.lexicon.is_generic_organisation(word)
    }

    /// "A spokeswoman for the Inland Rivers Alliance, Nerida Coulter",
    /// « l'ancien directeur de la coopérative, Koffi Yao »: does the noun
    /// phrase ending at `end` complement a spokesperson, a word for a
    /// person the text makes definite, or any word for a person
    /// "representing" it? Then a name in apposition after it is theirs
    /// ("un technicien du bailleur, Valoris Habitat" names the landlord).
    fn complement_of_spokesperson(&self, end: usize) -> bool {
        (end.saturating_sub(SPOKESPERSON_COMPLEMENT_REACH)..end)
            .rev()
            .take_while(|&index| self.word(index).is_some())
            .any(|index| {
                let link = self.keys.get(index);
                let representing = REPRESENTING.contains(link);
                (representing || ROLE_COMPLEMENTS.contains(link))
                    && self.noun_before_complement(index).is_some_and(|noun| {
                        let key = self.keys.get(noun);
                        SPOKESPEOPLE.contains(key)
                            || (self.lexicon.role(key).is_some()
                                && (representing || self.definite_before(noun)))
                    })
            })
    }

    /// The noun a complement opening at `link` belongs to: the word
    /// before it, or the one before that past a qualifying participle or
    /// adjective (« l'animateur désigné du club », « le gérant principal
    /// de la coopérative »).
    fn noun_before_complement(&self, link: usize) -> Option<usize> {
        let before = link.checked_sub(1).filter(|&at| self.word(at).is_some())?;
        let key = self.keys.get(before);
        let qualifier = (lexicon::looks_past_participle(key)
            || self.lexicon.is_adjective_like(key))
            && !SPOKESPEOPLE.contains(key)
            && self.lexicon.role(key).is_none();
        if qualifier {
            before.checked_sub(1).filter(|&at| self.word(at).is_some())
        } else {
            Some(before)
        }
    }

    /// "le directeur", « l'ancien directeur général », "the former head":
    /// is the role word at `role` one of a definite noun phrase, so that
    /// the text means one known holder?
    fn definite_before(&self, role: usize) -> bool {
        (role.saturating_sub(DEFINITE_ROLE_REACH)..role)
            .filter_map(|index| self.word(index).map(|_| self.keys.get(index)))
            .any(|key| self.lexicon.is_determiner(key) && lexicon::is_definite(key))
    }

    /// "a green Morris Minor": a name after an indefinite article and an
    /// adjective is a thing's, not a person's (though "un certain Marc
    /// Lemaire" is one, and so is the subject of a relative clause: "a
    /// meeting Oyelaran called “too late”").
    fn after_indefinite_and_adjective(&self, first: usize, end: usize) -> bool {
        let Some(adjective) = first.checked_sub(1) else {
            return false;
        };
        let before_reporting_verb = || {
            self.word(end).is_some_and(|next| {
                with_key(next, |key| {
                    self.lexicon.is_reporting_verb(key) || self.lexicon.is_calling_verb(key)
                })
            })
        };
        // (The article is asked first: it is seldom there, and then the
        // word after it need not be looked up.)
        adjective
            .checked_sub(1)
            .and_then(|article| self.word(article))
            .is_some_and(|article| match self.lexicon.lang {
                // (French "a" is a verb: "a rencontré Marie Dupont".)
                crate::article::Lang::Fr => matches!(article, "un" | "une"),
                _ => matches!(article, "a" | "an"),
            })
            && self.word(adjective).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && w.chars().all(char::is_alphabetic)
                    && !matches!(w, "certain" | "certaine")
                    && !self.lexicon.is_determiner(w)
                    && self.lexicon.role(w).is_none()
            })
            && !before_reporting_verb()
    }

    /// "la Rimouskoise Geneviève Thibodeau", "the Briton Jane Roe": after
    /// an article, a capitalised word before a given name and a surname
    /// says where the person is from.
    fn is_demonym_at(&self, index: usize, run_end: usize) -> bool {
        let after_article = self
            .previous_word(index)
            .is_some_and(|previous| self.lexicon.is_determiner(previous));
        if !after_article {
            return false;
        }
        let word = self.word(index);
        let before_full_name = run_end >= index + 3
            && self
                .word(index + 1)
                .is_some_and(|next| given_name_gender(next).is_some())
            && word.is_some_and(|word| given_name_gender(word).is_none());
        // "le Danois Kjeldsen": a known demonym before a surname alone.
        let known_demonym = run_end >= index + 2
            && word.is_some_and(|word| {
                self.lexicon.is_demonym(word) && given_name_gender(word).is_none()
            });
        before_full_name || known_demonym
    }

    /// "Minister for Housing Eoin Fitzmaurice", "Yesterday Jane Roe": the
    /// capitalised words before a given name and a surname are no part of
    /// the name when none of them is a given name or an organisation's word.
    fn is_label_before_given_name(&self, run_first: usize, index: usize, run_end: usize) -> bool {
        // "Minister Lim Wei Kiat", "Dr Lim Wei Ling": one word right after
        // a title is a surname written first, no label.
        let title_at = |i: usize| self.is_role_at(i) || self.is_honorific_at(i);
        // ("Sen. Lim Wei Kiat"; but "the regulator. Partner Andrew Hale":
        // a lowercase word before a full stop ends a sentence.)
        let dotted_title_at = |i: usize| {
            self.punct(i + 1) == Some(".")
                && title_at(i)
                && self.word(i).is_some_and(is_capitalised)
        };
        // (Asked last: most words fail a cheaper test first. "Dr (Mrs)
        // Oyebimpe Adeyemi-Ola": a title in brackets is a title too.)
        let bracketed_title_at = |i: usize| {
            self.punct(i + 1) == Some(")")
                && self.punct(i.wrapping_sub(1)) == Some("(")
                && title_at(i)
        };
        let surname_after_title = || {
            index.checked_sub(1).is_some_and(|before| {
                title_at(before)
                    || before
                        .checked_sub(1)
                        .is_some_and(|i| dotted_title_at(i) || bracketed_title_at(i))
            })
        };
        // "National Development Lim Wei Kiat … Mr Lim said": nor one the
        // text calls the person by elsewhere (the label ends before it).
        // ("Lassaad Ben Amor": "Ben" between two names is "son of", no
        // given name; but "Minister for Housing Ben Okafor".)
        let patronymic = |next: &str| {
            PATRONYMICS.contains_key_of(next) && !(run_first..=index).any(|i| self.is_role_at(i))
        };
        // ("Son secrétaire général, Alpha Oumar Diallo, a déclaré": a run
        // set between commas on its own is one name.)
        let apposed = || self.is_comma(run_first.wrapping_sub(1)) && self.is_comma(run_end);
        // ("Mariem Mint Ahmed Salem": a label never ends in "daughter of".)
        let ends_in_patronymic = || {
            self.word(index)
                .is_some_and(|word| PATRONYMICS.contains_key_of(word))
        };
        run_end >= index + 3
            && !apposed()
            && !ends_in_patronymic()
            && self
                .word(index + 1)
                .is_some_and(|next| given_name_gender(next).is_some() && !patronymic(next))
            && (self.plain_words(run_first..=index) || self.names_portfolio(run_first))
            // ("said Grace Wanjiru Kamau": nor a given name that is also a
            // common word.)
            && !(run_first..=index)
                .any(|i| self.word(i).is_some_and(|word| WORDLIKE_GIVEN_NAMES.get(word).is_some()))
            && (index > run_first || self.lone_label_at(index))
            && !surname_after_title()
            && !self
                .word(index)
                .is_some_and(|word| self.follows_honorific_elsewhere(word))
    }

    /// "Energy Kagiso Molefhe", "au Citoyen Martin Gagné": one capitalised
    /// word before a given name and a surname is a label. French writes its
    /// labels lowercase, so there it takes a role or an article or « de »
    /// before it; otherwise it is a given name no list holds ("raconte
    /// Achta Mahamat Saleh").
    fn lone_label_at(&self, index: usize) -> bool {
        self.lexicon.lang != crate::article::Lang::Fr
            || self.is_role_at(index)
            || self.previous_word(index).is_some_and(|previous| {
                is_complement_link(previous) || self.is_article_or_contraction(previous)
            })
    }

    /// An article, or « au » and « aux », which hold one.
    fn is_article_or_contraction(&self, word: &str) -> bool {
        self.lexicon.is_determiner(word) || matches!(word, "au" | "aux")
    }

    /// "Minister of Agriculture Lloyd Chisale": when no word of the run
    /// after a title's "of" tells where the name starts, it is the last
    /// two words, the words before them naming the portfolio.
    fn is_portfolio_before_two_names(
        &self,
        run_first: usize,
        index: usize,
        run_end: usize,
    ) -> bool {
        index + 3 == run_end
            && self.plain_words(run_first..=run_end - 1)
            && self.names_portfolio(run_first)
    }

    /// "Minister of Mining and Energy Derrick Whyte-Palmer": a run after
    /// a title's "of", "for" or a portfolio's "and" names the portfolio,
    /// whose words may be an organisation's ("Energy").
    fn names_portfolio(&self, run_first: usize) -> bool {
        let joins = |i: usize| matches!(self.key_at(i), Some("of" | "for" | "and" | "&"));
        let Some(joiner) = run_first.checked_sub(1).filter(|&i| joins(i)) else {
            return false;
        };
        (joiner.saturating_sub(PORTFOLIO_REACH)..joiner)
            .rev()
            .take_while(|&i| self.capitalised_word(i).is_some() || joins(i))
            .any(|i| self.is_role_at(i) && matches!(self.key_at(i + 1), Some("of" | "for")))
    }

    /// Are the words at `indices` neither given names nor organisation
    /// words, as a label before a name is? ("Hauwa'u Ibrahim Tsafe",
    /// "Dervla O'Keeffe": a word with an apostrophe inside, not a
    /// possessive's, belongs to a name.)
    fn plain_words(&self, mut indices: std::ops::RangeInclusive<usize>) -> bool {
        indices.all(|i| {
            self.word(i).is_some_and(|word| {
                given_name_gender(word).is_none()
                    && !is_organisation_word(word)
                    && !has_inner_apostrophe(word)
            })
        })
    }

    /// "Minister for National Development Lim Wei Kiat … Mr Lim said":
    /// plain words before a surname written first, which the text puts
    /// after an honorific elsewhere, and a given name.
    fn is_label_before_surname_first(
        &self,
        run_first: usize,
        index: usize,
        run_end: usize,
    ) -> bool {
        run_end >= index + 4
            && self.word(index + 2).and_then(given_name_gender).is_some()
            && self.plain_words(run_first..=index)
            && self
                .word(index + 1)
                .is_some_and(|word| self.follows_honorific_elsewhere(word))
    }

    /// A capitalised title before a name: a role ("Mayor") or an acronym
    /// ("GP").
    fn is_title_at(&self, index: usize) -> bool {
        // "GP Andrew Finch", but "CA Périgord" is a club's name.
        let acronym_title = |word: &str| {
            (2..=4).contains(&word.len())
                && word.chars().all(|c| c.is_ascii_uppercase())
                && self.word(index + 1).is_some_and(|next| {
                    given_name_gender(next).is_some() || self.is_role_at(index + 1)
                })
        };
        self.word(index).is_some_and(|word| {
            (self.is_role_at(index) && !self.names_body(word)) || acronym_title(word)
        })
    }

    /// « l'Autorité portuaire de l'Ouest », « l'Autorité »: in French a word
    /// for both a person and a body (« l'autorité administrative », the
    /// prefect) names the body when written with a capital.
    fn names_body(&self, word: &str) -> bool {
        self.lexicon.lang == crate::article::Lang::Fr
            && is_capitalised(word)
            && with_key(word, is_organisation_word)
    }

    fn is_role_at(&self, index: usize) -> bool {
        self.word(index).is_some() && self.lexicon.role(self.keys.get(index)).is_some()
    }

    fn is_role(&self, word: &str) -> bool {
        self.lexicon.role(word).is_some()
    }

    /// An apposition's words up to the role of someone else it is said of:
    /// "X, l'agent du portier", "X, adviser to the minister".
    fn without_others_role<'w>(&self, mut words: Vec<Cow<'w, str>>) -> Vec<Cow<'w, str>> {
        let someone_else = (1..words.len()).find(|&i| {
            ROLE_COMPLEMENTS.contains(&words[i])
                && words[i + 1..]
                    .iter()
                    .find(|word| !word.is_empty() && !self.lexicon.is_determiner(word))
                    .is_some_and(|word| self.is_role(word))
        });
        if let Some(cut) = someone_else {
            words.truncate(cut);
        }
        words
    }

    /// Words that carry meaning: no determiners, particles or possessives.
    /// (Only they are copied.)
    fn content_words(&self, words: &[Cow<'_, str>]) -> Vec<String> {
        words
            .iter()
            .map(|word| lexicon::without_possessive(word))
            .filter(|word| {
                !self.lexicon.is_determiner(word)
                    && !matches!(
                        *word,
                        "de" | "du" | "des" | "d'" | "of" | "l'" | "s" | "à" | "au"
                    )
            })
            .map(str::to_string)
            .collect()
    }
}

/// Words that open clauses or phrases ("Selon", "Puis", "Dans"), and
/// days and months: never the first word of a name, even when capitalised.
pub fn is_function_word(lexicon: &Lexicon, lower: &str) -> bool {
    lexicon.is_determiner(lower)
        || lexicon.pronoun(lower).is_some()
        || lexicon.is_adverb(lower)
        || FUNCTION_WORDS.contains(lower)
        || CALENDAR.contains(lower)
        || is_contraction(lower)
}

/// "We're", "Don't", "I'll": an English contraction opening a sentence is
/// no one's name ("O'Brien" and "D'Arcy" keep their apostrophe elsewhere).
fn is_contraction(lower: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "n't", "'re", "'ve", "'ll", "'m", "'d", "n’t", "’re", "’ve", "’ll", "’m", "’d",
    ];
    // (Asked of many words: a byte search turns away those with no
    // apostrophe, straight (0x27) or curly (U+2019 ends in 0x99).)
    lower.bytes().any(|byte| byte == b'\'' || byte == 0x99)
        && ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// A data file's words as a table to look words up in, in any case.
fn word_table(data: &str) -> Table<()> {
    lexicon::data_words(data).map(str::to_string).collect()
}

static STOOL_TITLES: LazyLock<Table<()>> =
    LazyLock::new(|| word_table(include_str!("data/stool_titles.txt")));

static CALENDAR: LazyLock<Table<()>> =
    LazyLock::new(|| word_table(include_str!("data/calendar.txt")));

static SETTLEMENTS: LazyLock<Table<()>> =
    LazyLock::new(|| word_table(include_str!("data/settlements.txt")));

static GEOGRAPHY: LazyLock<Table<()>> =
    LazyLock::new(|| word_table(include_str!("data/geography.txt")));

/// Words that open a noun's complement or relative clause, beyond the
/// function words ("a town of 2,300", "a village where …").
static COMPLEMENT_OPENERS: WordSet = WordSet::new(&[
    "of", "where", "which", "that", "whose", "near", "où", "dont", "qui", "que",
]);

static NAME_SUFFIXES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lexicon::data_words(include_str!("data/name_suffixes.txt")).collect());

static COMPANY_ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lexicon::data_words(include_str!("data/company_abbreviations.txt")).collect());

/// Numbers that may open a place's or an organisation's name ("Trois
/// Vallées", "Two Rivers").
static NUMBER_WORDS: WordSet = WordSet::new(&[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois",
    "quatre", "cinq", "sept", "huit", "neuf", "dix", "cent", "mille",
]);

/// Forms of "to be" that end a description read backwards from a name.
static COPULAS: WordSet = WordSet::new(&["is", "was", "are", "were", "est", "était", "sont"]);

/// Endings of French past participles other than "-é".
const IRREGULAR_PARTICIPLE_ENDINGS: [&str; 8] = ["i", "ie", "is", "u", "ue", "us", "it", "ert"];

/// French prepositions: a participle opening a sentence is often
/// followed by one, and one carries an organisation's name on past a
/// complement.
static FRENCH_PREPOSITIONS: WordSet = WordSet::new(&[
    "dans", "de", "d'", "du", "des", "en", "à", "au", "aux", "par", "pour", "avec", "sur",
    "depuis", "sous", "vers", "après", "avant", "chez",
]);

/// Words that open a relative clause: the noun before one is not the
/// name's description ("un document interne que Mediapart s'est procuré").
static RELATIVE_PRONOUNS: WordSet = WordSet::new(&[
    "que", "qu'", "qui", "dont", "lequel", "laquelle", "that", "which", "whom", "who",
]);

/// Does `word` (a lowercase key) open a relative clause?
pub(crate) fn is_relative_pronoun(word: &str) -> bool {
    RELATIVE_PRONOUNS.contains(word)
}

static FUNCTION_WORDS: WordSet = WordSet::new(&[
    "c'",
    "ç'",
    "ça",
    "cela",
    "ceci",
    "selon",
    "puis",
    "dans",
    "pour",
    "après",
    "avant",
    "avec",
    "sans",
    "sous",
    "sur",
    "chez",
    "lors",
    "depuis",
    "pendant",
    "quand",
    "lorsque",
    "lorsqu'",
    "puisque",
    "quoique",
    "mais",
    "et",
    "ou",
    "donc",
    "car",
    "ne",
    "si",
    "comme",
    "ainsi",
    "alors",
    "ici",
    "là",
    "tard",
    "loin",
    "près",
    "tout",
    "tous",
    "toute",
    "toutes",
    "rien",
    "personne",
    "quelqu'un",
    "quelqu’un",
    "chacun",
    "chacune",
    "chaque",
    "plusieurs",
    "certains",
    "aucun",
    "aucune",
    "face",
    "rendez-vous",
    "tête",
    "côté",
    "reste",
    "hier",
    "demain",
    "à",
    "au",
    "aux",
    "en",
    "de",
    "du",
    "des",
    "according",
    "after",
    "before",
    "when",
    "while",
    "although",
    "though",
    "because",
    "unless",
    "whereas",
    "but",
    "and",
    "or",
    "if",
    "as",
    "in",
    "on",
    "at",
    "for",
    "with",
    "without",
    "by",
    "from",
    "since",
    "until",
    "during",
    "then",
    "now",
    "here",
    "there",
    "still",
    "yet",
    "also",
    "even",
    "only",
    "some",
    "many",
    "most",
    "few",
    "several",
    "every",
    "each",
    "no",
    "not",
    "nobody",
    "someone",
    "somebody",
    "anyone",
    "everybody",
    "everyone",
    "dozens",
    "hundreds",
    "outside",
    "inside",
    "along",
    "near",
    "behind",
    "beyond",
    "despite",
    "towards",
    "thousands",
    // "I'm enjoying it": the first person opens no name.
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    // Nor does the second person, or "neither" and "both".
    "you",
    "you're",
    "you've",
    "you'd",
    "you'll",
    "neither",
    "either",
    "both",
    "none",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "yes",
    "oui",
    "non",
]);

/// The person named `words` (two words or more, or after a title): an
/// existing person with the same surname and compatible given names, or a
/// new one. The fullest form becomes the name.
///
/// (`words` is borrowed: it is copied only for a new or longer name.)
fn person_entity(people: &mut People, words: &[impl AsRef<str>], gender: Gender) -> usize {
    // Each test asks for the last word of `words` in the name.
    let last = words.last().map(AsRef::as_ref);
    let found = people
        .position_named_with(last, |entity| {
            entity.person && entity.gender.agrees(gender) && same_person(&entity.name, words)
        })
        // "Lim Wei Kiat … Mr Lim", "Faridah Ismail … Madam Faridah": a
        // title may go with the first word of a name; "Gabriel García
        // Márquez … Mr García", "James Lado Wani … Mr Lado": else with the
        // first of two surnames.
        .or_else(|| {
            let [word] = words else {
                return None;
            };
            let word = word.as_ref();
            let titled = |inner: bool| {
                people.position_named_with(Some(word), |entity| {
                    let name = &entity.name;
                    let holds = if inner {
                        name.len() >= 3 && name[1..name.len() - 1].iter().any(|inner| inner == word)
                    } else {
                        name.len() >= 2 && name.first().is_some_and(|first| first == word)
                    };
                    entity.person && entity.gender.agrees(gender) && holds
                })
            };
            titled(false).or_else(|| titled(true))
        })
        // A lone surname first met without a title ("Ilvesko") is the same
        // person once the full name appears.
        .or_else(|| {
            people.position_named_with(last, |entity| {
                !entity.person
                    && words.len() >= 2
                    && entity.name.len() == 1
                    && entity.name.last().map(String::as_str) == last
            })
        })
        // "Ahmad Zulkifli Hamzah … Ahmad Zulkifli": a name of two words or
        // more that opens a longer one is its short form.
        .or_else(|| {
            people.position_named_with(words.first().map(AsRef::as_ref), |entity| {
                entity.person
                    && entity.gender.agrees(gender)
                    && (opens_longer(words, &entity.name) || opens_longer(&entity.name, words))
            })
        });
    match found {
        Some(index) => {
            people.entities[index].person = true;
            people.take_longer_name(index, words);
            let entity = &mut people.entities[index];
            if entity.gender == Gender::Unknown {
                entity.gender = gender;
            }
            index
        }
        None => people.add_entity(Entity::new(owned_words(words), true, gender)),
    }
}

/// A name without the regnal number that ends it ("Kofi Boakye Ansah II").
fn without_regnal_number<T: AsRef<str>>(name: &[T]) -> &[T] {
    match name {
        [rest @ .., number] if !rest.is_empty() && is_regnal_number(number.as_ref()) => rest,
        _ => name,
    }
}

/// "II", "IV", "XIV": a roman numeral past one, as it follows a
/// sovereign's or a chief's name.
fn is_regnal_number(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Whether `short`, of two words or more, opens the longer name `long`.
fn opens_longer(short: &[impl AsRef<str>], long: &[impl AsRef<str>]) -> bool {
    short.len() >= 2 && long.len() > short.len() && same_words(short, &long[..short.len()])
}

/// Whether `short`, of two words or more, ends the longer name `long`
/// whose other words are capitalised ("the Central Bank and the Deposit
/// Insurance Corporation" is two names).
fn ends_longer(short: &[impl AsRef<str>], long: &[impl AsRef<str>]) -> bool {
    let Some(front) = long
        .len()
        .checked_sub(short.len())
        .filter(|&front| front > 0)
    else {
        return false;
    };
    short.len() >= 2
        && same_words(short, &long[front..])
        && long[..front]
            .iter()
            .all(|word| starts_uppercase(word.as_ref()))
}

fn same_person(known: &[String], words: &[impl AsRef<str>]) -> bool {
    // "Nana Kofi Boakye Ansah II … Nana Boakye Ansah said": a regnal
    // number is no part of the surname the shorter form ends with.
    let (known, words) = (without_regnal_number(known), without_regnal_number(words));
    let (Some(known_last), Some(last)) = (known.last(), words.last()) else {
        return false;
    };
    if known_last != last.as_ref() {
        return false;
    }
    let given = &words[..words.len() - 1];
    let known_given = &known[..known.len() - 1];
    // ("Joost van Leeuwen … Van Leeuwen said": a particle may take a
    // capital when it opens the name.)
    given.is_empty()
        || known_given.is_empty()
        || all_within(given, known_given)
        || all_within(known_given, given)
}

/// A single capitalised word that ends a known organisation's name and
/// marks it as one ("the Gazette" after "the Riverton Gazette") or heads
/// it ("the House" after "the Lakeside House of Chiefs"), a team's
/// plural nickname ("the Herons" after "the Harbourside Herons"), or the
/// distinctive word before a word such as "Systems" ("Arcwright" after
/// "Arcwright Systems").
fn matching_organisation(
    people: &People,
    words: &[impl AsRef<str>],
    lexicon: &Lexicon,
) -> Option<usize> {
    let [word] = words else {
        return None;
    };
    let word = word.as_ref();
    let nickname = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    let organisation_word = is_organisation_word(word);
    let ends_name = nickname || organisation_word;
    // Asked only of a name it opens: most single words open none.
    // ("the State", later "the State Disaster Response Fund": no.)
    let distinctive = || {
        given_name_gender(word).is_none()
            && !organisation_word
            && !with_key(word, |key| lexicon.is_demonym(key))
    };
    people.position_named_with(Some(word), |entity| {
        if entity.person || entity.place {
            return false;
        }
        // "l'Office national des huiles et oléagineux", later "l'Office":
        // a French name opens with its organisation word.
        let opens_french_name = |name: &[String]| {
            name.first().is_some_and(|first| first == word)
                && organisation_word
                && name.get(1).is_some_and(|second| !starts_uppercase(second))
        };
        // "the Lakeside House of Chiefs", later "the House": the first
        // organisation word, before an English complement, heads the name
        // (not in "the Judicial Committee of the Lakeside House of Chiefs").
        let heads_english_name = |name: &[String]| {
            organisation_word
                && name
                    .iter()
                    .position(|w| is_organisation_word(w))
                    .is_some_and(|head| {
                        name[head] == word
                            && name
                                .get(head + 1)
                                .is_some_and(|next| matches!(next.as_str(), "of" | "for"))
                    })
        };
        match entity.name.as_slice() {
            // "Heartland Student Transit", later "Heartland".
            [first, .., last] => {
                (ends_name && last == word)
                    || (first == word
                        && (is_organisation_word(last) || is_company_abbreviation(last))
                        && distinctive())
                    || opens_french_name(&entity.name)
                    || heads_english_name(&entity.name)
            }
            _ => false,
        }
    })
}

/// "Corp.", "Ltd.": the abbreviation, with its full stop, that ends a
/// company's name.
fn is_company_abbreviation(word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|stem| COMPANY_ABBREVIATIONS.contains(stem))
}

/// A single capitalised word that is part of a known person's name
/// ("Poutine", "Nathalie").
fn matching_person(people: &People, words: &[impl AsRef<str>]) -> Option<usize> {
    let word = words.first()?.as_ref();
    let by_surname = people.position_named_with(Some(word), |entity| {
        entity.person && entity.name.last().is_some_and(|last| last == word)
    });
    by_surname.or_else(|| {
        people.position_named_with(Some(word), |entity| {
            entity.person && entity.name.iter().any(|name_word| name_word == word)
        })
    })
}

/// Whether two names hold the same words, whether stored or borrowed.
fn same_words(name: &[impl AsRef<str>], words: &[impl AsRef<str>]) -> bool {
    name.len() == words.len()
        && name
            .iter()
            .zip(words)
            .all(|(a, b)| a.as_ref() == b.as_ref())
}

/// Whether every word of `some` is in `all`, ignoring ASCII case.
fn all_within(some: &[impl AsRef<str>], all: &[impl AsRef<str>]) -> bool {
    some.iter().all(|word| {
        all.iter()
            .any(|other| other.as_ref().eq_ignore_ascii_case(word.as_ref()))
    })
}

/// A run's name words, owned, for an entity that stores them.
fn owned_words(words: &[impl AsRef<str>]) -> Vec<String> {
    words.iter().map(|word| word.as_ref().to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_tell_a_gender_unless_given_to_both() {
        assert_eq!(given_name_gender("Amandine"), Some(Gender::Feminine));
        assert_eq!(given_name_gender("Pádraig"), Some(Gender::Masculine));
        assert_eq!(given_name_gender("Anne-Laure"), Some(Gender::Feminine));
        assert_eq!(given_name_gender("Camille"), Some(Gender::Unknown));
        // Places and common words are left out of the list.
        assert_eq!(given_name_gender("Paris"), None);
        assert_eq!(given_name_gender("Will"), None);
    }

    #[test]
    fn an_acronym_marks_an_organisation_only_when_written_as_one() {
        assert!(is_organisation_word("ONG"));
        assert!(is_organisation_word("ong"));
        assert!(!is_organisation_word("Ong"));
        assert!(is_organisation_word("Council"));
    }
}
