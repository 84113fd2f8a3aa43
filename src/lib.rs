//! quoth: a terminal article reader that knows who said what.
//!
//! The stages, each a plain data type built by a pure function:
//! file → [`article::Article`] → [`quotes::Extraction`] →
//! [`layout::Layout`] → [`tui`] state and view.
//!
//! ```
//! use quoth::article::Article;
//! use quoth::quotes;
//!
//! let text = "Jean Morel a reçu la presse. « Nous tiendrons », a-t-il assuré.";
//! let article = Article::from_bytes(text.as_bytes(), "example.txt");
//! let extraction = quotes::extract(&article);
//! let quote = &extraction.quotes[0];
//! assert_eq!(article.slice(quote.span.clone()), "« Nous tiendrons »");
//! assert_eq!(extraction.speaker_name(quote), Some("Jean Morel"));
//! ```

pub mod article;
pub mod cli;
pub mod config;
pub mod eval;
pub mod export;
pub mod layout;
pub mod library;
pub mod plain;
pub mod quotes;
pub mod search;
pub mod settings;
pub mod state;
pub mod tui;
