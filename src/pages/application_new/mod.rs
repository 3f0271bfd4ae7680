//! `/{lang}/applications/new`: asking for a dataset that is not on the portal. While the
//! citizen types the name, similar applications appear with "vote for this instead", which is
//! how duplicates are avoided. GOV.UK validation; every field is kept as a draft until sent.

mod fields;
mod form;
mod similar;
mod validation;

use crate::components::SignInPrompt;
use crate::i18n::*;
use crate::l10n::{use_lang, use_title};
use crate::pages::href;
use crate::session::{use_session, SessionState};
use form::ApplicationForm;
use leptos::prelude::*;
use opendata_core::routes::Route;

const CATEGORY: &str = "app-category";
const TITLE: &str = "app-title";
const DESCRIPTION: &str = "app-description";
const AGENCY: &str = "app-agency";
const ORGANIZATION: &str = "app-organization";
/// Who is asked: an agency of the catalogue, or another organisation.
const TO_AGENCY: &str = "agency";
const TO_OTHER: &str = "other";

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
