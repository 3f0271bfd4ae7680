//! `/{lang}/applications/new`: asking for a dataset that is not on the portal. While the
//! citizen types the name, similar applications appear with "vote for this instead", which is
//! how duplicates are avoided. GOV.UK validation; every field is kept as a draft until sent.

use crate::api::{applications, catalogue, ApiError};
use crate::components::draft::use_draft;
use crate::components::form::{server_errors, text_error, validate_text};
use crate::components::{
    use_announcer, ErrorSummary, FieldError, FormError, Remote, SignInPrompt, VoteButton,
};
use crate::components::{FormSend, SubmitRow, TextField};
use crate::i18n::*;
use crate::l10n::{applications_count, owned, status_label, use_lang, use_title, Tr};
use crate::pages::href;
use crate::session::{use_session, SessionState};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use opendata_core::account::{too_long, FieldCode, NewApplication, MAX_TITLE};
use opendata_core::routes::Route;
use opendata_core::url::ListQuery;
use std::time::Duration;

const CATEGORY: &str = "app-category";
const TITLE: &str = "app-title";
const DESCRIPTION: &str = "app-description";
const AGENCY: &str = "app-agency";
const ORGANIZATION: &str = "app-organization";
/// Who is asked: an agency of the catalogue, or another organisation.
const TO_AGENCY: &str = "agency";
const TO_OTHER: &str = "other";
/// Shortest name worth looking up, and the pause after typing before it is.
const SIMILAR_MIN: usize = 3;
const TYPING_PAUSE: Duration = Duration::from_millis(400);

#[component]
pub fn NewApplicationPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let session = use_session();
    use_title(move || t_string!(i18n, new_application_title).to_string());
    view! {
        <article class="application-new">
            <p class="breadcrumb">
                <a href=move || {
                    href(lang.get(), &Route::applications())
                }>{t_string!(i18n, all_applications_link)}</a>
            </p>
            <h1>{t_string!(i18n, new_application_title)}</h1>
            <p class="lead">{t_string!(i18n, new_application_lead)}</p>
            {move || match session.get() {
                SessionState::SignedIn(_) => view! { <ApplicationForm /> }.into_any(),
                SessionState::Loading => ().into_any(),
                _ => {
                    view! {
                        <SignInPrompt
                            message=t_string!(i18n, new_application_sign_in).to_string()
                            expired=Signal::derive(|| false)
                        />
                    }
                        .into_any()
                }
            }}
        </article>
    }
}

