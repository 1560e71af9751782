//! The `translate` binary: all work is in the `terjemah` library; this only maps its result to
//! the process exit code.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(terjemah::cli::main())
}
