//! Language data for attribution, read from the embedded files in `data/`:
//! reporting verbs (with their inflected forms), pronouns, titles, role
//! nouns, determiners and the cue words for titles and terms.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use super::word_index::WordIndex;
use crate::article::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Masculine,
    Feminine,
    Plural,
    Unknown,
}

impl Gender {
    fn from_code(code: &str) -> Gender {
        match code {
            "m" => Gender::Masculine,
            "f" => Gender::Feminine,
            "p" => Gender::Plural,
            _ => Gender::Unknown,
        }
    }

    /// Could a person of gender `self` be referred to as `other`?
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Phrases of a few words, word by word as the tokens read them, with the
/// words that open them (asked first: few words open any).
pub struct PhraseBook {
    phrases: Vec<Vec<String>>,
    openers: Table<()>,
    /// The first bytes of the phrases' first words: most words open none,
    /// and are turned away without hashing.
    opening_bytes: [bool; 256],
}

impl PhraseBook {
    fn new(data: &str, lang: Lang) -> PhraseBook {
        let phrases: Vec<Vec<String>> = lang_lines(data, lang)
            .map(|line| line.split_whitespace().flat_map(elided_apart).collect())
            .collect();
        let openers = phrases
            .iter()
            .filter_map(|phrase| phrase.first().cloned())
            .collect();
        let mut opening_bytes = [false; 256];
        for first in phrases.iter().filter_map(|phrase| phrase.first()) {
            if let Some(&byte) = first.as_bytes().first() {
                opening_bytes[usize::from(byte)] = true;
            }
        }
        PhraseBook {
            phrases,
            openers,
            opening_bytes,
        }
    }

    /// Does one of the phrases end with `word`?
    pub fn closes(&self, word: &str) -> bool {
        self.phrases
            .iter()
            .any(|phrase| phrase.last().is_some_and(|last| last == word))
    }

    /// Do the words `before` (in text order) end with one of the phrases?
    pub fn ends(&self, before: &[&str]) -> bool {
        self.phrases.iter().any(|phrase| {
            phrase.len() <= before.len()
                && phrase
                    .iter()
                    .rev()
                    .zip(before.iter().rev())
                    .all(|(word, read)| word == read)
        })
    }

    /// The phrases that `word` opens.
    pub fn opened_by<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a [String]> + 'a {
        let may_open = word
            .as_bytes()
            .first()
            .is_some_and(|&byte| self.opening_bytes[usize::from(byte)]);
        (may_open && self.openers.contains(word))
            .then_some(&self.phrases)
            .into_iter()
            .flatten()
            .filter(move |phrase| phrase.first().is_some_and(|first| first == word))
            .map(Vec::as_slice)
    }
}

pub struct Lexicon {
    pub lang: Lang,
    verbs: Table<()>,
    /// Forms that report only with the particle after them ("goes" in "goes
    /// on", "points" in "points out"): the particle's index in `particles`.
    particle_forms: Table<u8>,
    particles: Vec<String>,
    pronouns: Table<Gender>,
    person_pronouns: Table<Gender>,
    continuing_verbs: Table<()>,
    calling_verbs: Table<()>,
    judging_participles: Table<()>,
    degree_adverbs: Table<()>,
    role_qualifiers: Table<()>,
    /// Words that date a role; `true` for a role held before.
    tenure: Table<bool>,
    /// Per word, whether it marks a public body (true) or a private one.
    sectors: Table<bool>,
    silences: PhraseBook,
    name_phrases: PhraseBook,
    naming_adverbs: Table<()>,
    anonymity: PhraseBook,
    roles: Table<Gender>,
    person_nouns: Table<Gender>,
    determiners: Table<()>,
    /// Adverbial phrases by their first word.
    adverbials: HashMap<String, Vec<Vec<String>>>,
    /// The adverbials of one word, asked about nearly every capitalised one.
    adverbs: HashSet<String>,
    /// The sieve of `adverbs`: most capitalised words are asked about.
    adverb_sieve: Sieve,
    title_cues: Table<()>,
    term_cues: Table<()>,
    generic_organisations: Table<()>,
    documents: Table<()>,
    inscriptions: Table<()>,
    inscription_verbs: Table<()>,
    counterparts: Table<()>,
    spoken_about: Table<()>,
    pair_references: Table<usize>,
    exclusive_roles: Table<()>,
    age_words: Table<(u32, u32)>,
    adjective_endings: Vec<String>,
    demonyms: Demonyms,
    naming_verbs: Table<()>,
    asking_verbs: Table<()>,
    glossing_words: Table<()>,
}

/// Each word of `data/role_synonyms.txt` and the first word of its group.
static ROLE_GROUPS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    data_lines(include_str!("data/role_synonyms.txt"))
        .flat_map(|line| {
            let group = line.split_whitespace().next().unwrap_or_default();
            line.split_whitespace()
                .map(move |word| (normalise(word), normalise(group)))
        })
        .collect()
});

/// The word standing for every word of the same role as `word`
/// ("réalisatrice" and "cinéaste" both become "réalisateur"), so that
/// descriptions compare by sense.
pub fn role_sense(word: String) -> String {
    ROLE_GROUPS.get(&word).cloned().unwrap_or(word)
}

/// [`role_sense`], borrowed: the sense of `word`, or `word` itself.
pub fn role_sense_of(word: &str) -> &str {
    ROLE_GROUPS.get(word).map_or(word, String::as_str)
}

/// Does `word` stand for a group of words for a role, whatever their
/// gender ("avocat" for "avocate" too)? Its own gender then tells nothing.
pub fn is_role_group(word: &str) -> bool {
    ROLE_GROUPS.contains_key(word)
}

/// For a general word for a role ("magistrat"), the senses of the roles
/// of that kind ("juge", "procureur"), in either language.
static ROLE_KINDS: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut kinds: HashMap<String, Vec<String>> = HashMap::default();
    for line in data_lines(include_str!("data/role_kinds.txt")) {
        let Some((general, specific)) = line
            .split_once(' ')
            .and_then(|(_lang, rest)| rest.split_once(':'))
        else {
            continue;
        };
        kinds
            .entry(role_sense(normalise(general.trim())))
            .or_default()
            .extend(
                specific
                    .split_whitespace()
                    .map(|word| role_sense(normalise(word))),
            );
    }
    kinds
});

/// "contesté", "annoncées": by its ending, a French past participle.
pub fn looks_past_participle(word: &str) -> bool {
    ["é", "ée", "és", "ées"]
        .iter()
        .any(|ending| word.ends_with(ending))
}

/// « vivant », « vivantes »: a word shaped like a present participle.
pub fn looks_present_participle(word: &str) -> bool {
    ["ant", "ante", "ants", "antes"]
        .iter()
        .any(|ending| word.ends_with(ending))
}

/// "unis", "vivantes", "agréées": a plural word shaped like a participle.
/// Right after a plural noun it agrees with that noun and qualifies it
/// (« des travailleurs unis »); a finite verb there would end in « -ent ».
pub fn looks_plural_participle(word: &str) -> bool {
    word.len() >= 4
        && word.ends_with('s')
        && (looks_past_participle(word)
            || looks_present_participle(word)
            || ["is", "us", "ies", "ues"]
                .iter()
                .any(|ending| word.ends_with(ending)))
}

/// The role senses a general role sense covers ("magistrat": "juge",
/// "procureur", …), if it is one.
pub fn covered_by(general: &str) -> Option<&'static [String]> {
    ROLE_KINDS.get(general).map(Vec::as_slice)
}

/// A bit per (first two bytes, last two bytes) of the words of a list: a
/// word whose bit is clear is not in the list, found without hashing.
/// Lists are consulted for nearly every token and most tokens are in none;
/// the bits are many so that even the thousands of verb forms leave most
/// of them clear.
struct Sieve(Box<[u64; SIEVE_WORDS]>);

