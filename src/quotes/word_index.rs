//! A fixed table of words and their values, for the lexicon's lookups:
//! they happen for nearly every token, most words are short and ASCII,
//! and many are capitalised. Such a word is lowered eight bytes at a time
//! as it is hashed and compared, rather than first copied lowered.

/// Words and their values; built once, then only read.
pub struct WordIndex<V> {
    entries: Vec<Entry<V>>,
    /// One more than the index of the entry in each slot (0: empty); a
    /// power of two, at most half full, searched from a word's slot on.
    slots: Box<[u32]>,
    /// How far the hash is shifted to give a slot.
    shift: u32,
}

struct Entry<V> {
    hash: u64,
    key: Box<str>,
    value: V,
}

const EACH: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x80 * EACH;
const MULTIPLIER: u64 = 0x517c_c1b7_2722_0a95;

impl<V: Copy> WordIndex<V> {
    /// The table of `pairs`; of the same key given twice, the last holds.
    pub fn new(pairs: impl IntoIterator<Item = (String, V)>) -> WordIndex<V> {
        let pairs = pairs.into_iter();
        let mut index = WordIndex {
            entries: Vec::with_capacity(pairs.size_hint().0),
            slots: Box::new([]),
            shift: 64,
        };
        // Slots for as many words as are announced, cleared and filled
        // once rather than again at each doubling.
        index.grow_to(pairs.size_hint().0);
        for (key, value) in pairs {
            let hash = hash(key.as_bytes(), false).unwrap_or_default();
            match index.find(hash, |entry| *entry.key == *key) {
                Some(position) => index.entries[position].value = value,
                None => index.insert(key, value),
            }
        }
        index
    }

    fn insert(&mut self, key: String, value: V) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let hash = hash(key.as_bytes(), false).unwrap_or_default();
        self.entries.push(Entry {
            hash,
            key: key.into_boxed_str(),
            value,
        });
        self.place(self.entries.len() - 1);
    }

    /// Slots enough for `words` words, at most half full.
    fn grow_to(&mut self, words: usize) {
        let size = (words * 2).next_power_of_two().max(16);
        if size > self.slots.len() {
            self.resize(size);
        }
    }

    fn grow(&mut self) {
        self.resize((self.slots.len() * 2).max(16));
    }

    fn resize(&mut self, size: usize) {
        self.slots = vec![0; size].into_boxed_slice();
        self.shift = 64 - size.trailing_zeros();
        for position in 0..self.entries.len() {
            self.place(position);
        }
    }

    fn place(&mut self, position: usize) {
        let mask = self.slots.len() - 1;
        let mut slot = self.slot_of(self.entries[position].hash);
        while self.slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = u32::try_from(position + 1).unwrap_or(u32::MAX);
    }

    fn slot_of(&self, hash: u64) -> usize {
        // (Shifting by 64 would overflow: an empty table has one slot.)
        usize::try_from(hash.checked_shr(self.shift).unwrap_or(0)).unwrap_or(0)
    }

    /// The position of the first entry from `hash`'s slot on that
    /// `matches`.
    #[inline(always)]
    fn find(&self, hash: u64, matches: impl Fn(&Entry<V>) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.slot_of(hash);
        loop {
            let position = self.slots[slot].checked_sub(1)?;
            let entry = &self.entries[position as usize];
            if entry.hash == hash && matches(entry) {
                return Some(position as usize);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The value of `key`, exactly as written.
    #[inline(never)]
    pub fn get(&self, key: &str) -> Option<V> {
        let hash = hash(key.as_bytes(), false).unwrap_or_default();
        self.find(hash, |entry| *entry.key == *key)
            .map(|position| self.entries[position].value)
    }

    /// The value of an ASCII `word` lowered (`Some(None)` when it has
    /// none), or None when `word` is not all ASCII. Keys must be in lookup
    /// form (no ASCII capital), as the lexicon's are.
    #[inline]
    pub fn get_ascii_lowered(&self, word: &str) -> Option<Option<V>> {
        let hash = hash(word.as_bytes(), true)?;
        Some(
            self.find(hash, |entry| {
                is_lowered(entry.key.as_bytes(), word.as_bytes())
            })
            .map(|position| self.entries[position].value),
        )
    }

    #[cfg(test)]
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|entry| &*entry.key)
    }
}

/// ASCII capitals of `chunk` lowered (every byte of it below 0x80).
#[inline(always)]
fn lowered(chunk: u64) -> u64 {
    // Below 0x80 no byte carries into the next: a byte's high bit then
    // says whether it is at least 'A' (0x41), and whether past 'Z' (0x5A).
    let from_a = chunk + (0x80 - 0x41) * EACH;
    let past_z = chunk + (0x80 - 0x5B) * EACH;
    chunk | ((from_a & !past_z & HIGH) >> 2)
}

