//! Catalogue search behind `GET /api/portal/datasets`: text matching, facet counting, sorting.
//!
//! The text matcher is one function, [`score`], over prepared [`Doc`]s, so a later change
//! (stemming, transliteration, better ranking) replaces that function and `Doc::new` only.

use crate::seed::{DatasetSeed, Seed};
use opendata_core::text::{normalize, words};
use opendata_core::wire::Names;
use opendata_core::Lang;
use std::cmp::Ordering;

/// A dataset's searchable text, normalised once at start-up.
pub struct Doc {
    names: String,
    keywords: String,
    descriptions: String,
}

impl Doc {
    pub fn new(ds: &DatasetSeed) -> Doc {
        let join = |parts: [Option<&String>; 3]| {
            parts
                .iter()
                .flatten()
                .map(|s| normalize(s))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let n = &ds.names;
        let d = &ds.descriptions;
        let k = &ds.keywords;
        let kw = k
            .keywords_kk
            .iter()
            .chain(&k.keywords_ru)
            .chain(&k.keywords_en)
            .map(|s| normalize(s))
            .collect::<Vec<_>>()
            .join(" | ");
        Doc {
            names: join([n.name_kk.as_ref(), n.name_ru.as_ref(), n.name_en.as_ref()]),
            keywords: kw,
            descriptions: join([
                d.description_kk.as_ref(),
                d.description_ru.as_ref(),
                d.description_en.as_ref(),
            ]),
        }
    }
}

impl Doc {
    /// A free-text document (an application): the title weighs like a name, the body like a
    /// description, so the same [`score`] ranks it.
    pub fn from_text(title: &str, body: &str) -> Doc {
        Doc {
            names: normalize(title),
            keywords: String::new(),
            descriptions: normalize(body),
        }
    }
}

/// The words of a search text, normalised (case, ё, diacritics, punctuation folded).
pub fn query_words(text: &str) -> Vec<String> {
    words(&normalize(text)).map(str::to_string).collect()
}

/// The matcher. `None`: no match. Every query word must occur (as a substring, so «мектеп»
/// finds «мектептерінің») in a name, keyword or description; names weigh most.
pub fn score(doc: &Doc, q: &[String]) -> Option<u32> {
    let mut total = 0;
    for w in q {
        let w = w.as_str();
        let mut s = 0;
        if doc.names.contains(w) {
            s += 6;
            if words(&doc.names).any(|x| x == w) {
                s += 2;
            }
        }
        if doc.keywords.contains(w) {
            s += 3;
        }
        if doc.descriptions.contains(w) {
            s += 1;
        }
        if s == 0 {
            return None;
        }
        total += s;
    }
    Some(total)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    Relevance,
    Newest,
    Updated,
    Views,
    Downloads,
    Name,
}

impl SortBy {
    pub fn parse(s: &str) -> Option<SortBy> {
        Some(match s {
            "relevance" => SortBy::Relevance,
            "newest" => SortBy::Newest,
            "updated" => SortBy::Updated,
            "views" => SortBy::Views,
            "downloads" => SortBy::Downloads,
            "name" => SortBy::Name,
            _ => return None,
        })
    }
}

/// Kazakh alphabet order (Russian is a subsequence of it), for sorting names A–Я.
const KK_ALPHABET: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

/// A sort key for a name: digits, then Latin, then Cyrillic in Kazakh alphabet order.
pub fn collation_key(name: &str) -> Vec<u32> {
    normalize(name)
        .chars()
        .map(|c| match KK_ALPHABET.chars().position(|k| k == c) {
            Some(p) => 0x1_0000 + p as u32,
            None => c as u32,
        })
        .collect()
}

pub struct Params {
    pub words: Vec<String>,
    pub categories: Vec<String>,
    pub agencies: Vec<String>,
    pub sort: SortBy,
    pub lang: Lang,
}

pub struct Outcome {
    /// Dataset indices in result order (all pages).
    pub results: Vec<usize>,
    /// (category index or unknown id, count) for the category facet.
    pub categories: Vec<(FacetKey, u64)>,
    pub agencies: Vec<(FacetKey, u64)>,
}

/// A facet value: a known seed index, or a selected id the catalogue does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FacetKey {
    Known(usize),
    Unknown(String),
}

