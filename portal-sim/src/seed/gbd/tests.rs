//! Tests of the `gbd_ul` generator: vocabulary layout, word boundaries, reach and BINs.

use super::*;
use opendata_core::text::{normalize, words};

#[test]
fn vocabulary_is_laid_out_as_the_offsets_say() {
    assert_eq!(vocab(SEP_ZONE), "+06:00");
    assert_eq!(vocab(V_WORD), "Астана");
    assert_eq!(vocab(V_FORM_KK + 6), "ӨК");
    assert_eq!(vocab(V_STATUS_RU + 1), "Ликвидирован");
    assert_eq!(vocab(V_STATUS_KK + 2), "Қайта ұйымдастырылған");
    assert_eq!(vocab(V_DIST_KK), "Есіл ауданы");
    assert_eq!(vocab(V_STREET), "Абая");
    assert_eq!(vocab(VOCAB_LEN as u16 - 1), "Желтоксан");
    assert_eq!(vocab(VOCAB_LEN as u16), "");
}

/// The evaluator relies on it: the words of a field are the words of its pieces.
#[test]
fn pieces_meet_at_word_boundaries() {
    for row in (0..super::super::GBD_UL_ROWS).step_by(4999) {
        let d = Draws::new(Rng::derive(1, &[2, 0, row]), row);
        for f in 0..FIELDS.len() {
            let mut text = String::new();
            d.render(f, &mut text);
            let whole: Vec<String> = words(&normalize(&text)).map(str::to_string).collect();
            let mut parts = Vec::new();
            d.pieces(f, |p| {
                let mut s = String::new();
                render_piece(p, &mut s);
                parts.extend(words(&normalize(&s)).map(str::to_string));
            });
            assert_eq!(whole, parts, "{text}");
        }
    }
}

/// `reach` bounds what a column can contain: every piece of a real row is in it, and every
/// entry it lists turns up.
#[test]
fn reach_is_exact() {
    for f in 0..FIELDS.len() {
        let (voc, num) = Draws::reach(f);
        let mut seen = Vec::new();
        let mut seen_num = false;
        for row in (0..super::super::GBD_UL_ROWS).step_by(97) {
            let d = Draws::new(Rng::derive(1, &[2, 0, row]), row);
            d.pieces(f, |p| match p {
                Piece::Voc(i) => {
                    assert!(voc.contains(&i), "field {f} piece {i}");
                    if !seen.contains(&i) {
                        seen.push(i);
                    }
                }
                Piece::Num { .. } => seen_num = true,
            });
        }
        seen.sort_unstable();
        let mut want = voc.clone();
        want.sort_unstable();
        want.dedup();
        assert_eq!(seen, want, "field {f}");
        assert_eq!(seen_num, num, "field {f}");
    }
}

#[test]
fn bins_are_12_digits_and_strictly_increasing() {
    let mut prev = String::new();
    for row in (0..super::super::GBD_UL_ROWS)
        .step_by(997)
        .chain([999_998, 999_999])
    {
        let b = bin(row);
        assert_eq!(b.len(), 12, "{b}");
        assert!(b > prev, "{b} after {prev}");
        prev = b;
    }
    assert_eq!(bin(0), "000140000003");
    assert!(bin(999_999).starts_with("2610"));
}
