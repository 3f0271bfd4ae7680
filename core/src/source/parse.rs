//! The parser's helpers: reading one key's value of the expected JSON shape, with an error
//! that names the key.

use super::{Order, SortSpec};
use serde_json::{Map, Value};

pub(super) fn obj1(k: &str, v: Value) -> Value {
    let mut m = Map::new();
    m.insert(k.to_string(), v);
    Value::Object(m)
}

pub(super) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub(super) fn parse_uint(key: &str, v: &Value) -> Result<u64, String> {
    if let Some(n) = v.as_u64() {
        return Ok(n);
    }
    // Clients sometimes send numbers as strings ("size":"100"); ES accepts that, so do we.
    if let Some(n) = v.as_str().and_then(|s| s.trim().parse::<u64>().ok()) {
        return Ok(n);
    }
    Err(format!(
        "`{key}` must be a non-negative integer, got {}",
        match v {
            Value::Number(n) => n.to_string(),
            other => kind(other).to_string(),
        }
    ))
}

pub(super) fn parse_order(field: &str, v: &Value) -> Result<Order, String> {
    match v.as_str() {
        Some("asc") => Ok(Order::Asc),
        Some("desc") => Ok(Order::Desc),
        _ => Err(format!(
            "sort order for `{field}` must be \"asc\" or \"desc\", got {v}"
        )),
    }
}

pub(super) fn parse_sort(v: &Value) -> Result<Vec<SortSpec>, String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for item in items {
        match item {
            // `"sort":["id"]` and `"sort":"id"` mean ascending, as in ES.
            Value::String(f) => out.push(SortSpec {
                field: f.clone(),
                order: Order::Asc,
            }),
            Value::Object(o) => {
                // ES allows several keys in one sort object; their order is then significant.
                if o.is_empty() {
                    return Err("empty object in `sort`".into());
                }
                for (field, spec) in o {
                    let order = match spec {
                        Value::String(_) => parse_order(field, spec)?,
                        Value::Object(so) => {
                            only_keys(&format!("sort.{field}"), so, &["order"])?;
                            match so.get("order") {
                                Some(x) => parse_order(field, x)?,
                                None => Order::Asc,
                            }
                        }
                        other => {
                            return Err(format!(
                                "sort spec for `{field}` must be \"asc\"/\"desc\" or {{\"order\":…}}, got {}",
                                kind(other)
                            ))
                        }
                    };
                    out.push(SortSpec {
                        field: field.clone(),
                        order,
                    });
                }
            }
            other => {
                return Err(format!(
                    "`sort` items must be objects or field names, got {}",
                    kind(other)
                ))
            }
        }
    }
    Ok(out)
}

pub(super) fn parse_fields(v: &Value) -> Result<Option<Vec<String>>, String> {
    match v {
        // `"_source": true` is ES for "everything".
        Value::Bool(true) => Ok(None),
        Value::String(s) => Ok(Some(vec![s.clone()])),
        Value::Array(_) => Ok(Some(string_list("_source", v)?)),
        other => Err(format!(
            "`_source` must be a field name or an array of field names, got {}",
            kind(other)
        )),
    }
}

pub(super) fn string_list(key: &str, v: &Value) -> Result<Vec<String>, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("`{key}` must be an array of strings"))?;
    arr.iter()
        .map(|x| {
            x.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("`{key}` must contain only strings, got {}", kind(x)))
        })
        .collect()
}

pub(super) fn expect_obj<'a>(key: &str, v: &'a Value) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("`{key}` must be an object, got {}", kind(v)))
}

pub(super) fn only_keys(ctx: &str, o: &Map<String, Value>, allowed: &[&str]) -> Result<(), String> {
    match o.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!(
            "unsupported key `{k}` in `{ctx}` (supported: {})",
            allowed.join(", ")
        )),
        None => Ok(()),
    }
}

/// `{"field": inner}` with exactly one field.
pub(super) fn single_field<'a>(ty: &str, v: &'a Value) -> Result<(String, &'a Value), String> {
    let o = expect_obj(ty, v)?;
    let mut it = o.iter();
    match (it.next(), it.next()) {
        (Some((k, inner)), None) => Ok((k.clone(), inner)),
        (None, _) => Err(format!("`{ty}` needs one field")),
        _ => Err(format!(
            "`{ty}` must name exactly one field; combine several with `bool`"
        )),
    }
}

pub(super) fn scalar<'a>(ctx: &str, v: &'a Value) -> Result<&'a Value, String> {
    match v {
        Value::String(_) | Value::Number(_) | Value::Bool(_) => Ok(v),
        other => Err(format!(
            "`{ctx}` value must be a string, number or boolean, got {}",
            kind(other)
        )),
    }
}