const SIEVE_BITS: u32 = 15;
const SIEVE_WORDS: usize = (1 << SIEVE_BITS) / 64;

/// The lead byte of the Latin-1 letters (À to ÿ), whose lowercase forms
/// differ from their capitals by the bit 0x20 of their second byte.
const LATIN_1_LEAD: u8 = 0xC3;

impl Sieve {
    /// The bit for `word`, when the two characters or bytes it reads at
    /// each end are ASCII or accented Latin-1 letters: they are then the
    /// same in the word's lookup form but for the case bit 0x20, which is
    /// set in all of them. A word of four bytes or fewer is read whole.
    #[inline(always)]
    fn bit(word: &str) -> Option<usize> {
        let bytes = word.as_bytes();
        // (Two loads of two bytes each, whatever the length from two on.)
        let packed = match (bytes.first_chunk::<2>(), bytes.last_chunk::<2>()) {
            (Some(&head), Some(&tail)) => {
                u32::from(u16::from_le_bytes(head)) | (u32::from(u16::from_le_bytes(tail)) << 16)
            }
            _ => bytes
                .first()
                .map_or(0, |&only| u32::from(only) | (u32::from(only) << 24)),
        };
        // Four ASCII bytes, the usual case, need no more looking at.
        if packed & 0x8080_8080 != 0 && !Sieve::ends_whole(packed) {
            return None;
        }
        let mixed = (packed | 0x2020_2020).wrapping_mul(0x9E37_79B1) >> (32 - SIEVE_BITS);
        usize::try_from(mixed).ok()
    }

    /// Are the two characters or bytes read at each end of a word (packed
    /// as by [`Sieve::bit`]) whole characters, ASCII or accented Latin-1?
    fn ends_whole(packed: u32) -> bool {
        let [first, second, before_last, last] = packed.to_le_bytes();
        let starts_whole = first == LATIN_1_LEAD
            || (first.is_ascii() && (second.is_ascii() || second == LATIN_1_LEAD));
        let ends_whole = before_last == LATIN_1_LEAD || (before_last.is_ascii() && last.is_ascii());
        starts_whole && ends_whole
    }

    fn of<'w>(words: impl Iterator<Item = &'w str>) -> Sieve {
        let mut sieve = Sieve(Box::new([0; SIEVE_WORDS]));
        for bit in words.filter_map(Sieve::bit) {
            sieve.0[bit / 64] |= 1 << (bit % 64);
        }
        sieve
    }

    #[inline(always)]
    fn may_hold(&self, word: &str) -> bool {
        Sieve::bit(word).is_none_or(|bit| self.0[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// Does the word open with an ASCII capital or one of À to Þ (but ×)?
fn opens_with_capital(bytes: &[u8]) -> bool {
    match bytes {
        [first, ..] if first.is_ascii_uppercase() => true,
        [LATIN_1_LEAD, second, ..] => *second <= 0x9E && *second != 0x97,
        _ => false,
    }
}

/// Prefixes that keep a role a role: « ex-ministre », "vice-president".
const ROLE_PREFIXES: &[&str] = &["ex", "vice", "co", "sous", "demi", "pro", "anti"];

/// A word list with a value per word, looked up by lookup form.
pub struct Table<V> {
    entries: WordIndex<V>,
    sieve: Sieve,
}

impl<V: Copy> Table<V> {
    /// Most words asked about are in no list: the sieve turns them away
    /// where they are asked about, without a call.
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<V> {
        if !self.sieve.may_hold(word) {
            return None;
        }
        self.look_up(word)
    }

    #[inline(never)]
    fn look_up(&self, word: &str) -> Option<V> {
        // An ASCII word's lookup form is itself lowered, which the index
        // reads it as. Any other is most often in lookup form already, and
        // found as it is: only a word not found needs normalising, if it
        // was not in that form.
        if let Some(found) = self.entries.get_ascii_lowered(word) {
            return found;
        }
        // No key has a capital, so a word that opens with one ("José",
        // "Élysée") goes straight to its key, without being read as it is.
        if opens_with_capital(word.as_bytes()) {
            return with_key_of_unnormal(word, |key| self.entries.get(key));
        }
        self.entries.get(word).or_else(|| {
            (!is_normal(word))
                .then(|| with_key_of_unnormal(word, |key| self.entries.get(key)))
                .flatten()
        })
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

impl<V: Copy> FromIterator<(String, V)> for Table<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Table<V> {
        let mut entries: Vec<(String, V)> = entries.into_iter().collect();
        let sieve = Sieve::of(entries.iter().map(|(key, _)| key.as_str()));
        // A word is looked up by its lookup form: a key in another form
        // could never be found. (Dropped before indexing, so the index
        // is told how many keys come and sized once.)
        entries.retain(|(key, _)| is_normal(key));
        let entries = WordIndex::new(entries);
        Table { entries, sieve }
    }
}

impl FromIterator<String> for Table<()> {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Table<()> {
        words.into_iter().map(|word| (word, ())).collect()
    }
}

static HONORIFICS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    data_words(include_str!("data/honorifics.txt"))
        .map(str::to_string)
        .collect()
});

static FRENCH: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::load(Lang::Fr));
static ENGLISH: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::load(Lang::En));

pub fn for_lang(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::Fr => &FRENCH,
        Lang::En => &ENGLISH,
    }
}

fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Every word of a data file that lists words, comments left out.
pub fn data_words(data: &str) -> impl Iterator<Item = &str> {
    data_lines(data).flat_map(str::split_whitespace)
}

/// Lines of a per-language file (`fr …` / `en …`) for `lang`.
fn lang_lines(data: &str, lang: Lang) -> impl Iterator<Item = &str> {
    data_lines(data).filter_map(move |line| line.strip_prefix(lang.code())?.strip_prefix(' '))
}

/// The words of a per-language file's lines for `lang`.
fn lang_words(data: &str, lang: Lang) -> Table<()> {
    lang_lines(data, lang)
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect()
}

/// A per-language file of `label word …` lines, for `lang`: each word,
/// and whether its line's label is `flagged` ("past" in "fr past ancien
/// ex").
fn lang_flags(data: &str, lang: Lang, flagged: &str) -> Table<bool> {
    lang_lines(data, lang)
        .filter_map(|line| line.split_once(' '))
        .flat_map(|(label, words)| {
            let flag = label == flagged;
            words
                .split_whitespace()
                .map(move |word| (word.to_string(), flag))
        })
        .collect()
}

/// Words for a person that give only a gender; roles too.
const PERSON_NOUNS: &str = include_str!("data/person_nouns.txt");

/// A per-language file of `word gender` lines, for `lang`.
fn lang_genders(data: &str, lang: Lang) -> Table<Gender> {
    lang_lines(data, lang)
        .filter_map(|line| line.split_once(' '))
        .map(|(word, gender)| (word.to_string(), Gender::from_code(gender.trim())))
        .collect()
}

/// Typographic apostrophes read as straight ones, everything lowercase.
/// A data word as the text's tokens read it: "d'emblée" is "d'" and
/// "emblée", as the tokenizer splits short elided words from the next.
fn elided_apart(word: &str) -> Vec<String> {
    let normal = normalise(word);
    match split_elision(&normal) {
        (article, Some(rest)) => vec![article.to_string(), rest.to_string()],
        (word, None) => vec![word.to_string()],
    }
}

/// « l'élu » as « l' » and « élu », so that its article is read as one;
/// any other word as itself and no rest.
pub fn split_elision(word: &str) -> (&str, Option<&str>) {
    word.char_indices()
        .find(|&(_, c)| c == '\'' || c == '’')
        .filter(|&(at, _)| is_elided_stem(&word[..at]))
        .map(|(at, c)| at + c.len_utf8())
        .filter(|&end| end < word.len())
        .map_or((word, None), |end| (&word[..end], Some(&word[end..])))
}

