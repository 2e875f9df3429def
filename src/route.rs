//! Which view the URL asks for. Routing lives in the URL fragment (`#/role/x`), so `dist/` works
//! from any static file server, under any sub-path, with no rewrite rules: the server only ever
//! sees `index.html`. This module is pure (parse and format); `crate::location` talks to the browser.

/// A view and its parameters, as carried in the URL fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The role catalogue; the query holds the filters (see `crate::search::Filters`).
    Catalogue {
        query: Vec<(String, String)>,
    },
    /// A role; `section` scrolls to one part of the page (`#/role/x/skills`).
    Role {
        id: String,
        section: Option<String>,
    },
    Skill {
        code: String,
    },
    Compare {
        ids: Vec<String>,
    },
    /// Personal progress; `link` is a shared progress payload waiting to be imported, `focus`
    /// the statements a comparison found new at a role (`?focus=<role>&since=<role>`).
    Progress {
        link: Option<String>,
        focus: Option<Focus>,
    },
    /// The development plan from My progress: the gaps to the target role, to print or download.
    Plan,
    /// The reviewer's side: a review request link to open (`link`), a review saved in this
    /// browser (`id`), or with neither the list of saved reviews.
    Review {
        link: Option<String>,
        id: Option<String>,
    },
    /// The person's side: a reviewer's reply link to open (`link`), a kept reply (`id`), or
    /// with neither the list of kept replies.
    Reply {
        link: Option<String>,
        id: Option<String>,
    },
    /// Where the framework text comes from; `id` scrolls to one source.
    Sources {
        id: Option<String>,
    },
    /// About the framework: its guide pages, levels and paths; `id` scrolls to one guide.
    About {
        id: Option<String>,
    },
    /// A fragment that names no view; shown as "page not found".
    Unknown {
        fragment: String,
    },
}

/// "What is new at `role` compared with `since`": the statements to assess first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    pub role: String,
    pub since: String,
}

impl Route {
    /// My progress, with nothing waiting and no focus.
    pub fn progress() -> Route {
        Route::Progress {
            link: None,
            focus: None,
        }
    }

    /// The link and the id of the reviewer's view (`None` for any other view).
    pub fn review_parts(&self) -> Option<(Option<&str>, Option<&str>)> {
        match self {
            Route::Review { link, id } => Some((link.as_deref(), id.as_deref())),
            _ => None,
        }
    }

    /// The link and the id of the replies view (`None` for any other view).
    pub fn reply_parts(&self) -> Option<(Option<&str>, Option<&str>)> {
        match self {
            Route::Reply { link, id } => Some((link.as_deref(), id.as_deref())),
            _ => None,
        }
    }

    /// The page of role `id`, from its top.
    pub fn role(id: &str) -> Route {
        Route::Role {
            id: id.to_string(),
            section: None,
        }
    }