/// Runs a catalogue search: text AND category-any-of AND agency-any-of; each facet counted with
/// the other facet's filter applied but not its own; selected values listed even at zero.
pub fn run(seed: &Seed, docs: &[Doc], p: &Params) -> Outcome {
    let cat_sel: Vec<Option<usize>> = p
        .categories
        .iter()
        .map(|id| seed.categories.iter().position(|c| &c.id == id))
        .collect();
    let ag_sel: Vec<Option<usize>> = p
        .agencies
        .iter()
        .map(|id| seed.agencies.iter().position(|a| &a.id == id))
        .collect();

    // Text first: everything else is counted within it.
    let base: Vec<(usize, u32)> = seed
        .datasets
        .iter()
        .enumerate()
        .filter_map(|(i, _)| {
            if p.words.is_empty() {
                Some((i, 0))
            } else {
                score(&docs[i], &p.words).map(|s| (i, s))
            }
        })
        .collect();

    let in_cats = |ds: &DatasetSeed| {
        p.categories.is_empty() || cat_sel.iter().flatten().any(|c| ds.categories.contains(c))
    };
    let in_agencies = |ds: &DatasetSeed| {
        p.agencies.is_empty() || ag_sel.iter().flatten().any(|&a| ds.agency == a)
    };

    let mut cat_counts = vec![0u64; seed.categories.len()];
    let mut ag_counts = vec![0u64; seed.agencies.len()];
    let mut results: Vec<(usize, u32)> = Vec::new();
    for &(i, s) in &base {
        let ds = &seed.datasets[i];
        let (c, a) = (in_cats(ds), in_agencies(ds));
        if a {
            for &ci in &ds.categories {
                cat_counts[ci] += 1;
            }
        }
        if c {
            ag_counts[ds.agency] += 1;
        }
        if c && a {
            results.push((i, s));
        }
    }

    let categories = facet(&cat_counts, &cat_sel, &p.categories);
    let agencies = facet(&ag_counts, &ag_sel, &p.agencies);

    sort_results(seed, &mut results, p.sort, p.lang);
    Outcome {
        results: results.into_iter().map(|(i, _)| i).collect(),
        categories,
        agencies,
    }
}

/// One facet's values: every value with a count, plus every selected one even at zero (an
/// unknown selected id as [`FacetKey::Unknown`]). Biggest first; ties in catalogue order.
pub fn facet(counts: &[u64], sel: &[Option<usize>], ids: &[String]) -> Vec<(FacetKey, u64)> {
    let mut out: Vec<(FacetKey, u64)> = counts
        .iter()
        .enumerate()
        .filter(|(i, &n)| n > 0 || sel.contains(&Some(*i)))
        .map(|(i, &n)| (FacetKey::Known(i), n))
        .collect();
    for (id, s) in ids.iter().zip(sel) {
        if s.is_none()
            && !out
                .iter()
                .any(|(k, _)| matches!(k, FacetKey::Unknown(x) if x == id))
        {
            out.push((FacetKey::Unknown(id.clone()), 0));
        }
    }
    out.sort_by(|a, b| {
        b.1.cmp(&a.1).then_with(|| match (&a.0, &b.0) {
            (FacetKey::Known(x), FacetKey::Known(y)) => x.cmp(y),
            (FacetKey::Known(_), FacetKey::Unknown(_)) => Ordering::Less,
            (FacetKey::Unknown(_), FacetKey::Known(_)) => Ordering::Greater,
            (FacetKey::Unknown(x), FacetKey::Unknown(y)) => x.cmp(y),
        })
    });
    out
}

fn sort_results(seed: &Seed, r: &mut [(usize, u32)], sort: SortBy, lang: Lang) {
    let ds = |i: usize| &seed.datasets[i];
    match sort {
        SortBy::Relevance => r.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| ds(b.0).created_date.cmp(&ds(a.0).created_date))
                .then(a.0.cmp(&b.0))
        }),
        SortBy::Newest => r.sort_by(|a, b| {
            ds(b.0)
                .created_date
                .cmp(&ds(a.0).created_date)
                .then(a.0.cmp(&b.0))
        }),
        SortBy::Updated => r.sort_by(|a, b| {
            ds(b.0)
                .modified_date
                .cmp(&ds(a.0).modified_date)
                .then(a.0.cmp(&b.0))
        }),
        SortBy::Views => r.sort_by(|a, b| ds(b.0).views.cmp(&ds(a.0).views).then(a.0.cmp(&b.0))),
        SortBy::Downloads => r.sort_by(|a, b| {
            ds(b.0)
                .downloads
                .cmp(&ds(a.0).downloads)
                .then(a.0.cmp(&b.0))
        }),
        SortBy::Name => {
            let key = |n: &Names| {
                n.pick(lang)
                    .map(|(s, _)| collation_key(s))
                    .unwrap_or_default()
            };
            let mut keyed: Vec<(Vec<u32>, (usize, u32))> =
                r.iter().map(|&x| (key(&ds(x.0).names), x)).collect();
            keyed.sort_by(|a, b| a.0.cmp(&b.0).then(a.1 .0.cmp(&b.1 .0)));
            for (slot, (_, x)) in r.iter_mut().zip(keyed) {
                *slot = x;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collation_puts_kazakh_letters_in_alphabet_order() {
        // ә comes right after а, і after ы, in the Kazakh alphabet.
        assert!(collation_key("ақ") < collation_key("әже"));
        assert!(collation_key("әже") < collation_key("бала"));
        assert!(collation_key("ыдыс") < collation_key("іні"));
        assert!(collation_key("abc") < collation_key("абв"));
    }

    #[test]
    fn substring_words_all_required() {
        let doc = Doc {
            names: normalize("Ақмола облысының мемлекеттік мектептерінің тізімі"),
            keywords: normalize("мектеп"),
            descriptions: String::new(),
        };
        assert!(score(&doc, &query_words("МЕКТЕП")).is_some());
        assert!(score(&doc, &query_words("мектеп ақмола")).is_some());
        assert!(score(&doc, &query_words("мектеп астана")).is_none());
    }
}
