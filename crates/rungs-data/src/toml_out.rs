//! Writing TOML by hand for the files an import produces: strings escaped per the TOML spec,
//! short arrays on one line and long ones one item per line, so the files read like hand-written.

/// A TOML basic string.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `key = value`.
pub fn key_value(key: &str, value: &str) -> String {
    format!("{key} = {value}")
}

/// An array of TOML values: on one line when short, else one per line.
pub fn array(items: &[String]) -> String {
    let one_line = format!("[{}]", items.join(", "));
    if one_line.len() <= 80 && !one_line.contains('\n') {
        return one_line;
    }
    let lines: Vec<String> = items.iter().map(|i| format!("    {i},")).collect();
    format!("[\n{}\n]", lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_read_back_through_toml() {
        for s in [
            "plain",
            "quote \" and \\ backslash",
            "two\nlines\ttab",
            "Zoë’s “team”",
            "bell\u{7}",
        ] {
            let text = key_value("x", &string(s));
            let v: toml::Value = toml::from_str(&text).expect("valid TOML");
            assert_eq!(v["x"].as_str(), Some(s));
        }
        let long: Vec<String> = (0..20).map(|i| string(&format!("item {i}"))).collect();
        let v: toml::Value = toml::from_str(&key_value("x", &array(&long))).expect("array");
        assert_eq!(v["x"].as_array().map(Vec::len), Some(20));
    }
}
