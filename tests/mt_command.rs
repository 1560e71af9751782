//! The command backend against a real external program (`tests/data/mt-command.py`, run with
//! `python3`) that speaks the JSON-lines protocol: the round trip and every field of a request,
//! ids and order, a program started once and stopped with the backend, and the ways a program
//! fails (exits, writes garbage, answers out of order, hangs, refuses a segment).

use std::path::{Path, PathBuf};
use std::time::Duration;
use terjemah::mt::command::CommandBackend;
use terjemah::mt::engine::{send_batch, RetryPolicy};
use terjemah::mt::options::BackendOptions;
use terjemah::mt::{Backend, BackendError, LangPair, Request, TermHint};

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/mt-command.py")
}

/// The backend running the test program in `mode`, recording its starts in `starts`.
fn backend(mode: &str, starts: &Path, timeout: Duration) -> CommandBackend {
    CommandBackend::new(&BackendOptions {
        command: vec![
            "python3".into(),
            script().display().to_string(),
            mode.into(),
            starts.display().to_string(),
        ],
        timeout,
        ..BackendOptions::default()
    })
    .expect("backend")
}

fn starts(file: &Path) -> Vec<u32> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.parse().ok())
        .collect()
}

fn request(id: &str, text: &str) -> Request {
    Request {
        id: id.into(),
        text: text.into(),
        context: None,
        terms: Vec::new(),
    }
}

fn fast() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 2,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        timeout: Duration::from_secs(5),
    }
}

/// Whether process `pid` stops (is gone, or a zombie waiting to be reaped) within two seconds:
/// a kill takes a moment to land.
async fn stopped(pid: u32) -> bool {
    for _ in 0..40 {
        let gone = match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => true,
            Ok(stat) => stat
                .rsplit(')')
                .next()
                .is_some_and(|rest| rest.trim_start().starts_with('Z')),
        };
        if gone {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

#[tokio::test]
async fn round_trip_in_order_with_one_program_for_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("starts");
    let b = backend("upper", &file, Duration::from_secs(5));
    assert!(starts(&file).is_empty(), "started lazily, not by new()");
    let text = "Menteri Pertahanan Rusia tiba.";
    let mut first = request("3.1", text);
    first.terms.push(TermHint {
        start: 0,
        end: "Menteri Pertahanan".len(),
        source: "menteri pertahanan".into(),
        target: "Defence Minister".into(),
        adjective: None,
        keep: false,
    });
    let batch = vec![first, request("3.2", "Harga beras naik.")];
    let out = b.translate(&batch, &LangPair::default()).await.unwrap();
    assert_eq!(
        out.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
        [
            "MENTERI PERTAHANAN RUSIA TIBA. [Menteri Pertahanan=Defence Minister]",
            "HARGA BERAS NAIK."
        ]
    );
    let (out, retries) = send_batch(
        &b,
        &[request("4.1", "Banjir.")],
        &LangPair::default(),
        &fast(),
    )
    .await
    .unwrap();
    assert_eq!((out[0].text.as_str(), retries), ("BANJIR.", 0));
    let pids = starts(&file);
    assert_eq!(pids.len(), 1, "one program for the whole run");
    // The cache key names the program, not its arguments.
    let model = b.model().unwrap_or_default();
    assert!(model.starts_with("python3#"), "{model}");
    assert!(!model.contains("mt-command"), "{model}");
    drop(b);
    // kill_on_drop: the program is gone once the backend is.
    assert!(stopped(pids[0]).await, "the program outlived its backend");
}

#[tokio::test]
async fn every_request_field_reaches_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let b = backend("echo", &dir.path().join("starts"), Duration::from_secs(5));
    let mut r = request("7.2", "Kata \"kutipan\"\tdan \\ garis miring.");
    r.context = Some("Kalimat pertama. Kata \"kutipan\" dan garis miring.".into());
    r.terms.push(TermHint {
        start: 0,
        end: 4,
        source: "kata".into(),
        target: "word".into(),
        adjective: None,
        keep: false,
    });
    r.terms.push(TermHint {
        start: 15,
        end: 18,
        source: "dan".into(),
        target: "and".into(),
        adjective: None,
        // Kept terms ask for the source form as it is written.
        keep: true,
    });
    let langs = LangPair {
        from: "id".into(),
        to: "en-US".into(),
    };
    let out = b.translate(std::slice::from_ref(&r), &langs).await.unwrap();
    let echoed: serde_json::Value = serde_json::from_str(&out[0].text).unwrap();
    assert_eq!(
        echoed,
        serde_json::json!({
            "id": "7.2",
            "text": "Kata \"kutipan\"\tdan \\ garis miring.",
            "context": "Kalimat pertama. Kata \"kutipan\" dan garis miring.",
            "terms": [
                {"source": "Kata", "target": "word"},
                {"source": "dan", "target": "dan"}
            ],
            "from": "id",
            "to": "en-US"
        })
    );
}

#[tokio::test]
async fn a_program_that_exits_is_reported_with_its_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("starts");
    let b = backend("crash", &file, Duration::from_secs(5));
    let err = send_batch(
        &b,
        &[request("1.1", "Halo.")],
        &LangPair::default(),
        &fast(),
    )
    .await
    .unwrap_err();
    let shown = err.to_string();
    assert!(matches!(err, BackendError::BadRequest(_)), "{shown}");
    assert!(
        shown.contains("exited with status 3 before answering segment 1.1"),
        "{shown}"
    );
    assert!(
        shown.contains("FileNotFoundError: model.bin not found"),
        "{shown}"
    );
    assert!(shown.len() < 600, "shortened: {shown}");
    // Not retryable: one start only.
    assert_eq!(starts(&file).len(), 1);
}

