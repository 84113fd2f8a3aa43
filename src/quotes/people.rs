//! People and organisations mentioned in an article.