/// "d", "l", "qu", "lorsqu": what is left of a French word that lost its
/// vowel before the next ("d'", "lorsqu'").
pub fn is_elided_stem(stem: &str) -> bool {
    stem.chars().all(char::is_lowercase) && (stem.chars().count() == 1 || stem.ends_with("qu"))
}

pub fn normalise(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut normal = String::with_capacity(word.len());
    push_normal(word, &mut normal);
    normal
}

/// Appends the normal form of `word` to `normal`.
pub fn push_normal(word: &str, normal: &mut String) {
    // Runs of characters that stay as they are are copied whole: a long
    // quotation is mostly such runs, read eight bytes at a time while they
    // are ASCII without capitals, else byte by byte.
    let bytes = word.as_bytes();
    let mut kept = 0;
    let mut at = 0;
    loop {
        // (Past the lowercase ASCII bytes of a chunk that ends with some
        // other, at once: French text has an accent every few words.)
        while let Some(&eight) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            let kept_bytes = lowercase_ascii_prefix(u64::from_le_bytes(eight));
            at += kept_bytes;
            if kept_bytes < 8 {
                break;
            }
        }
        let Some(&byte) = bytes.get(at) else {
            break;
        };
        if byte.is_ascii() {
            if byte.is_ascii_uppercase() {
                normal.push_str(&word[kept..at]);
                normal.push(char::from(byte.to_ascii_lowercase()));
                kept = at + 1;
            }
            at += 1;
            continue;
        }
        // The accented letters of French, À to ÿ, are told without the
        // Unicode tables: À to Þ (but ×) are capitals, 0x20 below their
        // lowercase forms in their second byte.
        if byte == LATIN_1_LEAD
            && let Some(&second) = bytes.get(at + 1)
            && (0x80..=0xBF).contains(&second)
        {
            if second <= 0x9E && second != 0x97 {
                normal.push_str(&word[kept..at]);
                // (U+00C0 is 0xC3 0x80: the lowercase of 0xC3 `second` is U+0060 + `second`.)
                normal.push(char::from(second + 0x60));
                kept = at + 2;
            }
            at += 2;
            continue;
        }
        let Some(c) = word.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let width = c.len_utf8();
        if c == '’' || c.is_uppercase() {
            normal.push_str(&word[kept..at]);
            kept = at + width;
            if c == '’' {
                normal.push('\'');
            } else {
                normal.extend(c.to_lowercase());
            }
        }
        at += width;
    }
    normal.push_str(&word[kept..]);
}

/// `word` without the possessive "'s" it ends with ("mayor's": "mayor"),
/// as `trim_end_matches("'s")` gives it without a string searcher.
pub fn without_possessive(word: &str) -> &str {
    let mut word = word;
    while let Some(stem) = word.strip_suffix("'s") {
        word = stem;
    }
    word
}

/// "volcanologist", « sismologue », « épidémiologiste »: the endings of a
/// science's practitioner name a role, however rare the science.
fn is_scientist(word: &str) -> bool {
    // Most words asked about are no role at all: their last two bytes
    // rule out every ending before any is compared.
    let may_end_so =
        word.len() > 8 && matches!(word.as_bytes(), [.., b's', b't'] | [.., b'u' | b't', b'e']);
    may_end_so
        && ["ologist", "ologue", "ologiste"]
            .iter()
            .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

/// Whether `bytes` may hold a hyphen: no when none of the bytes read, up
/// to eight at once, is one. Words of up to sixteen bytes are read whole.
#[inline(always)]
pub fn may_hold_hyphen(bytes: &[u8]) -> bool {
    const EACH: u64 = 0x0101_0101_0101_0101;
    let (head, tail) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(&head), Some(&tail)) if bytes.len() <= 16 => {
            (u64::from_le_bytes(head), u64::from_le_bytes(tail))
        }
        (Some(_), Some(_)) => return true,
        _ => match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            (Some(&head), Some(&tail)) => (
                u64::from(u32::from_le_bytes(head)),
                u64::from(u32::from_le_bytes(tail)),
            ),
            _ => return bytes.contains(&b'-'),
        },
    };
    // A byte of `chunk ^ hyphens` is zero where `chunk` holds a hyphen (the
    // four high bytes a `u32` leaves at zero become 0x2D, and are not).
    let has_zero = |x: u64| x.wrapping_sub(EACH) & !x & (0x80 * EACH) != 0;
    let hyphens = 0x2D * EACH;
    has_zero(head ^ hyphens) || has_zero(tail ^ hyphens)
}

/// How many of the eight bytes of `chunk` (read little-endian), from the
/// first on, are ASCII and no capital.
#[inline(always)]
fn lowercase_ascii_prefix(chunk: u64) -> usize {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * EACH;
    // Below 0x80 no byte carries into the next: a byte's high bit then
    // says whether it is at least 'A' (0x41), and whether past 'Z' (0x5A).
    // (Bytes of 0x80 and over are read without their high bit, and count
    // as neither, whatever that reading says.)
    let ascii = chunk & !HIGH;
    let from_a = ascii + (0x80 - 0x41) * EACH;
    let past_z = ascii + (0x80 - 0x5B) * EACH;
    let stops = (chunk & HIGH) | (from_a & !past_z & HIGH);
    (stops.trailing_zeros() / 8) as usize
}

/// A fixed list of lowercase words, looked up in constant time: such lists
/// are consulted for nearly every token.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<(Sieve, WordIndex<()>)>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    fn sieve_and_index(&self) -> &(Sieve, WordIndex<()>) {
        self.set.get_or_init(|| {
            let words = self.words.iter().copied();
            let index = WordIndex::new(words.clone().map(|word| (word.to_string(), ())));
            (Sieve::of(words), index)
        })
    }

    #[inline(always)]
    pub fn contains(&self, word: &str) -> bool {
        let (sieve, set) = self.sieve_and_index();
        sieve.may_hold(word) && set.get(word).is_some()
    }

    /// Whether the lookup form of `word` (written in any case) is in the
    /// set. The sieve reads any case alike, so most words are turned away
    /// before they are lowered.
    pub fn contains_key_of(&self, word: &str) -> bool {
        let (sieve, set) = self.sieve_and_index();
        sieve.may_hold(word) && with_key(word, |key| set.get(key).is_some())
    }
}

/// "M", "É": one capital letter alone, told without counting the
/// characters of longer words.
pub fn is_single_capital(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(only), None) if only.is_uppercase())
}

/// "S." of "S. Revathi", "St." of "St. Brendan's": a word that stands
/// with its full stop for the start of a name.
pub fn is_name_initial(word: &str) -> bool {
    is_single_capital(word) || is_name_abbreviation(word)
}

/// "St", "Mt": the abbreviation of a saint's or a mountain's name, which
/// names a place or a body, never a person.
pub fn is_name_abbreviation(word: &str) -> bool {
    // Asked of every word before a full stop: the sieve turns most away
    // unhashed.
    NAME_ABBREVIATION_SIEVE.may_hold(word) && NAME_ABBREVIATIONS.contains(word)
}

static NAME_ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data_words(include_str!("data/name_abbreviations.txt")).collect());

static NAME_ABBREVIATION_SIEVE: LazyLock<Sieve> =
    LazyLock::new(|| Sieve::of(NAME_ABBREVIATIONS.iter().copied()));

/// Is `word` already in normal form (lowercase, straight apostrophes)?
pub fn is_normal(word: &str) -> bool {
    // Asked of every word: ASCII and the accented Latin-1 letters of
    // French are told apart without the Unicode tables.
    let bytes = word.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if !byte.is_ascii() {
            return word.get(at..).is_some_and(|rest| {
                rest.chars().all(|c| match c {
                    '\0'..='\x7f' => !c.is_ascii_uppercase(),
                    '\u{c0}'..='\u{de}' => c == '\u{d7}',
                    '\u{df}'..='\u{ff}' => true,
                    '’' => false,
                    c => !c.is_uppercase(),
                })
            });
        }
        if byte.is_ascii_uppercase() {
            return false;
        }
        at += 1;
    }
    true
}