#[component]
fn ApplicationForm() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let session = use_session();
    let announcer = use_announcer();
    let navigate = use_navigate();
    let category = use_draft("application.category".into());
    let title = use_draft("application.title".into());
    let description = use_draft("application.description".into());
    let to = use_draft("application.to".into());
    let agency = use_draft("application.agency".into());
    let organization = use_draft("application.organization".into());
    let form = FormSend::new();
    let errors = form.errors;
    let expired = RwSignal::new(false);

    let categories = LocalResource::new(catalogue::categories);
    let agencies = LocalResource::new(catalogue::agencies);

    // The name as it was when the citizen paused typing: what the suggestions are for.
    let settled = RwSignal::new(title.get_untracked());
    let typing = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let t = title.get();
        if let Some(h) = typing.get_value() {
            h.clear();
        }
        typing.set_value(set_timeout_with_handle(move || settled.set(t), TYPING_PAUSE).ok());
    });
    let similar = LocalResource::new(move || {
        let t = settled.get().trim().to_string();
        async move {
            if t.chars().count() < SIMILAR_MIN {
                Ok(None)
            } else {
                applications::similar(&t).await.map(Some)
            }
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(Some(r))) = similar.get() {
            if r.total_count > 0 {
                announcer.announce(format!(
                    "{}: {}",
                    t_string!(i18n, similar_applications),
                    applications_count(i18n, r.total_count)
                ));
            }
        }
    });

    let required = move |field: &'static str| FormError {
        field,
        message: match field {
            CATEGORY => t_string!(i18n, app_category_required),
            TITLE => t_string!(i18n, app_title_required),
            AGENCY => t_string!(i18n, app_agency_required),
            ORGANIZATION => t_string!(i18n, app_organization_required),
            _ => t_string!(i18n, app_to_required),
        }
        .to_string(),
    };
    let title_error = move |t: &str| -> Option<FormError> {
        if t.trim().is_empty() {
            Some(required(TITLE))
        } else if too_long(t.trim(), MAX_TITLE) {
            Some(FormError {
                field: TITLE,
                message: t_string!(i18n, app_title_too_long, max = MAX_TITLE.to_string())
                    .to_string(),
            })
        } else {
            None
        }
    };
    let description_required = |i: I18nContext| t_string!(i, app_description_required).to_string();
    let submit = move || {
        let mut errs = Vec::new();
        let cat = category.get_untracked();
        if cat.is_empty() {
            errs.push(required(CATEGORY));
        }
        errs.extend(title_error(&title.get_untracked()));
        errs.extend(validate_text(
            i18n,
            DESCRIPTION,
            &description.get_untracked(),
            description_required,
        ));
        let (gov_agency, other) = match to.get_untracked().as_str() {
            TO_AGENCY if agency.get_untracked().is_empty() => {
                errs.push(required(AGENCY));
                (None, None)
            }
            TO_AGENCY => (Some(agency.get_untracked()), None),
            TO_OTHER if organization.get_untracked().trim().is_empty() => {
                errs.push(required(ORGANIZATION));
                (None, None)
            }
            TO_OTHER => (None, Some(organization.get_untracked().trim().to_string())),
            _ => {
                errs.push(required("app-to-agency"));
                (None, None)
            }
        };
        if !form.begin(errs) {
            return;
        }
        let body = NewApplication {
            category: cat,
            title: title.get_untracked().trim().to_string(),
            description: description.get_untracked().trim().to_string(),
            lang: lang.get_untracked(),
            gov_agency,
            other_organization: other,
        };
        let navigate = navigate.clone();
        let sent = body.clone();
        form.send(
            async move { applications::create(&sent).await },
            move |a| {
                for d in [category, title, description, to, agency, organization] {
                    d.set(String::new());
                }
                announcer.announce(t_string!(i18n, new_application_sent).to_string());
                // Filed, but the answer was unreadable: the newest applications, theirs first.
                let to_page = match a {
                    Some(a) => Route::Application(a.summary.id),
                    None => Route::Applications(ListQuery {
                        sort: Some("newest"),
                        ..Default::default()
                    }),
                };
                navigate(
                    &href(lang.get_untracked(), &to_page),
                    crate::pages::nav(false, true),
                );
            },
            move |f| {
                server_errors(f, |field, code| match field {
                    "category" => Some(required(CATEGORY)),
                    "title" => title_error(&body.title).or(Some(required(TITLE))),
                    "description" => Some(text_error(
                        i18n,
                        DESCRIPTION,
                        code,
                        &body.description,
                        description_required,
                    )),
                    "govAgency" if body.gov_agency.is_some() => Some(required(AGENCY)),
                    "govAgency" => Some(required("app-to-agency")),
                    "otherOrganization" => Some(FormError {
                        field: ORGANIZATION,
                        message: if code == Some(FieldCode::TooLong) {
                            t_string!(i18n, app_title_too_long, max = MAX_TITLE.to_string())
                                .to_string()
                        } else {
                            required(ORGANIZATION).message
                        },
                    }),
                    _ => None,
                })
            },
            move || {
                session.ended(expired);
            },
        );
    };
    let submit2 = submit.clone();
    let invalid = move |f: &'static str| move || errors.with(|e| e.iter().any(|x| x.field == f));
    let described = move |f: &'static str, hint: bool| {
        move || {
            let mut ids = Vec::new();
            if hint {
                ids.push(format!("{f}-hint"));
            }
            if invalid(f)() {
                ids.push(format!("{f}-error"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        {move || {
            expired
                .get()
                .then(|| {
                    view! {
                        <SignInPrompt
                            message=t_string!(i18n, new_application_sign_in).to_string()
                            expired=expired
                        />
                    }
                })
        }}
        <form
            class="stacked-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            <ErrorSummary errors=errors attempt=form.attempt />
            <div class="field" class:field-invalid=invalid(CATEGORY)>
                <label for=CATEGORY>{t_string!(i18n, app_category_label)}</label>
                <FieldError field=CATEGORY errors=errors />
                <Remote resource=categories let:cats>
                    <select
                        id=CATEGORY
                        aria-describedby=described(CATEGORY, false)
                        aria-invalid=move || invalid(CATEGORY)().then_some("true")
                        on:change=move |ev| category.set(event_target_value(&ev))
                    >
                        <option value="" selected=category.get_untracked().is_empty()>
                            {t_string!(i18n, app_choose)}
                        </option>
                        {cats
                            .into_iter()
                            .map(|c| {
                                let name = c
                                    .names
                                    .pick(lang.get_untracked())
                                    .map(|(s, _)| s.to_string())
                                    .unwrap_or_else(|| c.id.clone());
                                let selected = category.get_untracked() == c.id;
                                view! {
                                    <option value=c.id selected=selected>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </Remote>
            </div>
            <TextField
                id=TITLE
                label=t_string!(i18n, app_title_label).to_string()
                hint=t_string!(i18n, app_title_hint).to_string()
                value=title
                errors=errors
            />
            <Similar similar=similar />
            <TextField
                id=DESCRIPTION
                label=t_string!(i18n, app_description_label).to_string()
                hint=t_string!(i18n, app_description_hint).to_string()
                value=description
                errors=errors
                rows=5
            />
            <div class="field" class:field-invalid=invalid("app-to-agency")>
                <fieldset aria-describedby=described("app-to-agency", false)>
                    <legend>{t_string!(i18n, app_to_legend)}</legend>
                    <FieldError field="app-to-agency" errors=errors />
                    <div class="choice">
                        <input
                            type="radio"
                            id="app-to-agency"
                            name="to"
                            prop:checked=move || to.get() == TO_AGENCY
                            on:change=move |_| to.set(TO_AGENCY.into())
                        />
                        <label for="app-to-agency">{t_string!(i18n, app_to_agency)}</label>
                    </div>
                    <div class="choice">
                        <input
                            type="radio"
                            id="app-to-other"
                            name="to"
                            prop:checked=move || to.get() == TO_OTHER
                            on:change=move |_| to.set(TO_OTHER.into())
                        />
                        <label for="app-to-other">{t_string!(i18n, app_to_organization)}</label>
                    </div>
                </fieldset>
            </div>
            <div
                class="field"
                class:field-invalid=invalid(AGENCY)
                hidden=move || to.get() != TO_AGENCY
            >
                <label for=AGENCY>{t_string!(i18n, app_agency_label)}</label>
                <FieldError field=AGENCY errors=errors />
                <Remote resource=agencies let:list>
                    <select
                        id=AGENCY
                        aria-describedby=described(AGENCY, false)
                        aria-invalid=move || invalid(AGENCY)().then_some("true")
                        on:change=move |ev| agency.set(event_target_value(&ev))
                    >
                        <option value="" selected=agency.get_untracked().is_empty()>
                            {t_string!(i18n, app_choose)}
                        </option>
                        {list
                            .into_iter()
                            .map(|a| {
                                let l = lang.get_untracked();
                                let name = a
                                    .fullnames
                                    .pick(l)
                                    .or_else(|| a.names.pick(l))
                                    .map(|(s, _)| s.to_string())
                                    .unwrap_or_else(|| a.id.clone());
                                let selected = agency.get_untracked() == a.id;
                                view! {
                                    <option value=a.id selected=selected>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </Remote>
            </div>
            <div
                class="field"
                class:field-invalid=invalid(ORGANIZATION)
                hidden=move || to.get() != TO_OTHER
            >
                <label for=ORGANIZATION>{t_string!(i18n, app_organization_label)}</label>
                <FieldError field=ORGANIZATION errors=errors />
                <input
                    type="text"
                    id=ORGANIZATION
                    aria-describedby=described(ORGANIZATION, false)
                    aria-invalid=move || invalid(ORGANIZATION)().then_some("true")
                    prop:value=move || organization.get()
                    on:input=move |ev| organization.set(event_target_value(&ev))
                />
            </div>
            <SubmitRow
                label=t_string!(i18n, new_application_send).to_string()
                busy=form.sending
                error=form.failed
                on_retry=move |_| submit2()
            />
        </form>
    }
}

/// The suggestions under the name field.
#[component]
fn Similar(
    /// The search for the name as typed (`None`: too short to look up).
    similar: LocalResource<
        Result<Option<opendata_core::wire::ApplicationSearchResponse>, ApiError>,
    >,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    move || match similar.get() {
        Some(Ok(Some(r))) if !r.applications.is_empty() => {
            let l = lang.get_untracked();
            view! {
                <section class="similar" aria-labelledby="similar-heading">
                    <h2 id="similar-heading">{t_string!(i18n, similar_applications)}</h2>
                    <p>{t_string!(i18n, similar_applications_hint)}</p>
                    <ul class="dataset-list">
                        {r
                            .applications
                            .into_iter()
                            .map(|a| {
                                view! {
                                    <li class="dataset-card">
                                        <h3 id=format!("vote-title-{}", a.id)>
                                            <a href=href(l, &Route::Application(a.id))>
                                                <Tr value=Some((a.title.clone(), a.lang)) />
                                            </a>
                                        </h3>
                                        <p class="meta">
                                            <span class=format!(
                                                "status status-{}",
                                                a.status.as_str().to_lowercase(),
                                            )>{status_label(i18n, a.status)}</span>
                                            " · "
                                            <Tr value=owned(a.category.names.pick(l)) />
                                        </p>
                                        <VoteButton
                                            id=a.id
                                            votes=a.votes
                                            voted=a.voted
                                            status=a.status
                                            in_list=true
                                            instead=true
                                        />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
            .into_any()
        }
        // A failed suggestion lookup must not block filing: say it quietly, offer to look again.
        Some(Err(e)) if e != ApiError::Aborted => view! {
            <p class="hint">
                {t_string!(i18n, similar_unavailable)} " "
                <button type="button" class="link-button" on:click=move |_| similar.refetch()>
                    {t_string!(i18n, retry)}
                </button>
            </p>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
