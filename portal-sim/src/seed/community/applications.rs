//! Applications for publishing new datasets: each written in one language from a template,
//! moved through its statuses on office-hour dates and answered by the agency.

use super::concepts::*;
use super::{
    ApplicationSeed, TopicIndex, APPLICATIONS, FIRST_APPLICATION_ID, HOSTILE_APPLICATION_ID,
};
use crate::rng::Rng;
use crate::seed::tables::*;
use crate::seed::{agency_of_region, agency_other, civil_from_days, day_start, first_moment, iso};
use crate::seed::{last_moment, DatasetSeed};
use opendata_core::wire::{AnswerTexts, ApplicationStatus, StatusChange};
use opendata_core::Lang;
use std::collections::HashMap;

/// Minutes since 1970 of an ISO local date-time the seed wrote (`2024-03-05T10:20:00`).
fn minutes_of(s: &str) -> Option<i64> {
    let num = |a: usize, b: usize| s.get(a..b)?.parse::<i64>().ok();
    let (y, m, d) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (h, mi) = (num(11, 13)?, num(14, 16)?);
    Some(day_start(y, u32::try_from(m).ok()?, u32::try_from(d).ok()?) + h * 60 + mi)
}

/// A moment on `day` (days since 1970) in office hours.
fn office(r: &mut Rng, day: i64) -> i64 {
    day * 1440 + 9 * 60 + r.below(8 * 60) as i64
}

fn dmy(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{d:02}.{m:02}.{y}")
}

fn fill(template: &str, city: Option<&City>, lang: Lang) -> String {
    let Some(c) = city else {
        return template.to_string();
    };
    let (gen, nom) = match lang {
        Lang::Kk => (c.0, c.0),
        Lang::Ru => (c.1, c.2),
        Lang::En => (c.3, c.3),
    };
    template.replace("{c}", gen).replace("{n}", nom)
}

fn lang_index(l: Lang) -> usize {
    match l {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    }
}

/// The agency's answer for a status that has one (kk and ru always, en sometimes).
fn answer_for(
    r: &mut Rng,
    status: ApplicationStatus,
    answered_day: i64,
    dataset: Option<&DatasetSeed>,
) -> Option<AnswerTexts> {
    let texts: [String; 3] = match status {
        ApplicationStatus::Accepted => {
            let by = dmy(answered_day + r.range(30, 180) as i64);
            [
                format!("Өтінім қаралып, қабылданды. Деректер жинағы {by} дейін дайындалады."),
                format!("Заявка рассмотрена и принята. Набор данных будет подготовлен до {by}."),
                format!("The application has been reviewed and accepted. The dataset will be prepared by {by}."),
            ]
        }
        ApplicationStatus::Scheduled => {
            let (y, m, _) = civil_from_days(answered_day + r.range(90, 300) as i64);
            let q = (m - 1) / 3 + 1;
            [
                format!("Деректер жинағын жариялау {y} жылғы ашық деректер жоспарына енгізілді ({q}-тоқсан)."),
                format!("Публикация набора включена в план открытых данных на {y} год ({q} квартал)."),
                format!("Publication is included in the open data plan for {y} (Q{q})."),
            ]
        }
        ApplicationStatus::Published => {
            let n = &dataset?.names;
            let name =
                |x: &Option<String>| x.clone().or_else(|| n.name_ru.clone()).unwrap_or_default();
            [
                format!(
                    "Деректер жинағы порталда жарияланды: «{}».",
                    name(&n.name_kk)
                ),
                format!(
                    "Набор данных опубликован на портале: «{}».",
                    name(&n.name_ru)
                ),
                format!(
                    "The dataset has been published on the portal: \"{}\".",
                    name(&n.name_en)
                ),
            ]
        }
        ApplicationStatus::Rejected => r.pick(REJECT_REASONS).map(str::to_string),
        ApplicationStatus::Submitted | ApplicationStatus::UnderReview => return None,
    };
    let [kk, ru, en] = texts;
    Some(AnswerTexts {
        answer_kk: Some(kk),
        answer_ru: Some(ru),
        answer_en: r.chance(0.3).then_some(en),
    })
}

