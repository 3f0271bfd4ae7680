//! Community seed: applications for publishing new datasets (written by citizens, each in one
//! language, answered by an agency) and the showcase of apps built on the portal's data.
//! Everything here refers to real seeded categories, agencies and datasets by index.

mod applications;
mod apps;
mod concepts;

pub use applications::make_applications;
pub use apps::make_apps;

use super::DatasetSeed;
use super::RowKind;
use opendata_core::wire::{
    AnswerTexts, AppLink, ApplicationStatus, Descriptions, Names, Platform, StatusChange,
};
use opendata_core::Lang;
use std::collections::HashMap;

/// How many applications the seed has (`Stats.publicationRequestsCount`).
pub const APPLICATIONS: u64 = 340;
/// Ids of applications start here.
pub const FIRST_APPLICATION_ID: u64 = 7_000;
/// The application whose title and description carry a script tag and a `javascript:` text.
pub const HOSTILE_APPLICATION_ID: u64 = 7_007;
/// Ids of showcase apps start here.
pub const FIRST_APP_ID: u64 = 500;
/// The showcase app whose web link is `javascript:window.__pwned=1`.
pub const HOSTILE_APP_ID: u64 = 537;

#[derive(Clone)]
pub struct ApplicationSeed {
    pub id: u64,
    pub title: String,
    pub description: String,
    pub lang: Lang,
    /// Index into `Seed::categories`.
    pub category: usize,
    /// Index into `Seed::agencies`; `None` for an application to another organisation.
    pub agency: Option<usize>,
    pub other_organization: Option<String>,
    pub status: ApplicationStatus,
    pub votes: u64,
    pub created_date: String,
    /// Oldest first; the last entry is `status`.
    pub history: Vec<StatusChange>,
    pub answer: Option<AnswerTexts>,
    /// Index into `Seed::datasets`, for published applications.
    pub dataset: Option<usize>,
}

impl ApplicationSeed {
    /// The date of the last change after SUBMITTED, if the agency has moved it on.
    pub fn answered_date(&self) -> Option<&str> {
        (self.history.len() > 1)
            .then(|| self.history.last().map(|h| h.date.as_str()))
            .flatten()
    }
}

pub struct ShowcaseAppSeed {
    pub id: u64,
    pub names: Names,
    pub descriptions: Descriptions,
    pub category: usize,
    pub platforms: Vec<Platform>,
    pub author: String,
    pub links: Vec<AppLink>,
    /// Indices into `Seed::datasets`; 1–4, never empty.
    pub datasets: Vec<usize>,
    pub created_date: String,
}

/// Generic datasets by (topic, region) → indices, for "a dataset that fits".
pub struct TopicIndex(HashMap<(usize, Option<usize>), Vec<usize>>);

impl TopicIndex {
    pub fn new(datasets: &[DatasetSeed]) -> TopicIndex {
        let mut m: HashMap<(usize, Option<usize>), Vec<usize>> = HashMap::new();
        for (i, d) in datasets.iter().enumerate() {
            if let RowKind::Generic { topic, region, .. } = d.kind {
                m.entry((topic, region)).or_default().push(i);
            }
        }
        TopicIndex(m)
    }
    fn all(&self, topic: usize, region: Option<usize>) -> &[usize] {
        self.0.get(&(topic, region)).map_or(&[], Vec::as_slice)
    }
    /// The undated list if there is one, else the newest yearly edition.
    fn best(&self, datasets: &[DatasetSeed], topic: usize, region: Option<usize>) -> Option<usize> {
        self.all(topic, region)
            .iter()
            .copied()
            .max_by_key(|&i| match datasets[i].kind {
                RowKind::Generic { year: 0, .. } => u16::MAX,
                RowKind::Generic { year, .. } => year,
                _ => 0,
            })
    }
}
