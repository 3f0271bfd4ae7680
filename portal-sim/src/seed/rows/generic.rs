//! Records of the generic datasets: each field drawn by its topic's generator.

use super::places::{district_name, village_name};
use super::{s, Row};
use crate::rng::Rng;
use crate::seed::tables::*;
use crate::seed::{civil_from_days, days_from_civil, person, phone, translit, Seed};

impl Seed {
    pub(super) fn generic_row(
        &self,
        g: &mut Rng,
        topic: usize,
        region: Option<usize>,
        year: u16,
        row: u64,
    ) -> Row {
        let t = &TOPICS[topic];
        let ri = region.unwrap_or_else(|| g.below(REGIONS.len() as u64) as usize);
        let reg = &REGIONS[ri];
        let year = if year == 0 {
            g.range(2015, 2026)
        } else {
            u64::from(year)
        };
        let centre = reg.centre[1];
        let mut out = Vec::with_capacity(t.fields.len());
        for f in t.fields {
            let v = match f.g {
                G::Id => (row + 1).to_string(),
                G::Org(pats) => g
                    .pick(pats)
                    .replace("{n}", &g.range(1, 240).to_string())
                    .replace("{c}", centre),
                G::Address => {
                    if reg.city || g.chance(0.6) {
                        format!(
                            "г. {centre}, ул. {}, д. {}",
                            g.pick(STREETS),
                            g.range(1, 180)
                        )
                    } else {
                        let d = district_name(self.seed, ri, g.below(11));
                        let v = village_name(g);
                        format!(
                            "{}, с. {}, ул. {}, д. {}",
                            d.1,
                            v.1,
                            g.pick(STREETS),
                            g.range(1, 90)
                        )
                    }
                }
                G::District => district_name(self.seed, ri, g.below(11)).1,
                G::Phone => phone(g),
                G::Int(lo, hi) => g.range(lo, hi).to_string(),
                G::Dbl(lo, hi) => format!("{:.2}", lo as f64 + g.unit() * (hi - lo) as f64),
                G::Date => {
                    let d0 = days_from_civil(year as i64, 1, 1);
                    let (y, m, d) = civil_from_days(d0 + g.below(365) as i64);
                    format!("{d:02}.{m:02}.{y}")
                }
                G::Year => year.to_string(),
                G::Month => format!("{year}-{:02}", row % 12 + 1),
                G::Choice(c) => g.pick(c).to_string(),
                G::Website => format!("https://{}-org{}.kz", translit(centre, 20), g.range(1, 500)),
                G::Email => format!("info{}@{}.kz", g.range(1, 500), translit(centre, 20)),
                G::Lat => format!("{:.6}", reg.lat + (g.unit() - 0.5) * 0.16),
                G::Lon => format!("{:.6}", reg.lon + (g.unit() - 0.5) * 0.24),
                G::Person => person(g)[1].clone(),
            };
            out.push((f.name, s(v)));
        }
        out
    }
}