/// The form `word` is looked up by: itself when already normal, so the
/// common lowercase word costs no allocation.
pub fn key(word: &str) -> Cow<'_, str> {
    if is_normal(word) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(normalise(word))
    }
}

/// Calls `lookup` with the form `word` is looked up by. Lookups happen for
/// nearly every word, so a short word ("Le", "l’", "État") is lowered on
/// the stack rather than in a new string.
pub fn with_key<R>(word: &str, lookup: impl FnOnce(&str) -> R) -> R {
    if is_normal(word) {
        return lookup(word);
    }
    with_key_of_unnormal(word, lookup)
}

/// `with_key` for a word already known not to be in its lookup form, so
/// that it is not read twice to tell.
fn with_key_of_unnormal<R>(word: &str, lookup: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 32;
    let mut buffer = [0u8; SHORT];
    if word.len() <= SHORT && word.is_ascii() {
        let lowered = &mut buffer[..word.len()];
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        if let Ok(lowered) = std::str::from_utf8(lowered) {
            return lookup(lowered);
        }
    }
    if let Some(lowered) = normalise_into(word, &mut buffer) {
        return lookup(lowered);
    }
    lookup(&normalise(word))
}

/// The normal form of `word` written into `buffer`, if it fits.
fn normalise_into<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let mut length = 0;
    let mut push = |c: char| {
        let room = buffer.get_mut(length..length + c.len_utf8())?;
        length += c.encode_utf8(room).len();
        Some(())
    };
    for c in word.chars() {
        // ASCII and the accented letters of French, À to ÿ, are lowered
        // without the Unicode tables: À to Þ (but ×) are the capitals.
        match c {
            '\0'..='\x7f' => push(c.to_ascii_lowercase())?,
            '’' => push('\'')?,
            '\u{c0}'..='\u{de}' if c != '\u{d7}' => {
                push(char::from_u32(u32::from(c) + 0x20)?)?;
            }
            '\u{80}'..='\u{ff}' => push(c)?,
            _ if c.is_uppercase() => {
                for lower in c.to_lowercase() {
                    push(lower)?;
                }
            }
            _ => push(c)?,
        }
    }
    std::str::from_utf8(&buffer[..length]).ok()
}

impl Lexicon {
    fn load(lang: Lang) -> Lexicon {
        let (verbs, roles, adverbials) = match lang {
            Lang::Fr => (
                include_str!("data/verbs.fr.txt"),
                include_str!("data/roles.fr.txt"),
                include_str!("data/adverbials.fr.txt"),
            ),
            Lang::En => (
                include_str!("data/verbs.en.txt"),
                include_str!("data/roles.en.txt"),
                include_str!("data/adverbials.en.txt"),
            ),
        };
        let words_of = |data: &str| -> Table<()> {
            lang_lines(data, lang)
                .flat_map(str::split_whitespace)
                .map(normalise)
                .collect()
        };
        let phrases: Vec<Vec<String>> = data_lines(adverbials)
            .map(|line| line.split_whitespace().flat_map(elided_apart).collect())
            .collect();
        let adverbs: HashSet<String> = phrases
            .iter()
            .filter_map(|phrase| match phrase.as_slice() {
                [word] => Some(word.clone()),
                _ => None,
            })
            .collect();
        let mut adverbials: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for phrase in phrases {
            if let Some(first) = phrase.first() {
                adverbials.entry(first.clone()).or_default().push(phrase);
            }
        }
        // (Each verb's forms are made once, for both tables.)
        let verb_lines: Vec<(&str, Vec<String>)> = data_lines(verbs)
            .map(|line| (line, verb_forms(line, lang)))
            .collect();
        let (particle_forms, particles) = particle_forms(&verb_lines, lang);
        Lexicon {
            lang,
            verbs: verb_lines
                .into_iter()
                .flat_map(|(_, forms)| forms)
                .collect(),
            particle_forms,
            particles,
            pronouns: lang_genders(include_str!("data/pronouns.txt"), lang),
            person_pronouns: lang_genders(include_str!("data/person_pronouns.txt"), lang),
            continuing_verbs: lang_words(include_str!("data/continuing_verbs.txt"), lang),
            calling_verbs: lang_words(include_str!("data/calling_verbs.txt"), lang),
            judging_participles: lang_words(include_str!("data/judging_participles.txt"), lang),
            degree_adverbs: lang_words(include_str!("data/degree_adverbs.txt"), lang),
            role_qualifiers: lang_words(include_str!("data/role_qualifiers.txt"), lang),
            tenure: lang_flags(include_str!("data/tenure.txt"), lang, "past"),
            sectors: lang_flags(include_str!("data/body_sectors.txt"), lang, "public"),
            silences: PhraseBook::new(include_str!("data/silences.txt"), lang),
            name_phrases: PhraseBook::new(include_str!("data/name_phrases.txt"), lang),
            naming_adverbs: lang_words(include_str!("data/naming_adverbs.txt"), lang),
            anonymity: PhraseBook::new(include_str!("data/anonymity.txt"), lang),
            roles: data_lines(roles)
                .chain(lang_lines(PERSON_NOUNS, lang))
                .filter_map(|line| line.rsplit_once(' '))
                .map(|(word, gender)| (normalise(word), Gender::from_code(gender)))
                .collect(),
            person_nouns: lang_genders(PERSON_NOUNS, lang),
            determiners: words_of(include_str!("data/determiners.txt")),
            adverbials,
            adverb_sieve: Sieve::of(adverbs.iter().map(String::as_str)),
            adverbs,
            title_cues: words_of(include_str!("data/title_cues.txt")),
            term_cues: words_of(include_str!("data/term_cues.txt")),
            generic_organisations: words_of(include_str!("data/generic_organisations.txt")),
            documents: words_of(include_str!("data/documents.txt")),
            inscriptions: words_of(include_str!("data/inscriptions.txt")),
            inscription_verbs: lang_words(include_str!("data/inscription_verbs.txt"), lang),
            counterparts: words_of(include_str!("data/counterparts.txt")),
            spoken_about: words_of(include_str!("data/spoken_about.txt")),
            pair_references: lang_lines(include_str!("data/pair_references.txt"), lang)
                .filter_map(|line| {
                    let (word, place) = line.split_once(' ')?;
                    Some((normalise(word), place.trim().parse().ok()?))
                })
                .collect(),
            exclusive_roles: words_of(include_str!("data/exclusive_roles.txt")),
            age_words: lang_lines(include_str!("data/age_words.txt"), lang)
                .filter_map(|line| {
                    let mut fields = line.split_whitespace();
                    let word = normalise(fields.next()?);
                    let youngest = fields.next()?.parse().ok()?;
                    let oldest = fields.next()?.parse().ok()?;
                    Some((word, (youngest, oldest)))
                })
                .collect(),
            adjective_endings: lang_lines(include_str!("data/adjective_endings.txt"), lang)
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect(),
            demonyms: Demonyms::new(lang),
            naming_verbs: words_of(include_str!("data/naming_verbs.txt")),
            asking_verbs: words_of(include_str!("data/asking_verbs.txt")),
            glossing_words: lang_words(include_str!("data/glossing_words.txt"), lang),
        }
    }

    /// Is `word` a form of a reporting verb ("déclaré", "affirme", "said")?
    pub fn is_reporting_verb(&self, word: &str) -> bool {
        self.verbs.contains(word)
    }

    /// The words a reporting form needs after it to report ("on" for
    /// "went", "out" for "pointed", « en garde » for « met »), when it
    /// reports only with them.
    pub fn particle_after(&self, word: &str) -> Option<&str> {
        let index = self.particle_forms.get(word)?;
        self.particles.get(usize::from(index)).map(String::as_str)
    }

