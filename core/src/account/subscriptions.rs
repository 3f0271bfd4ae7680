//! Subscriptions: what they follow and the channels that tell the subscriber.

use crate::wire::Names;
use serde::{Deserialize, Serialize};

/// What a subscription follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    Dataset,
    Agency,
    Category,
}

impl TargetKind {
    pub const ALL: [TargetKind; 3] = [
        TargetKind::Dataset,
        TargetKind::Agency,
        TargetKind::Category,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Dataset => "dataset",
            TargetKind::Agency => "agency",
            TargetKind::Category => "category",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How a subscriber is told about a change; each is on or off per subscription.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Channels {
    pub sms: bool,
    pub email: bool,
    pub push: bool,
}

impl Channels {
    pub fn any(self) -> bool {
        self.sms || self.email || self.push
    }
}

/// The one channel names (also the JSON keys of [`Channels`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Sms,
    Email,
    Push,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Sms, Channel::Email, Channel::Push];
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
            Channel::Push => "push",
        }
    }
    pub fn get(self, c: Channels) -> bool {
        match self {
            Channel::Sms => c.sms,
            Channel::Email => c.email,
            Channel::Push => c.push,
        }
    }
    pub fn set(self, c: &mut Channels, on: bool) {
        match self {
            Channel::Sms => c.sms = on,
            Channel::Email => c.email = on,
            Channel::Push => c.push = on,
        }
    }
}

crate::wire::de::wire_struct! {
    /// A subscription's target, with its names for the list (a dataset's `id` is its apiUri).
    #[derive(Clone, Debug, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct SubscriptionTarget {
        pub kind: TargetKind,
        pub id: String,
        pub names: Names as flatten,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub id: u64,
    pub target: SubscriptionTarget,
    pub channels: Channels,
    pub created_date: String,
}

/// `GET /api/portal/subscriptions[?kind=&target=]`: newest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionList {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub subscriptions: Vec<Subscription>,
}

/// `POST /api/portal/subscriptions`: 201 with the new subscription, or 200 with the existing
/// one for the same target (channels unchanged).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewSubscription {
    pub kind: TargetKind,
    pub target: String,
    pub channels: Channels,
}

/// `PATCH /api/portal/subscriptions/{id}`: the channels, all three.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChannelsUpdate {
    pub channels: Channels,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscription_decodes() {
        let s: Subscription = serde_json::from_str(
            r#"{"id":3,"target":{"kind":"agency","id":"A1","nameRu":"МЮ РК"},
                "channels":{"sms":true,"email":false,"push":true},"createdDate":"2026-11-29T10:00:00"}"#,
        )
        .unwrap();
        assert_eq!(s.target.kind, TargetKind::Agency);
        assert!(Channel::Push.get(s.channels));
        assert!(!Channel::Email.get(s.channels));
    }
}
