//! Articles compiled into the binary, so `quoth` works from any directory.

use super::Article;

pub struct Bundled {
    /// The file name under `assets/articles/`, also the name
    /// `quoth quotes --bundled NAME` accepts (with or without `.txt`).
    pub name: &'static str,
    pub bytes: &'static [u8],
    /// Front-matter-style metadata kept beside a text that must stay
    /// byte-for-byte unchanged.
    pub sidecar: Option<&'static str>,
}

macro_rules! bundled {
    ($name:literal) => {
        Bundled {
            name: $name,
            bytes: include_bytes!(concat!("../../assets/articles/", $name)),
            sidecar: None,
        }
    };
    ($name:literal, $sidecar:literal) => {
        Bundled {
            name: $name,
            bytes: include_bytes!(concat!("../../assets/articles/", $name)),
            sidecar: Some(include_str!(concat!("../../assets/articles/", $sidecar))),
        }
    };
}

pub const ARTICLES: &[Bundled] = &[
    bundled!("000_04fb62681c5581a7.txt", "000_04fb62681c5581a7.meta"),
    bundled!("010_brevannes-passerelle-fermee.txt"),
    bundled!("020_kellhaven-ferry-strike.txt"),
    bundled!("030_derniere-librairie-saint-veran.txt"),
    bundled!("040_ashby-vale-rovers-wages.txt"),
    bundled!("050_seronne-commission-eau.txt"),
    bundled!("060_salt-ledger-manuscript.txt"),
];

impl Bundled {
    pub fn article(&self) -> Article {
        let mut article = Article::from_bytes(self.bytes, self.name);
        if let Some(sidecar) = self.sidecar {
            apply_sidecar(&mut article, sidecar);
        }
        article
    }
}

/// Find a bundled article by file name, with or without its extension.
pub fn find(name: &str) -> Option<&'static Bundled> {
    ARTICLES
        .iter()
        .find(|bundled| bundled.name == name || bundled.name.strip_suffix(".txt") == Some(name))
}

fn apply_sidecar(article: &mut Article, sidecar: &str) {
    for line in sidecar.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_string();
        match key.trim() {
            "title" => article.title = value,
            "lang" => article.lang = super::Lang::from_code(&value).unwrap_or(article.lang),
            "date" => article.date = Some(value),
            "source" => article.source = Some(value),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_supplied_article_is_bundled_unchanged_with_a_sidecar_title() {
        let seed = find("000_04fb62681c5581a7").map(Bundled::article);
        let seed = seed.expect("bundled");
        assert_eq!(seed.text.len(), 2814);
        assert_eq!(seed.lang, super::super::Lang::Fr);
        assert!(!seed.title.is_empty() && !seed.title.starts_with("Le président russe Vladimir"));
    }

    #[test]
    fn every_bundled_article_has_text_and_a_title() {
        for bundled in ARTICLES {
            let article = bundled.article();
            assert!(!article.is_empty(), "{}", bundled.name);
            assert!(!article.title.is_empty(), "{}", bundled.name);
            assert_eq!(
                article.encoding,
                super::super::Encoding::Utf8,
                "{}",
                bundled.name
            );
        }
    }
}