    /// A French inverted verb ("a-t-il", "affirme-t-elle", "répondit-il"):
    /// the verb part and the pronoun's gender.
    pub fn inversion<'w>(&self, word: &'w str) -> Option<(&'w str, Gender)> {
        // (Most words are told to have no hyphen without a search.)
        if !may_hold_hyphen(word.as_bytes()) || !word.contains('-') {
            return None;
        }
        for (suffix, gender) in [
            ("-t-il", Gender::Masculine),
            ("-t-elle", Gender::Feminine),
            ("-t-on", Gender::Plural),
            ("-ils", Gender::Plural),
            ("-elles", Gender::Plural),
            ("-il", Gender::Masculine),
            ("-elle", Gender::Feminine),
            ("-on", Gender::Plural),
        ] {
            let Some(cut) = word.len().checked_sub(suffix.len()) else {
                continue;
            };
            if word.as_bytes()[cut..].eq_ignore_ascii_case(suffix.as_bytes()) {
                return Some((&word[..cut], gender));
            }
        }
        None
    }

    pub fn pronoun(&self, word: &str) -> Option<Gender> {
        self.pronouns.get(word)
    }

    /// The gender of a pronoun that stands for one person wherever it sits
    /// in the sentence ("her", "him", "his").
    pub fn person_pronoun(&self, word: &str) -> Option<Gender> {
        self.person_pronouns.get(word)
    }

    /// Does the reporting verb `word` say the speaker goes on?
    pub fn is_continuing_verb(&self, word: &str) -> bool {
        self.continuing_verbs.contains(word)
    }

    /// Does `word` give a thing a name ("called", « qualifié »)?
    pub fn is_calling_verb(&self, word: &str) -> bool {
        self.calling_verbs.contains(word)
    }

    /// Does `word` date a role as held before ("former", `Some(true)`) or
    /// now ("current", `Some(false)`)?
    pub fn dates_role_as_past(&self, word: &str) -> Option<bool> {
        self.tenure.get(word)
    }

    /// Does `word` name a body of the state ("council", « ministère »)?
    pub fn is_public_body_word(&self, word: &str) -> bool {
        self.sectors.get(word) == Some(true)
    }

    /// Is `word` a generic noun for a body outside the state ("company",
    /// « entreprise »)?
    pub fn is_private_body_noun(&self, word: &str) -> bool {
        self.sectors.get(word) == Some(false)
    }

    /// May `word` open a role without an article ("former mayor")?
    pub fn is_role_qualifier(&self, word: &str) -> bool {
        self.role_qualifiers.contains(word)
    }

    /// Does the participle `word` judge in the passive (« jugée »)?
    pub fn is_judging_participle(&self, word: &str) -> bool {
        self.judging_participles.contains(word)
    }

    /// « très », "widely": an adverb of degree, which makes the participle
    /// after it an adjective.
    pub fn is_degree_adverb(&self, word: &str) -> bool {
        self.degree_adverbs.contains(word)
    }

    /// "dirigeants", "inspectors", "Campaigners": the plural of a word for
    /// a person's role.
    pub fn is_plural_role(&self, word: &str) -> bool {
        self.role(word).is_none()
            && word
                .strip_suffix('s')
                .or_else(|| word.strip_suffix('x'))
                .is_some_and(|singular| self.role(singular).is_some())
    }

    pub fn role(&self, word: &str) -> Option<Gender> {
        self.roles
            .get(word)
            .or_else(|| {
                // "gynécologue-obstétricien", "ex-ministre": a compound of roles,
                // or a prefix and a role; not "Solheim-Baker".
                // Most words are short and have no hyphen.
                let hyphen = may_hold_hyphen(word.as_bytes())
                    .then(|| word.bytes().rposition(|byte| byte == b'-'))??;
                let (first, last) = (&word[..hyphen], &word[hyphen + 1..]);
                let role = self.roles.get(last)?;
                (self.roles.get(first).is_some()
                    || with_key(first, |key| ROLE_PREFIXES.contains(&key)))
                .then_some(role)
            })
            .or_else(|| is_scientist(word).then_some(Gender::Unknown))
    }

    /// "homme", "woman": a word for a person that gives only a gender.
    pub fn is_person_noun(&self, word: &str) -> bool {
        self.person_nouns.get(word).is_some()
    }

    pub fn is_determiner(&self, word: &str) -> bool {
        self.determiners.contains(word)
    }

    pub fn is_title_cue(&self, word: &str) -> bool {
        self.title_cues.contains(word)
    }

    /// "company", "société": an organisation named elsewhere in the text.
    pub fn is_generic_organisation(&self, word: &str) -> bool {
        self.generic_organisations.contains(word)
    }

    /// Phrases that say someone did not speak ("declined to comment",
    /// « n'a pas répondu »).
    pub fn silences(&self) -> &PhraseBook {
        &self.silences
    }

    /// Phrases that say someone is not named on purpose ("who asked not to
    /// be named", « qui préfère taire son nom »).
    pub fn anonymity(&self) -> &PhraseBook {
        &self.anonymity
    }

    /// "statement", "communiqué": a document speaking for its issuer.
    pub fn is_document(&self, word: &str) -> bool {
        self.documents.contains(word)
    }

    /// "poser", "réfléchir": by its ending, a French infinitive, which no
    /// incise inverts. (English infinitives look like the present.)
    pub fn looks_infinitive(&self, word: &str) -> bool {
        self.lang == Lang::Fr && (word.ends_with("er") || word.ends_with("ir"))
    }

    /// "ajoutant", "adding": by its ending, a present participle.
    pub fn looks_present_participle(&self, word: &str) -> bool {
        match self.lang {
            Lang::Fr => word.ends_with("ant"),
            Lang::En => word.ends_with("ing"),
        }
    }

    /// "sign", « banderole »: a thing whose words nobody in particular says.
    pub fn is_inscription(&self, word: &str) -> bool {
        self.inscriptions.contains(word)
    }

    /// "read", "reads": a verb that gives the words a thing carries.
    pub fn is_inscription_verb(&self, word: &str) -> bool {
        self.inscription_verbs.contains(word)
    }

    /// "départemental", "national": by its ending, an adjective.
    pub fn looks_adjectival(&self, word: &str) -> bool {
        self.adjective_endings
            .iter()
            .any(|ending| ends_after_stem(word, ending))
    }

    /// An adjective or a demonym: a word that may qualify the noun before
    /// it (« Union cycliste internationale », « Suisse romande »).
    pub fn is_adjective_like(&self, word: &str) -> bool {
        self.looks_adjectival(word) || self.is_demonym(word)
    }

    /// "suédois", "Swede", "Tongien": a word for where someone comes from.
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(word)
    }

    /// "South African", "New Zealander": a word for where someone comes
    /// from, written as two.
    pub fn is_compound_demonym(&self, first: &str, second: &str) -> bool {
        self.demonyms.compound_openers.contains(first) && self.demonyms.contains(second)
    }

    /// The gender a demonym's ending tells (« française »), if any.
    pub fn demonym_gender(&self, word: &str) -> Gender {
        self.demonyms.gender(word)
    }

    /// The ages an epithet gives: "quadragénaire" 40 to 49, "34-year-old"
    /// 34.
    pub fn age_range(&self, word: &str) -> Option<(u32, u32)> {
        let years = word
            .strip_suffix("-year-old")
            .or_else(|| word.strip_suffix("-years-old"))
            .and_then(|number| number.parse().ok());
        years
            .map(|age| (age, age))
            .or_else(|| self.age_words.get(word))
    }

    /// "prévenu", "lawyer": a role in a trial that excludes the others.
    pub fn is_exclusive_role(&self, word: &str) -> bool {
        self.exclusive_roles.contains(word)
    }

    /// "le premier" 1, "le second" 2: which of a pair named together.
    pub fn pair_reference(&self, word: &str) -> Option<usize> {
        self.pair_references.get(word)
    }

    /// "rivale", "opponent": the other side of the person talked about.
    pub fn is_counterpart(&self, word: &str) -> bool {
        self.counterparts.contains(word)
    }

    /// « intéressé »: the one the last quotation spoke about.
    pub fn is_spoken_about(&self, word: &str) -> bool {
        self.spoken_about.contains(word)
    }

    /// « ces », "those": after a quoted term and its comma, an apposition
    /// that explains the term opens with it.
    pub fn is_glossing_word(&self, word: &str) -> bool {
        self.glossing_words.contains(word)
    }

    /// "known as", « sous le nom de »: phrases right before a name given.
    pub fn name_phrases(&self) -> &PhraseBook {
        &self.name_phrases
    }

    /// "locally" in "known locally as", « localement » in « appelé
    /// localement »: an adverb between the naming words and the name.
    pub fn is_naming_adverb(&self, word: &str) -> bool {
        self.naming_adverbs.contains(word)
    }

    /// "surnommé", "nicknamed": what follows is a name given.
    pub fn is_naming_verb(&self, word: &str) -> bool {
        self.naming_verbs.contains(word)
    }

    /// "interrogé", "asked": its subject asks the questions that follow.
    pub fn is_asking_verb(&self, word: &str) -> bool {
        self.asking_verbs.contains(word)
    }

    /// "a", "est", "avait": a French auxiliary (in English, "a" is an
    /// article and auxiliaries are told apart where they matter).
    pub fn is_auxiliary(&self, word: &str) -> bool {
        self.lang == Lang::Fr && is_french_auxiliary(word)
    }

    pub fn is_term_cue(&self, word: &str) -> bool {
        self.term_cues.contains(word)
    }

    /// A one-word adverbial ("encore", "later").
    pub fn is_adverb(&self, lower: &str) -> bool {
        self.adverb_sieve.may_hold(lower) && self.adverbs.contains(lower)
    }

    /// How many of `words` (normalised) an adverbial phrase covers at the
    /// start, if one does.
    pub fn adverbial_len(&self, words: &[impl AsRef<str>]) -> usize {
        let Some(phrases) = words
            .first()
            .and_then(|first| self.adverbials.get(first.as_ref()))
        else {
            return 0;
        };
        let starts_with = |phrase: &Vec<String>| {
            phrase.len() <= words.len()
                && phrase
                    .iter()
                    .zip(words)
                    .all(|(want, word)| want == word.as_ref())
        };
        phrases
            .iter()
            .filter(|phrase| starts_with(phrase))
            .map(Vec::len)
            .max()
            .unwrap_or(0)
    }
}

