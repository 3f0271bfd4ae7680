//! The application form: its drafts, the check before sending, the send and where it leads.

use super::fields::{CategoryField, RecipientFields};
use super::similar::{use_similar, Similar};
use super::validation::{description_required, required, server_error, title_error};
use super::{AGENCY, CATEGORY, DESCRIPTION, ORGANIZATION, TITLE, TO_AGENCY, TO_OTHER};
use crate::api::{applications, catalogue};
use crate::components::draft::use_draft;
use crate::components::form::{server_errors, validate_text};
use crate::components::{
    use_announcer, ErrorSummary, FormSend, SignInPrompt, SubmitRow, TextField,
};
use crate::i18n::*;
use crate::l10n::use_lang;
use crate::pages::href;
use crate::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use opendata_core::account::NewApplication;
use opendata_core::routes::Route;
use opendata_core::url::ListQuery;
use opendata_core::wire::ApplicationDetail;

#[component]
pub(super) fn ApplicationForm() -> impl IntoView {
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
    let expired = RwSignal::new(false);
    let form = FormSend::new(
        |body: &NewApplication| {
            let body = body.clone();
            async move { applications::create(&body).await }
        },
        {
            let navigate = navigate.clone();
            move |a: Option<ApplicationDetail>| {
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
            }
        },
        move |body, f| server_errors(f, |field, code| server_error(i18n, body, field, code)),
        move || session.ended(expired),
    );
    let errors = form.errors;

    let categories = LocalResource::new(catalogue::categories);
    let agencies = LocalResource::new(catalogue::agencies);

    let similar = use_similar(i18n, announcer, title);

    let submit = move || {
        let mut errs = Vec::new();
        let cat = category.get_untracked();
        if cat.is_empty() {
            errs.push(required(i18n, CATEGORY));
        }
        errs.extend(title_error(i18n, &title.get_untracked()));
        errs.extend(validate_text(
            i18n,
            DESCRIPTION,
            &description.get_untracked(),
            description_required,
        ));
        let (gov_agency, other) = match to.get_untracked().as_str() {
            TO_AGENCY if agency.get_untracked().is_empty() => {
                errs.push(required(i18n, AGENCY));
                (None, None)
            }
            TO_AGENCY => (Some(agency.get_untracked()), None),
            TO_OTHER if organization.get_untracked().trim().is_empty() => {
                errs.push(required(i18n, ORGANIZATION));
                (None, None)
            }
            TO_OTHER => (None, Some(organization.get_untracked().trim().to_string())),
            _ => {
                errs.push(required(i18n, "app-to-agency"));
                (None, None)
            }
        };
        // Built whole only when nothing is missing (then it is sent).
        let body = errs.is_empty().then(|| NewApplication {
            category: cat,
            title: title.get_untracked().trim().to_string(),
            description: description.get_untracked().trim().to_string(),
            lang: lang.get_untracked(),
            gov_agency,
            other_organization: other,
        });
        form.submit(errs, body);
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
            <CategoryField category=category categories=categories errors=errors />
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
            <RecipientFields
                to=to
                agency=agency
                organization=organization
                agencies=agencies
                errors=errors
            />
            <SubmitRow
                label=t_string!(i18n, new_application_send).to_string()
                busy=form.sending()
                error=form.failed
                on_retry=move |_| submit()
            />
        </form>
    }
}
