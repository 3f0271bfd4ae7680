//! Facet lists (docs/portal-api.md §3.1 "Filters and facets"): every value with a count, plus
//! every selected one even at zero, biggest first.

use super::catalog::Catalog;
use crate::url::Facet;
use crate::wire::{AgencyKind, FacetValue, Names};
use std::cmp::Ordering;

/// A facet value: a known position, or a selected id the catalogue does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FacetKey {
    Known(usize),
    Unknown(String),
}

/// One facet's values: every value with a count, plus every selected one even at zero (an
/// unknown selected id as [`FacetKey::Unknown`]). Biggest first; ties in catalogue order.
/// `sel` is `ids` resolved to positions.
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

/// The wire form of a facet's values: known ones with their names (and, for agencies, kind); an
/// unknown selected id with no names (an agency's kind then `other`).
pub fn facet_values<C: Catalog + ?Sized>(
    cat: &C,
    f: Facet,
    keys: Vec<(FacetKey, u64)>,
) -> Vec<FacetValue> {
    keys.into_iter()
        .map(|(k, count)| match k {
            FacetKey::Known(i) => {
                let (id, names, kind) = cat.facet_value(f, i);
                FacetValue {
                    id: id.to_string(),
                    names: names.clone(),
                    kind,
                    count,
                }
            }
            FacetKey::Unknown(id) => FacetValue {
                id,
                names: Names::default(),
                kind: (f == Facet::Agency).then_some(AgencyKind::Other),
                count,
            },
        })
        .collect()
}

/// The position of a facet value by id.
pub fn position<C: Catalog + ?Sized>(cat: &C, f: Facet, id: &str) -> Option<usize> {
    (0..cat.facet_len(f)).position(|i| cat.facet_value(f, i).0 == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selected_values_stay_at_zero_and_unknown_ids_come_last() {
        let ids = vec!["b".to_string(), "zz".to_string(), "c".to_string()];
        let sel = [Some(1), None, Some(2)];
        let got = facet(&[3, 0, 0, 5], &sel, &ids);
        assert_eq!(
            got,
            [
                (FacetKey::Known(3), 5),
                (FacetKey::Known(0), 3),
                (FacetKey::Known(1), 0),
                (FacetKey::Known(2), 0),
                (FacetKey::Unknown("zz".into()), 0),
            ]
        );
    }
}
