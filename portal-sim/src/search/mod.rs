//! Catalogue search behind `GET /api/portal/datasets` (and the applications search): text
//! matching, facet counting, sorting.
//!
//! Text matching is language- and script-blind: every word is folded to an ASCII key
//! ([`keys`]), stemmed (Russian and English Snowball, a Kazakh suffix stripper: [`kazakh`]) and
//! looked up in an [`Index`] built once at start-up.

pub mod index;
pub mod kazakh;
pub mod keys;

pub use index::{Field, Index, Kind, Matcher, Part, Query};

use crate::seed::community::ApplicationSeed;
use crate::seed::{DatasetSeed, Seed};
use opendata_core::text::normalize;
use opendata_core::wire::Names;
use opendata_core::Lang;
use std::cmp::Ordering;

/// A dataset's searchable parts: names, keywords and descriptions in all three languages.
pub fn dataset_parts(ds: &DatasetSeed) -> Vec<Part<'_>> {
    fn one(field: Field, lang: Lang, text: &Option<String>) -> Option<Part<'_>> {
        text.as_deref().map(|text| Part { field, lang, text })
    }
    fn many(lang: Lang, kws: &[String]) -> impl Iterator<Item = Part<'_>> {
        kws.iter().map(move |text| Part {
            field: Field::Keyword,
            lang,
            text,
        })
    }
    let (n, d, k) = (&ds.names, &ds.descriptions, &ds.keywords);
    [
        one(Field::Name, Lang::Kk, &n.name_kk),
        one(Field::Name, Lang::Ru, &n.name_ru),
        one(Field::Name, Lang::En, &n.name_en),
    ]
    .into_iter()
    .flatten()
    .chain(many(Lang::Kk, &k.keywords_kk))
    .chain(many(Lang::Ru, &k.keywords_ru))
    .chain(many(Lang::En, &k.keywords_en))
    .chain(
        [
            one(Field::Description, Lang::Kk, &d.description_kk),
            one(Field::Description, Lang::Ru, &d.description_ru),
            one(Field::Description, Lang::En, &d.description_en),
        ]
        .into_iter()
        .flatten(),
    )
    .collect()
}

/// An application's searchable parts: the title weighs like a name, the body like a description,
/// both in the application's one language.
pub fn application_parts(a: &ApplicationSeed) -> Vec<Part<'_>> {
    vec![
        Part {
            field: Field::Name,
            lang: a.lang,
            text: &a.title,
        },
        Part {
            field: Field::Description,
            lang: a.lang,
            text: &a.description,
        },
    ]
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
    pub query: Query,
    pub categories: Vec<String>,
    pub agencies: Vec<String>,
    pub sort: SortBy,
    pub lang: Lang,
}

pub struct Outcome {
    /// Dataset indices in result order (all pages).
    pub results: Vec<usize>,
    /// The resolved text query, for [`Index::matched_words`] (`None` without text).
    pub matcher: Option<Matcher>,
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
pub fn run(seed: &Seed, index: &Index, p: &Params) -> Outcome {
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
    let matcher = (!p.query.is_empty()).then(|| index.matcher(&p.query));
    let base: Vec<(usize, u32)> = match &matcher {
        Some(m) => index.scores(m),
        None => (0..seed.datasets.len()).map(|i| (i, 0)).collect(),
    };

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
        matcher,
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

/// Score desc, then views desc, then catalogue order.
pub fn by_relevance(r: &mut [(usize, u32)], views: impl Fn(usize) -> u64) {
    r.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| views(b.0).cmp(&views(a.0)))
            .then(a.0.cmp(&b.0))
    });
}

fn sort_results(seed: &Seed, r: &mut [(usize, u32)], sort: SortBy, lang: Lang) {
    let ds = |i: usize| &seed.datasets[i];
    match sort {
        SortBy::Relevance => by_relevance(r, |i| ds(i).views),
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
    fn relevance_ties_break_by_views_then_catalogue_order() {
        let idx = Index::build([
            vec![part(Field::Name, Lang::Ru, "Школы Астаны")],
            vec![part(Field::Keyword, Lang::Ru, "школа")],
            vec![part(Field::Name, Lang::Ru, "Школы Алматы")],
            vec![part(Field::Name, Lang::Ru, "Школы Шымкента")],
            vec![part(Field::Name, Lang::Ru, "Больницы")],
        ]);
        let views = [10u64, 1_000, 50, 10];
        let mut r = idx.scores(&idx.matcher(&Query::parse("школы")));
        by_relevance(&mut r, |i| views[i]);
        let order: Vec<usize> = r.iter().map(|x| x.0).collect();
        // Name hits first (most viewed first, then catalogue order), the keyword hit last
        // despite its views.
        assert_eq!(order, [2, 0, 3, 1]);
    }

    fn part(field: Field, lang: Lang, text: &str) -> Part<'_> {
        Part { field, lang, text }
    }
}