    /// Parses a fragment such as `#/role/sfia-director-of-engineering` (the `#` is optional).
    /// Anything unrecognised becomes [`Route::Unknown`]; this never fails.
    pub fn parse(fragment: &str) -> Route {
        let raw = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = match raw.split_once('?') {
            Some((path, query)) => (path, parse_query(query)),
            None => (raw, vec![]),
        };
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect();
        let param = |name: &str| {
            query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        match segments
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [] => Route::Catalogue { query },
            ["role", id] => Route::Role {
                id: id.to_string(),
                section: None,
            },
            ["role", id, section] => Route::Role {
                id: id.to_string(),
                section: Some(section.to_string()),
            },
            ["skill", code] => Route::Skill {
                code: code.to_string(),
            },
            ["compare"] => Route::Compare {
                ids: param("roles")
                    .map(|v| {
                        v.split(',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default(),
            },
            ["progress"] => Route::Progress {
                link: param("link").filter(|l| !l.is_empty()),
                focus: param("focus").filter(|r| !r.is_empty()).map(|role| Focus {
                    role,
                    since: param("since").unwrap_or_default(),
                }),
            },
            ["progress", "plan"] => Route::Plan,
            ["review"] => Route::Review {
                link: param("link").filter(|l| !l.is_empty()),
                id: param("id").filter(|l| !l.is_empty()),
            },
            ["progress", "reply"] => Route::Reply {
                link: param("link").filter(|l| !l.is_empty()),
                id: param("id").filter(|l| !l.is_empty()),
            },
            ["about"] => Route::About { id: None },
            ["about", id] => Route::About {
                id: Some(id.to_string()),
            },
            ["sources"] => Route::Sources { id: None },
            ["sources", id] => Route::Sources {
                id: Some(id.to_string()),
            },
            _ => Route::Unknown {
                fragment: raw.to_string(),
            },
        }
    }

    /// The fragment for this route, including the leading `#`.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Catalogue { query } if query.is_empty() => "#/".into(),
            Route::Catalogue { query } => format!("#/?{}", format_query(query)),
            Route::Role { id, section: None } => format!("#/role/{}", percent_encode(id)),
            Route::Role {
                id,
                section: Some(section),
            } => format!("#/role/{}/{}", percent_encode(id), percent_encode(section)),
            Route::Skill { code } => format!("#/skill/{}", percent_encode(code)),
            Route::Compare { ids } if ids.is_empty() => "#/compare".into(),
            Route::Compare { ids } => format!(
                "#/compare?roles={}",
                ids.iter()
                    .map(|id| percent_encode(id))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            Route::Progress { link, focus } => {
                let mut query = vec![];
                if let Some(link) = link {
                    query.push(("link".to_string(), link.clone()));
                }
                if let Some(f) = focus {
                    query.push(("focus".to_string(), f.role.clone()));
                    query.push(("since".to_string(), f.since.clone()));
                }
                match query.is_empty() {
                    true => "#/progress".into(),
                    false => format!("#/progress?{}", format_query(&query)),
                }
            }
            Route::Plan => "#/progress/plan".into(),
            Route::Review { link, id } => with_link_or_id("#/review", link, id),
            Route::Reply { link, id } => with_link_or_id("#/progress/reply", link, id),
            Route::About { id: None } => "#/about".into(),
            Route::About { id: Some(id) } => format!("#/about/{}", percent_encode(id)),
            Route::Sources { id: None } => "#/sources".into(),
            Route::Sources { id: Some(id) } => format!("#/sources/{}", percent_encode(id)),
            Route::Unknown { fragment } => format!("#{fragment}"),
        }
    }

    /// Identifies the page to render: changes of filters or of a role's section keep the same
    /// page (and its focus and scroll), a different role or view renders a new one.
    pub fn page_key(&self) -> String {
        match self {
            Route::Catalogue { .. } => "catalogue".into(),
            Route::Role { id, .. } => format!("role/{id}"),
            Route::Skill { code } => format!("skill/{code}"),
            Route::Compare { .. } => "compare".into(),
            Route::Progress { .. } => "progress".into(),
            Route::Plan => "plan".into(),
            Route::Review { .. } => "review".into(),
            Route::Reply { .. } => "reply".into(),
            Route::Sources { .. } => "sources".into(),
            Route::About { .. } => "about".into(),
            Route::Unknown { fragment } => format!("unknown/{fragment}"),
        }
    }

    /// Short name for the navigation's "current page" marker.
    pub fn section(&self) -> &'static str {
        match self {
            Route::Catalogue { .. } | Route::Role { .. } | Route::Skill { .. } => "roles",
            Route::Compare { .. } => "compare",
            Route::Progress { .. } | Route::Plan | Route::Reply { .. } => "progress",
            Route::Review { .. } => "",
            Route::Sources { .. } => "sources",
            Route::About { .. } => "about",
            Route::Unknown { .. } => "",
        }
    }
}

/// `path`, then `?link=…` or `?id=…` when there is one.
fn with_link_or_id(path: &str, link: &Option<String>, id: &Option<String>) -> String {
    match (link, id) {
        (Some(link), _) => format!("{path}?link={}", percent_encode(link)),
        (None, Some(id)) => format!("{path}?id={}", percent_encode(id)),
        (None, None) => path.to_string(),
    }
}

/// `a=1&b=x%20y` → `[("a","1"), ("b","x y")]`, keeping order and repeats.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(pair), String::new()),
        })
        .collect()
}

