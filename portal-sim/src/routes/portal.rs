//! The endpoints that exist on data.egov.kz, with their paths and shapes kept
//! (research notes §2): `/api/v4`, `/api/detailed`, `/api/v4/mapping`, `/meta`,
//! `/datasets/exportjson`.

use super::{error, json, QueryPairs, St};
use crate::dsl::{self, Table};
use crate::seed::rows::Row;
use crate::seed::DatasetSeed;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use opendata_core::source::Source;
use opendata_core::wire::{FullNames, Meta, OrderedMap};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::collections::BTreeMap;

/// `exportjson` default and maximum `count`.
pub const EXPORT_DEFAULT_COUNT: u64 = 100;
pub const EXPORT_MAX_COUNT: u64 = 10_000;

/// A generated record as a JSON object, fields in column order, optionally with `_id`/`_index`.
pub(super) struct Record<'a> {
    pub row: &'a Row,
    pub meta: Option<(String, &'a str)>,
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let extra = if self.meta.is_some() { 2 } else { 0 };
        let mut m = s.serialize_map(Some(self.row.len() + extra))?;
        if let Some((id, index)) = &self.meta {
            m.serialize_entry("_id", id)?;
            m.serialize_entry("_index", index)?;
        }
        for (k, v) in self.row {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Detailed<'a> {
    total_count: u64,
    data: Vec<Record<'a>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `/api/v4`: key required, bare array.
    V4,
    /// `/api/detailed`: key optional, `{totalCount, data}` with `_id`/`_index`.
    Detailed,
}

pub async fn v4(st: State<St>, Path(index): Path<String>, q: RawQuery) -> Response {
    data(st, index, None, q, Mode::V4).await
}

pub async fn v4_version(
    st: State<St>,
    Path((index, version)): Path<(String, String)>,
    q: RawQuery,
) -> Response {
    data(st, index, Some(version), q, Mode::V4).await
}

pub async fn detailed(st: State<St>, Path(index): Path<String>, q: RawQuery) -> Response {
    data(st, index, None, q, Mode::Detailed).await
}

pub async fn detailed_version(
    st: State<St>,
    Path((index, version)): Path<(String, String)>,
    q: RawQuery,
) -> Response {
    data(st, index, Some(version), q, Mode::Detailed).await
}

/// Why a dataset/version could not be found: the status and message of the error answer.
pub(super) struct NotFound(StatusCode, String);

impl NotFound {
    pub fn into_response(self) -> Response {
        error(self.0, &self.1)
    }
}

/// Finds the dataset and version.
pub(super) fn locate<'a>(
    st: &'a St,
    index: &str,
    version: Option<&str>,
) -> Result<(usize, &'a DatasetSeed, usize), NotFound> {
    if index.contains(',') {
        return Err(NotFound(
            StatusCode::BAD_REQUEST,
            "several indices in one request are not supported by the stand-in".into(),
        ));
    }
    let di = st
        .seed
        .dataset_index(index)
        .ok_or_else(|| NotFound(StatusCode::NOT_FOUND, format!("index not found: {index}")))?;
    let ds = &st.seed.datasets[di];
    let ver = match version {
        None => ds.last_version(),
        Some(v) => ds.version(v).ok_or_else(|| {
            NotFound(
                StatusCode::NOT_FOUND,
                format!("version not found: {index}/{v}"),
            )
        })?,
    };
    Ok((di, ds, ver))
}

