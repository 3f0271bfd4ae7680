//! Widgets used by more than one page.

pub mod dataset_list;
pub mod draft;
pub mod error_panel;
pub mod facets;
pub mod form;
pub mod lang_switcher;
pub mod leaflet;
pub mod live_region;
pub mod low_vision;
pub mod on_portal;
pub mod page_chunk;
pub mod pagination;
pub mod results;
pub mod search_form;
pub mod sign_in;
pub mod sort_select;
pub mod subscribe;
pub mod vote;

pub use dataset_list::DatasetList;
pub use error_panel::{ErrorPanel, Loading, Remote};
pub use facets::{FacetGroup, FacetOption, FilterPanel};
pub use form::{ErrorSummary, FieldError, FormError, FormSend, SubmitRow, TextField};
pub use lang_switcher::LangSwitcher;
pub use live_region::{use_announcer, Announcer, LiveRegion};
pub use low_vision::LowVisionPanel;
pub use on_portal::{
    extension_page, portal_dataset_href, portal_home_href, OnPortal, PortalAction,
};
pub(crate) use page_chunk::split_points;
pub use page_chunk::{lazy_page, Build, Chunk, Load};
pub use pagination::Pagination;
pub use results::Results;
pub use search_form::SearchForm;
pub use sign_in::{SignInGate, SignInLink, SignInPrompt};
pub use sort_select::SortSelect;
pub use subscribe::SubscribeControl;
pub use vote::VoteButton;