pub fn format_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Encodes everything but unreserved characters (RFC 3986), so any text survives the URL.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` as space. Malformed escapes are kept as typed, and invalid
/// UTF-8 is replaced, so a hand-edited URL never breaks the app.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| Some((hex(*bytes.get(i + 1)?)?, hex(*bytes.get(i + 2)?)?)))
            .flatten();
        match (bytes[i], escaped) {
            (b'%', Some((hi, lo))) => {
                out.push(hi * 16 + lo);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_fragments_are_the_catalogue() {
        for f in ["", "#", "#/", "/"] {
            assert_eq!(Route::parse(f), Route::Catalogue { query: vec![] }, "{f:?}");
        }
    }

    #[test]
    fn every_route_round_trips() {
        let routes = [
            Route::Catalogue { query: vec![] },
            Route::Catalogue {
                query: vec![
                    ("q".into(), "engineering manager & café".into()),
                    ("level".into(), "L5".into()),
                    ("level".into(), "L6".into()),
                ],
            },
            Route::Role {
                id: "sfia-vp-of-engineering".into(),
                section: None,
            },
            Route::Role {
                id: "sfia-vp-of-engineering".into(),
                section: Some("skills".into()),
            },
            Route::Skill {
                code: "ETMG".into(),
            },
            Route::Compare { ids: vec![] },
            Route::Compare {
                ids: vec!["a".into(), "b".into(), "c".into()],
            },
            Route::progress(),
            Route::Progress {
                link: Some("AQ-_x".into()),
                focus: None,
            },
            Route::Progress {
                link: None,
                focus: Some(Focus {
                    role: "a b".into(),
                    since: "c,d".into(),
                }),
            },
            Route::Plan,
            Route::Review {
                link: None,
                id: None,
            },
            Route::Review {
                link: Some("UQE-_x".into()),
                id: None,
            },
            Route::Review {
                link: None,
                id: Some("0a1b2c3d".into()),
            },
            Route::Reply {
                link: Some("UgE-_x".into()),
                id: None,
            },
            Route::Reply {
                link: None,
                id: Some("0a1b2c3d-1764000000000".into()),
            },
            Route::Sources { id: None },
            Route::About { id: None },
            Route::About {
                id: Some("how-to-use".into()),
            },
            Route::Sources {
                id: Some("crafters".into()),
            },
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.to_fragment()), route, "{route:?}");
        }
    }

    #[test]
    fn unknown_paths_are_reported_not_dropped() {
        assert_eq!(
            Route::parse("#/nowhere/at/all"),
            Route::Unknown {
                fragment: "/nowhere/at/all".into()
            }
        );
        assert!(matches!(Route::parse("#/role"), Route::Unknown { .. }));
        assert!(matches!(
            Route::parse("#/role/a/b/c"),
            Route::Unknown { .. }
        ));
    }

    #[test]
    fn percent_codec_handles_unicode_and_malformed_escapes() {
        let text = "Zoë & co / 100% + more";
        assert_eq!(percent_decode(&percent_encode(text)), text);
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("a%zzb"), "a%zzb");
        assert_eq!(percent_decode("x+y"), "x y");
        // Invalid UTF-8 is replaced, not a panic.
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn page_key_ignores_filters_and_sections() {
        let a = Route::parse("#/?q=x");
        let b = Route::parse("#/?q=y&level=L5");
        assert_eq!(a.page_key(), b.page_key());
        let r1 = Route::parse("#/role/x");
        let r2 = Route::parse("#/role/x/skills");
        assert_eq!(r1.page_key(), r2.page_key());
        assert_ne!(r1.page_key(), Route::parse("#/role/y").page_key());
    }

    #[test]
    fn compare_ignores_empty_ids() {
        assert_eq!(
            Route::parse("#/compare?roles=a,,b,"),
            Route::Compare {
                ids: vec!["a".into(), "b".into()]
            }
        );
    }
}
