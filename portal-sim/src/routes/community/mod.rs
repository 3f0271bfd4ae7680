//! Community extension under `/api/portal` (not on data.egov.kz): applications for publishing
//! new datasets (with votes and new applications from signed-in citizens, kept in the store)
//! and the showcase of apps built on the portal's data.

mod applications;
mod apps;
mod live;
mod query;
mod shapes;

pub use applications::{
    add_application, application, applications, move_application, unvote, vote,
};
pub use apps::{app, apps, dataset_apps};
pub use live::{can_move, live_applications, Live, MAX_ORGANIZATION};
pub use shapes::{
    application_detail, application_summary, dataset_ref, showcase_app, OTHER_AGENCY,
};
