//! Files the tool writes for people (review files, exports, glossaries): written atomically, so
//! a crash or a kill leaves either the old file or the new one, never half of each; with the
//! permissions a person expects, so a colleague on a shared folder keeps the access they had;
//! and never by renaming over something that is not a regular file.
//!
//! A new file is created with mode 0666 less the umask, as `touch` or an editor would (a
//! temporary file library's 0600 would lock colleagues out). A file that is replaced keeps its
//! mode and, where the process may, its owner and group. A symbolic link is written through to
//! the file it points at. A character device or a FIFO (`/dev/stdout`, `/dev/null`, a named
//! pipe) is written into as a stream; a directory, block device or socket is refused.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file exists and overwriting was not asked for.
    #[error("{} already exists", path.display())]
    Exists {
        /// The destination.
        path: PathBuf,
    },
    /// The destination is something a file cannot be renamed over.
    #[error("{} is {what}, not a regular file: not written", path.display())]
    NotRegular {
        /// The destination.
        path: PathBuf,
        /// What it is ("a directory", "a block device", "a socket").
        what: &'static str,
    },
    /// The file system refused.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The destination.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// What is at a destination path.
enum Target {
    /// Nothing yet.
    Missing,
    /// A regular file (the path after following symbolic links).
    Regular(PathBuf, std::fs::Metadata),
    /// A character device or FIFO: written into, not replaced.
    Stream(PathBuf),
}

fn inspect(path: &Path) -> Result<Target, WriteError> {
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        // Nothing there, or a dangling symbolic link: [`stage`] creates the file it names.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Target::Missing),
        Err(e) => return Err(io(e)),
    };
    let real = if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        std::fs::canonicalize(path).map_err(io)?
    } else {
        path.to_path_buf()
    };
    let ft = meta.file_type();
    if ft.is_file() {
        return Ok(Target::Regular(real, meta));
    }
    use std::os::unix::fs::FileTypeExt;
    let what = if ft.is_dir() {
        "a directory"
    } else if ft.is_char_device() || ft.is_fifo() {
        return Ok(Target::Stream(real));
    } else if ft.is_block_device() {
        "a block device"
    } else if ft.is_socket() {
        "a socket"
    } else {
        "not a file"
    };
    Err(WriteError::NotRegular {
        path: path.to_path_buf(),
        what,
    })
}

/// New contents written beside their destination, not yet in place. Dropping it removes the
/// temporary file.
pub struct Staged {
    tmp: Option<PathBuf>,
    dest: PathBuf,
    stream: bool,
    contents: Option<Vec<u8>>,
}

/// Writes `contents` to a temporary file beside `dest` (or, for a stream destination, keeps
/// them to write at [`Staged::commit`]). Nothing at `dest` changes yet.
pub fn stage(dest: &Path, contents: &[u8]) -> Result<Staged, WriteError> {
    let target = inspect(dest)?;
    let (real, meta) = match target {
        Target::Stream(real) => {
            return Ok(Staged {
                tmp: None,
                dest: real,
                stream: true,
                contents: Some(contents.to_vec()),
            })
        }
        Target::Regular(real, meta) => (real, Some(meta)),
        Target::Missing => (resolve_link(dest), None),
    };
    let io = |source| WriteError::Io {
        path: dest.to_path_buf(),
        source,
    };
    let dir = match real.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = real
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let (tmp, mut file) = loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let candidate = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match create_new(&candidate) {
            Ok(f) => break (candidate, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(e)),
        }
    };
    let staged = Staged {
        tmp: Some(tmp.clone()),
        dest: real,
        stream: false,
        contents: None,
    };
    file.write_all(contents).map_err(io)?;
    if let Some(meta) = meta {
        keep_owner_and_mode(&file, &meta);
    }
    file.sync_all().map_err(io)?;
    Ok(staged)
}

/// A new file: mode 0666 less the umask, as a person's own tools create files.
fn create_new(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o666)
        .open(path)
}

/// The file a (possibly dangling) symbolic link names; the path itself otherwise.
fn resolve_link(path: &Path) -> PathBuf {
    match std::fs::read_link(path) {
        Ok(to) if to.is_relative() => path.parent().map_or(to.clone(), |d| d.join(&to)),
        Ok(to) => to,
        Err(_) => path.to_path_buf(),
    }
}

/// The replacement takes the replaced file's mode, owner and group (owner and group only where
/// the process may set them: root, or the same owner with a group it belongs to).
fn keep_owner_and_mode(file: &File, meta: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt;
    let _ = std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid()));
    let _ = file.set_permissions(meta.permissions());
}

impl Staged {
    /// The path the contents go to.
    pub fn dest(&self) -> &Path {
        &self.dest
    }

    /// Puts the contents in place: a rename over the destination (with `overwrite`), or a
    /// link that fails when something appeared there meanwhile (without it).
    pub fn commit(mut self, overwrite: bool) -> Result<(), WriteError> {
        let io = |dest: &Path, source| WriteError::Io {
            path: dest.to_path_buf(),
            source,
        };
        if self.stream {
            let contents = self.contents.take().unwrap_or_default();
            let mut f = OpenOptions::new()
                .write(true)
                .open(&self.dest)
                .map_err(|e| io(&self.dest, e))?;
            return f.write_all(&contents).map_err(|e| io(&self.dest, e));
        }
        let Some(tmp) = self.tmp.take() else {
            return Ok(());
        };
        let result = if overwrite {
            std::fs::rename(&tmp, &self.dest).map_err(|e| io(&self.dest, e))
        } else {
            // A hard link fails when the name is taken, where a rename would replace it.
            let linked = std::fs::hard_link(&tmp, &self.dest);
            let _ = std::fs::remove_file(&tmp);
            match linked {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    Err(WriteError::Exists {
                        path: self.dest.clone(),
                    })
                }
                Err(e) => Err(io(&self.dest, e)),
            }
        };
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Writes `contents` to `dest` atomically; without `overwrite` an existing file is an error
/// ([`WriteError::Exists`]) and is left alone.
pub fn write_atomic(dest: &Path, contents: &[u8], overwrite: bool) -> Result<(), WriteError> {
    stage(dest, contents)?.commit(overwrite)
}

/// Whether `path` is a regular file (following links); devices, FIFOs and directories are not,
/// and must never be read as a document.
pub fn is_regular_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_replaced_file_keeps_its_mode_and_a_new_one_is_not_private() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.review.md");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomic(&p, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(mode(&p), 0o664);
        let q = dir.path().join("b.txt");
        write_atomic(&q, b"x", false).unwrap();
        // 0666 less whatever umask the test runs under: never 0600 unless the umask says so.
        assert_ne!(mode(&q) & 0o044, 0, "new file is {:o}", mode(&q));
        assert!(matches!(
            write_atomic(&q, b"y", false),
            Err(WriteError::Exists { .. })
        ));
        assert_eq!(std::fs::read_to_string(&q).unwrap(), "x");
        // No temporary file is left behind.
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 2);
    }

    #[test]
    fn links_are_written_through_and_directories_refused() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"new", true).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert!(matches!(
            write_atomic(dir.path(), b"x", true),
            Err(WriteError::NotRegular { .. })
        ));
        // /dev/null is written into, never replaced.
        write_atomic(Path::new("/dev/null"), b"x", true).unwrap();
        assert!(!is_regular_file(Path::new("/dev/null")));
    }
}
