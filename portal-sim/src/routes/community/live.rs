//! Live applications: the seed's with the store's votes and status changes applied, then
//! those submitted here; and the lifecycle an application moves along.

use super::{application_detail, application_summary};
use crate::routes::St;
use crate::seed::community::ApplicationSeed;
use crate::seed::Seed;
use crate::store::ApplicationChange;
use opendata_core::wire::{ApplicationDetail, ApplicationStatus, ApplicationSummary, StatusChange};
use std::collections::{HashMap, HashSet};

/// The longest name of another organisation, in characters.
pub const MAX_ORGANIZATION: usize = 200;

/// Applications as they stand now: the seeded ones (votes and status changes from the store
/// applied) followed by those submitted here, with the viewer's votes.
pub struct Live {
    pub apps: Vec<ApplicationSeed>,
    /// `apps[..seeded]` are the seed's, in seed order: the prebuilt text index covers them.
    pub seeded: usize,
    pub voted: HashSet<u64>,
}

impl Live {
    pub fn find(&self, id: &str) -> Option<&ApplicationSeed> {
        let n = id.parse::<u64>().ok()?;
        self.apps.iter().find(|a| a.id == n)
    }
    pub fn summary(&self, seed: &Seed, a: &ApplicationSeed) -> ApplicationSummary {
        let mut s = application_summary(seed, a);
        s.voted = self.voted.contains(&a.id);
        s
    }
    pub fn detail(&self, seed: &Seed, a: &ApplicationSeed) -> ApplicationDetail {
        let mut d = application_detail(seed, a);
        d.summary.voted = self.voted.contains(&a.id);
        d
    }
}

pub fn live_applications(st: &St, viewer: Option<u64>) -> Result<Live, rusqlite::Error> {
    let seed = &st.seed;
    let counts = st.store.vote_counts()?;
    let voted = match viewer {
        Some(u) => st.store.voted_by(u)?,
        None => HashSet::new(),
    };
    let mut changes: HashMap<u64, Vec<ApplicationChange>> = HashMap::new();
    for c in st.store.application_changes()? {
        changes.entry(c.application_id).or_default().push(c);
    }
    let mut apps = seed.applications.clone();
    let seeded = apps.len();
    for a in st.store.applications()? {
        // Checked when stored; a row the catalogue no longer knows is left out, not a 500.
        let Some(category) = seed.categories.iter().position(|c| c.id == a.category) else {
            continue;
        };
        let agency = match &a.agency {
            Some(id) => match seed.agencies.iter().position(|g| &g.id == id) {
                Some(i) => Some(i),
                None => continue,
            },
            None => None,
        };
        apps.push(ApplicationSeed {
            id: a.id,
            title: a.title,
            description: a.description,
            lang: a.lang,
            category,
            agency,
            other_organization: a.other_organization,
            status: ApplicationStatus::Submitted,
            votes: 0,
            created_date: a.created,
            history: Vec::new(),
            answer: None,
            dataset: None,
        });
    }
    for a in &mut apps {
        for c in changes.remove(&a.id).unwrap_or_default() {
            a.history.push(StatusChange {
                status: c.status,
                date: c.date,
            });
            a.status = c.status;
            if c.answer.is_some() {
                a.answer = c.answer;
            }
            if let Some(d) = c.dataset.and_then(|u| seed.dataset_index(&u)) {
                a.dataset = Some(d);
            }
        }
        a.votes += counts.get(&a.id).copied().unwrap_or(0);
    }
    Ok(Live {
        apps,
        seeded,
        voted,
    })
}

/// The lifecycle: submitted → under review → accepted | scheduled | rejected; accepted →
/// scheduled | published; scheduled → published.
pub fn can_move(from: ApplicationStatus, to: ApplicationStatus) -> bool {
    use ApplicationStatus::*;
    matches!(
        (from, to),
        (Submitted, UnderReview)
            | (UnderReview, Accepted | Scheduled | Rejected)
            | (Accepted, Scheduled | Published)
            | (Scheduled, Published)
    )
}
