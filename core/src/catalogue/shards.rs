//! A term-split search index, for catalogues too large for one file (docs/scale.md): every
//! search key's postings, cut into shards by ranges of the sorted keys, so that a search fetches
//! only the shards of its words' keys. Only `core/examples/scale_study.rs` uses it so far.
//!
//! The postings keep what [`Index::scores`](crate::search::Index::scores) ranks by: per key and
//! document, the best field of a word having the key as its exact key and as one of its stem
//! keys. Scores computed from them ([`scores`]) are the matcher's, so ranking stays the same.

use crate::search::keys::{exact_keys, stem_keys, tokenize};
use crate::search::{weight, Field, Kind, Part, Query};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A document's best fields for one key: `exact`/`stem` are a [`Field`] as a number, 0 for
/// none. Stem keys include the exact ones, so `stem >= exact`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting {
    pub doc: u32,
    pub exact: u8,
    pub stem: u8,
}

/// Every key of a catalogue, sorted, with its postings in document order.
pub struct Postings {
    pub keys: Vec<String>,
    pub lists: Vec<Vec<Posting>>,
}

/// A word's key ids: exact, then stem.
type WordKeys = (Vec<u32>, Vec<u32>);

impl Postings {
    /// Postings of documents given as their text parts (as [`Index::build`] takes them).
    ///
    /// [`Index::build`]: crate::search::Index::build
    pub fn build<'a, I, P>(docs: I) -> Postings
    where
        I: IntoIterator<Item = P>,
        P: IntoIterator<Item = Part<'a>>,
    {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut keys: Vec<String> = Vec::new();
        let mut lists: Vec<Vec<Posting>> = Vec::new();
        // Folding and stemming once per distinct (language, lower-case word).
        let mut words: FxHashMap<(u8, String), WordKeys> = FxHashMap::default();
        let mut doc_best: FxHashMap<u32, (u8, u8)> = FxHashMap::default();
        let mut id_of = |k: String, keys: &mut Vec<String>, lists: &mut Vec<Vec<Posting>>| {
            *ids.entry(k).or_insert_with_key(|k| {
                keys.push(k.clone());
                lists.push(Vec::new());
                keys.len() as u32 - 1
            })
        };
        for (doc, parts) in docs.into_iter().enumerate() {
            doc_best.clear();
            for part in parts {
                let f = part.field as u8;
                for (_, w) in tokenize(part.text) {
                    let lower = w.to_lowercase();
                    let entry = words
                        .entry((part.lang as u8, lower))
                        .or_insert_with_key(|k| {
                            let mut ids = |v: Vec<String>| -> Vec<u32> {
                                v.into_iter()
                                    .map(|k| id_of(k, &mut keys, &mut lists))
                                    .collect()
                            };
                            (ids(exact_keys(&k.1)), ids(stem_keys(&k.1, Some(part.lang))))
                        });
                    for &k in &entry.0 {
                        let b = doc_best.entry(k).or_default();
                        b.0 = b.0.max(f);
                    }
                    for &k in &entry.1 {
                        let b = doc_best.entry(k).or_default();
                        b.1 = b.1.max(f);
                    }
                }
            }
            for (&k, &(exact, stem)) in &doc_best {
                let doc = doc as u32;
                lists[k as usize].push(Posting { doc, exact, stem });
            }
        }
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]));
        Postings {
            keys: order
                .iter()
                .map(|&i| std::mem::take(&mut keys[i]))
                .collect(),
            lists: order
                .iter()
                .map(|&i| std::mem::take(&mut lists[i]))
                .collect(),
        }
    }

    /// A key's postings (empty when no document has it).
    pub fn get(&self, key: &str) -> &[Posting] {
        match self.keys.binary_search_by(|k| k.as_str().cmp(key)) {
            Ok(i) => &self.lists[i],
            Err(_) => &[],
        }
    }

    /// The positions of the keys beginning with `p` (a range: the keys are sorted).
    pub fn prefix_range(&self, p: &str) -> Range<usize> {
        let lo = self.keys.partition_point(|k| k.as_str() < p);
        lo..lo + self.keys[lo..].partition_point(|k| k.starts_with(p))
    }
}

/// Documents matching every query word, with the matcher's scores (see [`weight`]), in document
/// order: per word, the best of exact, stem and (last word) prefix hits.
pub fn scores(q: &Query, p: &Postings) -> Vec<(u32, u32)> {
    let mut total: Option<FxHashMap<u32, u32>> = None;
    for qw in &q.words {
        let mut best: FxHashMap<u32, u32> = FxHashMap::default();
        let mut add = |list: &[Posting], kind: Kind, exact: bool| {
            for x in list {
                let f = if exact { x.exact } else { x.stem };
                if let Some(field) = field_of(f) {
                    let b = best.entry(x.doc).or_default();
                    *b = (*b).max(weight(field, kind));
                }
            }
        };
        if qw.is_prefix() {
            for k in qw.exact() {
                for i in p.prefix_range(k) {
                    add(&p.lists[i], Kind::Prefix, true);
                }
            }
        }
        qw.stem()
            .iter()
            .for_each(|k| add(p.get(k), Kind::Stem, false));
        qw.exact()
            .iter()
            .for_each(|k| add(p.get(k), Kind::Exact, true));
        total = Some(match total {
            None => best,
            Some(t) => t
                .into_iter()
                .filter_map(|(d, s)| best.get(&d).map(|b| (d, s + b)))
                .collect(),
        });
    }
    let mut out: Vec<(u32, u32)> = total.unwrap_or_default().into_iter().collect();
    out.sort_unstable();
    out
}

