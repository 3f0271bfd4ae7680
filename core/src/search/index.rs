//! The text index: every document's words with their keys, built once per catalogue (the
//! matcher over it is [`super::query`]).
//!
//! Layout: distinct words (per language) → their exact and stem key ids; key id → the words
//! having it; word → the (document, field) pairs it occurs in. A query word is resolved to the
//! set of index words it matches (and how), then scored over those words' postings only, so a
//! query costs in proportion to its hits, not to the catalogue.
//!
//! The app builds it on the phone at start, so building counts: lists are stored flat
//! (`Lists`: one allocation, not one per word), the text is one string, and the hot path
//! (a word already seen) neither allocates nor uses a keyed hash.

use super::keys::{exact_keys, stem_keys, tokenize};
use crate::Lang;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Where a word occurs; the order is the ranking weight (name highest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Description = 1,
    Keyword = 2,
    Name = 3,
}

/// One piece of a document's text.
pub struct Part<'a> {
    pub field: Field,
    pub lang: Lang,
    pub text: &'a str,
}

/// A word occurrence: `text[start..start + len]` of the index.
#[derive(Clone, Copy)]
pub(super) struct Token {
    pub start: u32,
    pub len: u32,
    pub word: u32,
    pub field: Field,
}

/// Numbered lists stored flat: list `i` is `items[starts[i]..starts[i + 1]]`.
pub(super) struct Lists<T> {
    items: Vec<T>,
    starts: Vec<u32>,
}

impl<T: Copy> Lists<T> {
    /// `n` lists from (list, item) pairs, each list in the pairs' order (a counting sort).
    fn group(n: usize, pairs: &[(u32, T)]) -> Lists<T> {
        let mut starts = vec![0u32; n + 1];
        for &(l, _) in pairs {
            starts[l as usize + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut items = match pairs.first() {
            Some(&(_, fill)) => vec![fill; pairs.len()],
            None => Vec::new(),
        };
        for &(l, x) in pairs {
            let at = &mut next[l as usize];
            items[*at as usize] = x;
            *at += 1;
        }
        Lists { items, starts }
    }

    pub fn get(&self, i: usize) -> &[T] {
        &self.items[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }
}

pub struct Index {
    /// Sorted distinct keys; a key's id is its position, so a prefix is a range of ids.
    vocab: Vec<Box<str>>,
    /// key id → words with it as an exact key / among their stem keys.
    pub(super) by_exact: Lists<u32>,
    pub(super) by_stem: Lists<u32>,
    /// word id → (document, field) pairs, each once, in document order.
    pub(super) postings: Lists<(u32, Field)>,
    /// Every document's parts, concatenated (tokens point into it).
    text: String,
    /// document → its tokens, in text order.
    pub(super) tokens: Lists<Token>,
}

/// A distinct word: its key ids.
struct Word {
    exact: Vec<u32>,
    stem: Vec<u32>,
}

/// Collects keys and words while documents are read. Words are interned twice: by surface as
/// written (the hot path: the seed's 4,295 datasets are half a million words of a small
/// vocabulary) and by lower case (so case variants share folding and stemming).
struct Builder<'a> {
    ids: FxHashMap<String, u32>,
    keys: Vec<String>,
    words: Vec<Word>,
    /// Per language ([`Lang`] as index).
    by_surface: [FxHashMap<&'a str, u32>; 3],
    by_lower: [FxHashMap<String, u32>; 3],
}

impl<'a> Builder<'a> {
    fn key(&mut self, k: String) -> u32 {
        if let Some(&id) = self.ids.get(&k) {
            return id;
        }
        let id = self.keys.len() as u32;
        self.keys.push(k.clone());
        self.ids.insert(k, id);
        id
    }

    /// The word id of a surface word in a language; folding and stemming run once per distinct
    /// word.
    fn word(&mut self, lang: Lang, surface: &'a str) -> u32 {
        let l = lang as usize;
        if let Some(&id) = self.by_surface[l].get(surface) {
            return id;
        }
        let lower = surface.to_lowercase();
        let id = match self.by_lower[l].get(&lower) {
            Some(&id) => id,
            None => {
                let exact = exact_keys(&lower).into_iter();
                let exact = exact.map(|k| self.key(k)).collect();
                let stem = stem_keys(&lower, Some(lang)).into_iter();
                let stem = stem.map(|k| self.key(k)).collect();
                let id = self.words.len() as u32;
                self.words.push(Word { exact, stem });
                self.by_lower[l].insert(lower, id);
                id
            }
        };
        self.by_surface[l].insert(surface, id);
        id
    }
}

/// Builds an [`Index`] a document at a time, so that the app can build it in slices between
/// which the page stays responsive (a phone needs a few hundred milliseconds for the seed).
pub struct IndexBuilder<'a> {
    b: Builder<'a>,
    text: String,
    /// Tokens come in document order, so they are grouped as they come.
    tokens: Lists<Token>,
}

impl Default for IndexBuilder<'_> {
    fn default() -> Self {
        IndexBuilder {
            b: Builder {
                ids: FxHashMap::default(),
                keys: Vec::new(),
                words: Vec::new(),
                by_surface: Default::default(),
                by_lower: Default::default(),
            },
            text: String::new(),
            tokens: Lists {
                items: Vec::new(),
                starts: vec![0],
            },
        }
    }
}

impl<'a> IndexBuilder<'a> {
    /// Adds the next document, given as its text parts.
    pub fn add<P: IntoIterator<Item = Part<'a>>>(&mut self, parts: P) {
        let (b, text, tokens) = (&mut self.b, &mut self.text, &mut self.tokens);
        for part in parts {
            let base = text.len();
            text.push_str(part.text);
            text.push('\n');
            for (start, w) in tokenize(part.text) {
                tokens.items.push(Token {
                    start: (base + start) as u32,
                    len: w.len() as u32,
                    word: b.word(part.lang, w),
                    field: part.field,
                });
            }
        }
        tokens.starts.push(tokens.items.len() as u32);
    }

