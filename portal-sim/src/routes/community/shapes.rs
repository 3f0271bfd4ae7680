//! Seed records in the portal's wire shapes: dataset, category, application and app.

use crate::routes::ext::category_ref;
use crate::seed::community::{ApplicationSeed, ShowcaseAppSeed};
use crate::seed::{DatasetSeed, Seed};
use opendata_core::wire::{
    AgencyRef, ApplicationDetail, ApplicationSummary, DatasetRef, ShowcaseApp,
};

/// The agency facet value for applications addressed to other organisations.
pub const OTHER_AGENCY: &str = "other";

pub fn dataset_ref(ds: &DatasetSeed) -> DatasetRef {
    DatasetRef {
        api_uri: ds.api_uri.clone(),
        names: ds.names.clone(),
    }
}

pub fn application_summary(seed: &Seed, a: &ApplicationSeed) -> ApplicationSummary {
    ApplicationSummary {
        id: a.id,
        title: a.title.clone(),
        description: a.description.clone(),
        lang: a.lang,
        category: category_ref(seed, a.category),
        gov_agency: a.agency.map(|i| AgencyRef {
            id: seed.agencies[i].id.clone(),
            names: seed.agencies[i].names.clone(),
            kind: seed.agencies[i].kind,
        }),
        other_organization: a.other_organization.clone(),
        status: a.status,
        votes: a.votes,
        created_date: a.created_date.clone(),
        answered_date: a.answered_date().map(str::to_string),
        voted: false,
    }
}

pub fn application_detail(seed: &Seed, a: &ApplicationSeed) -> ApplicationDetail {
    ApplicationDetail {
        summary: application_summary(seed, a),
        history: a.history.clone(),
        answer: a.answer.clone(),
        dataset: a.dataset.map(|d| dataset_ref(&seed.datasets[d])),
    }
}

pub fn showcase_app(seed: &Seed, a: &ShowcaseAppSeed) -> ShowcaseApp {
    ShowcaseApp {
        id: a.id,
        names: a.names.clone(),
        descriptions: a.descriptions.clone(),
        category: category_ref(seed, a.category),
        platforms: a.platforms.clone(),
        author: a.author.clone(),
        links: a.links.clone(),
        datasets: a
            .datasets
            .iter()
            .map(|&d| dataset_ref(&seed.datasets[d]))
            .collect(),
        created_date: a.created_date.clone(),
    }
}
