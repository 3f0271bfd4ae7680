//! The decoders of the community extension's types.

use super::*;

#[derive(Deserialize)]
#[serde(rename = "DatasetRef", rename_all = "camelCase")]
pub struct DatasetRefDe {
    api_uri: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
}
impl From<DatasetRefDe> for DatasetRef {
    fn from(d: DatasetRefDe) -> Self {
        DatasetRef {
            api_uri: d.api_uri,
            names: names(d.name_kk, d.name_ru, d.name_en),
        }
    }
}

/// [`ApplicationSummary`]'s wire fields (it has no flattened parts itself) plus the detail's.
#[derive(Deserialize)]
#[serde(rename = "ApplicationDetail", rename_all = "camelCase")]
pub struct ApplicationDetailDe {
    id: u64,
    title: String,
    description: String,
    lang: Lang,
    category: CategoryRef,
    #[serde(default)]
    gov_agency: Option<AgencyRef>,
    #[serde(default)]
    other_organization: Option<String>,
    status: ApplicationStatus,
    votes: u64,
    created_date: String,
    #[serde(default)]
    answered_date: Option<String>,
    #[serde(default)]
    voted: bool,
    #[serde(default)]
    history: Vec<StatusChange>,
    #[serde(default)]
    answer: Option<AnswerTexts>,
    #[serde(default)]
    dataset: Option<DatasetRef>,
}
impl From<ApplicationDetailDe> for ApplicationDetail {
    fn from(d: ApplicationDetailDe) -> Self {
        ApplicationDetail {
            summary: ApplicationSummary {
                id: d.id,
                title: d.title,
                description: d.description,
                lang: d.lang,
                category: d.category,
                gov_agency: d.gov_agency,
                other_organization: d.other_organization,
                status: d.status,
                votes: d.votes,
                created_date: d.created_date,
                answered_date: d.answered_date,
                voted: d.voted,
            },
            history: d.history,
            answer: d.answer,
            dataset: d.dataset,
        }
    }
}

#[derive(Deserialize)]
#[serde(rename = "ShowcaseApp", rename_all = "camelCase")]
pub struct ShowcaseAppDe {
    id: u64,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
    description_kk: Option<String>,
    description_ru: Option<String>,
    description_en: Option<String>,
    category: CategoryRef,
    #[serde(default)]
    platforms: Vec<Platform>,
    author: String,
    #[serde(default)]
    links: Vec<AppLink>,
    #[serde(default)]
    datasets: Vec<DatasetRef>,
    created_date: String,
}
impl From<ShowcaseAppDe> for ShowcaseApp {
    fn from(d: ShowcaseAppDe) -> Self {
        ShowcaseApp {
            id: d.id,
            names: names(d.name_kk, d.name_ru, d.name_en),
            descriptions: descriptions(d.description_kk, d.description_ru, d.description_en),
            category: d.category,
            platforms: d.platforms,
            author: d.author,
            links: d.links,
            datasets: d.datasets,
            created_date: d.created_date,
        }
    }
}
