//! From the portal's list items and their versions to the catalogue file: agencies and
//! categories gathered from the items (each written once, referred to by position), keywords
//! split, blank translations dropped (`without_blanks`, as everywhere in the catalogue).

use crate::state::Versions;
use opendata_core::catalogue::{AgencyEntry, CatalogueFile, CategoryEntry, DatasetEntry, FORMAT};
use opendata_core::listing::{agency_kind, split_keywords, ListedDataset};
use opendata_core::wire::{AgencyKind, Keywords};
use std::collections::{BTreeMap, HashMap};

/// `keyWordsKk/Ru/En` when the portal gives any, else `keyWords` as Russian.
fn keywords(d: &ListedDataset) -> Keywords {
    let per_language = [&d.key_words_kk, &d.key_words_ru, &d.key_words_en]
        .into_iter()
        .any(|k| k.as_deref().is_some_and(|k| !k.trim().is_empty()));
    if per_language {
        Keywords {
            keywords_kk: split_keywords(d.key_words_kk.as_deref()),
            keywords_ru: split_keywords(d.key_words_ru.as_deref()),
            keywords_en: split_keywords(d.key_words_en.as_deref()),
        }
    } else {
        Keywords {
            keywords_ru: split_keywords(d.key_words.as_deref()),
            ..Keywords::default()
        }
    }
}

/// Ids in order of first appearance, with the first appearance's value.
struct Registry<T> {
    order: Vec<(String, T)>,
    index: HashMap<String, usize>,
}

impl<T> Registry<T> {
    fn new() -> Self {
        Registry {
            order: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn note(&mut self, id: &str, make: impl FnOnce() -> T) {
        if !self.index.contains_key(id) {
            self.index.insert(id.to_string(), self.order.len());
            self.order.push((id.to_string(), make()));
        }
    }
}

fn kind_rank(k: AgencyKind) -> u8 {
    match k {
        AgencyKind::Central => 0,
        AgencyKind::Regional => 1,
        AgencyKind::Other => 2,
    }
}

/// The catalogue of `items` (in list order) whose versions are known and not empty; the apiUris
/// left out because the portal has no data under them.
pub fn assemble(
    items: &[ListedDataset],
    versions: &BTreeMap<String, Versions>,
    harvested: String,
) -> (CatalogueFile, Vec<String>) {
    let mut skipped = Vec::new();
    let kept: Vec<(&ListedDataset, &Vec<String>)> = items
        .iter()
        .filter_map(|d| match versions.get(&d.api_uri) {
            Some(v) if !v.versions.is_empty() => Some((d, &v.versions)),
            _ => {
                skipped.push(d.api_uri.clone());
                None
            }
        })
        .collect();

    let mut agencies = Registry::new();
    let mut categories = Registry::new();
    for (d, _) in &kept {
        let a = &d.gov_agency;
        agencies.note(&a.id, || AgencyEntry {
            id: a.id.clone(),
            names: a.names.without_blanks(),
            fullnames: a.fullnames.without_blanks(),
            kind: agency_kind(a.kind.as_deref()),
        });
        for c in &d.categories {
            categories.note(&c.id, || CategoryEntry {
                id: c.id.clone(),
                names: c.names.without_blanks(),
            });
        }
    }
    // Central, then regional, then other; first appearance within each (a stable sort).
    let mut agency_list: Vec<AgencyEntry> = agencies.order.into_iter().map(|(_, a)| a).collect();
    agency_list.sort_by_key(|a| kind_rank(a.kind));
    let agency_at: HashMap<&str, u32> = agency_list
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i as u32))
        .collect();

    let datasets = kept
        .iter()
        .map(|(d, versions)| {
            let mut cats: Vec<u32> = Vec::new();
            for c in &d.categories {
                let i = categories.index[&c.id] as u32;
                if !cats.contains(&i) {
                    cats.push(i);
                }
            }
            DatasetEntry {
                id: d.id,
                api_uri: d.api_uri.clone(),
                names: d.names.without_blanks(),
                descriptions: d.descriptions.without_blanks(),
                keywords: keywords(d),
                agency: agency_at[d.gov_agency.id.as_str()],
                categories: cats,
                created_date: d.created_date.clone(),
                modified_date: d.modified_date.clone(),
                views: d.views,
                downloads: d.downloads,
                actualize_type: d.actualize_type,
                actual: d.actual,
                versions: (*versions).clone(),
            }
        })
        .collect();
    let catalogue = CatalogueFile {
        format: FORMAT,
        harvested,
        categories: categories.order.into_iter().map(|(_, c)| c).collect(),
        agencies: agency_list,
        datasets,
    };
    (catalogue, skipped)
}
