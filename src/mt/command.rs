//! The `command` backend: an external program that translates, speaking JSON lines on its
//! stdin and stdout. It plugs in anything this crate has no backend for (Marian, CTranslate2,
//! a script around a service).
//!
//! The program is `command = "..."` in `translate.toml` or `TRANSLATE_COMMAND` (split at
//! spaces, no shell). It is started once per run, on the first batch, and stopped when the run
//! ends. It inherits the environment, which is where any key it needs belongs: its command line
//! appears in error messages. Its stderr is collected and shown, shortened, when it fails.
//!
//! # Protocol
//!
//! For each segment, one request line on the program's stdin:
//!
//! ```text
//! {"id":"3.2","text":"Menteri Pertahanan Rusia tiba.","context":"...","terms":[{"source":"Menteri Pertahanan","target":"Defence Minister"}],"from":"id","to":"en"}
//! ```
//!
//! * `id`: the segment id (paragraph.sentence);
//! * `text`: the sentence to translate, on one line;
//! * `context`: the whole paragraph when it has several sentences, else `null` (for context
//!   only: translate `text` alone);
//! * `terms`: glossary terms found in `text` (`source` as written there) with the English the
//!   glossary requires (`target`), possibly empty;
//! * `from`, `to`: language codes as the user gave them (`id`, `en`, `en-US`).
//!
//! For each request, in the same order, one answer line on stdout (flushed):
//!
//! ```text
//! {"id":"3.2","text":"Russia's Defence Minister arrived."}
//! {"id":"3.2","error":"what went wrong","retry":false}
//! ```
//!
//! An answer repeats its request's `id`. An `error` answer stops the run with the program's
//! message, unless it has `"retry":true`, in which case the segment is tried again later.
//! Anything else is a fault of the program: closing stdout or exiting, a line that is not such
//! a JSON object, an answer with another id, or no answer within the time limit (`timeout` in
//! `translate.toml`, 60 s by default). The program is then stopped, and started afresh if the
//! engine tries again. Blank lines are ignored; logging belongs on stderr.

use super::options::BackendOptions;
use super::{Backend, BackendError, BackendFuture, LangPair, Limits, Meter, Request, Translation};
use serde::Serialize;
use std::process::Stdio;
use std::sync::{Arc, Mutex as StdMutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, ChildStdin, ChildStdout, Command};
use tokio::sync::Mutex;
use tokio::task::JoinHandle;

/// The longest answer line read; a program that writes more without a newline is broken.
const MAX_LINE: u64 = 1 << 20;

/// How much of the program's stderr is kept for messages (its end is what explains a failure).
const STDERR_KEPT: usize = 4096;

/// An external translation program.
#[derive(Debug)]
pub struct CommandBackend {
    program: Vec<String>,
    answer_timeout: Duration,
    process: Mutex<Option<Process>>,
}

/// The running program.
#[derive(Debug)]
struct Process {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    stderr: Arc<StdMutex<Vec<u8>>>,
    drain: JoinHandle<()>,
    /// Set while requests are out: if the engine gives up on a batch (its timeout drops our
    /// future), answers may still arrive, so the next batch starts a fresh program instead.
    in_flight: bool,
    /// The program's process group (its own pid), stopped as a whole.
    group: Option<u32>,
}

impl Drop for Process {
    fn drop(&mut self) {
        // The program runs in its own process group: stop the group, so that what it started
        // (a model server, a shell pipeline) does not live on holding a GPU or a port. The
        // child itself is also killed on drop; stop reading what is left of its stderr.
        // The group id is the child's pid, which is not reused while the group has members.
        #[cfg(unix)]
        if let Some(group) = self
            .group
            .and_then(|g| i32::try_from(g).ok())
            .and_then(rustix::process::Pid::from_raw)
        {
            let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        }
        self.drain.abort();
    }
}

/// What went wrong in one exchange with the program.
enum Fault {
    /// The program's own error answer for a segment.
    Answer {
        id: String,
        message: String,
        retry: bool,
    },
    /// Stdout closed (the program exited or closed it) before the answer for `id`.
    Closed { id: String },
    /// No answer for `id` in time.
    Timeout { id: String },
    /// A line that is not an answer, or an answer out of order.
    Garbage(String),
    /// Reading or writing the pipes failed for another reason.
    Io(String),
}

/// One request line.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    text: &'a str,
    context: Option<&'a str>,
    terms: Vec<Term<'a>>,
    from: &'a str,
    to: &'a str,
}

#[derive(Serialize)]
struct Term<'a> {
    source: &'a str,
    target: &'a str,
}

