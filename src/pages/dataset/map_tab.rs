//! The Map tab, for datasets with latitude/longitude columns: the rows the Data tab's filters
//! select, as clustered points with a popup per row. The tiles come from `config.json`; when
//! they cannot load the points still show on a blank background, and the Data tab is the
//! keyboard alternative (linked above the map).

use crate::api::{self, ApiError};
use crate::components::leaflet::{self, LMap};
use crate::components::Remote;
use crate::config;
use crate::i18n::*;
use crate::l10n::{owned, use_lang};
use crate::pages::href;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use opendata_core::dataview::{coordinate_fields, parse_coordinate, DataView, FieldInfo};
use opendata_core::format::format_int;
use opendata_core::routes::Route;
use opendata_core::source::Source;
use opendata_core::wire::{DatasetDetail, Meta};
use serde_json::{Map, Value};
use wasm_bindgen::JsCast;

/// At most this many rows are put on the map (clustered); the rest are in the Data tab.
const MAP_LIMIT: u64 = 5_000;

#[derive(Clone, Debug, PartialEq)]
struct Points {
    points: Vec<(f64, f64, Map<String, Value>)>,
    total: u64,
}

#[component]
pub fn MapTab(d: DatasetDetail, version: String, meta: Meta) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang().get_untracked();
    let loc = use_location();
    let fields = FieldInfo::from_meta(&meta);
    let Some((lat, lon)) = coordinate_fields(&fields) else {
        return view! { <p>{t_string!(i18n, map_no_coordinates)}</p> }.into_any();
    };
    let view = Memo::new(move |_| DataView::from_query(&loc.search.get()));
    let index = d.summary.api_uri.clone();
    // A few columns besides the coordinates, for the popups.
    let shown: Vec<String> = fields
        .iter()
        .filter(|f| f.name != lat && f.name != lon)
        .take(5)
        .map(|f| f.name.clone())
        .collect();
    let labels: Vec<(String, String)> = shown
        .iter()
        .map(|n| {
            let l = meta
                .fields
                .get(n)
                .and_then(|f| owned(f.label(lang)))
                .map(|(s, _)| s)
                .unwrap_or_else(|| n.clone());
            (n.clone(), l)
        })
        .collect();
    let points = {
        let (index, version, lat, lon) = (index.clone(), version.clone(), lat.clone(), lon.clone());
        let mut wanted = shown.clone();
        wanted.extend([lat.clone(), lon.clone()]);
        LocalResource::new(move || {
            let v = view.get();
            let (index, version, lat, lon) =
                (index.clone(), version.clone(), lat.clone(), lon.clone());
            let source = Source {
                size: Some(MAP_LIMIT),
                query: v.query(&fields),
                fields: Some(wanted.clone()),
                ..Default::default()
            };
            async move {
                let r = api::dataset::detailed(&index, &version, &source).await?;
                let points = r
                    .data
                    .into_iter()
                    .filter_map(|row| {
                        let y = parse_coordinate(row.get(&lat), 90.0)?;
                        let x = parse_coordinate(row.get(&lon), 180.0)?;
                        Some((y, x, row))
                    })
                    .collect();
                Ok::<_, ApiError>(Points {
                    points,
                    total: r.total_count,
                })
            }
        })
    };

    let container = NodeRef::<leptos::html::Div>::new();
    let map = StoredValue::new_local(None::<LMap>);
    let failed = RwSignal::new(false);
    let labels = StoredValue::new(labels);
    Effect::new(move |_| {
        let Some(Ok(p)) = points.get() else { return };
        let Some(el) = container.get() else { return };
        leptos::task::spawn_local(async move {
            let loaded = leaflet::ensure_loaded().await;
            // The citizen may have left the tab while the library loaded: its values are gone.
            if map.is_disposed() {
                return;
            }
            if loaded.is_err() {
                failed.set(true);
                return;
            }
            failed.set(false);
            map.update_value(|m| {
                if let Some(old) = m.take() {
                    old.remove();
                }
            });
            let el: web_sys::HtmlElement = el.unchecked_into();
            let drawn = labels.with_value(|l| draw(&el, &p, l));
            map.set_value(drawn);
        });
    });
    on_cleanup(move || {
        map.update_value(|m| {
            if let Some(old) = m.take() {
                old.remove();
            }
        })
    });

    let data_href = href(lang, &Route::data(&index, view.get_untracked()));
    view! {
        <p>
            <a href=data_href>{t_string!(i18n, map_table_alternative)}</a>
        </p>
        <Remote resource=points let:p>
            {
                let n = p.points.len() as u64;
                let shown = format_int(n, lang);
                let total = format_int(p.total, lang);

                view! {
                    <p class="map-summary">
                        {t_string!(i18n, map_points, count = n, n = shown.clone()).to_string()}
                        " · "
                        {t_string!(i18n, rows_count, count = p.total, n = total.clone())
                            .to_string()}
                    </p>
                    {(p.total > MAP_LIMIT)
                        .then(|| {
                            let n = format_int(MAP_LIMIT, lang);
                            view! {
                                <p class="hint">
                                    {t_string!(i18n, map_limit, n = n.clone()).to_string()}
                                </p>
                            }
                        })}
                }
                    .into_any()
            }
        </Remote>
        {move || {
            failed
                .get()
                .then(|| {
                    view! {
                        <p class="error-title" role="alert">
                            {t_string!(i18n, map_failed)}
                        </p>
                    }
                })
        }}
        <div
            class="map"
            node_ref=container
            role="region"
            aria-label=t_string!(i18n, tab_map).to_string()
        ></div>
    }
    .into_any()
}

