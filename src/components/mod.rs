//! Widgets used by more than one page.

pub mod dataset_list;
pub mod error_panel;
pub mod lang_switcher;
pub mod live_region;
pub mod search_form;

pub use dataset_list::DatasetList;
pub use error_panel::{ErrorPanel, Remote};
pub use lang_switcher::LangSwitcher;
pub use live_region::{use_announcer, Announcer, LiveRegion};
pub use search_form::SearchForm;