impl CommandBackend {
    /// A backend running `options.command`, each answer allowed `options.timeout`. The program
    /// is not started until the first batch.
    pub fn new(options: &BackendOptions) -> Result<CommandBackend, String> {
        if options.command.is_empty() {
            return Err(
                "the command backend needs a program to run: set `command = \"...\"` \
                        in translate.toml or TRANSLATE_COMMAND"
                    .into(),
            );
        }
        Ok(CommandBackend {
            program: options.command.clone(),
            answer_timeout: options.timeout,
            process: Mutex::new(None),
        })
    }

    fn display(&self) -> String {
        self.program.join(" ")
    }

    fn start(&self) -> Result<Process, BackendError> {
        let mut command = Command::new(&self.program[0]);
        command
            .args(&self.program[1..])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        // Its own process group, stopped as a whole. Out of our group, the terminal's Ctrl-C
        // no longer reaches it: when we die its stdin closes, which ends a program that
        // speaks the protocol.
        #[cfg(unix)]
        command.process_group(0);
        let mut child = command.spawn().map_err(|e| {
            BackendError::BadRequest(format!(
                "cannot start the command `{}`: {e} (check `command` in translate.toml or \
                     TRANSLATE_COMMAND)",
                self.display()
            ))
        })?;
        let (Some(stdin), Some(stdout), Some(mut stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            return Err(BackendError::BadRequest(
                "the command's pipes were not set up".into(),
            ));
        };
        let kept = Arc::new(StdMutex::new(Vec::new()));
        let sink = Arc::clone(&kept);
        // Read stderr all along: a program that logs more than a pipe holds would otherwise
        // block. Only the end is kept.
        let drain = tokio::spawn(async move {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = stderr.read(&mut buf).await {
                if let Ok(mut kept) = sink.lock() {
                    kept.extend_from_slice(&buf[..n]);
                    let excess = kept.len().saturating_sub(STDERR_KEPT);
                    kept.drain(..excess);
                }
            }
        });
        Ok(Process {
            stdin,
            stdout: BufReader::new(stdout),
            stderr: kept,
            drain,
            in_flight: false,
            group: child.id(),
            child,
        })
    }

    async fn translate_batch(
        &self,
        batch: &[Request],
        langs: &LangPair,
    ) -> Result<Vec<Translation>, BackendError> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let lines = batch
            .iter()
            .map(|r| request_line(r, langs))
            .collect::<Result<String, _>>()?;
        let mut slot = self.process.lock().await;
        if slot.as_ref().is_some_and(|p| p.in_flight) {
            *slot = None;
        }
        let process = match slot.as_mut() {
            Some(process) => process,
            None => slot.insert(self.start()?),
        };
        process.in_flight = true;
        match exchange(process, &lines, batch, self.answer_timeout).await {
            Ok(texts) => {
                process.in_flight = false;
                Ok(texts
                    .into_iter()
                    .map(|text| Translation {
                        text,
                        billed_characters: None,
                    })
                    .collect())
            }
            Err(fault @ Fault::Answer { .. }) => {
                // Every answer of the batch was read: the program is in step and stays.
                process.in_flight = false;
                Err(self.describe(fault, None).await)
            }
            Err(fault) => {
                // Out of step or gone: stop it (kill on drop); a retry starts a fresh one.
                let process = slot.take();
                Err(self.describe(fault, process).await)
            }
        }
    }

    /// The error for a `fault` of the program, with how it ended and the end of its stderr.
    async fn describe(&self, fault: Fault, process: Option<Process>) -> BackendError {
        let name = self.display();
        // How the program ended, when it has.
        let mut ended = None;
        let mut stderr = String::new();
        if let Some(mut p) = process {
            if matches!(fault, Fault::Closed { .. } | Fault::Io(_)) {
                // Give it a moment to exit, so that its status and last words are known.
                let status = tokio::time::timeout(Duration::from_secs(2), p.child.wait()).await;
                if let Ok(Ok(status)) = status {
                    ended = Some(match status.code() {
                        Some(code) => format!("exited with status {code}"),
                        None => format!("was stopped ({status})"),
                    });
                }
            }
            let _ = p.child.start_kill();
            let _ = tokio::time::timeout(Duration::from_secs(1), &mut p.drain).await;
            stderr = p.stderr.lock().map(|b| tail(&b)).unwrap_or_default();
        }
        let stderr = if stderr.is_empty() {
            String::new()
        } else {
            format!("; its stderr ends: {stderr}")
        };
        match fault {
            Fault::Closed { id } => BackendError::BadRequest(format!(
                "the command `{name}` {} before answering segment {id}{stderr}",
                ended.as_deref().unwrap_or("closed its output")
            )),
            Fault::Timeout { id } => BackendError::Retryable(format!(
                "the command `{name}` gave no answer for segment {id} within {} s and was \
                 stopped{stderr}",
                self.answer_timeout.as_secs_f64()
            )),
            Fault::Garbage(what) => {
                BackendError::BadResponse(format!("the command `{name}` {what}{stderr}"))
            }
            Fault::Io(what) => BackendError::BadRequest(format!(
                "the command `{name}`: {what}{}{stderr}",
                ended.map(|e| format!(" (it {e})")).unwrap_or_default()
            )),
            Fault::Answer { id, message, retry } => {
                let message = format!("the command could not translate segment {id}: {message}");
                if retry {
                    BackendError::Retryable(message)
                } else {
                    BackendError::BadRequest(message)
                }
            }
        }
    }
}

