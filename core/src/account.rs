//! Wire types of the signed-in part of the portal (`docs/portal-api.md` §3.11–§3.16): the
//! session, comments and requests for update on a dataset, subscriptions with their channels,
//! the citizen's contacts, votes and new applications for publication.
//!
//! Every change (POST/PUT/PATCH/DELETE) carries the session's CSRF token in `X-CSRF-Token`.
//! A refused change is 401 (no session), 403 (not yours, or a bad CSRF token), 404, 409 (voting
//! closed) or 400 with a [`ValidationErrorBody`] naming the fields.

use crate::lang::Lang;
use crate::wire::{AnswerTexts, Names};
use serde::{Deserialize, Serialize};

/// Longest comment / request text / application description, in characters.
pub const MAX_TEXT: usize = 2_000;
/// Longest application title, in characters.
pub const MAX_TITLE: usize = 200;

/// `GET /api/portal/session`: who is signed in. Signed out: `{"user":null,"csrfToken":null}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Session {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub user: Option<User>,
    /// Sent back in `X-CSRF-Token` on every change.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub csrf_token: Option<String>,
}

/// A signed-in citizen (or the author of a comment): a display name, never the IIN.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: u64,
    pub name: String,
}

/// 400 answer of a change: `{"error":"validation","fields":[{"field":"text","code":"tooLong"}]}`.
/// Fields are in form order; codes are [`FieldCode`]s.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValidationErrorBody {
    pub error: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub fields: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The JSON key of the request body (`text`, `reason`, `channels`, `value`, `code`, …).
    pub field: String,
    /// What is wrong, see [`FieldCode`]; an unknown code is kept as text.
    #[cfg_attr(feature = "openapi", schema(value_type = FieldCode))]
    pub code: String,
}

/// The field error codes the contract defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldCode {
    /// Empty or whitespace only.
    Required,
    /// Longer than the limit ([`MAX_TEXT`], [`MAX_TITLE`]).
    TooLong,
    /// Not of the expected form (phone number, e-mail address).
    Invalid,
    /// A value outside the allowed set (reason, channel, category, agency).
    Unknown,
    /// Subscription with every channel off.
    NoChannel,
    /// Confirmation code that does not match.
    Wrong,
    /// Confirmation asked for while no code is pending.
    NoCode,
}

impl FieldCode {
    pub const ALL: [FieldCode; 7] = [
        FieldCode::Required,
        FieldCode::TooLong,
        FieldCode::Invalid,
        FieldCode::Unknown,
        FieldCode::NoChannel,
        FieldCode::Wrong,
        FieldCode::NoCode,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            FieldCode::Required => "required",
            FieldCode::TooLong => "tooLong",
            FieldCode::Invalid => "invalid",
            FieldCode::Unknown => "unknown",
            FieldCode::NoChannel => "noChannel",
            FieldCode::Wrong => "wrong",
            FieldCode::NoCode => "noCode",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The schema of [`FieldError::code`], by hand: `FieldCode` is no serde type (the wire carries
/// its `as_str`), so the derive cannot see its spelling. One string of [`FieldCode::ALL`].
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for FieldCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .enum_values(Some(Self::ALL.map(Self::as_str)))
            .description(Some("What is wrong with a field (`account::FieldCode`)."))
            .into()
    }
}
#[cfg(feature = "openapi")]
impl utoipa::ToSchema for FieldCode {}

/// A comment's or request's author.
pub type Author = User;

/// One comment on a dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: u64,
    pub author: Author,
    pub text: String,
    pub created_date: String,
    /// Written by the signed-in citizen (who may delete it).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub own: bool,
}

/// `GET /api/portal/datasets/{apiUri}/comments?page=&size=`: newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct CommentPage {
    pub total_count: u64,
    pub page: u32,
    pub size: u32,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub comments: Vec<Comment>,
}

/// `POST /api/portal/datasets/{apiUri}/comments`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewComment {
    pub text: String,
}

/// Why a citizen asks for an update of a dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum UpdateReason {
    Outdated,
    Incomplete,
    NotAvailable,
    DataError,
}

