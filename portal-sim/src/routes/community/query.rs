//! The applications query: parameters, filters, sort order and facets.

use super::{Live, OTHER_AGENCY};
use crate::routes::ext::{page_and_size, uniq, MAX_QUERY_TEXT};
use crate::routes::{QueryPairs, St};
use crate::search;
use crate::seed::community::ApplicationSeed;
use opendata_core::url::Facet;
use opendata_core::wire::{ApplicationFacets, ApplicationStatus, CodeCount, FacetValue, Names};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AppSort {
    Votes,
    Newest,
    Answered,
}

pub(super) struct ApplicationQuery {
    query: search::Query,
    statuses: Vec<ApplicationStatus>,
    categories: Vec<String>,
    agencies: Vec<String>,
    sort: AppSort,
    pub(super) page: u32,
    pub(super) size: u32,
}

pub(super) fn parse_applications(q: &QueryPairs) -> Result<ApplicationQuery, String> {
    let text = q.one("text")?.unwrap_or("");
    if text.chars().count() > MAX_QUERY_TEXT {
        return Err(format!(
            "parameter `text` is longer than {MAX_QUERY_TEXT} characters"
        ));
    }
    let sort = match q.one("sort")? {
        None | Some("") | Some("votes") => AppSort::Votes,
        Some("newest") => AppSort::Newest,
        Some("answered") => AppSort::Answered,
        Some(s) => {
            return Err(format!(
                "parameter `sort` must be one of votes, newest, answered; got {s:?}"
            ))
        }
    };
    // Statuses are a closed set, so an unknown one is a mistake, not an empty filter.
    let statuses = uniq(q, "status")
        .iter()
        .map(|s| {
            ApplicationStatus::parse(s).ok_or_else(|| {
                format!(
                    "parameter `status` must be one of SUBMITTED, UNDER_REVIEW, ACCEPTED, SCHEDULED, PUBLISHED, REJECTED; got {s:?}"
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (page, size) = page_and_size(q)?;
    Ok(ApplicationQuery {
        query: search::Query::parse(text),
        statuses,
        categories: uniq(q, "category"),
        agencies: uniq(q, "agency"),
        sort,
        page,
        size,
    })
}

/// Applications in result order (all pages) and the three facets.
pub(super) fn run_applications(
    st: &St,
    live: &Live,
    p: &ApplicationQuery,
) -> (Vec<usize>, ApplicationFacets) {
    let seed = &st.seed;
    let cat_sel: Vec<Option<usize>> = p
        .categories
        .iter()
        .map(|id| seed.categories.iter().position(|c| &c.id == id))
        .collect();
    // `other` is its own bucket, not an agency id.
    let want_other = p.agencies.iter().any(|a| a == OTHER_AGENCY);
    let ag_ids: Vec<String> = p
        .agencies
        .iter()
        .filter(|a| *a != OTHER_AGENCY)
        .cloned()
        .collect();
    let ag_sel: Vec<Option<usize>> = ag_ids
        .iter()
        .map(|id| seed.agencies.iter().position(|a| &a.id == id))
        .collect();

    let in_status = |a: &ApplicationSeed| p.statuses.is_empty() || p.statuses.contains(&a.status);
    let in_cats = |a: &ApplicationSeed| {
        p.categories.is_empty() || cat_sel.iter().flatten().any(|&c| c == a.category)
    };
    let in_agencies = |a: &ApplicationSeed| {
        p.agencies.is_empty()
            || match a.agency {
                Some(i) => ag_sel.contains(&Some(i)),
                None => want_other,
            }
    };

    let mut status_counts = [0u64; ApplicationStatus::ALL.len()];
    let mut cat_counts = vec![0u64; seed.categories.len()];
    let mut ag_counts = vec![0u64; seed.agencies.len()];
    let mut other_count = 0u64;
    let mut results = Vec::new();
    // The catalogue's matcher; its scores are unused: applications sort by votes or dates.
    // Applications submitted here are few, so they get a small index of their own per query.
    let text_hits: Option<Vec<bool>> = (!p.query.is_empty()).then(|| {
        let mut hit = vec![false; live.apps.len()];
        let idx = &st.application_docs;
        for (i, _) in idx.scores(&idx.matcher(&p.query)) {
            hit[i] = true;
        }
        let extra = &live.apps[live.seeded..];
        if !extra.is_empty() {
            let small = search::Index::build(extra.iter().map(search::application_parts));
            for (i, _) in small.scores(&small.matcher(&p.query)) {
                hit[live.seeded + i] = true;
            }
        }
        hit
    });
    for (i, a) in live.apps.iter().enumerate() {
        if text_hits
            .as_ref()
            .is_some_and(|h| !h.get(i).copied().unwrap_or(false))
        {
            continue;
        }
        let (s, c, g) = (in_status(a), in_cats(a), in_agencies(a));
        // Each facet is counted under the other two filters, never its own.
        if c && g {
            if let Some(k) = ApplicationStatus::ALL.iter().position(|x| *x == a.status) {
                status_counts[k] += 1;
            }
        }
        if s && g {
            cat_counts[a.category] += 1;
        }
        if s && c {
            match a.agency {
                Some(ai) => ag_counts[ai] += 1,
                None => other_count += 1,
            }
        }
        if s && c && g {
            results.push(i);
        }
    }

    // Statuses in lifecycle order (the UI shows them as steps), not by count.
    let statuses = ApplicationStatus::ALL
        .iter()
        .zip(status_counts)
        .filter(|(s, n)| *n > 0 || p.statuses.contains(s))
        .map(|(s, n)| CodeCount {
            id: s.as_str().to_string(),
            count: n,
        })
        .collect();
    let categories = search::facet_values(
        &**seed,
        Facet::Category,
        search::facet(&cat_counts, &cat_sel, &p.categories),
    );
    let mut agencies = search::facet_values(
        &**seed,
        Facet::Agency,
        search::facet(&ag_counts, &ag_sel, &ag_ids),
    );
    if other_count > 0 || want_other {
        agencies.push(FacetValue {
            id: OTHER_AGENCY.to_string(),
            names: Names::default(),
            kind: None,
            count: other_count,
        });
        // Stable: `other` goes after the agencies with the same count.
        agencies.sort_by_key(|f| std::cmp::Reverse(f.count));
    }

    let apps = &live.apps;
    match p.sort {
        AppSort::Votes => results.sort_by(|&a, &b| {
            let (a, b) = (&apps[a], &apps[b]);
            b.votes
                .cmp(&a.votes)
                .then_with(|| b.created_date.cmp(&a.created_date))
                .then(a.id.cmp(&b.id))
        }),
        AppSort::Newest => results.sort_by(|&a, &b| {
            let (a, b) = (&apps[a], &apps[b]);
            b.created_date.cmp(&a.created_date).then(b.id.cmp(&a.id))
        }),
        // `Some` > `None`, so descending puts unanswered ones last.
        AppSort::Answered => results.sort_by(|&a, &b| {
            let (a, b) = (&apps[a], &apps[b]);
            b.answered_date()
                .cmp(&a.answered_date())
                .then_with(|| b.created_date.cmp(&a.created_date))
                .then(b.id.cmp(&a.id))
        }),
    }
    (
        results,
        ApplicationFacets {
            statuses,
            categories,
            agencies,
        },
    )
}
