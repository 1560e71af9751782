//! `translate completions SHELL` and `translate man [DIR]`: shell completion scripts and man
//! pages, generated from the same argument definitions as `--help` (clap_complete,
//! clap_mangen), so they never drift from the program.

use super::output;
use super::CliError;
use clap::CommandFactory;
use std::path::Path;

/// Prints the completion script for `shell`.
pub(super) fn completions(shell: clap_complete::Shell) -> Result<u8, CliError> {
    let mut cmd = super::Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "translate", &mut out);
    output::print(&String::from_utf8_lossy(&out))?;
    Ok(0)
}

/// The man pages: `translate.1` and one `translate-<command>.1` per subcommand (nested ones
/// as `translate-glossary-lint.1`), as (file name, roff text).
pub fn pages() -> Result<Vec<(String, String)>, std::io::Error> {
    let cmd = super::Cli::command();
    let mut out = Vec::new();
    render(&cmd, "translate", &mut out)?;
    Ok(out)
}

fn render(
    cmd: &clap::Command,
    name: &str,
    out: &mut Vec<(String, String)>,
) -> Result<(), std::io::Error> {
    let page = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf)?;
    out.push((
        format!("{name}.1"),
        String::from_utf8_lossy(&buf).into_owned(),
    ));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        render(sub, &format!("{name}-{}", sub.get_name()), out)?;
    }
    Ok(())
}

/// Writes the man pages into `dir`, or prints the main page.
pub(super) fn man(dir: Option<&Path>) -> Result<u8, CliError> {
    let pages =
        pages().map_err(|e| CliError::runtime(format!("cannot render the man pages: {e}")))?;
    match dir {
        None => output::print(&pages[0].1)?,
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| CliError::runtime(format!("cannot create {}: {e}", dir.display())))?;
            for (file, text) in &pages {
                output::write_atomic(&dir.join(file), text, true)?;
            }
            output::status(&format!(
                "wrote {} man pages in {} (install: copy them into a `man1` folder on MANPATH, e.g. ~/.local/share/man/man1)",
                pages.len(),
                dir.display()
            ));
        }
    }
    Ok(0)
}
