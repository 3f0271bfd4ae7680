//! Glue between the generated i18n module and the app: language conversion, names with
//! visible fallback, error messages, counts with plural forms, document title.

use crate::api::ApiError;
use crate::i18n::*;
use leptos::prelude::*;
use opendata_core::format::format_int;
use opendata_core::text::highlight;
pub use opendata_core::url::safe_href;
use opendata_core::wire::{ApplicationStatus, Platform};
use opendata_core::Lang;

/// The UI language, reactive.
pub fn use_lang() -> Signal<Lang> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.lang())
}

/// "in Russian" etc. in the UI language, for marking a fallback translation.
pub fn lang_in(i18n: I18nContext, l: Lang) -> String {
    match l {
        Lang::Kk => t_string!(i18n, lang_in_kk).to_string(),
        Lang::Ru => t_string!(i18n, lang_in_ru).to_string(),
        Lang::En => t_string!(i18n, lang_in_en).to_string(),
    }
}

/// Text from the API in the UI language. When only another language has it, the text carries
/// that language's `lang` attribute and a visible note, never an empty cell.
#[component]
pub fn Tr(
    /// The text and the language it is in (from `Names::pick` and friends).
    value: Option<(String, Lang)>,
    /// Words to highlight (the search's matched words), case-insensitively.
    #[prop(optional)]
    marks: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ui = i18n.lang_untracked();
    let marked = move |text: String| -> AnyView {
        if marks.is_empty() {
            return text.into_any();
        }
        highlight(&text, &marks)
            .into_iter()
            .map(|(s, m)| {
                if m {
                    view! { <mark>{s}</mark> }.into_any()
                } else {
                    s.into_any()
                }
            })
            .collect_view()
            .into_any()
    };
    match value {
        Some((text, l)) if l == ui => marked(text),
        Some((text, l)) => view! {
            <span lang=l.as_str()>{marked(text)}</span>
            " "
            <small class="fallback-note">
                {t_string!(i18n, fallback_note, lang = lang_in(i18n, l)).to_string()}
            </small>
        }
        .into_any(),
        None => "—".into_any(),
    }
}

/// A portal date (`2024-03-05T10:20:00`) as `<time>` in the UI language, or a dash.
pub fn date_view(s: &str, lang: Lang) -> AnyView {
    match opendata_core::format::Date::parse(s) {
        Some(d) => view! { <time datetime=d.iso()>{d.format(lang)}</time> }.into_any(),
        None => "—".into_any(),
    }
}

/// Owned `pick` result, for passing into views.
pub fn owned(v: Option<(&str, Lang)>) -> Option<(String, Lang)> {
    v.map(|(s, l)| (s.to_string(), l))
}

/// The localized sentence for a failed request.
pub fn error_message(i18n: I18nContext, e: &ApiError) -> String {
    match e {
        ApiError::Offline => t_string!(i18n, error_offline).to_string(),
        ApiError::Timeout => t_string!(i18n, error_timeout).to_string(),
        ApiError::NotFound => t_string!(i18n, error_not_found).to_string(),
        ApiError::RateLimited => t_string!(i18n, error_rate_limited).to_string(),
        ApiError::BadRequest(m) => {
            t_string!(i18n, error_bad_request, message = m.clone()).to_string()
        }
        ApiError::Http(s) => t_string!(i18n, error_server, status = *s).to_string(),
        ApiError::Decode(_) => t_string!(i18n, error_decode).to_string(),
        // Superseded requests are never shown; a newer answer is on its way.
        ApiError::Aborted => t_string!(i18n, loading).to_string(),
        ApiError::Unauthorized => t_string!(i18n, error_unauthorized).to_string(),
        ApiError::Forbidden => t_string!(i18n, error_forbidden).to_string(),
        ApiError::Conflict(_) => t_string!(i18n, error_conflict).to_string(),
        ApiError::Invalid(_) => t_string!(i18n, error_invalid).to_string(),
        ApiError::Outdated => t_string!(i18n, error_outdated).to_string(),
    }
}

/// "1 234 наборов данных": the count grouped for the language, with its plural form.
pub fn datasets_count(i18n: I18nContext, n: u64) -> String {
    let s = format_int(n, i18n.lang());
    t_string!(i18n, datasets_count, count = n, n = s.clone()).to_string()
}

pub fn views_count(i18n: I18nContext, n: u64) -> String {
    let s = format_int(n, i18n.lang());
    t_string!(i18n, views_count, count = n, n = s.clone()).to_string()
}

pub fn downloads_count(i18n: I18nContext, n: u64) -> String {
    let s = format_int(n, i18n.lang());
    t_string!(i18n, downloads_count, count = n, n = s.clone()).to_string()
}

pub fn applications_count(i18n: I18nContext, n: u64) -> String {
    let s = format_int(n, i18n.lang());
    t_string!(i18n, applications_count, count = n, n = s.clone()).to_string()
}

pub fn apps_count(i18n: I18nContext, n: u64) -> String {
    let s = format_int(n, i18n.lang());
    t_string!(i18n, apps_count, count = n, n = s.clone()).to_string()
}

pub fn votes_count(i18n: I18nContext, n: u64) -> String {
    let s = format_int(n, i18n.lang());
    t_string!(i18n, votes_count, count = n, n = s.clone()).to_string()
}

pub fn status_label(i18n: I18nContext, s: ApplicationStatus) -> String {
    match s {
        ApplicationStatus::Submitted => t_string!(i18n, status_submitted),
        ApplicationStatus::UnderReview => t_string!(i18n, status_under_review),
        ApplicationStatus::Accepted => t_string!(i18n, status_accepted),
        ApplicationStatus::Scheduled => t_string!(i18n, status_scheduled),
        ApplicationStatus::Published => t_string!(i18n, status_published),
        ApplicationStatus::Rejected => t_string!(i18n, status_rejected),
    }
    .to_string()
}

pub fn platform_label(i18n: I18nContext, p: Platform) -> String {
    match p {
        Platform::Web => t_string!(i18n, platform_web),
        Platform::Android => t_string!(i18n, platform_android),
        Platform::Ios => t_string!(i18n, platform_ios),
    }
    .to_string()
}

/// "Datasets: school (page 2 of 14)": a list page's title from its name, the search text and
/// the paging (the page part only once there is more than one page).
pub fn list_title(
    i18n: I18nContext,
    name: &str,
    text: &str,
    page: u32,
    pages: Option<u32>,
) -> String {
    let mut t = name.to_string();
    if !text.trim().is_empty() {
        t = format!("{t}: {}", text.trim());
    }
    if let Some(n) = pages.filter(|n| *n > 1) {
        let p = t_string!(
            i18n,
            page_of,
            page = page.to_string(),
            total = n.to_string()
        );
        t = format!("{t} ({p})");
    }
    t
}

/// How many error summaries are showing (`components::form`); [`use_title`] prefixes "Error:"
/// while any is.
#[derive(Clone, Copy)]
pub struct ErrorTitle(pub RwSignal<u32>);

/// Keeps `document.title` as "{page} — {portal}" while the calling page is mounted.
pub fn use_title(page: impl Fn() -> String + Send + Sync + 'static) {
    let i18n = use_i18n();
    let errors = use_context::<ErrorTitle>();
    Effect::new(move |_| {
        let mut title = format!("{} — {}", page(), t_string!(i18n, title_suffix));
        // GOV.UK pattern: a form showing errors says so first in the title.
        if errors.is_some_and(|e| e.0.get() > 0) {
            title = format!("{} {title}", t_string!(i18n, form_error_title_prefix));
        }
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(&title);
        }
    });
}
