//! The document title of each view: what a tab, a bookmark, the history list and a screen
//! reader announce. Pure, so it is tested natively.

use crate::data::Framework;
use crate::route::Route;

/// "<what the view shows> · <framework> · Rungs", most specific first, so a row of tabs or
/// bookmarks tells views apart.
pub fn page_title(route: &Route, fw: &Framework) -> String {
    let what = match route {
        Route::Catalogue { .. } => "Roles".to_string(),
        Route::Role { id, .. } => match fw.role_by_id(id) {
            Some((_, role)) => role.title.to_string(),
            None => "Role not found".to_string(),
        },
        Route::Skill { code } => match fw.skill_by_code(code) {
            Some((_, skill)) => format!("{} ({})", skill.name, skill.code),
            None => "Competency not found".to_string(),
        },
        Route::Compare { ids } => {
            let titles: Vec<&str> = ids
                .iter()
                .filter_map(|id| fw.role_by_id(id))
                .map(|(_, role)| role.title)
                .collect();
            if titles.is_empty() {
                "Compare levels".to_string()
            } else {
                format!("Compare {}", titles.join(" → "))
            }
        }
        Route::Progress { .. } => "My progress".to_string(),
        Route::Plan => "Development plan".to_string(),
        Route::Review { .. } => "Review".to_string(),
        Route::Reply { .. } => "Review replies".to_string(),
        Route::Sources { .. } => "Sources and licences".to_string(),
        Route::About { .. } => "About".to_string(),
        Route::Unknown { .. } => "Page not found".to_string(),
    };
    format!("{what} · {} · Rungs", fw.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::framework;

    #[test]
    fn every_view_names_itself_then_the_framework() {
        let fw = framework();
        let role = &fw.roles[0];
        let title = page_title(&Route::role(role.id), fw);
        assert_eq!(title, format!("{} · {} · Rungs", role.title, fw.name));
        assert!(page_title(&Route::parse("#/"), fw).starts_with("Roles · "));
        assert!(page_title(&Route::progress(), fw).starts_with("My progress · "));
        assert!(page_title(&Route::Plan, fw).starts_with("Development plan · "));
        assert!(page_title(&Route::parse("#/nowhere"), fw).starts_with("Page not found · "));
        assert!(page_title(&Route::role("no-such-role"), fw).starts_with("Role not found · "));
    }

    #[test]
    fn a_comparison_names_its_roles_in_order() {
        let fw = framework();
        let ids: Vec<String> = fw.roles.iter().take(2).map(|r| r.id.to_string()).collect();
        let title = page_title(&Route::Compare { ids: ids.clone() }, fw);
        let expected = format!("Compare {} → {}", fw.roles[0].title, fw.roles[1].title);
        assert!(title.starts_with(&expected), "{title}");
        let none = page_title(&Route::Compare { ids: vec![] }, fw);
        assert!(none.starts_with("Compare levels · "), "{none}");
    }
}