impl UpdateReason {
    pub const ALL: [UpdateReason; 4] = [
        UpdateReason::Outdated,
        UpdateReason::Incomplete,
        UpdateReason::NotAvailable,
        UpdateReason::DataError,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            UpdateReason::Outdated => "OUTDATED",
            UpdateReason::Incomplete => "INCOMPLETE",
            UpdateReason::NotAvailable => "NOT_AVAILABLE",
            UpdateReason::DataError => "DATA_ERROR",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Where a request for update stands: new → in review → answered or rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RequestStatus {
    New,
    InReview,
    Answered,
    Rejected,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 4] = [
        RequestStatus::New,
        RequestStatus::InReview,
        RequestStatus::Answered,
        RequestStatus::Rejected,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::New => "NEW",
            RequestStatus::InReview => "IN_REVIEW",
            RequestStatus::Answered => "ANSWERED",
            RequestStatus::Rejected => "REJECTED",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
    /// The moves the agency may make: new → in review → answered | rejected.
    pub fn can_move_to(self, next: RequestStatus) -> bool {
        matches!(
            (self, next),
            (RequestStatus::New, RequestStatus::InReview)
                | (RequestStatus::InReview, RequestStatus::Answered)
                | (RequestStatus::InReview, RequestStatus::Rejected)
        )
    }
}

/// One step of a request's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestStatusChange {
    pub status: RequestStatus,
    pub date: String,
}

/// A request for update of a dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct UpdateRequest {
    pub id: u64,
    pub author: Author,
    pub reason: UpdateReason,
    pub text: String,
    pub status: RequestStatus,
    pub created_date: String,
    /// Oldest first; the last entry is the current status.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub history: Vec<RequestStatusChange>,
    /// The agency's answer (answered) or reason (rejected).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub answer: Option<AnswerTexts>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub own: bool,
}

/// `GET /api/portal/datasets/{apiUri}/requests?page=&size=`: newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct UpdateRequestPage {
    pub total_count: u64,
    pub page: u32,
    pub size: u32,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub requests: Vec<UpdateRequest>,
}

/// `POST /api/portal/datasets/{apiUri}/requests`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewUpdateRequest {
    pub reason: UpdateReason,
    pub text: String,
}

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

/// A subscription's target, with its names for the list (a dataset's `id` is its apiUri).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionTarget {
    pub kind: TargetKind,
    pub id: String,
    #[serde(flatten)]
    pub names: Names,
}

/// [`SubscriptionTarget`]'s decoder: the same JSON without `#[serde(flatten)]` (see `wire::de`).
#[derive(Deserialize)]
#[serde(rename = "SubscriptionTarget", rename_all = "camelCase")]
struct SubscriptionTargetDe {
    kind: TargetKind,
    id: String,
    name_kk: Option<String>,
    name_ru: Option<String>,
    name_en: Option<String>,
}

impl<'de> Deserialize<'de> for SubscriptionTarget {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let d = SubscriptionTargetDe::deserialize(crate::wire::de::MapOnly(d))?;
        Ok(SubscriptionTarget {
            kind: d.kind,
            id: d.id,
            names: Names {
                name_kk: d.name_kk,
                name_ru: d.name_ru,
                name_en: d.name_en,
            },
        })
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

/// Which contact a confirmation is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    Phone,
    Email,
}

impl ContactKind {
    pub const ALL: [ContactKind; 2] = [ContactKind::Phone, ContactKind::Email];
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Phone => "phone",
            ContactKind::Email => "email",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A phone number (`+77011234567`) or e-mail address and whether it is confirmed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub value: String,
    pub confirmed: bool,
    /// A code was sent and not yet used.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub code_pending: bool,
}

/// `GET /api/portal/contacts`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contacts {
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub phone: Option<Contact>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required))]
    pub email: Option<Contact>,
}

impl Contacts {
    pub fn get(&self, kind: ContactKind) -> Option<&Contact> {
        match kind {
            ContactKind::Phone => self.phone.as_ref(),
            ContactKind::Email => self.email.as_ref(),
        }
    }
}

/// `PUT /api/portal/contacts/{phone|email}`: a new value, unconfirmed; a code is sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactValue {
    pub value: String,
}