/// One request as a JSON line.
fn request_line(r: &Request, langs: &LangPair) -> Result<String, BackendError> {
    let terms = r
        .terms
        .iter()
        .map(|t| {
            let written = r.text.get(t.start..t.end).unwrap_or(&t.source);
            Term {
                source: written,
                target: if t.keep { written } else { &t.target },
            }
        })
        .collect();
    let line = Line {
        id: &r.id,
        // A sentence has its lines joined already; a stray newline would still break the
        // framing, and JSON escapes it.
        text: &r.text,
        context: r.context.as_deref(),
        terms,
        from: &langs.from,
        to: &langs.to,
    };
    let mut json = serde_json::to_string(&line)
        .map_err(|e| BackendError::BadRequest(format!("cannot encode a request: {e}")))?;
    json.push('\n');
    Ok(json)
}

/// Writes `lines` and reads one answer per request, at the same time (a program may answer
/// before it has read everything). Stops at the first fault of the program; an error answer is
/// returned only after every answer was read, so the program stays in step.
async fn exchange(
    process: &mut Process,
    lines: &str,
    batch: &[Request],
    answer_timeout: Duration,
) -> Result<Vec<String>, Fault> {
    let Process { stdin, stdout, .. } = process;
    let write = async {
        stdin.write_all(lines.as_bytes()).await?;
        stdin.flush().await
    };
    let read = async {
        let mut texts = Vec::with_capacity(batch.len());
        let mut refused = None;
        for request in batch {
            match read_answer(stdout, &request.id, answer_timeout).await {
                Ok(text) => texts.push(text),
                Err(fault @ Fault::Answer { .. }) => {
                    refused.get_or_insert(fault);
                }
                Err(fault) => return Err(fault),
            }
        }
        match refused {
            Some(fault) => Err(fault),
            None => Ok(texts),
        }
    };
    let write = async {
        write.await.map_err(|e| match e.kind() {
            std::io::ErrorKind::BrokenPipe => Fault::Closed {
                id: batch.first().map(|r| r.id.clone()).unwrap_or_default(),
            },
            _ => Fault::Io(format!("cannot write to its stdin: {e}")),
        })
    };
    let ((), texts) = tokio::try_join!(write, read)?;
    Ok(texts)
}

/// Reads the answer to request `id`.
async fn read_answer(
    stdout: &mut BufReader<ChildStdout>,
    id: &str,
    answer_timeout: Duration,
) -> Result<String, Fault> {
    let read = async {
        loop {
            let mut line = String::new();
            let n = (&mut *stdout)
                .take(MAX_LINE)
                .read_line(&mut line)
                .await
                .map_err(|e| {
                    Fault::Garbage(format!("wrote an answer that is not UTF-8 text ({e})"))
                })?;
            if n == 0 {
                return Err(Fault::Closed { id: id.to_string() });
            }
            if !line.ends_with('\n') && n as u64 == MAX_LINE {
                return Err(Fault::Garbage(format!(
                    "wrote an answer line longer than {MAX_LINE} bytes"
                )));
            }
            if !line.trim().is_empty() {
                return Ok(line);
            }
        }
    };
    let line = tokio::time::timeout(answer_timeout, read)
        .await
        .map_err(|_| Fault::Timeout { id: id.to_string() })??;
    parse_answer(line.trim(), id)
}

