//! The datasheet ("passport") tab of the dataset page.

use crate::api::{self, ApiError};
use crate::components::{ErrorPanel, Loading, Remote};
use crate::i18n::*;
use crate::l10n::{date_view, downloads_count, owned, use_lang, views_count, Tr};
use crate::pages::apps::AppList;
use crate::pages::href;
use crate::session::use_session;
use leptos::prelude::*;
use opendata_core::routes::{DatasetQuery, Route};
use opendata_core::url::{encode, CatalogueQuery};
use opendata_core::wire::{ActualizeType, DatasetDetail, DatasetSummary, Meta, Responsible};
use opendata_core::Lang;

fn actualize_label(i18n: I18nContext, a: ActualizeType) -> String {
    match a {
        ActualizeType::Daily => t_string!(i18n, actualize_daily),
        ActualizeType::Weekly => t_string!(i18n, actualize_weekly),
        ActualizeType::Monthly => t_string!(i18n, actualize_monthly),
        ActualizeType::Quarterly => t_string!(i18n, actualize_quarterly),
        ActualizeType::HalfYear => t_string!(i18n, actualize_half_year),
        ActualizeType::Yearly => t_string!(i18n, actualize_yearly),
        ActualizeType::AsNeeded => t_string!(i18n, actualize_as_needed),
    }
    .to_string()
}

