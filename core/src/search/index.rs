//! The text index: every document's words with their keys, built once per catalogue (the
//! matcher over it is [`super::query`]).
//!
//! Layout: distinct words (per language) → their exact and stem key ids; key id → the words
//! having it; word → the (document, field) pairs it occurs in. A query word is resolved to the
//! set of index words it matches (and how), then scored over those words' postings only, so a
//! query costs in proportion to its hits, not to the catalogue.

use super::keys::{exact_keys, stem_keys, tokenize};
use crate::Lang;
use std::collections::HashMap;
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

/// A word occurrence in a document: `text[start..start + len]` of that document.
pub(super) struct Token {
    pub start: u32,
    pub len: u32,
    pub word: u32,
    pub field: Field,
}

pub(super) struct Doc {
    /// All parts, concatenated (tokens point into it).
    pub text: String,
    pub tokens: Vec<Token>,
}

struct Word {
    exact: Vec<u32>,
    stem: Vec<u32>,
}

pub struct Index {
    /// Sorted distinct keys; a key's id is its position, so a prefix is a range of ids.
    vocab: Vec<Box<str>>,
    /// key id → words with it as an exact key / among their stem keys.
    pub(super) by_exact: Vec<Vec<u32>>,
    pub(super) by_stem: Vec<Vec<u32>>,
    /// word id → (document, field) pairs, each once.
    pub(super) postings: Vec<Vec<(u32, Field)>>,
    pub(super) docs: Vec<Doc>,
}

struct Builder {
    ids: HashMap<String, u32>,
    keys: Vec<String>,
    words: Vec<Word>,
    word_ids: HashMap<(Lang, String), u32>,
}

impl Builder {
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
    /// word (the seed repeats its vocabulary thousands of times, which keeps debug start-up fast).
    fn word(&mut self, lang: Lang, surface: &str) -> u32 {
        let lower = surface.to_lowercase();
        if let Some(&id) = self.word_ids.get(&(lang, lower.clone())) {
            return id;
        }
        let exact = exact_keys(&lower)
            .into_iter()
            .map(|k| self.key(k))
            .collect();
        let stem = stem_keys(&lower, Some(lang))
            .into_iter()
            .map(|k| self.key(k))
            .collect();
        let id = self.words.len() as u32;
        self.words.push(Word { exact, stem });
        self.word_ids.insert((lang, lower), id);
        id
    }
}

impl Index {
    /// Indexes documents given as their text parts, in document order.
    pub fn build<'a, I, P>(docs: I) -> Index
    where
        I: IntoIterator<Item = P>,
        P: IntoIterator<Item = Part<'a>>,
    {
        let mut b = Builder {
            ids: HashMap::new(),
            keys: Vec::new(),
            words: Vec::new(),
            word_ids: HashMap::new(),
        };
        let mut built: Vec<Doc> = Vec::new();
        for parts in docs {
            let mut doc = Doc {
                text: String::new(),
                tokens: Vec::new(),
            };
            for part in parts {
                let base = doc.text.len();
                doc.text.push_str(part.text);
                doc.text.push('\n');
                for (start, w) in tokenize(part.text) {
                    let word = b.word(part.lang, w);
                    doc.tokens.push(Token {
                        start: (base + start) as u32,
                        len: w.len() as u32,
                        word,
                        field: part.field,
                    });
                }
            }
            built.push(doc);
        }

        // Sort the vocabulary so that prefixes are id ranges, and renumber.
        let mut order: Vec<u32> = (0..b.keys.len() as u32).collect();
        order.sort_by(|&x, &y| b.keys[x as usize].cmp(&b.keys[y as usize]));
        let mut renum = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            renum[old as usize] = new as u32;
        }
        let vocab: Vec<Box<str>> = order
            .iter()
            .map(|&old| std::mem::take(&mut b.keys[old as usize]).into_boxed_str())
            .collect();
        let mut by_exact = vec![Vec::new(); vocab.len()];
        let mut by_stem = vec![Vec::new(); vocab.len()];
        for (w, word) in b.words.iter_mut().enumerate() {
            for k in word.exact.iter_mut() {
                *k = renum[*k as usize];
                by_exact[*k as usize].push(w as u32);
            }
            for k in word.stem.iter_mut() {
                *k = renum[*k as usize];
                by_stem[*k as usize].push(w as u32);
            }
        }

        let mut postings: Vec<Vec<(u32, Field)>> = vec![Vec::new(); b.words.len()];
        for (d, doc) in built.iter().enumerate() {
            for t in &doc.tokens {
                let list = &mut postings[t.word as usize];
                let entry = (d as u32, t.field);
                // Documents arrive in order, so only this document's tail can hold a repeat.
                if !list
                    .iter()
                    .rev()
                    .take_while(|l| l.0 == entry.0)
                    .any(|l| *l == entry)
                {
                    list.push(entry);
                }
            }
        }
        Index {
            vocab,
            by_exact,
            by_stem,
            postings,
            docs: built,
        }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
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