/// The text of an answer line for request `id`, or what is wrong with it.
fn parse_answer(line: &str, id: &str) -> Result<String, Fault> {
    let shown = shorten(line, 120);
    let value: serde_json::Value = serde_json::from_str(line).map_err(|_| {
        Fault::Garbage(format!(
            "wrote `{shown}` where the JSON answer for segment {id} was expected (log to \
             stderr, not stdout)"
        ))
    })?;
    let answered = value.get("id").and_then(|v| v.as_str());
    if answered != Some(id) {
        return Err(Fault::Garbage(match answered {
            Some(other) => format!(
                "answered segment {other} where segment {id} was expected (answers must come \
                 in the order of the requests)"
            ),
            None => format!("answered `{shown}` without the \"id\" of segment {id}"),
        }));
    }
    if let Some(error) = value.get("error").filter(|e| !e.is_null()) {
        return Err(Fault::Answer {
            id: id.to_string(),
            message: error
                .as_str()
                .map_or_else(|| error.to_string(), str::to_string),
            retry: value.get("retry").and_then(|r| r.as_bool()) == Some(true),
        });
    }
    value
        .get("text")
        .and_then(|t| t.as_str())
        .map(str::to_string)
        .ok_or_else(|| {
            Fault::Garbage(format!(
                "answered `{shown}` with neither \"text\" nor \"error\" for segment {id}"
            ))
        })
}

/// The last few lines of the program's stderr, on one line, shortened from the front.
fn tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let joined = lines[lines.len().saturating_sub(5)..].join(" | ");
    let count = joined.chars().count();
    if count > 300 {
        let cut: String = joined.chars().skip(count - 300).collect();
        format!("…{cut}")
    } else {
        joined
    }
}

fn shorten(text: &str, max: usize) -> String {
    let short: String = text.chars().take(max).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

impl Backend for CommandBackend {
    fn name(&self) -> &str {
        "command"
    }

    /// The program's name and a digest of its whole command line, so that output from another
    /// program or other arguments never comes from the cache, while arguments (which might
    /// hold a key, against the advice above) stay out of it.
    fn model(&self) -> Option<String> {
        use sha2::{Digest, Sha256};
        let name = std::path::Path::new(&self.program[0])
            .file_name()
            .map_or_else(
                || self.program[0].clone(),
                |n| n.to_string_lossy().into_owned(),
            );
        let digest = Sha256::digest(self.program.join("\0").as_bytes());
        let short: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        Some(format!("{name}#{short}"))
    }

    fn limits(&self) -> Limits {
        // One segment per batch: the engine's timeout covers a whole batch, and a slow program
        // (a local LLM) given several would run out of it. The protocol itself allows more.
        // One program serves one request at a time, so more concurrency would only queue.
        Limits {
            max_texts: 1,
            max_chars: 10_000,
            default_concurrency: 1,
        }
    }

    fn translate_metered<'a>(
        &'a self,
        batch: &'a [Request],
        langs: &'a LangPair,
        meter: &'a Meter<'a>,
    ) -> BackendFuture<'a> {
        Box::pin(meter.exchange(batch, self.translate_batch(batch, langs)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mt::TermHint;

    #[test]
    fn request_lines_carry_terms_as_written() {
        let text = "Menteri Pertahanan Rusia tiba.".to_string();
        let r = Request {
            id: "3.2".into(),
            terms: vec![TermHint {
                start: 0,
                end: 18,
                source: "menteri pertahanan".into(),
                target: "Defence Minister".into(),
                adjective: None,
                keep: false,
            }],
            text,
            context: None,
        };
        let line = request_line(&r, &LangPair::default()).unwrap();
        assert_eq!(
            line,
            "{\"id\":\"3.2\",\"text\":\"Menteri Pertahanan Rusia tiba.\",\"context\":null,\
             \"terms\":[{\"source\":\"Menteri Pertahanan\",\"target\":\"Defence Minister\"}],\
             \"from\":\"id\",\"to\":\"en\"}\n"
        );
    }

    #[test]
    fn answers_are_checked() {
        assert_eq!(
            parse_answer(r#"{"id":"1.1","text":"Hi."}"#, "1.1").ok(),
            Some("Hi.".to_string())
        );
        assert!(matches!(
            parse_answer(r#"{"id":"1.2","text":"Hi."}"#, "1.1"),
            Err(Fault::Garbage(m)) if m.contains("answered segment 1.2 where segment 1.1")
        ));
        assert!(matches!(
            parse_answer("loading model...", "1.1"),
            Err(Fault::Garbage(m)) if m.contains("`loading model...`")
        ));
        assert!(matches!(
            parse_answer(r#"{"id":"1.1","error":"busy","retry":true}"#, "1.1"),
            Err(Fault::Answer { retry: true, .. })
        ));
    }

    #[test]
    fn stderr_is_shortened_to_its_end() {
        let err =
            b"Traceback (most recent call last):\n  File \"x.py\", line 3\n\nValueError: bad\n";
        assert_eq!(
            tail(err),
            "Traceback (most recent call last): | File \"x.py\", line 3 | ValueError: bad"
        );
        assert!(tail("x".repeat(1000).as_bytes()).starts_with('…'));
    }
}
