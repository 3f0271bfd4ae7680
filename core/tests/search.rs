//! The in-browser catalogue search's text matching over a small hand-written catalogue
//! (docs/portal-api.md §3.1: word forms, scripts, prefix, AND, relevance, highlighting). Parity
//! with portal-sim over its whole seed is tested there (`portal-sim/tests/catalogue_search.rs`).

mod common;
use common::*;
use opendata_core::Lang;

#[test]
fn word_forms_in_three_languages_and_two_scripts() {
    let c = catalogue();
    for text in ["школы", "школ", "Школа", "школа"] {
        // The keyword-only hit ranks last despite its views.
        assert_eq!(
            find(&c, text),
            ["schools-almaty", "schools-astana", "teachers"],
            "{text}"
        );
    }
    for text in ["мектеп", "мектептер", "мектептің", "МЕКТЕП", "mektep"]
    {
        assert_eq!(
            find(&c, text),
            ["schools-almaty", "schools-astana"],
            "{text}"
        );
    }
    // The very form written in a name (exact) outranks a shared stem, whatever the views.
    assert_eq!(
        find(&c, "mektepterınıñ"),
        ["schools-astana", "schools-almaty"]
    );
    for text in ["school", "schools"] {
        assert_eq!(
            find(&c, text),
            ["schools-almaty", "schools-astana"],
            "{text}"
        );
    }
    assert_eq!(find(&c, "больница"), ["hospitals-shymkent"]);
    assert_eq!(find(&c, "hospital"), ["hospitals-shymkent"]);
    assert_eq!(find(&c, "аурухана"), ["hospitals-shymkent"]);
    assert_eq!(find(&c, "балабақша"), ["kindergartens"]);
}

#[test]
fn latin_kazakh_meets_cyrillic_both_ways() {
    let c = catalogue();
    for text in ["densaulyq", "densaulyk", "денсаулық"] {
        assert_eq!(find(&c, text), ["hospitals-shymkent"], "{text}");
    }
    for text in ["shymkent", "Şymkent", "Шымкент"] {
        assert_eq!(find(&c, text), ["hospitals-shymkent"], "{text}");
    }
    // `kh` reads both ways: «Қазақстан» and «Казахстан».
    for text in [
        "qazaqstan",
        "kazakstan",
        "kazakhstan",
        "Қазақстан",
        "Казахстан",
    ] {
        assert_eq!(find(&c, text), ["population"], "{text}");
    }
    // A Cyrillic word finds Latin-script text; `j`, `zh` and «ж» are one letter.
    for text in ["Жамбыл", "Jambyl", "Zhambyl", "облысы", "жол"] {
        assert_eq!(find(&c, text), ["jambyl-roads"], "{text}");
    }
    assert_eq!(find(&c, "tarih"), ["museums"]);
    assert_eq!(find(&c, "bılım"), ["schools-astana"]);
}

#[test]
fn prefix_on_the_last_word_only_and_every_word_must_match() {
    let c = catalogue();
    assert_eq!(
        find(&c, "шко"),
        ["schools-almaty", "schools-astana", "teachers"]
    );
    assert_eq!(find(&c, "список шко"), ["schools-almaty", "schools-astana"]);
    assert!(find(&c, "шко список").is_empty());
    // One letter is no prefix; a word inside another is not a match.
    assert!(find(&c, "ш").is_empty());
    assert!(!find(&c, "школ").contains(&"kindergartens".to_string()));
    assert_eq!(find(&c, "школы Алматы"), ["schools-almaty"]);
    assert_eq!(find(&c, "школа-Алматы"), ["schools-almaty"]);
    assert!(find(&c, "школы больницы").is_empty());
    assert!(find(&c, "zzzqqqxx").is_empty());
}

#[test]
fn matched_words_are_this_datasets_words_as_written() {
    let c = catalogue();
    let r = c.search(&query("школы"), Lang::Kk, 20);
    let astana = &r.datasets[1];
    assert_eq!(astana.api_uri, "schools-astana");
    // The Russian name's «школ», the keyword «школа»; the description's «школ» is the same word.
    assert_eq!(astana.matched_words, ["школ", "школа"]);
    let r = c.search(&query("мектеп астана"), Lang::Kk, 20);
    assert_eq!(
        r.datasets[0].matched_words,
        ["Астана", "мектептерінің", "Астаны", "Astana", "мектеп"]
    );
    // Without text there are none.
    let r = c.search(&query(""), Lang::Kk, 20);
    assert!(r.datasets.iter().all(|d| d.matched_words.is_empty()));
}