async fn data(
    State(st): State<St>,
    index: String,
    version: Option<String>,
    RawQuery(raw): RawQuery,
    mode: Mode,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let pretty = q.pretty();
    if mode == Mode::V4 {
        let key_ok = matches!(q.one("apiKey"), Ok(Some(k)) if k == st.seed.demo_api_key);
        if !key_ok {
            return error(StatusCode::FORBIDDEN, "apiKey is invalid");
        }
    }
    let (di, _, ver) = match locate(&st, &index, version.as_deref()) {
        Ok(x) => x,
        Err(r) => return r.into_response(),
    };
    let src = match q.one("source") {
        Err(e) => return error(StatusCode::BAD_REQUEST, &e),
        Ok(None) => Source::default(),
        Ok(Some(s)) if s.trim().is_empty() => Source::default(),
        Ok(Some(s)) => match Source::parse_str(s) {
            Ok(src) => src,
            Err(e) => return error(StatusCode::BAD_REQUEST, &e),
        },
    };
    // Scans of big datasets take a while: keep them off the async workers.
    let st2 = st.clone();
    let joined = tokio::task::spawn_blocking(move || {
        let ds = &st2.seed.datasets[di];
        let t = Table {
            seed: &st2.seed,
            ds,
            ver,
        };
        let page = dsl::execute(&t, &src)?;
        let body = if mode == Mode::V4 {
            let recs: Vec<Record> = page
                .hits
                .iter()
                .map(|h| Record {
                    row: &h.record,
                    meta: None,
                })
                .collect();
            encode(&recs, pretty)
        } else {
            let recs: Vec<Record> = page
                .hits
                .iter()
                .map(|h| Record {
                    row: &h.record,
                    meta: Some((t.id_of(h.row, &h.record), ds.api_uri.as_str())),
                })
                .collect();
            encode(
                &Detailed {
                    total_count: page.total,
                    data: recs,
                },
                pretty,
            )
        };
        Ok::<String, String>(body)
    })
    .await;
    match joined {
        Ok(Ok(body)) => raw_json(body),
        Ok(Err(e)) => error(StatusCode::BAD_REQUEST, &e),
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "query failed"),
    }
}

pub(super) fn encode<T: Serialize>(v: &T, pretty: bool) -> String {
    let r = if pretty {
        serde_json::to_string_pretty(v)
    } else {
        serde_json::to_string(v)
    };
    // Records are strings and numbers only; encoding cannot fail, but never panic on it.
    r.unwrap_or_else(|_| "[]".to_string())
}

pub(super) fn raw_json(body: String) -> Response {
    use axum::http::{header, HeaderValue};
    use axum::response::IntoResponse;
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        )],
        body,
    )
        .into_response()
}

#[derive(Serialize)]
struct Prop {
    #[serde(rename = "type")]
    kind: &'static str,
    store: bool,
}

#[derive(Serialize)]
struct Properties {
    properties: BTreeMap<String, Prop>,
}

#[derive(Serialize)]
struct Mappings {
    mappings: OrderedMap<Properties>,
}

fn mapping_answer(st: &St, index: &str, version: Option<&str>, raw: Option<&str>) -> Response {
    let q = QueryPairs::parse(raw);
    let (_, ds, ver) = match locate(st, index, version) {
        Ok(x) => x,
        Err(r) => return r.into_response(),
    };
    // ES 1.x string mapping for every field, properties in alphabetical order as ES prints them.
    let props = || Properties {
        properties: ds
            .fields
            .keys()
            .map(|k| {
                (
                    k.to_string(),
                    Prop {
                        kind: "string",
                        store: true,
                    },
                )
            })
            .collect(),
    };
    let versions: Vec<usize> = match version {
        Some(_) => vec![ver],
        None => (0..ds.versions.len()).collect(),
    };
    let mappings = OrderedMap(
        versions
            .into_iter()
            .map(|v| (ds.versions[v].name.clone(), props()))
            .collect(),
    );
    let body = OrderedMap(vec![(ds.api_uri.clone(), Mappings { mappings })]);
    json(StatusCode::OK, &body, q.pretty())
}

pub async fn mapping(
    State(st): State<St>,
    Path(index): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    mapping_answer(&st, &index, None, raw.as_deref())
}

