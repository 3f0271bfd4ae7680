//! The map library (Leaflet with marker clustering), loaded only when a map is first shown: it
//! ships as static files beside the app (`vendor/`), so the first visit never pays for it.
//! Bindings cover just what the map tab uses; every call that can throw is `catch`.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `L.Map`.
    pub type LMap;
    #[wasm_bindgen(catch, js_namespace = L, js_name = map)]
    pub fn map(el: &web_sys::HtmlElement, options: &JsValue) -> Result<LMap, JsValue>;
    #[wasm_bindgen(method, js_name = setView)]
    pub fn set_view(this: &LMap, center: &JsValue, zoom: f64);
    #[wasm_bindgen(catch, method, js_name = fitBounds)]
    pub fn fit_bounds(this: &LMap, bounds: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method)]
    pub fn remove(this: &LMap);

    /// Any `L.Layer` (tile layer, cluster group, marker).
    pub type Layer;
    #[wasm_bindgen(catch, js_namespace = L, js_name = tileLayer)]
    pub fn tile_layer(url: &str, options: &JsValue) -> Result<Layer, JsValue>;
    #[wasm_bindgen(catch, js_namespace = L, js_name = markerClusterGroup)]
    pub fn marker_cluster_group(options: &JsValue) -> Result<Layer, JsValue>;
    #[wasm_bindgen(catch, js_namespace = L, js_name = circleMarker)]
    pub fn circle_marker(latlng: &JsValue, options: &JsValue) -> Result<Layer, JsValue>;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to(this: &Layer, map: &LMap);
    #[wasm_bindgen(method, js_name = addLayers)]
    pub fn add_layers(this: &Layer, layers: &js_sys::Array);
    #[wasm_bindgen(method, js_name = bindPopup)]
    pub fn bind_popup(this: &Layer, content: &web_sys::HtmlElement);
    #[wasm_bindgen(method)]
    pub fn on(this: &Layer, event: &str, handler: &js_sys::Function);
}

thread_local! {
    /// The loading (or loaded) library, shared by every map.
    /// Global, not context: the `<script>` goes into the document once, whichever map asks first.
    static LOADED: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

fn vendor_url(file: &str) -> String {
    let dir = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_else(|| "/".into());
    let dir = dir.rfind('/').map(|i| dir[..=i].to_string()).unwrap_or(dir);
    format!("{dir}vendor/{file}")
}

/// Appends a `<script>` or stylesheet `<link>` and resolves when it has loaded.
fn load(tag: &str, file: &str) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            let _ = reject.call0(&JsValue::NULL);
            return;
        };
        let Ok(el) = doc.create_element(tag) else {
            let _ = reject.call0(&JsValue::NULL);
            return;
        };
        let url = vendor_url(file);
        let _ = if tag == "script" {
            el.set_attribute("src", &url)
        } else {
            let _ = el.set_attribute("rel", "stylesheet");
            el.set_attribute("href", &url)
        };
        let _ = el.add_event_listener_with_callback("load", &resolve);
        let _ = el.add_event_listener_with_callback("error", &reject);
        if let Some(head) = doc.head() {
            let _ = head.append_child(&el);
        }
    })
}

/// Loads Leaflet and the cluster plug-in once; later calls wait for the same load.
pub async fn ensure_loaded() -> Result<(), JsValue> {
    let promise = LOADED.with(|l| {
        l.borrow_mut()
            .get_or_insert_with(|| {
                let styles = js_sys::Promise::all(&js_sys::Array::of3(
                    &load("link", "leaflet.css"),
                    &load("link", "MarkerCluster.css"),
                    &load("link", "MarkerCluster.Default.css"),
                ));
                wasm_bindgen_futures::future_to_promise(async move {
                    // The plug-in needs `L`: load it after Leaflet itself.
                    JsFuture::from(load("script", "leaflet.js")).await?;
                    JsFuture::from(load("script", "leaflet.markercluster.js")).await?;
                    JsFuture::from(styles).await
                })
            })
            .clone()
    });
    let r = JsFuture::from(promise).await.map(|_| ());
    if r.is_err() {
        // Let a retry load again.
        LOADED.with(|l| *l.borrow_mut() = None);
    }
    r
}
