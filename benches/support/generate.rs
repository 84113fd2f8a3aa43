//! Deterministic long texts for benchmarks and manual tests: mixed French
//! and English paragraphs with accents, CJK, emoji (ZWJ sequences, skin
//! tones) and quotations in every style (« », “ ”, "…", dialogue dashes).
//! The same seed and size always give the same bytes.

/// A small, fast generator (xorshift64*): reproducible without a crate.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FRENCH: &[&str] = &[
    "le",
    "gouvernement",
    "a",
    "annoncé",
    "mercredi",
    "une",
    "réforme",
    "des",
    "retraites",
    "qui",
    "inquiète",
    "les",
    "syndicats",
    "à",
    "Pékin",
    "où",
    "été",
    "accueilli",
    "défilé",
    "économie",
    "français",
    "élèves",
    "hôpital",
    "cœur",
    "ça",
    "déjà",
    "très",
    "après",
    "négociations",
    "ministre",
    "député",
    "maire",
    "région",
    "avec",
    "pour",
    "dans",
    "sur",
];
const ENGLISH: &[&str] = &[
    "the",
    "council",
    "voted",
    "on",
    "Tuesday",
    "to",
    "reopen",
    "harbour",
    "after",
    "a",
    "long",
    "winter",
    "of",
    "repairs",
    "and",
    "public",
    "argument",
    "about",
    "cost",
    "said",
    "residents",
    "were",
    "not",
    "consulted",
    "budget",
    "mayor",
    "spokesperson",
    "港口",
    "東京都",
    "市長",
];
const SPEAKERS: &[&str] = &[
    "Vladimir Poutine",
    "Kim Jong Un",
    "Ann Reed",
    "la ministre Élisabeth Borne",
    "the harbour master, Tom Hale",
    "田中太郎",
];
const EMOJI: &[&str] = &["👍🏽", "👩‍👩‍👧", "🏳️‍🌈", "🎉", "😀", "👨🏿‍💻"];
const FRENCH_VERBS: &[&str] = &["a déclaré", "a affirmé", "a ajouté", "a estimé"];
const ENGLISH_VERBS: &[&str] = &["said", "told reporters", "added", "argued"];

fn words(rng: &mut Rng, lexicon: &[&str], count: usize) -> String {
    let mut out = String::new();
    for index in 0..count {
        if index > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(lexicon));
        if rng.below(40) == 0 {
            out.push(' ');
            out.push_str(rng.pick(EMOJI));
        }
    }
    out
}

fn sentence(rng: &mut Rng, french: bool) -> String {
    let lexicon = if french { FRENCH } else { ENGLISH };
    let length = 6 + rng.below(14);
    let mut body = words(rng, lexicon, length);
    if let Some(first) = body.chars().next() {
        let upper: String = first.to_uppercase().collect();
        body.replace_range(..first.len_utf8(), &upper);
    }
    let speaker = rng.pick(SPEAKERS);
    match rng.below(6) {
        0 if french => format!("« {body} », {} {speaker}.", rng.pick(FRENCH_VERBS)),
        1 if french => format!("{speaker} {} : « {body}. »", rng.pick(FRENCH_VERBS)),
        0 | 1 => format!("“{body},” {speaker} {}.", rng.pick(ENGLISH_VERBS)),
        2 => format!("\"{body},\" {speaker} {}.", rng.pick(ENGLISH_VERBS)),
        3 => format!("{body}."),
        _ => format!("{body}, {}.", words(rng, lexicon, 4)),
    }
}

fn paragraph(rng: &mut Rng) -> String {
    let french = rng.below(2) == 0;
    if rng.below(12) == 0 {
        // A line of dialogue, French style.
        return format!("— {}", sentence(rng, french));
    }
    if rng.below(30) == 0 {
        return format!("# {}", words(rng, if french { FRENCH } else { ENGLISH }, 5));
    }
    let sentences = 2 + rng.below(6);
    (0..sentences)
        .map(|_| sentence(rng, french))
        .collect::<Vec<_>>()
        .join(" ")
}

/// About `bytes` bytes of text (never more than one paragraph over), as
/// paragraphs separated by blank lines.
pub fn generate(seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(bytes + 4096);
    while text.len() < bytes {
        text.push_str(&paragraph(&mut rng));
        text.push_str("\n\n");
    }
    text
}