/// Days (since 1970) of each history step, strictly increasing from `first` to `last`.
fn spread_days(r: &mut Rng, first: i64, last: i64, steps: usize) -> Vec<i64> {
    let weights: Vec<i64> = (0..steps).map(|_| r.range(1, 4) as i64).collect();
    let total: i64 = weights.iter().sum();
    let span = (last - first).max(steps as i64);
    let mut acc = 0;
    let mut out = vec![first];
    for (k, w) in weights.iter().enumerate() {
        acc += w;
        let prev = out[k];
        let d = if k + 1 == steps {
            last.max(prev + 1)
        } else {
            (first + span * acc / total).max(prev + 1)
        };
        out.push(d);
    }
    out
}

pub fn make_applications(
    seed: u64,
    datasets: &[DatasetSeed],
    by_uri: &HashMap<String, usize>,
    topics: &TopicIndex,
) -> Vec<ApplicationSeed> {
    use ApplicationStatus::*;
    let first_day = first_moment() / 1440 + 60;
    let last_day = last_moment() / 1440;
    (0..APPLICATIONS)
        .map(|i| {
            let id = FIRST_APPLICATION_ID + i;
            if id == HOSTILE_APPLICATION_ID {
                return hostile_application(id);
            }
            let mut r = Rng::derive(seed, &[31, i]);
            let concept = if r.chance(0.08) {
                r.pick(ORG_CONCEPTS)
            } else {
                r.pick(CONCEPTS)
            };
            let needs_city = concept
                .title
                .iter()
                .any(|t| t.contains("{c}") || t.contains("{n}"));
            // Half the requests come from the four biggest cities.
            let city_i = if r.chance(0.5) {
                r.below(4) as usize
            } else {
                r.below(CITIES.len() as u64) as usize
            };
            let city = needs_city.then(|| &CITIES[city_i]);
            let x = r.unit();
            let lang = if x < 0.55 {
                Lang::Ru
            } else if x < 0.90 {
                Lang::Kk
            } else {
                Lang::En
            };
            let li = lang_index(lang);
            let title = fill(concept.title[li], city, lang);
            let description = fill(concept.desc[li], city, lang);
            let (agency, other_organization) = match concept.owner {
                Owner::Central(c) => (Some(c), None),
                Owner::Local => (Some(agency_of_region(city.map_or(18, |c| c.4))), None),
                Owner::Agency(o) => (Some(agency_other(o)), None),
                Owner::Org(name) => (None, Some(name.to_string())),
            };

            let y = r.unit();
            let mut status = match y {
                _ if y < 0.16 => Submitted,
                _ if y < 0.34 => UnderReview,
                _ if y < 0.48 => Accepted,
                _ if y < 0.60 => Scheduled,
                _ if y < 0.82 => Published,
                _ => Rejected,
            };
            // A published application needs a seeded dataset that answers it, created late
            // enough to leave room for the review.
            let mut dataset = None;
            if status == Published {
                let cands: Vec<usize> = match concept.fits {
                    Fits::Topic(t) => {
                        let local = city.map(|c| topics.all(t, Some(c.4))).unwrap_or(&[]);
                        if local.is_empty() {
                            topics.all(t, None).to_vec()
                        } else {
                            local.to_vec()
                        }
                    }
                    Fits::Crimes if city_i == ASTANA_CITY => by_uri
                        .get("astana_kalasynyn_kylmystyk_kuk1")
                        .into_iter()
                        .copied()
                        .collect(),
                    Fits::Crimes => topics.all(6, city.map(|c| c.4)).to_vec(),
                    Fits::Uri(u) => by_uri.get(u).into_iter().copied().collect(),
                    Fits::Nothing => Vec::new(),
                };
                let cands: Vec<usize> = cands
                    .into_iter()
                    .filter(|&d| {
                        minutes_of(&datasets[d].created_date)
                            .is_some_and(|m| m / 1440 >= first_day + 30)
                    })
                    .collect();
                if cands.is_empty() {
                    status = Scheduled;
                } else {
                    dataset = Some(cands[r.below(cands.len() as u64) as usize]);
                }
            }

            let chain: Vec<ApplicationStatus> = match status {
                Submitted => vec![Submitted],
                UnderReview => vec![Submitted, UnderReview],
                Accepted => vec![Submitted, UnderReview, Accepted],
                Scheduled if r.chance(0.5) => vec![Submitted, UnderReview, Accepted, Scheduled],
                Scheduled => vec![Submitted, UnderReview, Scheduled],
                Published => match r.below(3) {
                    0 => vec![Submitted, UnderReview, Accepted, Published],
                    1 => vec![Submitted, UnderReview, Scheduled, Published],
                    _ => vec![Submitted, UnderReview, Accepted, Scheduled, Published],
                },
                Rejected => vec![Submitted, UnderReview, Rejected],
            };
            let steps = chain.len() - 1;
            let published_at = dataset.and_then(|d| minutes_of(&datasets[d].created_date));
            let (start, end) = match (status, published_at) {
                (Published, Some(p)) => {
                    let end = p / 1440;
                    (end - (r.range(20, 400) as i64).min(end - first_day), end)
                }
                // Unanswered requests are mostly recent; a few have waited long.
                (Submitted, _) => {
                    let back = if r.chance(0.8) {
                        r.range(0, 90)
                    } else {
                        r.range(90, 700)
                    };
                    (last_day - back as i64, last_day)
                }
                (UnderReview, _) => {
                    let s = last_day - r.range(10, 500) as i64;
                    (s, (s + r.range(3, 40) as i64).min(last_day))
                }
                _ => {
                    let s = first_day + r.below((last_day - first_day - 60) as u64) as i64;
                    (s, (s + r.range(15, 330) as i64).min(last_day))
                }
            };
            let days = spread_days(&mut r, start, end, steps);
            let mut history: Vec<StatusChange> = chain
                .iter()
                .zip(&days)
                .map(|(&st, &d)| StatusChange {
                    status: st,
                    date: iso(office(&mut r, d)),
                })
                .collect();
            // The published step is the dataset's own publication moment.
            if let (Some(p), Some(last)) = (published_at, history.last_mut()) {
                last.date = iso(p);
            }
            let answered_day = days.last().copied().unwrap_or(start);
            let answer = answer_for(&mut r, status, answered_day, dataset.map(|d| &datasets[d]));
            ApplicationSeed {
                id,
                title,
                description,
                lang,
                category: concept.cat,
                agency,
                other_organization,
                status,
                votes: r.skewed(2_000) - 1,
                created_date: history[0].date.clone(),
                history,
                answer,
                dataset,
            }
        })
        .collect()
}

