//! Queries: a search text parsed into words ([`Query`]), resolved against an [`Index`] into
//! the index words each query word matches and how ([`Matcher`]), then scored per document and
//! highlighted (docs/portal-api.md §3.1: exact, stem, prefix on the last word; AND across words).

use super::index::{Field, Index};
use super::keys::{exact_keys, stem_keys, tokenize};
use rustc_hash::FxHashMap;

/// How a query word matched; the order is the ranking weight (exact highest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The query word (the last one only) begins the text word.
    Prefix = 1,
    /// Same stem (Russian/English stemmer or Kazakh suffixes), or one is the other's stem.
    Stem = 2,
    /// Same word up to case, diacritics and script.
    Exact = 3,
}

/// A query word's score in one field: the field outranks the match kind, so a name hit of any
/// kind beats a keyword hit, which beats a description hit.
pub fn weight(field: Field, kind: Kind) -> u32 {
    field as u32 * 4 + kind as u32
}

/// A query word, folded once per request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryWord {
    pub surface: String,
    exact: Vec<String>,
    stem: Vec<String>,
    /// Matches as a prefix too (the word being typed).
    prefix: bool,
}

/// A parsed search text: its words (empty: no text filter).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub words: Vec<QueryWord>,
}

/// The last word must have this many letters to match as a prefix: one letter matches too much.
pub const MIN_PREFIX: usize = 2;

impl QueryWord {
    /// Its exact keys (matched exactly, and as a prefix when [`QueryWord::is_prefix`]).
    pub fn exact(&self) -> &[String] {
        &self.exact
    }

    /// Its stem keys (the exact ones included).
    pub fn stem(&self) -> &[String] {
        &self.stem
    }