    /// The number of documents added.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sorts the vocabulary and groups the postings.
    pub fn finish(self) -> Index {
        let IndexBuilder {
            mut b,
            text,
            tokens,
        } = self;
        // Sort the vocabulary so that prefixes are id ranges, and renumber.
        let mut order: Vec<u32> = (0..b.keys.len() as u32).collect();
        order.sort_unstable_by(|&x, &y| b.keys[x as usize].cmp(&b.keys[y as usize]));
        let mut renum = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            renum[old as usize] = new as u32;
        }
        let vocab: Vec<Box<str>> = order
            .iter()
            .map(|&old| std::mem::take(&mut b.keys[old as usize]).into_boxed_str())
            .collect();
        let key_words = |keys: fn(&Word) -> &[u32]| {
            let pairs: Vec<(u32, u32)> = (b.words.iter().enumerate())
                .flat_map(|(w, word)| keys(word).iter().map(move |&k| (k, w as u32)))
                .map(|(k, w)| (renum[k as usize], w))
                .collect();
            Lists::group(vocab.len(), &pairs)
        };
        let by_exact = key_words(|w| &w.exact);
        let by_stem = key_words(|w| &w.stem);

        // Each (document, field) once per word: `seen` holds, per (word, field), the last
        // document that listed it, plus one.
        let mut seen = vec![0u32; b.words.len() * 3];
        let pairs: Vec<(u32, (u32, Field))> = (0..tokens.len() as u32)
            .flat_map(|d| tokens.get(d as usize).iter().map(move |t| (d, t)))
            .filter(|&(d, t)| {
                let s = &mut seen[t.word as usize * 3 + t.field as usize - 1];
                std::mem::replace(s, d + 1) != d + 1
            })
            .map(|(d, t)| (t.word, (d, t.field)))
            .collect();
        let postings = Lists::group(b.words.len(), &pairs);
        Index {
            vocab,
            by_exact,
            by_stem,
            postings,
            text,
            tokens,
        }
    }
}

impl Index {
    /// Indexes documents given as their text parts, in document order.
    pub fn build<'a, I, P>(docs: I) -> Index
    where
        I: IntoIterator<Item = P>,
        P: IntoIterator<Item = Part<'a>>,
    {
        let mut b = IndexBuilder::default();
        docs.into_iter().for_each(|parts| b.add(parts));
        b.finish()
    }

    /// The number of documents.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A token's surface, as written.
    pub(super) fn surface(&self, t: &Token) -> &str {
        let (s, e) = (t.start as usize, (t.start + t.len) as usize);
        self.text.get(s..e).unwrap_or_default()
    }

    pub(super) fn key_id(&self, k: &str) -> Option<usize> {
        self.vocab.binary_search_by(|v| (**v).cmp(k)).ok()
    }

    pub(super) fn prefix_range(&self, p: &str) -> Range<usize> {
        let lo = self.vocab.partition_point(|v| &**v < p);
        let n = self.vocab[lo..].partition_point(|v| v.starts_with(p));
        lo..lo + n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_group_in_order() {
        let l = Lists::group(4, &[(2, 'a'), (0, 'b'), (2, 'c'), (0, 'd')]);
        assert_eq!(l.len(), 4);
        assert_eq!(
            (l.get(0), l.get(1), l.get(2), l.get(3)),
            (&['b', 'd'][..], &[][..], &['a', 'c'][..], &[][..])
        );
        assert_eq!(Lists::<u8>::group(2, &[]).get(1), &[] as &[u8]);
    }

    #[test]
    fn postings_list_each_document_and_field_once() {
        let idx = Index::build([
            vec![
                Part {
                    field: Field::Name,
                    lang: Lang::Ru,
                    text: "школы школы",
                },
                Part {
                    field: Field::Description,
                    lang: Lang::Ru,
                    text: "Школы",
                },
            ],
            vec![],
            vec![Part {
                field: Field::Name,
                lang: Lang::Ru,
                text: "школы",
            }],
        ]);
        assert_eq!(idx.len(), 3);
        // «Школы» and «школы» are one word.
        assert_eq!(
            idx.postings.get(0),
            [(0, Field::Name), (0, Field::Description), (2, Field::Name)]
        );
        let surfaces: Vec<&str> = idx.tokens.get(0).iter().map(|t| idx.surface(t)).collect();
        assert_eq!(surfaces, ["школы", "школы", "Школы"]);
        assert!(idx.tokens.get(1).is_empty());
    }
}
