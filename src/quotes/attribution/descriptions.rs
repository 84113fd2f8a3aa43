//! The entities a description may be of, found without reading every
//! entity's descriptions: a description is resolved for many quotations,
//! and a long text names hundreds of entities, most described by no word
//! it shares.
//!
//! A word of a description matches an entity's descriptor word (see
//! `resolve::descriptor_overlap`) only if they share a key: the masculine
//! stem of the word, of a part of a hyphenated word, of a role the word
//! covers, or an acronym the initials of a descriptor spell. Entities are
//! listed by every key of their descriptors, so those sharing none with a
//! description score nothing and need not be read.

use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;

use crate::quotes::people::Entity;

/// A sense of a definite description with what every candidate is asked
/// of it: whether it names a role, and the roles it covers. (One list
/// holds both, built once per description.)
#[derive(Clone, Copy)]
pub(super) struct SenseFacts<'a> {
    pub(super) sense: &'a str,
    pub(super) is_role: bool,
    pub(super) covers: Option<&'static [String]>,
}

/// Entities listed by the keys of their descriptors' words.
pub(super) struct DescriptionIndex {
    /// (hash of a key, entity index) pairs, sorted, each at most once:
    /// keys that share a hash only list more candidates, which are read
    /// anyway, and no key is copied. (One flat list, built with one
    /// allocation rather than one per key.)
    by_key: Vec<(u64, usize)>,
}

fn hash_of(key: &str) -> u64 {
    FxBuildHasher.hash_one(key)
}

impl DescriptionIndex {
    /// The index of `entities` as they are described now. Descriptions are
    /// all gathered when people are found; entities added later have none.
    pub(super) fn new(entities: &[Entity]) -> DescriptionIndex {
        let mut index = DescriptionIndex { by_key: Vec::new() };
        for (entity, found) in entities.iter().enumerate() {
            for descriptor in &found.descriptors {
                for word in descriptor {
                    index.list(masculine_stem(word), entity);
                    if word.contains('-') {
                        for part in word.split('-') {
                            index.list(masculine_stem(part), entity);
                        }
                    }
                }
                index.list_acronyms(descriptor, entity);
            }
        }
        index.by_key.sort_unstable();
        index.by_key.dedup();
        index
    }

    fn list(&mut self, key: &str, entity: usize) {
        self.by_key.push((hash_of(key), entity));
    }

    /// The entities listed under `key`, in ascending order.
    fn listed(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        let hash = hash_of(key);
        let start = self.by_key.partition_point(|&(listed, _)| listed < hash);
        self.by_key[start..]
            .iter()
            .take_while(move |&&(listed, _)| listed == hash)
            .map(|&(_, entity)| entity)
    }

    /// List `entity` under every run of two to four consecutive initials
    /// of `descriptor`'s words and hyphenated parts that could be an
    /// acronym (lowercase ASCII letters).
    fn list_acronyms(&mut self, descriptor: &[String], entity: usize) {
        let initials: Vec<u8> = descriptor
            .iter()
            .flat_map(|word| word.split('-'))
            .filter_map(|part| part.bytes().next())
            .collect();
        for len in 2..=4 {
            for window in initials.windows(len) {
                if window.iter().all(u8::is_ascii_lowercase)
                    && let Ok(acronym) = std::str::from_utf8(window)
                {
                    self.list(acronym, entity);
                }
            }
        }
    }

    /// Into `candidates` (cleared first), in ascending order, every entity
    /// that a description of `senses` (with the roles each sense covers)
    /// may match: any other matches none of its words.
    pub(super) fn candidates(&self, senses: &[SenseFacts], candidates: &mut Vec<usize>) {
        candidates.clear();
        let mut add = |key: &str| candidates.extend(self.listed(key));
        for &SenseFacts { sense, covers, .. } in senses {
            let stem = masculine_stem(sense);
            add(stem);
            // An acronym is listed as written, and a stem may differ.
            if stem != sense {
                add(sense);
            }
            for specific in covers.iter().copied().flatten() {
                add(masculine_stem(specific));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
    }
}

/// `word` without a French feminine ending: "française" → "français",
/// "soldanienne" → "soldanien". Words that are one but for that ending
/// have the same stem.
pub(super) fn masculine_stem(word: &str) -> &str {
    match word.strip_suffix("nne") {
        Some(stem) => &word[..stem.len() + 1],
        None => word.strip_suffix('e').unwrap_or(word),
    }
}
