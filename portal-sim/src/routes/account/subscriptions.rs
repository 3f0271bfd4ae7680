//! Subscriptions to a dataset, agency or category, and their channels.

use super::{check_choice, db, decode, field, invalid, parse_id, tri};
use crate::routes::session::{store_error, Changer, Viewer};
use crate::routes::{error, json, QueryPairs, St};
use crate::store::SubscriptionRow;
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use opendata_core::account::{
    Channel, Channels, FieldCode, Subscription, SubscriptionList, SubscriptionTarget, TargetKind,
};
use opendata_core::wire::Names;
use serde::Deserialize;

/// The names of a subscription's target, if the catalogue knows it.
fn target_names(st: &St, kind: TargetKind, id: &str) -> Option<Names> {
    let seed = &st.seed;
    match kind {
        TargetKind::Dataset => seed.dataset(id).map(|d| d.names.clone()),
        TargetKind::Agency => seed
            .agencies
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.names.clone()),
        TargetKind::Category => seed
            .categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.names.clone()),
    }
}

fn subscription(st: &St, s: SubscriptionRow) -> Subscription {
    Subscription {
        id: s.id,
        target: SubscriptionTarget {
            kind: s.kind,
            names: target_names(st, s.kind, &s.target).unwrap_or_default(),
            id: s.target,
        },
        channels: s.channels,
        created_date: s.created,
    }
}

/// Channels read leniently (`"fax":true` is a field error, a missing key is off); `Err` for a
/// value that is not a boolean.
fn channels_of(
    raw: Option<&serde_json::Map<String, serde_json::Value>>,
) -> Result<Result<Channels, FieldCode>, Response> {
    let mut c = Channels::default();
    let mut unknown = false;
    for (k, v) in raw.into_iter().flatten() {
        let Some(on) = v.as_bool() else {
            return Err(error(
                StatusCode::BAD_REQUEST,
                &format!("bad request body: channels.{k} must be true or false"),
            ));
        };
        match Channel::ALL.into_iter().find(|ch| ch.as_str() == k) {
            Some(ch) => ch.set(&mut c, on),
            None => unknown = true,
        }
    }
    Ok(if unknown {
        Err(FieldCode::Unknown)
    } else if !c.any() {
        Err(FieldCode::NoChannel)
    } else {
        Ok(c)
    })
}

/// `NewSubscription` read leniently, so that unknown values become field errors.
#[derive(Deserialize)]
struct RawSubscription {
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    channels: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `ChannelsUpdate` read leniently, as in [`RawSubscription`].
#[derive(Deserialize)]
struct RawChannelsUpdate {
    #[serde(default)]
    channels: Option<serde_json::Map<String, serde_json::Value>>,
}

/// `GET /api/portal/subscriptions[?kind=&target=]`: the user's, newest first.
pub async fn subscriptions(
    State(st): State<St>,
    Extension(viewer): Extension<Viewer>,
    RawQuery(raw): RawQuery,
) -> Response {
    let me = tri!(viewer.require()).user_id;
    let q = QueryPairs::parse(raw.as_deref());
    let filter = (|| -> Result<_, String> {
        let kind = match q.one("kind")?.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(k) => Some(TargetKind::parse(k).ok_or_else(|| {
                format!("parameter `kind` must be one of dataset, agency, category; got {k:?}")
            })?),
        };
        let target = q
            .one("target")?
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        Ok((kind, target))
    })();
    let (kind, target) = tri!(filter.map_err(|e| error(StatusCode::BAD_REQUEST, &e)));
    let rows = db!(st.store.subscriptions(me, kind, target.as_deref()));
    let list = SubscriptionList {
        subscriptions: rows.into_iter().map(|s| subscription(&st, s)).collect(),
    };
    json(StatusCode::OK, &list, q.pretty())
}

/// `POST /api/portal/subscriptions` (`NewSubscription`): 201 new, or 200 with the existing one.
pub async fn subscribe(State(st): State<St>, Changer(me): Changer, body: Bytes) -> Response {
    let me = me.user_id;
    let raw: RawSubscription = tri!(decode(&body));
    let mut fields = Vec::new();
    let kind = check_choice(&mut fields, "kind", raw.kind.as_deref(), TargetKind::parse);
    let target = raw.target.as_deref().unwrap_or("").trim().to_string();
    if target.is_empty() {
        fields.push(field("target", FieldCode::Required));
    } else if let Some(k) = kind {
        if target_names(&st, k, &target).is_none() {
            fields.push(field("target", FieldCode::Unknown));
        }
    }
    let channels = match tri!(channels_of(raw.channels.as_ref())) {
        Ok(c) => Some(c),
        Err(code) => {
            fields.push(field("channels", code));
            None
        }
    };
    let (Some(kind), Some(channels), true) = (kind, channels, fields.is_empty()) else {
        return invalid(fields);
    };
    let (created, row) = db!(st.store.subscribe(me, kind, &target, channels));
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    json(status, &subscription(&st, row), false)
}

/// The subscription `id` if it is the user's: else 404 or 403.
fn own_subscription(st: &St, me: u64, id: &str) -> Result<SubscriptionRow, Response> {
    let not_found = || {
        error(
            StatusCode::NOT_FOUND,
            &format!("subscription not found: {id}"),
        )
    };
    let n = parse_id(id).ok_or_else(not_found)?;
    match st.store.subscription(n) {
        Err(e) => Err(store_error(e)),
        Ok(None) => Err(not_found()),
        Ok(Some(s)) if s.user_id != me => {
            Err(error(StatusCode::FORBIDDEN, "not your subscription"))
        }
        Ok(Some(s)) => Ok(s),
    }
}

/// `PATCH /api/portal/subscriptions/{id}` (`ChannelsUpdate`): 200 with the subscription.
pub async fn set_channels(
    State(st): State<St>,
    Changer(me): Changer,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let me = me.user_id;
    let mut s = tri!(own_subscription(&st, me, &id));
    let raw: RawChannelsUpdate = tri!(decode(&body));
    let channels = match tri!(channels_of(raw.channels.as_ref())) {
        Ok(c) => c,
        Err(code) => return invalid(vec![field("channels", code)]),
    };
    db!(st.store.set_channels(s.id, channels));
    s.channels = channels;
    json(StatusCode::OK, &subscription(&st, s), false)
}

/// `DELETE /api/portal/subscriptions/{id}`
pub async fn unsubscribe(
    State(st): State<St>,
    Changer(me): Changer,
    Path(id): Path<String>,
) -> Response {
    let me = me.user_id;
    let s = tri!(own_subscription(&st, me, &id));
    db!(st.store.unsubscribe(s.id));
    StatusCode::NO_CONTENT.into_response()
}
