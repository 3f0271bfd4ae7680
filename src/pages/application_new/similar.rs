//! Similar applications under the name field: the lookup once the citizen pauses typing, its
//! announcement, and the list with "vote for this instead".

use crate::api::{applications, ApiError};
use crate::components::{Announcer, VoteButton};
use crate::i18n::*;
use crate::l10n::{applications_count, owned, status_label, use_lang, Tr};
use crate::pages::href;
use leptos::prelude::*;
use leptos_use::signal_debounced;
use opendata_core::routes::Route;

/// Shortest name worth looking up, and the pause after typing before it is.
const SIMILAR_MIN: usize = 3;
const TYPING_PAUSE_MS: f64 = 400.0;

/// The search for applications like the name in `title`, for the name as it was when the
/// citizen paused typing (`None`: too short to look up); a non-empty answer is announced.
pub(super) fn use_similar(
    i18n: I18nContext,
    announcer: Announcer,
    title: RwSignal<String>,
) -> LocalResource<Result<Option<opendata_core::wire::ApplicationSearchResponse>, ApiError>> {
    // The name as it was when the citizen paused typing: what the suggestions are for.
    let settled: Signal<String> = signal_debounced(title, TYPING_PAUSE_MS);
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
    similar
}

/// The suggestions under the name field.
#[component]
pub(super) fn Similar(
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
