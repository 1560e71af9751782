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