pub async fn mapping_version(
    State(st): State<St>,
    Path((index, version)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Response {
    mapping_answer(&st, &index, Some(&version), raw.as_deref())
}

/// `/meta/{index}/{version}` as `opendata_core::wire::Meta`.
pub fn meta_of(ds: &DatasetSeed, ver: usize) -> Meta {
    let k = &ds.keywords;
    let kw = [&k.keywords_ru, &k.keywords_kk, &k.keywords_en]
        .into_iter()
        .find(|v| !v.is_empty())
        .map(|v| v.join(", "));
    Meta {
        api_uri: ds.api_uri.clone(),
        names: ds.names.clone(),
        descriptions: ds.descriptions.clone(),
        keywords: kw,
        responsible: Some(ds.responsible.clone()),
        fullnames: FullNames {
            fullname_kk: ds.names.name_kk.clone(),
            fullname_ru: ds.names.name_ru.clone(),
            fullname_en: ds.names.name_en.clone(),
        },
        version: ds.versions[ver].name.clone(),
        created_date: Some(ds.created_date.clone()),
        modified_date: Some(ds.versions[ver].created_date.clone()),
        fields: ds.fields.clone(),
    }
}

pub async fn meta(
    State(st): State<St>,
    Path((index, version)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    match locate(&st, &index, Some(&version)) {
        Ok((_, ds, ver)) => json(StatusCode::OK, &meta_of(ds, ver), q.pretty()),
        Err(r) => r.into_response(),
    }
}

pub(super) fn uint_param(q: &QueryPairs, key: &str) -> Result<Option<u64>, String> {
    match q.one(key)? {
        None => Ok(None),
        Some(v) if v.trim().is_empty() => Ok(None),
        Some(v) => v
            .trim()
            .parse::<u64>()
            .map(Some)
            .map_err(|_| format!("parameter `{key}` must be a non-negative integer, got {v:?}")),
    }
}

/// `/datasets/exportjson?index=&version=&from=&count=`: rows `from`…`from+count-1`, 1-based.
pub async fn exportjson(State(st): State<St>, RawQuery(raw): RawQuery) -> Response {
    let q = QueryPairs::parse(raw.as_deref());
    let bad = |e: String| error(StatusCode::BAD_REQUEST, &e);
    let index = match q.one("index") {
        Ok(Some(i)) if !i.is_empty() => i.to_string(),
        Ok(_) => return bad("parameter `index` is required".into()),
        Err(e) => return bad(e),
    };
    let version = match q.one("version") {
        Ok(v) => v.filter(|v| !v.is_empty()).map(str::to_string),
        Err(e) => return bad(e),
    };
    let from = match uint_param(&q, "from") {
        Ok(v) => v.unwrap_or(1).max(1),
        Err(e) => return bad(e),
    };
    let count = match uint_param(&q, "count") {
        Ok(v) => v.unwrap_or(EXPORT_DEFAULT_COUNT),
        Err(e) => return bad(e),
    };
    if count == 0 || count > EXPORT_MAX_COUNT {
        return bad(format!(
            "parameter `count` must be between 1 and {EXPORT_MAX_COUNT}, got {count}"
        ));
    }
    let (di, ds, ver) = match locate(&st, &index, version.as_deref()) {
        Ok(x) => x,
        Err(r) => return r.into_response(),
    };
    let _ = ds;
    let pretty = q.pretty();
    let st2 = st.clone();
    let body = tokio::task::spawn_blocking(move || {
        let t = Table {
            seed: &st2.seed,
            ds: &st2.seed.datasets[di],
            ver,
        };
        let n = t.rows();
        let start = (from - 1).min(n);
        let end = start.saturating_add(count).min(n);
        let rows: Vec<Row> = (start..end).map(|i| t.record(i)).collect();
        let recs: Vec<Record> = rows.iter().map(|r| Record { row: r, meta: None }).collect();
        encode(&recs, pretty)
    })
    .await;
    match body {
        Ok(b) => raw_json(b),
        Err(_) => error(StatusCode::INTERNAL_SERVER_ERROR, "export failed"),
    }
}