/// A request with markup and a `javascript:` text, for security tests (see docs §4.5).
fn hostile_application(id: u64) -> ApplicationSeed {
    use ApplicationStatus::*;
    let step = |status, date: &str| StatusChange {
        status,
        date: date.to_string(),
    };
    ApplicationSeed {
        id,
        title: "Перечень детских садов с бассейном <script>window.__pwned=1</script>".to_string(),
        description: "Данные можно взять здесь: javascript:window.__pwned=1 или <img src=x onerror=\"window.__pwned=1\"> — добавьте их на портал.".to_string(),
        lang: Lang::Ru,
        category: EDU,
        agency: Some(agency_of_region(18)),
        other_organization: None,
        status: Rejected,
        votes: 1_337,
        created_date: "2025-05-12T10:15:00".to_string(),
        history: vec![
            step(Submitted, "2025-05-12T10:15:00"),
            step(UnderReview, "2025-05-19T11:40:00"),
            step(Rejected, "2025-06-02T16:05:00"),
        ],
        answer: Some(AnswerTexts {
            answer_kk: Some("Осындай деректер жинағы порталда бар. <script>window.__pwned=1</script>".to_string()),
            answer_ru: Some("Аналогичный набор уже опубликован. <img src=x onerror=\"window.__pwned=1\">".to_string()),
            answer_en: None,
        }),
        dataset: None,
    }
}
