//! Benchmark frameworks of any size: `RUNGS_GENERATE_ROLES=N make dist` builds the data folder
//! with its roles copied until there are N (never in a default build). Each copy is one more
//! team's ladder: the same levels, paths and competencies, the same role texts, its own ids and
//! titles, its own previous/next links. This is the shape large real frameworks have: many
//! roles sharing one grid of competency texts.

use crate::raw::{LoadedData, RawRole, Sourced};
use std::collections::HashSet;

/// Reads `RUNGS_GENERATE_ROLES`: `None` when unset or empty, the count otherwise.
pub fn role_count_option(value: Option<&str>) -> Result<Option<usize>, String> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if n > 0 => Ok(Some(n)),
            _ => Err(format!(
                "RUNGS_GENERATE_ROLES must be a number of roles above 0, not `{v}`"
            )),
        },
    }
}

/// The id of role `id` in copy `copy` (copy 0 keeps the data's own ids, so its links still work).
fn copy_id(id: &str, copy: usize) -> String {
    if copy == 0 {
        id.to_string()
    } else {
        format!("{id}-t{copy}")
    }
}

/// Replaces the roles with `n` roles: the data's roles, then numbered copies of them.
pub fn generate_roles(data: &mut LoadedData, n: usize) {
    let base = std::mem::take(&mut data.roles);
    if base.is_empty() {
        return;
    }
    let ids: HashSet<String> = (0..n)
        .map(|k| copy_id(&base[k % base.len()].item.id, k / base.len()))
        .collect();
    let link = |id: &String, copy: usize| {
        let id = copy_id(id, copy);
        ids.contains(&id).then_some(id)
    };
    data.roles = (0..n)
        .map(|k| {
            let (original, copy) = (&base[k % base.len()], k / base.len());
            let r = &original.item;
            let title = if copy == 0 {
                r.title.clone()
            } else {
                format!("{}, team {copy}", r.title)
            };
            Sourced {
                file: original.file.clone(),
                item: RawRole {
                    id: copy_id(&r.id, copy),
                    title,
                    previous: r.previous.as_ref().and_then(|p| link(p, copy)),
                    next: r.next.iter().filter_map(|x| link(x, copy)).collect(),
                    ..r.clone()
                },
            }
        })
        .collect();
    data.reindex_roles();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn grid() -> LoadedData {
        let dir =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/frameworks/grid");
        crate::load(&dir).expect("grid fixture loads")
    }

    #[test]
    fn the_count_is_a_positive_number() {
        assert_eq!(role_count_option(None), Ok(None));
        assert_eq!(role_count_option(Some(" ")), Ok(None));
        assert_eq!(role_count_option(Some("1000")), Ok(Some(1000)));
        assert!(role_count_option(Some("0")).is_err());
        assert!(role_count_option(Some("many"))
            .unwrap_err()
            .contains("many"));
    }

    #[test]
    fn copies_have_unique_ids_and_links_within_their_copy() {
        let mut data = grid();
        let originals: Vec<String> = data.roles.iter().map(|r| r.item.id.clone()).collect();
        let n = originals.len() * 3 + 1;
        let copy_of: std::collections::HashMap<String, usize> = (0..n)
            .map(|k| {
                let copy = k / originals.len();
                (copy_id(&originals[k % originals.len()], copy), copy)
            })
            .collect();
        generate_roles(&mut data, n);
        assert_eq!(data.roles.len(), n);
        let ids: HashSet<&str> = data.roles.iter().map(|r| r.item.id.as_str()).collect();
        assert_eq!(ids.len(), n, "ids are unique");
        for r in &data.roles {
            for linked in r.item.previous.iter().chain(&r.item.next) {
                assert!(
                    ids.contains(linked.as_str()),
                    "{} links to {linked}",
                    r.item.id
                );
                assert_eq!(copy_of[linked], copy_of[&r.item.id], "same copy");
            }
            // Every reference still resolves, so the generated source is valid.
            assert!(data.role_index(&r.item.id).is_some());
        }
    }

    #[test]
    fn the_generated_framework_generates_source() {
        let mut data = grid();
        generate_roles(&mut data, 50);
        let source = crate::generate::generate(&data, false).expect("generates");
        assert!(source.contains("team 2"));
    }
}
