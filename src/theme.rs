//! The colour theme: the system's, or light or dark as chosen in the header and remembered in
//! this browser. The stylesheet reads `data-theme` on `<html>`; src/js/startup.js sets it from
//! the stored choice before the first paint, so a dark choice never flashes light.

use crate::storage::{self, StorageError, THEME_KEY};

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Theme {
    /// Follows the operating system's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored value and the `data-theme` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// A stored or chosen value; anything else (an older or edited value) is none.
    pub fn parse(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The remembered choice, or the system's theme when there is none or storage is unavailable.
    pub fn stored() -> Theme {
        storage::read(THEME_KEY)
            .ok()
            .flatten()
            .and_then(|s| Theme::parse(&s))
            .unwrap_or_default()
    }

    /// Shows this theme now and remembers it. It shows even when it cannot be remembered.
    pub fn choose(self) -> Result<(), StorageError> {
        self.apply();
        match self {
            Theme::System => storage::remove(THEME_KEY),
            _ => storage::write(THEME_KEY, self.key()),
        }
    }

    fn apply(self) {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let _ = match self {
            Theme::System => root.remove_attribute("data-theme"),
            _ => root.set_attribute("data-theme", self.key()),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn every_theme_reads_back_from_its_key() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.key()), Some(theme));
        }
    }

    #[test]
    fn unknown_stored_values_are_not_a_theme() {
        assert_eq!(Theme::parse(""), None);
        assert_eq!(Theme::parse("Dark"), None);
        assert_eq!(Theme::parse("sepia"), None);
    }
}
