//! `gbd_ul`, the 1,000,000-row register of legal entities, described piece by piece.
//!
//! A record is a handful of random choices ([`Draws`]) plus the row number. Every field is a
//! sequence of [`Piece`]s: fixed strings from a small vocabulary and zero-padded numbers, with a
//! word boundary between any two neighbours. So the evaluator (`dsl.rs`) can decide "does this
//! field contain word w" per vocabulary entry once per query, and then per row with a table
//! lookup, instead of formatting and normalising a million records (seconds even in release).
//! [`Draws::render`] turns the same pieces into the record's text, so both always agree.

#[cfg(test)]
mod tests;
mod vocabulary;

pub use vocabulary::{vocab, VOCAB_LEN};

use super::tables::STREETS;
use crate::rng::Rng;
use vocabulary::*;

/// The fields, in column order (`Draws::pieces` takes an index into this).
pub const FIELDS: [&str; 11] = [
    "bin",
    "datereg",
    "nameru",
    "namekz",
    "addressru",
    "addresskz",
    "statusru",
    "statuskz",
    "okedru",
    "okedkz",
    "id",
];

/// One piece of a field's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A vocabulary entry.
    Voc(u16),
    /// `n` in decimal, zero-padded to `width` digits.
    Num { n: u64, width: u8 },
}

// BINs: registration month 2000-01…2026-10 (322 months), spread evenly over the rows, so both
// `bin` and `datereg` grow with the row number.
const MONTHS: u64 = 322;

fn month_start(m: u64) -> u64 {
    (m * super::GBD_UL_ROWS).div_ceil(MONTHS)
}

/// The row's BIN as a number (12 digits zero-padded), and its registration date.
fn bin_and_date(row: u64) -> (u64, u64, u64, u64) {
    let m = (row * MONTHS / super::GBD_UL_ROWS).min(MONTHS - 1);
    let start = month_start(m);
    let len = month_start(m + 1) - start;
    let seq = row - start;
    let (y, mo) = (2000 + m / 12, m % 12 + 1);
    let check = (row * 7 + 3) % 10;
    // `{yy:02}{mm:02}40{seq:05}{check}`
    let bin = (((y % 100) * 100 + mo) * 100 + 40) * 100_000 * 10 + seq * 10 + check;
    (bin, y, mo, 1 + seq * 28 / len.max(1))
}

/// The BIN of `row` (the pk): 12 digits, strictly increasing with the row number.
pub fn bin(row: u64) -> String {
    format!("{:012}", bin_and_date(row).0)
}

/// The random choices of one record, each computed when asked for (a sort on `datereg`
/// needs none of them, a filter on `statusru` one).
#[derive(Clone, Debug)]
pub struct Draws {
    row: u64,
    g: Rng,
}

// The order in which the generator has always drawn the choices (data stays byte-identical).
const D_W1: u64 = 0;
const D_W2: u64 = 1;
const D_FORM: u64 = 2;
const D_STATUS: u64 = 3;
const D_OKED: u64 = 4;
const D_DIST: u64 = 5;
const D_STREET: u64 = 6;
const D_HOUSE: u64 = 7;
const D_FLAT: u64 = 8;

impl Draws {
    /// The choices of `row`, `g` being `Seed::row_rng` of it.
    #[inline]
    pub fn new(g: Rng, row: u64) -> Draws {
        Draws { row, g }
    }

    /// Draw `k`: uniform in `0..n`.
    #[inline]
    fn below(&self, k: u64, n: usize) -> u64 {
        self.g.skip(k).below(n as u64)
    }

    #[inline]
    fn pick(&self, k: u64, n: usize) -> u16 {
        self.below(k, n) as u16
    }

    #[inline]
    fn status(&self) -> u16 {
        match self.below(D_STATUS, 100) {
            0..=79 => 0,
            80..=94 => 1,
            _ => 2,
        }
    }

