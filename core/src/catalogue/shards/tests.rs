//! Tests of the term-split index: postings, scores, partitions, shard coding and varints.

use super::*;
use crate::search::Index;
use crate::Lang;

fn docs() -> Vec<Vec<Part<'static>>> {
    let p = |field, lang, text| Part { field, lang, text };
    vec![
        vec![p(Field::Name, Lang::Kk, "Мектептерінің тізімі")],
        vec![
            p(Field::Name, Lang::Ru, "Список школ Астаны"),
            p(Field::Description, Lang::Ru, "школы"),
        ],
        vec![p(Field::Name, Lang::En, "Public schools, Kazakhstan")],
        vec![
            p(Field::Keyword, Lang::Kk, "мектеп"),
            p(Field::Description, Lang::Kk, "Қазақстан мектепаралық"),
        ],
        vec![p(Field::Name, Lang::Ru, "Больницы Казахстана")],
    ]
}

#[test]
fn scores_are_the_matchers() {
    let idx = Index::build(docs());
    let p = Postings::build(docs());
    for q in [
        "мектеп",
        "mektep",
        "школы",
        "шко",
        "school",
        "kazakhstan",
        "қазақ",
        "список шко",
        "шко список",
        "больницы школы",
        "me",
        "zzz",
    ] {
        let q = Query::parse(q);
        let want: Vec<(u32, u32)> = (idx.scores(&idx.matcher(&q)).into_iter())
            .map(|(d, s)| (d as u32, s))
            .collect();
        assert_eq!(scores(&q, &p), want, "{:?}", q.words[0].surface);
    }
}

#[test]
fn shards_round_trip() {
    let p = Postings::build(docs());
    assert!(p.keys.windows(2).all(|w| w[0] < w[1]));
    let bytes = encode_shard(&p.keys, &p.lists);
    let back = decode_shard(&bytes).expect("decodes");
    assert_eq!((back.keys, back.lists), (p.keys, p.lists));
    for cut in 0..bytes.len() {
        assert!(decode_shard(&bytes[..cut]).is_err(), "{cut}");
    }
    // Non-ASCII keys share prefixes on character boundaries.
    let keys = vec!["北京".to_string(), "北海".to_string()];
    let lists = vec![vec![], vec![]];
    let back = decode_shard(&encode_shard(&keys, &lists)).expect("decodes");
    assert_eq!(back.keys, keys);
}

#[test]
fn partition_cuts_at_target() {
    assert_eq!(partition(&[3, 3, 3, 3, 3], 6), [0..2, 2..4, 4..5]);
    assert_eq!(partition(&[10, 1, 1], 5), [0..1, 1..3]);
    assert!(partition(&[], 5).is_empty());
}

#[test]
fn directory_finds_shards_for_keys_and_prefixes() {
    let d = Directory {
        firsts: ["a", "bi", "bo", "bu", "c"].map(String::from).to_vec(),
    };
    assert_eq!(d.shard_of("0"), 0);
    assert_eq!(d.shard_of("bilim"), 1);
    assert_eq!(d.shard_of("bo"), 2);
    assert_eq!(d.shard_of("zhol"), 4);
    // «b…» spans from the shard holding "b" to the last starting with "b".
    assert_eq!(d.shards_for_prefix("b"), 0..4);
    assert_eq!(d.shards_for_prefix("bil"), 1..2);
    assert_eq!(d.shards_for_prefix("zz"), 4..5);
}

#[test]
fn varints() {
    let mut v = Vec::new();
    for x in [0, 1, 127, 128, 300, u64::MAX] {
        put(&mut v, x);
    }
    let mut at = 0;
    for x in [0, 1, 127, 128, 300, u64::MAX] {
        assert_eq!(get(&v, &mut at), Ok(x));
    }
    assert!(get(&v, &mut at).is_err());
}
