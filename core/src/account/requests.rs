//! Requests for update of a dataset: reasons, statuses and their moves.

use super::Author;
use crate::wire::AnswerTexts;
use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_moves() {
        use RequestStatus::*;
        assert!(New.can_move_to(InReview));
        assert!(InReview.can_move_to(Answered));
        assert!(!New.can_move_to(Answered));
        assert!(!Answered.can_move_to(InReview));
    }
}