    /// Calls `out` with each piece of field `field` (an index into [`FIELDS`]; none past the
    /// end), in order.
    #[inline]
    pub fn pieces(&self, field: usize, mut out: impl FnMut(Piece)) {
        use Piece::{Num, Voc};
        let num = |n: u64| Num { n, width: 0 };
        let mut all = |ps: &[Piece]| ps.iter().for_each(|p| out(*p));
        match field {
            0 => all(&[Num {
                n: bin_and_date(self.row).0,
                width: 12,
            }]),
            1 => {
                let (_, y, mo, day) = bin_and_date(self.row);
                all(&[
                    Num { n: y, width: 4 },
                    Voc(SEP_DASH),
                    Num { n: mo, width: 2 },
                    Voc(SEP_DASH),
                    Num { n: day, width: 2 },
                    Voc(SEP_ZONE),
                ]);
            }
            2 => all(&[
                Voc(V_FORM_RU + self.pick(D_FORM, FORMS.len())),
                Voc(SEP_SP_LQ),
                Voc(V_WORD + self.pick(D_W1, ORG_WORDS.len())),
                Voc(SEP_SP),
                Voc(V_WORD + self.pick(D_W2, ORG_WORDS.len())),
                Voc(SEP_RQ),
            ]),
            3 => all(&[
                Voc(SEP_LQ),
                Voc(V_WORD + self.pick(D_W1, ORG_WORDS.len())),
                Voc(SEP_SP),
                Voc(V_WORD + self.pick(D_W2, ORG_WORDS.len())),
                Voc(SEP_RQ_SP),
                Voc(V_FORM_KK + self.pick(D_FORM, FORMS.len())),
            ]),
            4 => all(&[
                Voc(SEP_ASTANA_RU),
                Voc(V_DIST_RU + self.pick(D_DIST, CITY_DISTRICTS.len())),
                Voc(SEP_STREET_RU),
                Voc(V_STREET + self.pick(D_STREET, STREETS.len())),
                Voc(SEP_HOUSE_RU),
                num(1 + self.below(D_HOUSE, 120)),
                Voc(SEP_FLAT_RU),
                num(1 + self.below(D_FLAT, 300)),
            ]),
            5 => all(&[
                Voc(SEP_ASTANA_KK),
                Voc(V_DIST_KK + self.pick(D_DIST, CITY_DISTRICTS.len())),
                Voc(SEP_COMMA),
                Voc(V_STREET + self.pick(D_STREET, STREETS.len())),
                Voc(SEP_STREET_KK),
                num(1 + self.below(D_HOUSE, 120)),
                Voc(SEP_HOUSE_KK),
                num(1 + self.below(D_FLAT, 300)),
                Voc(SEP_FLAT_KK),
            ]),
            6 => all(&[Voc(V_STATUS_RU + self.status())]),
            7 => all(&[Voc(V_STATUS_KK + self.status())]),
            8 => all(&[Voc(V_OKED_RU + self.pick(D_OKED, OKED.len()))]),
            9 => all(&[Voc(V_OKED_KK + self.pick(D_OKED, OKED.len()))]),
            10 => all(&[num(self.row + 1)]),
            _ => {}
        }
    }

    /// Appends field `field`'s text to `out`.
    pub fn render(&self, field: usize, out: &mut String) {
        self.pieces(field, |p| render_piece(p, out));
    }

    /// Every vocabulary entry column `field` can hold, and whether it holds numbers: bounds
    /// such as "no column but `nameru` can contain this word".
    pub fn reach(field: usize) -> (Vec<u16>, bool) {
        let (voc, num): (&[(u16, usize)], bool) = match field {
            0 | 10 => (&[], true),
            1 => (&[(SEP_DASH, 1), (SEP_ZONE, 1)], true),
            2 => (
                &[
                    (V_FORM_RU, FORMS.len()),
                    (SEP_SP_LQ, 1),
                    (V_WORD, ORG_WORDS.len()),
                    (SEP_SP, 1),
                    (SEP_RQ, 1),
                ],
                false,
            ),
            3 => (
                &[
                    (SEP_LQ, 1),
                    (V_WORD, ORG_WORDS.len()),
                    (SEP_SP, 1),
                    (SEP_RQ_SP, 1),
                    (V_FORM_KK, FORMS.len()),
                ],
                false,
            ),
            4 => (
                &[
                    (SEP_ASTANA_RU, 1),
                    (V_DIST_RU, CITY_DISTRICTS.len()),
                    (SEP_STREET_RU, 1),
                    (V_STREET, STREETS.len()),
                    (SEP_HOUSE_RU, 1),
                    (SEP_FLAT_RU, 1),
                ],
                true,
            ),
            5 => (
                &[
                    (SEP_ASTANA_KK, 1),
                    (V_DIST_KK, CITY_DISTRICTS.len()),
                    (SEP_COMMA, 1),
                    (V_STREET, STREETS.len()),
                    (SEP_STREET_KK, 1),
                    (SEP_HOUSE_KK, 1),
                    (SEP_FLAT_KK, 1),
                ],
                true,
            ),
            6 => (&[(V_STATUS_RU, STATUSES.len())], false),
            7 => (&[(V_STATUS_KK, STATUSES.len())], false),
            8 => (&[(V_OKED_RU, OKED.len())], false),
            9 => (&[(V_OKED_KK, OKED.len())], false),
            _ => (&[], false),
        };
        let entries = voc
            .iter()
            .flat_map(|&(start, n)| (start..).take(n))
            .collect();
        (entries, num)
    }
}

/// Appends one piece's text.
#[inline]
pub fn render_piece(p: Piece, out: &mut String) {
    match p {
        Piece::Voc(i) => out.push_str(vocab(i)),
        Piece::Num { n, width } => {
            // By hand: `write!` with a width costs more than the rest of a row.
            let mut buf = [b'0'; 20];
            let mut i = buf.len();
            let mut n = n;
            loop {
                i -= 1;
                buf[i] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            let start = i.min(buf.len().saturating_sub(usize::from(width)));
            for &b in &buf[start..] {
                out.push(char::from(b));
            }
        }
    }
}

/// The whole record, fields in column order.
pub fn record(g: Rng, row: u64) -> Vec<(&'static str, String)> {
    let d = Draws::new(g, row);
    FIELDS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut s = String::new();
            d.render(i, &mut s);
            (*name, s)
        })
        .collect()
}