#[component]
pub fn Passport(
    /// The dataset.
    d: DatasetDetail,
    /// The version shown.
    version: String,
    /// That version's metadata (the field list).
    meta: Meta,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let s = d.summary.clone();
    let session = use_session();
    let service = crate::api::api_url(&format!(
        "/api/v4/{}/{}?apiKey=yourApiKey",
        encode(&s.api_uri),
        encode(&version)
    ));
    let meta_link = crate::api::api_url(&format!(
        "/meta/{}/{}?pretty",
        encode(&s.api_uri),
        encode(&version)
    ));
    // Agency, categories, update frequency, actuality and counters are the catalogue's; the
    // rest came with the metadata, so the datasheet shows before the catalogue is in.
    let entry = {
        let index = s.api_uri.clone();
        LocalResource::new(move || {
            let i = index.clone();
            async move { api::catalogue::dataset(&i).await }
        })
    };
    let keywords = {
        let from_meta = s.keywords.clone();
        move || {
            let (words, kw_lang) = match entry.get() {
                Some(Ok(e)) if !e.summary.keywords.pick(lang).0.is_empty() => {
                    let (w, l) = e.summary.keywords.pick(lang);
                    (w.join(", "), l)
                }
                _ => {
                    let (w, l) = from_meta.pick(lang);
                    (w.join(", "), l)
                }
            };
            let words = if words.is_empty() {
                "—".to_string()
            } else {
                words
            };
            view! { <dd lang=(kw_lang != lang).then_some(kw_lang.as_str())>{words}</dd> }
        }
    };
    let responsible = d.responsible.clone();

    view! {
        <p class="lead">
            <Tr value=owned(s.descriptions.pick(lang)) />
        </p>
        <h2>{t_string!(i18n, passport_heading)}</h2>
        <dl class="passport">
            {move || match entry.get() {
                Some(Ok(e)) => view! { <CatalogueFacts s=e.summary lang=lang /> }.into_any(),
                _ => ().into_any(),
            }} <dt>{t_string!(i18n, keywords)}</dt> {keywords}
            <dt>{t_string!(i18n, date_published)}</dt> <dd>{date_view(&s.created_date, lang)}</dd>
            <dt>{t_string!(i18n, date_updated)}</dt> <dd>{date_view(&s.modified_date, lang)}</dd>
            <dt>{t_string!(i18n, responsible_person)}</dt>
            <dd>{responsible.map(|r| view! { <ResponsibleView r=r lang=lang /> })}</dd>
            <dt>{t_string!(i18n, versions)}</dt> <dd>
                <ul class="inline-list">
                    {d
                        .versions
                        .iter()
                        .map(|v| {
                            let href = href(
                                lang,
                                &Route::Dataset {
                                    index: s.api_uri.clone(),
                                    tab: None,
                                    query: DatasetQuery::Version(v.version.clone()),
                                },
                            );
                            let current = (v.version == version).then_some("page");
                            view! {
                                <li>
                                    <a href=href class="version" aria-current=current>
                                        {v.version.clone()}
                                    </a>
                                    {(!v.created_date.is_empty())
                                        .then(|| {
                                            view! {
                                                " ("
                                                {date_view(&v.created_date, lang)}
                                                ")"
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </dd> <dt>{t_string!(i18n, service_link)}</dt> <dd>
                <code class="wrap">{service}</code>
            </dd> <dt>{t_string!(i18n, meta_link)}</dt> <dd>
                <a href=meta_link.clone() class="wrap">
                    {meta_link.clone()}
                </a>
            </dd>
        </dl>
        {move || match entry.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(_)) | Some(Err(ApiError::NotFound)) => ().into_any(),
            Some(Err(e)) => {
                // Not in the catalogue (published after its last harvest): the metadata's rows.
                view! { <ErrorPanel error=e on_retry=move |_| entry.refetch() /> }
                    .into_any()
            }
        }}
        <h2>{t_string!(i18n, fields_heading)}</h2>
        <FieldTable meta=meta.clone() lang=lang />
        // The showcase is the extension's: without it, no section that could only fail.
        {move || {
            session
                .has_extension()
                .then(|| view! { <UsedBy api_uri=s.api_uri.clone() lang=lang /> })
        }}
    }
}

/// The catalogue filtered as `q` says, on its first page.
fn catalogue_href(lang: Lang, q: CatalogueQuery) -> String {
    let q = CatalogueQuery { page: 1, ..q };
    href(lang, &Route::Catalogue(q))
}

/// The datasheet's rows that come from the catalogue: owner, categories, update frequency,
/// actuality, popularity.
#[component]
fn CatalogueFacts(s: DatasetSummary, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let agency_href = catalogue_href(
        lang,
        CatalogueQuery {
            agencies: vec![s.gov_agency.id.clone()],
            ..Default::default()
        },
    );
    view! {
        <dt>{t_string!(i18n, owner)}</dt>
        <dd>
            <a href=agency_href>
                <Tr value=owned(s.gov_agency.names.pick(lang)) />
            </a>
        </dd>
        <dt>{t_string!(i18n, categories_heading)}</dt>
        <dd>
            <ul class="inline-list">
                {s
                    .categories
                    .iter()
                    .map(|c| {
                        let href = catalogue_href(
                            lang,
                            CatalogueQuery {
                                categories: vec![c.id.clone()],
                                ..Default::default()
                            },
                        );
                        view! {
                            <li>
                                <a href=href>
                                    <Tr value=owned(c.names.pick(lang)) />
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </dd>
        <dt>{t_string!(i18n, update_frequency)}</dt>
        <dd>{actualize_label(i18n, s.actualize_type)}</dd>
        <dt>{t_string!(i18n, actuality)}</dt>
        <dd>
            {if s.actual {
                t_string!(i18n, actual_yes).to_string()
            } else {
                t_string!(i18n, actual_no).to_string()
            }}
        </dd>
        <dt>{t_string!(i18n, popularity)}</dt>
        <dd>{views_count(i18n, s.views)} ", " {downloads_count(i18n, s.downloads)}</dd>
    }
}

/// The apps built on this dataset (extension).
#[component]
fn UsedBy(api_uri: String, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let used_by = LocalResource::new(move || {
        let i = api_uri.clone();
        async move { api::showcase::for_dataset(&i).await }
    });
    view! {
        <h2>{t_string!(i18n, dataset_apps_heading)}</h2>
        <Remote resource=used_by let:apps>
            {if apps.is_empty() {
                view! { <p>{t_string!(i18n, dataset_no_apps)}</p> }.into_any()
            } else {
                view! { <AppList apps=apps lang=lang /> }.into_any()
            }}
        </Remote>
    }
}

/// The person responsible: name, phone and e-mail as links.
#[component]
fn ResponsibleView(r: Responsible, lang: Lang) -> impl IntoView {
    let phone = r.phone.clone().unwrap_or_default();
    let email = r.email.clone().unwrap_or_default();
    view! {
        <Tr value=owned(r.fullnames.pick(lang)) />
        {(!phone.is_empty())
            .then(|| {
                let tel: String = phone
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                view! {
                    <br />
                    <a href=format!("tel:{tel}")>{phone.clone()}</a>
                }
            })}
        {(!email.is_empty())
            .then(|| {
                view! {
                    <br />
                    <a href=format!("mailto:{email}")>{email.clone()}</a>
                }
            })}
    }
}

#[component]
fn FieldTable(meta: Meta, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-frame" tabindex="0" role="region" aria-labelledby="fields-caption">
            <table class="fields">
                <caption id="fields-caption" class="visually-hidden">
                    {t_string!(i18n, fields_heading)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t_string!(i18n, field_name)}</th>
                        <th scope="col">{t_string!(i18n, field_label)}</th>
                        <th scope="col">{t_string!(i18n, field_type)}</th>
                        <th scope="col">{t_string!(i18n, field_key)}</th>
                    </tr>
                </thead>
                <tbody>
                    {meta
                        .fields
                        .0
                        .into_iter()
                        .map(|(name, f)| {
                            view! {
                                <tr>
                                    <th scope="row">
                                        <code>{name}</code>
                                    </th>
                                    <td>
                                        <Tr value=owned(f.label(lang)) />
                                    </td>
                                    <td>{f.kind.clone()}</td>
                                    <td>
                                        {if f.pk {
                                            t_string!(i18n, yes).to_string()
                                        } else {
                                            String::new()
                                        }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