/// The gender a determiner gives the noun after it ("la maire", "his").
pub fn determiner_gender(word: &str) -> Gender {
    with_key(word, |key| match key {
        // English "his", "her" agree with the owner ("his daughter").
        "le" | "un" | "son" | "ce" | "cet" | "du" | "au" => Gender::Masculine,
        "la" | "une" | "sa" | "cette" => Gender::Feminine,
        _ => Gender::Unknown,
    })
}

/// Does the determiner point at someone already known ("le", "the"), not
/// someone new ("un", "a")?
/// ("Ma grand-mère répétait", "my mother used to say": the writer's or a
/// speaker's own relation is no one the text names, so a first-person
/// possessive is no definite article either.)
pub fn is_definite(word: &str) -> bool {
    with_key(word, |key| {
        !matches!(
            key,
            "un" | "une"
                | "des"
                | "a"
                | "an"
                | "one"
                | "another"
                | "ma"
                | "mon"
                | "mes"
                | "notre"
                | "nos"
                | "my"
                | "our"
        )
    })
}

/// Is `word`, followed by a full stop when `dotted`, a title ("M." is one
/// only with its full stop)?
pub fn is_honorific_before(word: &str, dotted: bool) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    HONORIFIC_SIEVE.may_hold(word)
        && (HONORIFICS.contains(word) || (dotted && DOTTED_HONORIFICS.contains(word)))
}

/// The sieve of titles with and without their full stop: every
/// capitalised word is asked about.
static HONORIFIC_SIEVE: LazyLock<Sieve> = LazyLock::new(|| {
    Sieve::of(
        HONORIFICS
            .iter()
            .chain(DOTTED_HONORIFICS.iter())
            .map(String::as_str),
    )
});

/// Titles written with a full stop, without it: "M", "Mr", "Sen".
static DOTTED_HONORIFICS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    HONORIFICS
        .iter()
        .filter_map(|title| title.strip_suffix('.'))
        .map(str::to_string)
        .collect()
});

/// The forms of multi-word lemmas ("go on", "point out", « mettre en
/// garde ») that no one-word lemma shares, each with the word it needs
/// next; and those words.
/// `verb_lines` are the lines of the verb list, each with its forms.
fn particle_forms(verb_lines: &[(&str, Vec<String>)], lang: Lang) -> (Table<u8>, Vec<String>) {
    let mut particles: Vec<String> = Vec::new();
    let mut needing: Vec<(String, u8)> = Vec::new();
    let mut plain: HashSet<&str> = HashSet::default();
    for (line, forms) in verb_lines {
        let lemma = line
            .split_once(':')
            .map_or(*line, |(lemma, _)| lemma)
            .trim();
        let words: Vec<&str> = lemma.split_whitespace().collect();
        // ("mettre en garde": "a mis fin au contrat" reports nothing; "se
        // réjouir" is reflexive, not phrasal.)
        let phrasal = match lang {
            Lang::En => words.len() == 2,
            Lang::Fr => words.len() >= 2 && !matches!(words[0], "se" | "s'"),
        };
        if !phrasal {
            plain.extend(forms.iter().map(String::as_str));
            continue;
        }
        let particle = normalise(&words[1..].join(" "));
        let index = particles
            .iter()
            .position(|known| *known == particle)
            .unwrap_or_else(|| {
                particles.push(particle);
                particles.len() - 1
            });
        let index = u8::try_from(index).unwrap_or(u8::MAX);
        needing.extend(forms.iter().map(|form| (form.clone(), index)));
    }
    let table = needing
        .into_iter()
        .filter(|(form, _)| !plain.contains(form.as_str()))
        .collect();
    (table, particles)
}

/// Every form of a verb line: "lemma" (inflected by rule) or
/// "lemma: form form …". Reflexive and multi-word lemmas contribute the
/// forms of their verb word.
fn verb_forms(line: &str, lang: Lang) -> Vec<String> {
    let (lemma, listed) = match line.split_once(':') {
        Some((lemma, forms)) => (lemma.trim(), Some(forms)),
        None => (line, None),
    };
    let lemma = normalise(lemma);
    let verb = lemma
        .split_whitespace()
        .find(|word| !matches!(*word, "se" | "s'"))
        .unwrap_or(&lemma);
    let verb = verb.strip_prefix("s'").unwrap_or(verb);
    let mut forms = vec![verb.to_string()];
    match listed {
        Some(listed) => {
            forms.extend(listed.split_whitespace().map(normalise));
            // The present participle and the imperfect's plural are the
            // imperfect's stem and "-ant", "-aient" (reconnaissait:
            // reconnaissant, reconnaissaient).
            if lang == Lang::Fr {
                let derived: Vec<String> = forms
                    .iter()
                    .filter_map(|form| form.strip_suffix("ait"))
                    .flat_map(|stem| [format!("{stem}ant"), format!("{stem}aient")])
                    .collect();
                forms.extend(derived);
            }
        }
        None => match lang {
            Lang::Fr => forms.extend(french_er_forms(verb)),
            Lang::En => forms.extend(english_regular_forms(verb)),
        },
    }
    forms
}