/// Draws the points into `el`; `None` if the library refused (the page stays usable).
fn draw(el: &web_sys::HtmlElement, p: &Points, labels: &[(String, String)]) -> Option<LMap> {
    let map = leaflet::map(el, &js_sys::Object::new()).ok()?;
    // Astana, until the points are fitted.
    map.set_view(&js_sys::Array::of2(&51.13.into(), &71.43.into()), 5.0);
    let cfg = config::get();
    if !cfg.tile_url.is_empty() {
        let t = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &t,
            &"attribution".into(),
            &cfg.tile_attribution.as_str().into(),
        );
        let _ = js_sys::Reflect::set(&t, &"maxZoom".into(), &19.into());
        if let Ok(tiles) = leaflet::tile_layer(&cfg.tile_url, &t) {
            tiles.add_to(&map);
        }
    }
    let group = leaflet::marker_cluster_group(&js_sys::Object::new()).ok()?;
    let markers = js_sys::Array::new();
    let bounds = js_sys::Array::new();
    let style = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&style, &"radius".into(), &7.into());
    for (y, x, row) in &p.points {
        let at = js_sys::Array::of2(&(*y).into(), &(*x).into());
        if let Ok(m) = leaflet::circle_marker(&at, &style) {
            if let Some(popup) = popup(row, labels) {
                m.bind_popup(&popup);
            }
            markers.push(&m);
            bounds.push(&at);
        }
    }
    group.add_layers(&markers);
    group.add_to(&map);
    if bounds.length() > 0 {
        let _ = map.fit_bounds(&bounds);
    }
    Some(map)
}

/// A popup with the row's fields, built as DOM text (never HTML from the data).
fn popup(row: &Map<String, Value>, labels: &[(String, String)]) -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    let dl = doc.create_element("dl").ok()?;
    dl.set_class_name("map-popup");
    for (name, label) in labels {
        let dt = doc.create_element("dt").ok()?;
        dt.set_text_content(Some(label));
        let dd = doc.create_element("dd").ok()?;
        let text = match row.get(name) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(v) => v.to_string(),
        };
        dd.set_text_content(Some(&text));
        let _ = dl.append_child(&dt);
        let _ = dl.append_child(&dd);
    }
    dl.dyn_into().ok()
}