/// `POST /api/portal/contacts/{phone|email}/confirm`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfirmCode {
    pub code: String,
}

/// `POST|DELETE /api/portal/applications/{id}/vote`: the count after the change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VoteState {
    pub votes: u64,
    pub voted: bool,
}

/// `POST /api/portal/applications`: exactly one of `govAgency` (an agency id) and
/// `otherOrganization` (free text). Answer 201 with the `ApplicationDetail`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct NewApplication {
    pub category: String,
    pub title: String,
    pub description: String,
    pub lang: Lang,
    #[serde(default)]
    pub gov_agency: Option<String>,
    #[serde(default)]
    pub other_organization: Option<String>,
}

/// Counts characters as the server does (Unicode scalar values), for the limits above.
pub fn too_long(s: &str, max: usize) -> bool {
    s.chars().count() > max
}

/// `+7XXXXXXXXXX` from the usual ways of writing a Kazakh number (`+7 701 123 45 67`,
/// `87011234567`, `8 (701) 123-45-67`): the form the portal stores and the app checks before
/// sending.
pub fn normalize_phone(s: &str) -> Option<String> {
    let s = s.trim();
    let (plus, rest) = match s.strip_prefix('+') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '\u{a0}' | '-' | '(' | ')' => {}
            _ => return None,
        }
    }
    match (plus, digits.len(), digits.chars().next()) {
        (true, 11, Some('7')) | (false, 11, Some('7' | '8')) => Some(format!("+7{}", &digits[1..])),
        _ => None,
    }
}

/// A plain `local@domain.tld` check: no spaces, one `@`, a dot inside the domain.
pub fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
}

/// `+77011234567` as `+7 701 123 45 67`; anything else as it is.
pub fn display_contact(v: &str) -> String {
    match v.strip_prefix("+7") {
        Some(d) if d.len() == 10 && d.bytes().all(|b| b.is_ascii_digit()) => {
            format!("+7 {} {} {} {}", &d[..3], &d[3..6], &d[6..8], &d[8..])
        }
        _ => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_out_session_decodes() {
        let s: Session = serde_json::from_str(r#"{"user":null,"csrfToken":null}"#).unwrap();
        assert_eq!(s, Session::default());
        let s: Session =
            serde_json::from_str(r#"{"user":{"id":1,"name":"Айгерім"},"csrfToken":"t"}"#).unwrap();
        assert_eq!(s.user.unwrap().name, "Айгерім");
    }

    #[test]
    fn codes_round_trip() {
        for c in FieldCode::ALL {
            assert_eq!(FieldCode::parse(c.as_str()), Some(c));
        }
        for r in UpdateReason::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        for s in RequestStatus::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }

    #[test]
    fn request_moves() {
        use RequestStatus::*;
        assert!(New.can_move_to(InReview));
        assert!(InReview.can_move_to(Answered));
        assert!(!New.can_move_to(Answered));
        assert!(!Answered.can_move_to(InReview));
    }

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

    #[test]
    fn limits_count_characters() {
        assert!(!too_long(&"ә".repeat(MAX_TEXT), MAX_TEXT));
        assert!(too_long(&"ә".repeat(MAX_TEXT + 1), MAX_TEXT));
    }

    #[test]
    fn phones_normalise() {
        for s in [
            "+7 701 123 45 67",
            "87011234567",
            "8 (701) 123-45-67",
            "+77011234567",
            "77011234567",
        ] {
            assert_eq!(normalize_phone(s).as_deref(), Some("+77011234567"), "{s}");
        }
        for s in [
            "+1 701 123 45 67",
            "8701123456",
            "phone",
            "+7 701 123 45 67 8",
            "8701a234567",
        ] {
            assert_eq!(normalize_phone(s), None, "{s}");
        }
        assert_eq!(display_contact("+77011234567"), "+7 701 123 45 67");
        assert_eq!(display_contact("a@b.kz"), "a@b.kz");
    }

    #[test]
    fn emails() {
        assert!(valid_email("a.b@mail.kz") && valid_email("a@b.kz"));
        for s in ["a@b", "@b.kz", "a b@c.kz", "a@@b.kz", "a@b..kz", "plain"] {
            assert!(!valid_email(s), "{s}");
        }
    }
}