/// Forms of a regular French -er verb used in reporting: present,
/// imperfect, simple past, future, past and present participles.
fn french_er_forms(verb: &str) -> Vec<String> {
    let Some(stem) = verb.strip_suffix("er") else {
        return Vec::new();
    };
    // lancer → lança, interroger → interrogea.
    let soft = if let Some(base) = stem.strip_suffix('c') {
        format!("{base}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    let present = present_stem(stem);
    // (No second person: "tonnes", "notes", "remarques" are nouns far more
    // often than "tu tonnes".)
    let mut forms: Vec<String> = ["e", "ent"]
        .iter()
        .map(|end| format!("{present}{end}"))
        .collect();
    forms.extend(
        ["ait", "aient", "a", "ant"]
            .iter()
            .map(|end| format!("{soft}{end}")),
    );
    forms.extend(
        ["èrent", "é", "ée", "és", "ées"]
            .iter()
            .map(|end| format!("{stem}{end}")),
    );
    forms.extend(["era", "eront"].iter().map(|end| format!("{present}{end}")));
    forms.extend(
        ["era", "eront", "e", "ent"]
            .iter()
            .map(|end| format!("{stem}{end}")),
    );
    forms
}

/// The stem of the present tense: espérer → espèr-, rappeler → rappell-.
fn present_stem(stem: &str) -> String {
    let last_vowel = stem
        .char_indices()
        .rev()
        .find(|(_, c)| "aeéèiouy".contains(*c));
    match last_vowel {
        Some((index, 'é')) => format!("{}è{}", &stem[..index], &stem[index + 'é'.len_utf8()..]),
        // rappeler → rappelle, jeter → jette; else marteler → martèle,
        // relever → relève.
        Some((_, 'e')) if stem.ends_with("appel") || stem.ends_with("jet") => {
            let last = stem.chars().last().map(String::from).unwrap_or_default();
            format!("{stem}{last}")
        }
        Some((index, 'e')) if stem[index + 1..].chars().count() == 1 && index > 0 => {
            format!("{}è{}", &stem[..index], &stem[index + 1..])
        }
        _ => stem.to_string(),
    }
}

/// -s, -ed, -ing forms of a regular English verb.
fn english_regular_forms(verb: &str) -> Vec<String> {
    let third = if verb.ends_with(['s', 'x', 'z']) || verb.ends_with("sh") || verb.ends_with("ch") {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    };
    let (past, ing) = match verb.strip_suffix('e') {
        Some(stem) => (format!("{verb}d"), format!("{stem}ing")),
        None => (format!("{verb}ed"), format!("{verb}ing")),
    };
    vec![third, past, ing]
}

/// Where a dialogue turn's incise starts ("— Oui, répondit-elle, …",
/// "— Vous partez ? demanda-t-il."): the byte offset of the incise's first
/// word in `body`, if there is one after the opening dash.
pub fn dialogue_incise_start(body: &str) -> Option<usize> {
    let boundaries = body
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | '?' | '!' | '…'))
        .map(|(index, c)| index + c.len_utf8());
    for boundary in boundaries {
        let rest = &body[boundary..];
        let word_start = boundary + (rest.len() - rest.trim_start().len());
        let mut raw = body[word_start..].split_whitespace();
        let (Some(first), second) = (raw.next(), raw.next()) else {
            continue;
        };
        // "she replied, tomorrow", not "il dit qu'il avait …": a verb after
        // its subject closes the incise.
        let closed = second.is_none_or(|word| word.ends_with([',', '.', ';', '!', '?', '…']));
        if starts_incise(trim_word(first), second.map_or("", trim_word), closed) {
            return Some(word_start);
        }
    }
    None
}

fn trim_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
}

fn starts_incise(first: &str, second: &str, closed: bool) -> bool {
    [Lang::Fr, Lang::En]
        .into_iter()
        .map(for_lang)
        .any(|lexicon| {
            let inverted = lexicon.inversion(first).is_some_and(|(verb, _)| {
                lexicon.is_reporting_verb(verb) || lexicon.is_auxiliary(verb)
            });
            // ("— On a dû avancer les saisons" holds no incise: French
            // inverts an inflected verb, never an infinitive.)
            let verb_then_subject = lexicon.is_reporting_verb(first)
                && !lexicon.looks_infinitive(first)
                && (lexicon.pronoun(second).is_some()
                    || lexicon.is_determiner(second)
                    || second.starts_with(char::is_uppercase));
            // ("— Après, on continue." is no incise: French inverts one.)
            let subject_then_verb = lexicon.lang == Lang::En
                && closed
                && lexicon.pronoun(first).is_some()
                && lexicon.is_reporting_verb(second);
            inverted || verb_then_subject || subject_then_verb
        })
}

/// French auxiliaries that carry an inversion before a participle
/// ("a-t-il lancé", "avait-elle dit").
fn is_french_auxiliary(word: &str) -> bool {
    // Asked of nearly every word: the table's sieve turns most away.
    static AUXILIARIES: LazyLock<Table<()>> = LazyLock::new(|| {
        [
            "a", "avait", "aura", "aurait", "auraient", "eut", "ont", "avaient", "est", "était",
            "s'est", "se", "va", "vont", "doit", "devait", "peut", "pouvait",
        ]
        .into_iter()
        .map(str::to_string)
        .collect()
    });
    AUXILIARIES.contains(word)
}

/// Does `word` end with `ending` after a stem of three bytes or more?
/// Asked of every ending of a list in turn: the last byte tells most of
/// them apart without comparing the whole ending.
fn ends_after_stem(word: &str, ending: &str) -> bool {
    word.len() > ending.len() + 2
        && word.as_bytes().last() == ending.as_bytes().last()
        && word.ends_with(ending)
}

/// Words for where someone comes from (`data/demonyms.txt`).
struct Demonyms {
    endings: Vec<String>,
    words: Table<()>,
    exceptions: Table<()>,
    compound_openers: Table<()>,
    feminine: Vec<String>,
    masculine: Vec<String>,
}