#[tokio::test]
async fn a_program_that_cannot_start_says_so() {
    let b = CommandBackend::new(&BackendOptions {
        command: vec!["/nonexistent/translator".into(), "--fast".into()],
        ..BackendOptions::default()
    })
    .unwrap();
    let err = b
        .translate(&[request("1.1", "Halo.")], &LangPair::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadRequest(m)
            if m.starts_with("cannot start the command `/nonexistent/translator --fast`")
                && m.contains("TRANSLATE_COMMAND")),
        "{err}"
    );
    let none = CommandBackend::new(&BackendOptions::default()).unwrap_err();
    assert!(none.contains("TRANSLATE_COMMAND"), "{none}");
}

#[tokio::test]
async fn garbage_on_stdout_is_a_bad_response_and_the_program_is_restarted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("starts");
    let b = backend("garbage", &file, Duration::from_secs(5));
    let err = send_batch(
        &b,
        &[request("1.1", "Halo.")],
        &LangPair::default(),
        &fast(),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadResponse(m)
            if m.contains("wrote `Loading model... 100%` where the JSON answer for segment 1.1 was expected")),
        "{err}"
    );
    // Retried once with a fresh program (fast() allows two tries).
    assert_eq!(starts(&file).len(), 2);
}

#[tokio::test]
async fn an_answer_with_the_wrong_id_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let b = backend(
        "wrong-id",
        &dir.path().join("starts"),
        Duration::from_secs(5),
    );
    let err = b
        .translate(&[request("2.4", "Halo.")], &LangPair::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::BadResponse(m)
            if m.contains("answered segment 9.9 where segment 2.4 was expected")),
        "{err}"
    );
}

#[tokio::test]
async fn a_program_that_hangs_times_out_and_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("starts");
    // Long enough for Python to start and log on a loaded machine.
    let b = backend("hang", &file, Duration::from_millis(1500));
    let err = b
        .translate(&[request("5.1", "Halo.")], &LangPair::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, BackendError::Retryable(m)
            if m.contains("gave no answer for segment 5.1 within 1.5 s")
                && m.contains("model loaded")),
        "{err}"
    );
    assert!(
        stopped(starts(&file)[0]).await,
        "a program that timed out is stopped"
    );

    // The engine's own timeout (shorter than the backend's here) drops a batch mid-way: the
    // next batch must not read the abandoned one's answer, so it gets a fresh program.
    let file = dir.path().join("starts-2");
    let b = backend("hang", &file, Duration::from_secs(10));
    // Long enough for python to start and record itself on a loaded machine (600 ms was not,
    // with the whole suite and a build running on two cores).
    let engine_gives_up = RetryPolicy {
        timeout: Duration::from_millis(2500),
        max_attempts: 1,
        ..fast()
    };
    for id in ["6.1", "6.2"] {
        let err = send_batch(
            &b,
            &[request(id, "Halo.")],
            &LangPair::default(),
            &engine_gives_up,
        )
        .await
        .unwrap_err();
        assert!(
            matches!(&err, BackendError::Retryable(m) if m.contains("no answer within")),
            "{err}"
        );
    }
    let pids = starts(&file);
    assert_eq!(pids.len(), 2, "a fresh program after an abandoned batch");
    assert!(stopped(pids[0]).await);
}

#[tokio::test]
async fn a_refused_segment_stops_the_run_but_keeps_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("starts");
    let b = backend("refuse", &file, Duration::from_secs(5));
    let batch = [
        request("1.1", "Dokumen rahasia."),
        request("1.2", "Harga beras naik."),
    ];
    let err = send_batch(&b, &batch, &LangPair::default(), &fast())
        .await
        .unwrap_err();
    assert_eq!(
        err,
        BackendError::BadRequest(
            "the command could not translate segment 1.1: this text is confidential".into()
        )
    );
    // A refusal that asks for a retry is retried.
    let err = send_batch(
        &b,
        &[request("1.3", "Server sibuk.")],
        &LangPair::default(),
        &fast(),
    )
    .await
    .unwrap_err();
    assert!(err.is_retryable(), "{err}");
    // The program stayed in step: the next batch is answered by the same one.
    let out = b
        .translate(&[request("1.4", "Banjir.")], &LangPair::default())
        .await
        .unwrap();
    assert_eq!(out[0].text, "BANJIR.");
    assert_eq!(starts(&file).len(), 1);
}

#[tokio::test]
async fn what_the_program_started_is_stopped_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("starts");
    let spawned = dir.path().join("starts.grandchild");
    let b = backend("spawn", &file, Duration::from_secs(60));
    let batch = [request("1.1", "Tentara Rusia tiba.")];
    let langs = LangPair::default();
    // The program starts a grandchild and never answers: the run gives up on it (the batch
    // is dropped, as the engine's timeout does) once the grandchild is there.
    let waited = tokio::time::timeout(Duration::from_secs(30), async {
        tokio::select! {
            answer = b.translate(&batch, &langs) => panic!("the program answered: {answer:?}"),
            () = async {
                while starts(&spawned).is_empty() {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            } => {}
        }
    })
    .await;
    assert!(waited.is_ok(), "the program never started its grandchild");
    let grandchildren = starts(&spawned);
    assert_eq!(grandchildren.len(), 1);
    drop(b);
    for pid in starts(&file).into_iter().chain(grandchildren) {
        assert!(stopped(pid).await, "process {pid} still runs");
    }
}
