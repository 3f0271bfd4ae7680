//! The logic of the app's UI strings (its tables are generated from `locales/`): the plural form
//! a count takes in each language, and filling a string's `{{ name }}` slots.

use crate::Lang;
use std::fmt::{Display, Write as _};

/// The indices of a counted string's forms in a language's table (a form the language does not
/// use holds its "other" text).
#[derive(Clone, Copy, Debug)]
pub struct Plural {
    pub one: u16,
    pub few: u16,
    pub many: u16,
    pub other: u16,
}

/// The CLDR cardinal form for a whole number: Kazakh and English "one" for 1, else "other";
/// Russian "one" (1, 21, 101…), "few" (2–4, 22–24…) and "many" (the rest, and 11–14).
pub fn plural_form(lang: Lang, p: Plural, n: u64) -> u16 {
    match lang {
        Lang::Kk | Lang::En if n == 1 => p.one,
        Lang::Kk | Lang::En => p.other,
        Lang::Ru => {
            let (d, h) = (n % 10, n % 100);
            if d == 1 && h != 11 {
                p.one
            } else if (2..=4).contains(&d) && !(12..=14).contains(&h) {
                p.few
            } else {
                p.many
            }
        }
    }
}

/// `template` with each `{{ name }}` replaced by its value; an unknown slot stays as written.
pub fn fill(template: &str, vars: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        out.push_str(&rest[..start]);
        let slot = &rest[start..start + len + 2];
        let name = slot[2..slot.len() - 2].trim();
        match vars.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                let _ = write!(out, "{v}");
            }
            None => out.push_str(slot),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_slots() {
        assert_eq!(
            fill("{{ n }} of {{total}}", &[("n", &2), ("total", &"5")]),
            "2 of 5"
        );
        assert_eq!(fill("({{ lang }})", &[("lang", &"орысша")]), "(орысша)");
        assert_eq!(fill("{{ x }} {{", &[]), "{{ x }} {{");
        assert_eq!(fill("none", &[("n", &1)]), "none");
    }

    #[test]
    fn plural_forms() {
        let p = Plural {
            one: 1,
            few: 2,
            many: 3,
            other: 4,
        };
        let ru = |n| plural_form(Lang::Ru, p, n);
        assert_eq!([ru(1), ru(21), ru(101)], [1, 1, 1]);
        assert_eq!([ru(2), ru(4), ru(22), ru(104)], [2, 2, 2, 2]);
        assert_eq!(
            [ru(0), ru(5), ru(11), ru(12), ru(14), ru(111), ru(1000)],
            [3; 7]
        );
        for l in [Lang::Kk, Lang::En] {
            assert_eq!(plural_form(l, p, 1), 1);
            assert_eq!([0, 2, 11, 21].map(|n| plural_form(l, p, n)), [4; 4]);
        }
    }
}