impl Demonyms {
    fn new(lang: Lang) -> Demonyms {
        let fields = |kind: &'static str| {
            lang_lines(include_str!("data/demonyms.txt"), lang)
                .filter_map(move |line| line.strip_prefix(kind)?.strip_prefix(' '))
                .flat_map(str::split_whitespace)
                .map(normalise)
        };
        Demonyms {
            endings: fields("ending").collect(),
            words: fields("word").collect(),
            exceptions: fields("not").collect(),
            compound_openers: fields("compound").collect(),
            feminine: fields("feminine").collect(),
            masculine: fields("masculine").collect(),
        }
    }

    /// « française », « lyonnais »: the gender a demonym's ending tells.
    fn gender(&self, word: &str) -> Gender {
        if !self.contains(word) {
            return Gender::Unknown;
        }
        let ends =
            |endings: &[String]| endings.iter().any(|ending| word.ends_with(ending.as_str()));
        if ends(&self.feminine) {
            Gender::Feminine
        } else if ends(&self.masculine) {
            Gender::Masculine
        } else {
            Gender::Unknown
        }
    }

    fn contains(&self, word: &str) -> bool {
        if self.exceptions.contains(word) {
            return false;
        }
        self.words.contains(word)
            || with_key(word, |key| {
                self.endings
                    .iter()
                    .any(|ending| ends_after_stem(key, ending))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_in_eler_and_ever_take_a_grave_accent_unless_they_double() {
        let fr = for_lang(Lang::Fr);
        for form in ["martèle", "martèlent", "relève", "rappelle", "martelé"] {
            assert!(fr.is_reporting_verb(form), "{form}");
        }
        assert!(!fr.is_reporting_verb("martelle"));
    }

    #[test]
    fn a_compound_is_a_role_when_made_of_roles_or_a_prefix_and_a_role() {
        let fr = for_lang(Lang::Fr);
        let en = for_lang(Lang::En);
        assert!(fr.role("gynécologue-obstétricien").is_some());
        assert!(fr.role("ex-ministre").is_some());
        assert!(en.role("solheim-baker").is_none());
        assert!(fr.role("lacasse-hébert").is_none());
    }

    #[test]
    fn demonyms_by_ending_and_by_word_with_exceptions() {
        let fr = for_lang(Lang::Fr);
        let en = for_lang(Lang::En);
        assert!(fr.is_demonym("Tongien") && fr.is_demonym("Suédoise") && fr.is_demonym("Belge"));
        assert!(!fr.is_demonym("Palais") && !fr.is_demonym("Kremlin"));
        assert!(en.is_demonym("Swede") && en.is_demonym("Australian") && en.is_demonym("Japanese"));
        assert!(!en.is_demonym("Guardian") && !en.is_demonym("Senate"));
    }

    #[test]
    fn irregular_french_verbs_have_a_present_participle() {
        let fr = for_lang(Lang::Fr);
        for form in ["reconnaissant", "admettant"] {
            assert!(fr.is_reporting_verb(form), "{form}");
        }
    }

    #[test]
    fn french_verbs_are_conjugated() {
        let fr = for_lang(Lang::Fr);
        for form in [
            "déclaré",
            "affirme",
            "ajoutait",
            "lança",
            "lancé",
            "espère",
            "rappelle",
            "s’amuse",
            "amusé",
            "dit",
            "répondit",
            "interrogea",
            "demanda",
            "souligné",
            "tranche",
        ] {
            let form = form.strip_prefix("s’").unwrap_or(form);
            assert!(fr.is_reporting_verb(form), "{form}");
        }
        assert!(!fr.is_reporting_verb("maison"));
        assert!(!fr.is_reporting_verb("tonnes"));
        assert!(!fr.is_reporting_verb("remarques"));
    }

    #[test]
    fn english_verbs_are_inflected() {
        let en = for_lang(Lang::En);
        for form in [
            "said", "says", "told", "added", "noting", "urged", "replied", "stresses", "warned",
            "wrote",
        ] {
            assert!(en.is_reporting_verb(form), "{form}");
        }
        assert!(!en.is_reporting_verb("table"));
    }

    #[test]
    fn inversions_name_the_pronoun() {
        let fr = for_lang(Lang::Fr);
        assert_eq!(fr.inversion("a-t-il"), Some(("a", Gender::Masculine)));
        assert_eq!(
            fr.inversion("affirme-t-elle"),
            Some(("affirme", Gender::Feminine))
        );
        assert_eq!(
            fr.inversion("répondit-elle"),
            Some(("répondit", Gender::Feminine))
        );
        assert_eq!(fr.inversion("Poutine"), None);
    }

    #[test]
    fn dialogue_incises_are_found() {
        assert_eq!(
            dialogue_incise_start("— Oui, répondit-elle, je pars."),
            Some(9)
        );
        assert!(dialogue_incise_start("— Vous partez ? demanda-t-il.").is_some());
        assert_eq!(
            dialogue_incise_start("— Oui, je pars demain, bien sûr."),
            None
        );
        assert!(dialogue_incise_start("— Yes, she replied, tomorrow.").is_some());
        assert_eq!(
            dialogue_incise_start("— Après, on continue. Demain, je serai au marché."),
            None
        );
        assert_eq!(
            dialogue_incise_start(
                "— Il a pleuré. Enfin, il dit qu'il avait une poussière dans l'œil."
            ),
            None
        );
    }

    #[test]
    fn the_sieve_lets_through_every_form_of_a_listed_word() {
        for lang in [Lang::Fr, Lang::En] {
            let verbs = &for_lang(lang).verbs;
            for key in verbs.entries.keys() {
                let typographic = key.replace('\'', "’");
                let mut capitalised = key.chars();
                let capitalised: String = capitalised
                    .next()
                    .map(|first| first.to_uppercase().chain(capitalised).collect())
                    .unwrap_or_default();
                for form in [key.to_uppercase(), capitalised, typographic] {
                    if normalise(&form) == *key {
                        assert!(verbs.contains(&form), "{form}");
                    }
                }
            }
        }
        let fr = for_lang(Lang::Fr);
        assert!(fr.is_reporting_verb("DÉCLARÉ") && fr.is_reporting_verb("Répondit"));
    }

    #[test]
    fn every_character_is_normalised_as_the_unicode_tables_say() {
        let reference = |c: char| -> String {
            if c == '’' {
                "'".to_string()
            } else if c.is_uppercase() {
                c.to_lowercase().collect()
            } else {
                c.to_string()
            }
        };
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let word = format!("a{c}B{c}");
            let expected = format!("a{}b{}", reference(c), reference(c));
            assert_eq!(normalise(&word), expected, "{c:?}");
            assert_eq!(with_key(&word, str::to_string), expected, "{c:?}");
        }
    }

    #[test]
    fn a_word_is_normal_exactly_when_no_character_is_a_capital_or_a_curly_apostrophe() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let normal = c != '’' && !c.is_uppercase();
            for word in [
                format!("a{c}"),
                format!("é{c}b"),
                format!("{c}ÿ"),
                format!("{c}"),
            ] {
                assert_eq!(is_normal(&word), normal, "{word:?}");
            }
        }
    }

    #[test]
    fn the_lowercase_ascii_bytes_opening_a_chunk_are_counted() {
        for filler in [b'a', b' ', b'z'] {
            for place in 0..8 {
                for byte in 0..=255u8 {
                    let mut eight = [filler; 8];
                    eight[place] = byte;
                    let expected = eight
                        .iter()
                        .take_while(|b| b.is_ascii() && !b.is_ascii_uppercase())
                        .count();
                    assert_eq!(
                        lowercase_ascii_prefix(u64::from_le_bytes(eight)),
                        expected,
                        "{eight:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_possessive_is_stripped_as_trimming_its_suffix_would() {
        for word in ["mayor's", "mayor", "'s", "a's's", "s", "Jones'", "it’s", ""] {
            assert_eq!(
                without_possessive(word),
                word.trim_end_matches("'s"),
                "{word}"
            );
        }
    }

    #[test]
    fn a_hyphen_is_never_missed() {
        for len in 0..40 {
            for at in 0..len {
                let mut word = vec![b'a'; len];
                word[at] = b'-';
                assert!(may_hold_hyphen(&word), "{len} {at}");
                word[at] = 0xAD;
                assert!(!may_hold_hyphen(&word) || len > 16, "{len} {at}");
            }
        }
    }

    #[test]
    fn a_word_lowered_on_the_stack_is_its_normal_form() {
        for word in [
            "Le",
            "L’",
            "État",
            "ÉLYSÉE",
            "Straße",
            "İstanbul",
            "ǅemal",
            "d’Aurélie",
        ] {
            let mut buffer = [0u8; 32];
            assert_eq!(
                normalise_into(word, &mut buffer),
                Some(normalise(word).as_str())
            );
            assert_eq!(with_key(word, str::to_string), normalise(word));
        }
        let long = "Ça".repeat(20);
        assert_eq!(normalise_into(&long, &mut [0u8; 32]), None);
        assert_eq!(with_key(&long, str::to_string), normalise(&long));
    }

    #[test]
    fn roles_and_determiners() {
        let fr = for_lang(Lang::Fr);
        assert_eq!(fr.role("maire"), Some(Gender::Unknown));
        assert_eq!(fr.role("présidente"), Some(Gender::Feminine));
        assert!(fr.is_determiner("l’"));
        assert!(is_honorific_before("M", true) && is_honorific_before("M.", false));
        let words: Vec<String> = ["pour", "sa", "part", "kim"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        assert_eq!(fr.adverbial_len(&words), 3);
    }

    #[test]
    fn elided_data_words_split_as_the_text_does() {
        assert_eq!(elided_apart("d'emblée"), vec!["d'", "emblée"]);
        assert_eq!(elided_apart("aujourd'hui"), vec!["aujourd'hui"]);
        assert_eq!(elided_apart("Lors"), vec!["lors"]);
    }
}