    /// Whether it also matches as a prefix (the last word, long enough).
    pub fn is_prefix(&self) -> bool {
        self.prefix
    }
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let surfaces: Vec<&str> = tokenize(text).map(|(_, w)| w).collect();
        let last = surfaces.len().saturating_sub(1);
        let words = surfaces
            .iter()
            .enumerate()
            .map(|(i, w)| QueryWord {
                surface: w.to_string(),
                exact: exact_keys(w),
                stem: stem_keys(w, None),
                prefix: i == last
                    && w.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_PREFIX,
            })
            .collect();
        Query { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// A query resolved against one index: per query word, the index words it matches and how.
pub struct Matcher {
    per_word: Vec<Vec<(u32, Kind)>>,
    /// Every index word matched by some query word, sorted (for highlighting).
    all: Vec<u32>,
}

impl Index {
    /// Resolves a query against this index.
    pub fn matcher(&self, q: &Query) -> Matcher {
        let mut per_word = Vec::with_capacity(q.words.len());
        for qw in &q.words {
            let mut hits: FxHashMap<u32, Kind> = FxHashMap::default();
            let mut add = |words: &[u32], kind: Kind| {
                for &w in words {
                    let e = hits.entry(w).or_insert(kind);
                    *e = (*e).max(kind);
                }
            };
            if qw.prefix {
                for p in &qw.exact {
                    for id in self.prefix_range(p) {
                        add(self.by_exact.get(id), Kind::Prefix);
                    }
                }
            }
            for k in &qw.stem {
                if let Some(id) = self.key_id(k) {
                    add(self.by_stem.get(id), Kind::Stem);
                }
            }
            for k in &qw.exact {
                if let Some(id) = self.key_id(k) {
                    add(self.by_exact.get(id), Kind::Exact);
                }
            }
            let mut v: Vec<(u32, Kind)> = hits.into_iter().collect();
            v.sort_unstable();
            per_word.push(v);
        }
        let mut all: Vec<u32> = per_word.iter().flatten().map(|&(w, _)| w).collect();
        all.sort_unstable();
        all.dedup();
        Matcher { per_word, all }
    }

    /// Documents matching every query word, with their scores (sum over query words of the
    /// word's best [`weight`] in the document), in document order. An empty query matches all
    /// with score 0.
    pub fn scores(&self, m: &Matcher) -> Vec<(usize, u32)> {
        let n = self.len();
        let mut total = vec![0u32; n];
        let mut alive = vec![true; n];
        let mut best = vec![0u32; n];
        for hits in &m.per_word {
            best.iter_mut().for_each(|b| *b = 0);
            for &(w, kind) in hits {
                for &(d, field) in self.postings.get(w as usize) {
                    let s = weight(field, kind);
                    let b = &mut best[d as usize];
                    if s > *b {
                        *b = s;
                    }
                }
            }
            for d in 0..n {
                if best[d] == 0 {
                    alive[d] = false;
                } else {
                    total[d] += best[d];
                }
            }
        }
        (0..n)
            .filter(|&d| alive[d])
            .map(|d| (d, total[d]))
            .collect()
    }

    /// The words of document `doc` that matched, as written, each once (case-insensitively), in
    /// text order.
    pub fn matched_words(&self, doc: usize, m: &Matcher) -> Vec<String> {
        if doc >= self.len() {
            return Vec::new();
        }
        let mut out: Vec<String> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for t in self.tokens.get(doc) {
            if m.all.binary_search(&t.word).is_err() {
                continue;
            }
            let surface = self.surface(t);
            let lower = surface.to_lowercase();
            if !seen.contains(&lower) {
                seen.push(lower);
                out.push(surface.to_string());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::Part;
    use crate::Lang;

    fn part(field: Field, lang: Lang, text: &str) -> Part<'_> {
        Part { field, lang, text }
    }

    fn ranked(idx: &Index, q: &str) -> Vec<usize> {
        let mut s = idx.scores(&idx.matcher(&Query::parse(q)));
        s.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        s.into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn query_parse_marks_only_the_last_long_word_as_prefix() {
        let q = Query::parse("Школы, ас");
        assert_eq!(q.words.len(), 2);
        assert!(!q.words[0].prefix && q.words[1].prefix);
        assert!(!Query::parse("мектеп а").words[1].prefix);
        assert!(Query::parse(" ,. ").is_empty());
    }

    #[test]
    fn exact_stem_prefix_and_and() {
        let idx = Index::build([
            vec![part(Field::Name, Lang::Kk, "Мектептерінің тізімі")],
            vec![part(Field::Name, Lang::Ru, "Список школ")],
            vec![part(Field::Name, Lang::En, "Public schools")],
            vec![part(Field::Name, Lang::Ru, "Больницы")],
        ]);
        assert_eq!(ranked(&idx, "мектеп"), [0]);
        assert_eq!(ranked(&idx, "mektep"), [0]);
        assert_eq!(ranked(&idx, "школы"), [1]);
        assert_eq!(ranked(&idx, "school"), [2]);
        assert_eq!(ranked(&idx, "шко"), [1]);
        // Prefix only for the last word.
        assert!(ranked(&idx, "шко список").is_empty());
        assert_eq!(ranked(&idx, "список шко"), [1]);
        // AND across words.
        assert!(ranked(&idx, "школы больницы").is_empty());
    }

    #[test]
    fn ranking_field_then_kind() {
        let idx = Index::build([
            // 0: description hit (exact).
            vec![
                part(Field::Name, Lang::Kk, "Тізім"),
                part(Field::Description, Lang::Kk, "мектеп"),
            ],
            // 1: keyword hit (exact).
            vec![
                part(Field::Name, Lang::Kk, "Тізім"),
                part(Field::Keyword, Lang::Kk, "мектеп"),
            ],
            // 2: name hit, stem only.
            vec![part(Field::Name, Lang::Kk, "Мектептер")],
            // 3: name hit, exact.
            vec![part(Field::Name, Lang::Kk, "Мектеп")],
            // 4: name hit, prefix only.
            vec![part(Field::Name, Lang::Kk, "Мектепаралық")],
            // 5: no hit.
            vec![part(Field::Name, Lang::Kk, "Аурухана")],
        ]);
        assert_eq!(ranked(&idx, "мектеп"), [3, 2, 4, 1, 0]);
        // Not the last word: no prefix match, the rest unchanged.
        assert_eq!(ranked(&idx, "мектеп тізім"), [1, 0]);
        assert!(weight(Field::Name, Kind::Prefix) > weight(Field::Keyword, Kind::Exact));
        assert!(weight(Field::Keyword, Kind::Prefix) > weight(Field::Description, Kind::Exact));
    }

    #[test]
    fn matched_words_are_surfaces_once_each() {
        let idx = Index::build([vec![
            part(Field::Name, Lang::Ru, "Школы и ШКОЛЫ Астаны"),
            part(Field::Name, Lang::Kk, "Астана мектептері"),
            part(Field::Keyword, Lang::En, "school"),
        ]]);
        let m = idx.matcher(&Query::parse("школа астана"));
        assert_eq!(idx.matched_words(0, &m), ["Школы", "Астаны", "Астана"]);
        let m = idx.matcher(&Query::parse("мектеп"));
        assert_eq!(idx.matched_words(0, &m), ["мектептері"]);
        assert!(idx.matched_words(7, &m).is_empty());
    }
}