fn field_of(f: u8) -> Option<Field> {
    match f {
        1 => Some(Field::Description),
        2 => Some(Field::Keyword),
        3 => Some(Field::Name),
        _ => None,
    }
}

/// What a query looks up: keys matched whole (exact and stem), and prefixes (the last word's
/// exact keys), each once.
pub fn lookups(q: &Query) -> (Vec<String>, Vec<String>) {
    let mut whole: Vec<String> = q
        .words
        .iter()
        .flat_map(|w| w.exact().iter().chain(w.stem()))
        .cloned()
        .collect();
    let mut prefixes: Vec<String> = (q.words.iter().filter(|w| w.is_prefix()))
        .flat_map(|w| w.exact().iter().cloned())
        .collect();
    for v in [&mut whole, &mut prefixes] {
        v.sort();
        v.dedup();
    }
    (whole, prefixes)
}

/// Cuts items of the given sizes, in order, into consecutive runs of about `target` bytes: a run
/// ends once it reaches `target`, so only an item larger than `target` makes a larger run.
pub fn partition(sizes: &[usize], target: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut acc) = (0, 0);
    for (i, &s) in sizes.iter().enumerate() {
        acc += s;
        if acc >= target {
            out.push(start..i + 1);
            (start, acc) = (i + 1, 0);
        }
    }
    if start < sizes.len() {
        out.push(start..sizes.len());
    }
    out
}

/// The shard list a client holds: each shard's first key, in key order (shard `i` holds the keys
/// from `firsts[i]` up to `firsts[i + 1]`; the first shard's range starts at the empty key).
pub struct Directory {
    pub firsts: Vec<String>,
}

impl Directory {
    /// The shard that would hold `key`.
    pub fn shard_of(&self, key: &str) -> usize {
        self.firsts
            .partition_point(|f| f.as_str() <= key)
            .saturating_sub(1)
    }

    /// The shards that may hold keys beginning with `p`.
    pub fn shards_for_prefix(&self, p: &str) -> Range<usize> {
        let end = self
            .firsts
            .partition_point(|f| f.as_str() < p || f.starts_with(p));
        self.shard_of(p)..end.max(self.shard_of(p) + 1)
    }
}

/// Version byte of the shard encoding below.
const SHARD_FORMAT: u8 = 1;

/// A shard's bytes: the format byte, the key count, the keys front-coded (shared prefix length,
/// suffix) each with its postings count, then every key's postings as varints of
/// `doc gap << 4 | exact << 2 | stem`. Keys first, postings after: like with like compresses
/// better, and a client reads the keys (for a prefix) without the postings.
pub fn encode_shard(keys: &[String], lists: &[Vec<Posting>]) -> Vec<u8> {
    let mut out = vec![SHARD_FORMAT];
    put(&mut out, keys.len() as u64);
    let mut prev = "";
    for (k, l) in keys.iter().zip(lists) {
        let shared = common_prefix(prev, k);
        put(&mut out, shared as u64);
        put(&mut out, (k.len() - shared) as u64);
        out.extend_from_slice(&k.as_bytes()[shared..]);
        put(&mut out, l.len() as u64);
        prev = k;
    }
    for l in lists {
        let mut last = 0;
        for x in l {
            let code = u64::from(x.exact) << 2 | u64::from(x.stem);
            put(&mut out, u64::from(x.doc - last) << 4 | code);
            last = x.doc;
        }
    }
    out
}

/// Reads [`encode_shard`]'s bytes back (a fetched file: every length is checked).
pub fn decode_shard(bytes: &[u8]) -> Result<Postings, String> {
    let mut at = 0;
    match bytes.first() {
        Some(&SHARD_FORMAT) => at += 1,
        _ => return Err("not a shard of this format".into()),
    }
    let n = get(bytes, &mut at)? as usize;
    let mut keys: Vec<String> = Vec::with_capacity(n.min(bytes.len()));
    let mut counts = Vec::with_capacity(n.min(bytes.len()));
    for _ in 0..n {
        let shared = get(bytes, &mut at)? as usize;
        let len = get(bytes, &mut at)? as usize;
        let prev = keys.last().map(String::as_bytes).unwrap_or_default();
        let suffix = at.checked_add(len).and_then(|e| bytes.get(at..e));
        let (Some(head), Some(suffix)) = (prev.get(..shared), suffix) else {
            return Err("key out of range".into());
        };
        let key = String::from_utf8([head, suffix].concat()).map_err(|e| e.to_string())?;
        at += len;
        keys.push(key);
        counts.push(get(bytes, &mut at)?);
    }
    let mut lists = Vec::with_capacity(n.min(bytes.len()));
    for c in counts {
        let mut l = Vec::with_capacity((c as usize).min(bytes.len()));
        let mut doc = 0u32;
        for _ in 0..c {
            let v = get(bytes, &mut at)?;
            let gap = u32::try_from(v >> 4).map_err(|e| e.to_string())?;
            doc = doc.checked_add(gap).ok_or("document out of range")?;
            let (exact, stem) = ((v >> 2 & 3) as u8, (v & 3) as u8);
            l.push(Posting { doc, exact, stem });
        }
        lists.push(l);
    }
    Ok(Postings { keys, lists })
}

fn common_prefix(a: &str, b: &str) -> usize {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // On a character boundary, so the suffix is whole characters.
    (0..=n).rev().find(|&i| b.is_char_boundary(i)).unwrap_or(0)
}

/// Appends an unsigned LEB128 varint.
pub fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads an unsigned LEB128 varint at `*at`, moving past it.
pub fn get(bytes: &[u8], at: &mut usize) -> Result<u64, String> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at).ok_or("truncated")?;
        *at += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Ok(v);
        }
    }
    Err("varint too long".into())
}

#[cfg(test)]
mod tests;
