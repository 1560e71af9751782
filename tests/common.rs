//! Paths to the shared development data and the examples.

use std::path::PathBuf;

/// `../shared/data/NAME`, beside the checkout (CI lays a copy of shared/ there too).
pub fn shared_data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(name)
}

/// `examples/NAME` in the checkout.
pub fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// Every example article (`examples/*.txt`), sorted.
pub fn example_articles() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(example(""))
        .expect("examples/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    out.sort();
    out
}

/// The `translate` binary run in `cwd`, without colours and with the default width.
pub fn translate(cwd: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("translate").expect("binary built");
    cmd.current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS");
    cmd
}

/// A hand-annotated paragraph of the unseen-news evaluation (`tests/data/news-unseen/`).
pub struct UnseenParagraph {
    /// The annotated kind (`body`, `boilerplate`, `byline`, `caption`, ...).
    pub kind: String,
    /// The paragraph as scraped.
    pub text: String,
    /// Byte offsets of the sentence starts after the first.
    pub starts: Vec<usize>,
}

/// The articles of one file (`tune` to `tune-8`, `heldout-5`, `heldout-6`) of the unseen-news
/// evaluation, each a list of paragraphs in order. See `tests/data/news-unseen/README.md` for the format.
pub fn unseen_articles(half: &str) -> Vec<Vec<UnseenParagraph>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/data/news-unseen/{half}.txt"));
    let data = std::fs::read_to_string(path).expect("unseen news");
    let mut articles: Vec<Vec<UnseenParagraph>> = Vec::new();
    for line in data.lines() {
        if line.starts_with("# article:") {
            articles.push(Vec::new());
            continue;
        }
        let Some(rest) = line.strip_prefix('[') else {
            continue;
        };
        let (kind, body) = rest.split_once("] ").expect("[kind] text");
        let (mut text, mut starts) = (String::new(), Vec::new());
        for (i, piece) in body.split('‖').enumerate() {
            let mut piece = piece;
            if i > 0 {
                // ` ‖ ` is a boundary at a space; a bare `‖` one with no space (as scraped).
                if text.ends_with(' ') {
                    piece = piece.strip_prefix(' ').unwrap_or(piece);
                }
                starts.push(text.len());
            }
            text.push_str(piece);
        }
        articles
            .last_mut()
            .expect("an article header first")
            .push(UnseenParagraph {
                kind: kind.to_string(),
                text,
                starts,
            });
    }
    articles
}

/// The articles of one part (`tune` or `heldout`) of the raw-news set
/// (`tests/data/news-raw/`), each its paragraphs joined with `\n` as scraped. See the folder's
/// README for the format; unlike `news-unseen` nothing in it is annotated.
pub fn raw_news_articles(part: &str) -> Vec<String> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/news-raw/{part}.txt"));
    let data = std::fs::read_to_string(path).expect("raw news");
    let mut articles: Vec<String> = Vec::new();
    for line in data.lines() {
        if line.starts_with("# article:") {
            articles.push(String::new());
        } else if !line.starts_with('#') && !line.trim().is_empty() {
            let article = articles.last_mut().expect("an article header first");
            article.push_str(line);
            article.push('\n');
        }
    }
    articles
}

/// The unseen-news tuning files (`tests/data/news-unseen/tune*.txt`), never a held-out one.
pub fn unseen_tuning_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/news-unseen");
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("news-unseen")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("tune"))
        })
        .collect();
    out.sort();
    out
}
