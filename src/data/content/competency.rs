//! A competency as a role sees it: the statements of its level (per path), inherited ones with
//! cumulative levels, and how plain and table statements become expectations.

use super::{Earlier, Group, Item};
use crate::data::keys::{key, split_sentences, Kind};
use crate::data::model::*;

/// A competency as a role includes it: the statements of the role's level (worded for its
/// path where the data does so), then with cumulative levels those of the levels below.
pub(super) fn competency(fw: &Framework, role: &Role, s: SkillIx) -> Group {
    let skill = &fw.skills[s];
    let mut group = Group {
        title: format!("{} ({})", skill.name, skill.code),
        skill: Some(s),
        omitted: skill.text_omitted,
        ..Group::new(format!("competency:{}", skill.code), skill.name, vec![])
    };
    if skill.text_omitted {
        // The build left the text out: the competency at this level is one expectation.
        let level = fw.level(role);
        let url = skill.url.unwrap_or("its source");
        let text = format!(
            "{} {} at {}, as described on the official page ({url})",
            skill.code, skill.name, level.name
        );
        let keyed = format!("level:{}", level.id);
        group
            .items
            .push(Item::text(text).assessable(Kind::Attainment, skill.code, &keyed));
        return group;
    }
    let own = fw.attainment(skill, role.level, role.path);
    group.badge = own.and_then(|a| a.proficiency);
    let mut cells: Vec<&Attainment> = own.into_iter().collect();
    if skill.cumulative {
        cells.extend(
            (0..role.level)
                .rev()
                .filter_map(|l| fw.attainment(skill, l, role.path)),
        );
    }
    for cell in cells {
        let from_level = (cell.level != role.level).then_some(cell.level);
        for st in cell.statements {
            for item in statement_items(skill.code, st) {
                group.items.push(Item { from_level, ..item });
            }
        }
    }
    group
}

/// A plain statement is assessed sentence by sentence (SFIA writes several in one string); a
/// statement with an id, examples or an earlier wording is one expectation.
fn statement_items(code: &str, st: &'static Statement) -> Vec<Item> {
    let whole = st.id.is_some() || st.was.is_some() || !st.examples.is_empty();
    if !whole {
        let sentences = split_sentences(st.text).into_iter();
        return sentences
            .map(|s| Item::text(s).assessable(Kind::Attainment, code, s))
            .collect();
    }
    let keyed = match st.id {
        Some(id) => format!("id:{id}"),
        None => st.text.to_string(),
    };
    let earlier = st.was.map(|was| Earlier {
        text: was,
        key: st.id.is_none().then(|| key(Kind::Attainment, code, was)),
        before_day: st.reworded_day,
    });
    let item = Item {
        examples: st.examples,
        earlier,
        ..Item::text(st.text).assessable(Kind::Attainment, code, &keyed)
    };
    vec![item]
}