/// The hash of `bytes`, read eight at a time; with `lower`, of their ASCII
/// lowercase form, or None if a byte is not ASCII. Lowering changes no
/// lowercase word, so both hash a word in lookup form alike.
#[inline(always)]
fn hash(bytes: &[u8], lower: bool) -> Option<u64> {
    let mut hash = bytes.len() as u64;
    let mut mix = |chunk: u64| -> Option<()> {
        let chunk = if lower {
            if chunk & HIGH != 0 {
                return None;
            }
            lowered(chunk)
        } else {
            chunk
        };
        hash = (hash.rotate_left(5) ^ chunk).wrapping_mul(MULTIPLIER);
        Some(())
    };
    let mut rest = bytes;
    while let Some((eight, after)) = rest.split_first_chunk::<8>() {
        mix(u64::from_le_bytes(*eight))?;
        rest = after;
    }
    if let Some(tail) = tail(rest) {
        mix(tail)?;
    }
    Some(hash)
}

/// The tail of a word, fewer than eight bytes, read as two overlapping
/// halves or as its first, middle and last bytes: every byte is read, and
/// which bytes they are depends only on its length.
#[inline(always)]
fn tail(rest: &[u8]) -> Option<u64> {
    match *rest {
        [] => None,
        [first, ..] if rest.len() < 4 => {
            let middle = rest[rest.len() / 2];
            let last = rest[rest.len() - 1];
            Some(u64::from_le_bytes([first, middle, last, 0, 0, 0, 0, 0]))
        }
        _ => {
            let head = rest.first_chunk::<4>().copied().unwrap_or_default();
            let tail = rest.last_chunk::<4>().copied().unwrap_or_default();
            Some(u64::from(u32::from_le_bytes(head)) | u64::from(u32::from_le_bytes(tail)) << 32)
        }
    }
}

/// Is `key` (with no ASCII capital) the ASCII `word` lowered? Compared
/// eight bytes at a time, as they are hashed.
#[inline(always)]
fn is_lowered(key: &[u8], word: &[u8]) -> bool {
    if key.len() != word.len() {
        return false;
    }
    let (mut key, mut word) = (key, word);
    while let (Some((key_eight, key_rest)), Some((word_eight, word_rest))) =
        (key.split_first_chunk::<8>(), word.split_first_chunk::<8>())
    {
        if u64::from_le_bytes(*key_eight) != lowered(u64::from_le_bytes(*word_eight)) {
            return false;
        }
        (key, word) = (key_rest, word_rest);
    }
    tail(key) == tail(word).map(lowered)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> WordIndex<u32> {
        let words = [
            "a",
            "le",
            "dit",
            "maire",
            "déclaré",
            "porte-parole",
            "l'",
            "spokesperson",
        ];
        WordIndex::new(words.iter().zip(0..).map(|(w, n)| (w.to_string(), n)))
    }

    #[test]
    fn every_word_is_found_exactly_and_lowered_when_ascii() {
        let index = index();
        assert_eq!(index.get("maire"), Some(3));
        assert_eq!(index.get("Maire"), None);
        assert_eq!(index.get("déclaré"), Some(4));
        assert_eq!(index.get("maires"), None);
        assert_eq!(index.get_ascii_lowered("MAIRE"), Some(Some(3)));
        assert_eq!(index.get_ascii_lowered("Spokesperson"), Some(Some(7)));
        assert_eq!(index.get_ascii_lowered("L'"), Some(Some(6)));
        assert_eq!(index.get_ascii_lowered("Porte-Parole"), Some(Some(5)));
        assert_eq!(index.get_ascii_lowered("Mairie"), Some(None));
        assert_eq!(index.get_ascii_lowered("Déclaré"), None);
        assert_eq!(index.get(""), None);
    }

    #[test]
    fn a_key_is_an_ascii_word_lowered_exactly_when_they_match_but_for_case() {
        let keys = [
            "",
            "a",
            "le",
            "dit",
            "l'un",
            "maire",
            "déclaré",
            "porte-parole",
            "spokesperson",
        ];
        let words = [
            "",
            "A",
            "Le",
            "lE",
            "DIT",
            "dix",
            "L'UN",
            "L'UNE",
            "Maire",
            "MAIRES",
            "declare",
            "Porte-Parole",
            "Porte-Parolé",
            "SPOKESPERSON",
            "SPOKESPERSOM",
            "spokespersons",
        ];
        for key in keys {
            for word in words.iter().filter(|word| word.is_ascii()) {
                assert_eq!(
                    is_lowered(key.as_bytes(), word.as_bytes()),
                    key.as_bytes().eq_ignore_ascii_case(word.as_bytes()),
                    "{key} {word}"
                );
            }
        }
    }

    #[test]
    fn the_last_value_given_for_a_word_holds() {
        let index = WordIndex::new([("x".to_string(), 1), ("x".to_string(), 2)]);
        assert_eq!(index.get("x"), Some(2));
        assert_eq!(index.keys().count(), 1);
    }

    #[test]
    fn lowering_agrees_with_the_standard_library_on_every_byte() {
        for byte in 0..0x80u8 {
            let chunk = u64::from_le_bytes([byte, b'Q', byte, b'z', b'@', b'[', b'`', b'{']);
            let expected = u64::from_le_bytes(
                [byte, b'Q', byte, b'z', b'@', b'[', b'`', b'{'].map(|b| b.to_ascii_lowercase()),
            );
            assert_eq!(lowered(chunk), expected, "{byte}");
        }
    }
}
