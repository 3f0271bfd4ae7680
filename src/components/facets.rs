//! A facet as a group of checkboxes with counts. Selected values stay listed (greyed) when
//! their count drops to zero, so the user can always undo a choice. Rows are keyed, so the
//! checkbox the user just toggled survives the new results and keeps keyboard focus.
//! `FilterPanel` holds a list page's facets: a column on a wide screen, a drawer on a phone.

use crate::api::ApiError;
use crate::i18n::*;
use crate::l10n::{use_lang, Tr};
use crate::routing::href;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use opendata_core::format::format_int;
use opendata_core::routes::Route;
use opendata_core::url::ListQuery;
use opendata_core::Lang;

/// One value of a facet, already named for the UI.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetOption {
    pub id: String,
    /// The name and the language it is in (`None`: no name known).
    pub label: Option<(String, Lang)>,
    pub count: u64,
}

#[component]
pub fn FacetGroup(
    /// The group's visible name.
    #[prop(into)]
    legend: Signal<String>,
    /// Prefix for the checkbox ids (unique per page).
    id_prefix: &'static str,
    /// The values with their counts.
    #[prop(into)]
    options: Signal<Vec<FacetOption>>,
    /// The selected ids.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// Called with the id of a value the user checked or unchecked.
    on_toggle: Callback<String>,
    /// The UI language (for grouping digits).
    lang: Lang,
) -> impl IntoView {
    let shown = move || {
        let sel = selected.get();
        options
            .get()
            .into_iter()
            .filter(|v| v.count > 0 || sel.contains(&v.id))
            .collect::<Vec<_>>()
    };
    let any = move || !shown().is_empty();
    view! {
        <Show when=any>
            <fieldset class="facet">
                <legend>{move || legend.get()}</legend>
                <ul>
                    <For
                        each=shown
                        key=|o| (o.id.clone(), o.count, o.label.clone())
                        children=move |o: FacetOption| {
                            let id = format!("{id_prefix}-{}", o.id);
                            let value = o.id.clone();
                            let value2 = o.id.clone();
                            let checked = move || selected.with(|s| s.contains(&value2));
                            view! {
                                <li class:zero=o.count == 0>
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=checked
                                        on:change=move |_| on_toggle.run(value.clone())
                                    />
                                    <label for=id>
                                        <Tr value=o.label.clone() />
                                        " "
                                        <span class="count">
                                            "(" {format_int(o.count, lang)} ")"
                                        </span>
                                    </label>
                                </li>
                            }
                        }
                    />
                </ul>
            </fieldset>
        </Show>
    }
}

/// A list page's filters (catalogue, applications, apps): a column beside the results on a wide
/// screen; below 48rem (style/main.css) a drawer behind a "Filters (n)" button, closed by
/// "Show N results" or Esc, with focus moved to its heading and back to the button. Put it first
/// in `.catalogue-layout`.
#[component]
pub fn FilterPanel(
    /// How many filter values are chosen (shown on the button).
    #[prop(into)]
    selected: Signal<usize>,
    /// The number of results, for the close button (`None` while loading).
    #[prop(into)]
    total: Signal<Option<u64>>,
    /// The facet groups.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let open = RwSignal::new(false);
    let toggle_button = NodeRef::<leptos::html::Button>::new();
    let heading = NodeRef::<leptos::html::H2>::new();
    let close = move || {
        open.set(false);
        if let Some(b) = toggle_button.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <button
            type="button"
            class="button secondary filters-toggle"
            node_ref=toggle_button
            aria-expanded=move || open.get().to_string()
            aria-controls="facet-panel"
            on:click=move |_| {
                open.set(true);
                request_animation_frame(move || {
                    if let Some(h) = heading.get_untracked() {
                        let _ = h.focus();
                    }
                });
            }
        >
            {move || {
                let n = selected.get();
                if n == 0 {
                    t_string!(i18n, filters_heading).to_string()
                } else {
                    t_string!(i18n, filters_with_count, n = n.to_string()).to_string()
                }
            }}
        </button>
        <aside
            id="facet-panel"
            class="facets"
            class:open=move || open.get()
            aria-labelledby="filters-heading"
            on:keydown=move |ev| {
                if ev.key() == "Escape" && open.get_untracked() {
                    close();
                }
            }
        >
            <h2 id="filters-heading" tabindex="-1" node_ref=heading>
                {t_string!(i18n, filters_heading)}
            </h2>
            {children()}
            <button type="button" class="button drawer-close" on:click=move |_| close()>
                {move || match total.get() {
                    Some(n) => {
                        let s = format_int(n, lang.get());
                        t_string!(i18n, show_results, count = n, n = s.clone()).to_string()
                    }
                    None => t_string!(i18n, loading).to_string(),
                }}
            </button>
        </aside>
    }
}

/// A filtered list page's URL state (applications, apps): the query read from the URL, going to
/// another (a new history entry, scroll kept), toggling one facet value, and how many values are
/// chosen (for the filter panel's button).
#[derive(Clone, Copy)]
pub struct ListState {
    pub query: Memo<ListQuery>,
    go: Callback<ListQuery>,
    pub selected: Signal<usize>,
}

impl ListState {
    /// The state of the list whose page is `route` (`Route::Apps`…) with these filter keys and
    /// sorts.
    pub fn new(
        route: fn(ListQuery) -> Route,
        filters: &'static [&'static str],
        sorts: &'static [&'static str],
    ) -> ListState {
        let lang = use_lang();
        let loc = use_location();
        let query = Memo::new(move |_| ListQuery::from_query(&loc.search.get(), filters, sorts));
        let navigate = use_navigate();
        let go = Callback::new(move |q: ListQuery| {
            navigate(
                &href(lang.get_untracked(), &route(q)),
                crate::routing::nav(false, true),
            )
        });
        let selected = Signal::derive(move || {
            query.with(|q| filters.iter().map(|f| q.values(f).len()).sum::<usize>())
        });
        ListState {
            query,
            go,
            selected,
        }
    }
    pub fn go(&self, q: ListQuery) {
        self.go.run(q);
    }
    /// Adds or removes one value of the facet `key`.
    pub fn toggle(&self, key: &'static str) -> Callback<String> {
        let (query, go) = (self.query, self.go);
        Callback::new(move |id: String| go.run(query.get_untracked().toggled(key, &id)))
    }
}

/// The number of results once loaded, for the filter panel's "Show N results".
pub fn total_of<T: Clone + Send + Sync + 'static>(
    results: LocalResource<Result<T, ApiError>>,
    count: fn(&T) -> u64,
) -> Signal<Option<u64>> {
    Signal::derive(move || match results.get() {
        Some(Ok(r)) => Some(count(&r)),
        _ => None,
    })
}
