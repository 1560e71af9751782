//! The HTML view: the seed article with a hostile paragraph and a hostile glossary entry,
//! through the binary and the offline backend; the page is checked as text, then rendered in
//! headless Chromium (screenshot not blank, one table body per paragraph, hostile text is text).

use crate::common::example;
use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// A paragraph no article should be able to turn into markup.
const HOSTILE: &str = "Lukashenko berkata <script>alert(1)</script> &amp; \"tidak\" kepada Rusia.";

/// A glossary entry whose target and comment hold quotes, `&` and tags.
const GLOSSARY: &str = "berkata\tsaid \"quote\" & <blink>so</blink>\tcomment with & \"quotes\"\n";

/// Writes the seed article plus [`HOSTILE`] and the glossary into `dir`, and the page.
fn render(dir: &Path) -> (String, usize) {
    let mut text = std::fs::read_to_string(example("tribunnews-2022-12-03-rusia-belarus.txt"))
        .expect("seed article");
    text.push('\n');
    text.push_str(HOSTILE);
    std::fs::write(dir.join("seed.txt"), &text).unwrap();
    std::fs::write(dir.join("hostile.tsv"), GLOSSARY).unwrap();
    Command::cargo_bin("translate")
        .unwrap()
        .current_dir(dir)
        .args([
            "seed.txt",
            "--format",
            "html",
            "-o",
            "seed.html",
            "--glossary",
            "hostile.tsv",
        ])
        .assert()
        .success();
    let html = std::fs::read_to_string(dir.join("seed.html")).expect("seed.html written");
    let paragraphs = terjemah::segment::segment("seed.txt", text)
        .paragraphs
        .len();
    (html, paragraphs)
}

#[test]
fn the_page_escapes_and_has_a_row_per_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let (html, paragraphs) = render(dir.path());
    assert_eq!(paragraphs, 18);
    assert_eq!(html.matches("<tbody ").count(), paragraphs);
    assert_eq!(html.matches("<tr class=\"ph\">").count(), paragraphs);
    // Self-contained and inert.
    assert!(!html.contains("<script"), "a script element");
    assert!(!html.contains("<blink"), "markup from the glossary");
    for external in ["src=", "href=", "url(", "@import", "http://", "https://"] {
        assert!(!html.contains(external), "external reference `{external}`");
    }
    // The hostile article text, as text.
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &quot;tidak&quot; kepada")
    );
    // Glossary entries on hover, escaped inside the attribute.
    assert!(html.contains(
        "<mark title=\"berkata → said &quot;quote&quot; &amp; &lt;blink&gt;so&lt;/blink&gt; (hostile.tsv:1)\">berkata</mark>"
    ));
    assert!(html
        .contains("<mark title=\"Menteri Pertahanan → Defence Minister (glossaries/defence.tsv:"));
    assert!(html.matches("<mark title=").count() >= 25);
    // Boilerplate is dimmed and labelled; states and QA findings are visible.
    assert_eq!(
        html.matches("class=\"par boilerplate dim\"").count(),
        3,
        "the three `Baca juga` lines"
    );
    assert_eq!(html.matches(" (not translated)</th>").count(), 3);
    assert!(html.contains("<span class=\"state machine\">machine</span>"));
    assert!(html.contains("<li class=\"qa warning\"><b>QA warning</b> (date):"));
}

/// Chromium, when installed; the test must run when `TERJEMAH_REQUIRE_CHROMIUM=1` (CI).
fn chromium() -> Option<PathBuf> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists());
    if found.is_none() {
        assert!(
            std::env::var("TERJEMAH_REQUIRE_CHROMIUM").as_deref() != Ok("1"),
            "TERJEMAH_REQUIRE_CHROMIUM=1 but Chromium is not installed (apt-get install chromium)"
        );
        eprintln!("note: Chromium is not installed; the HTML rendering test is skipped");
    }
    found
}

/// Runs headless Chromium on `page` with a fresh profile, no network services, and `args`.
fn run_chromium(chromium: &Path, profile: &Path, page: &Path, args: &[&str]) -> Vec<u8> {
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn chromium_renders_the_page() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (_, paragraphs) = render(dir.path());
    let page = dir.path().join("seed.html");
    let profile = tempfile::tempdir().unwrap();

    let dom = String::from_utf8(run_chromium(
        &chromium,
        profile.path(),
        &page,
        &["--dump-dom"],
    ))
    .expect("UTF-8 DOM");
    assert_eq!(dom.matches("<tbody ").count(), paragraphs, "{dom}");
    assert_eq!(dom.matches(" class=\"seg ").count(), 22);
    assert!(!dom.contains("<script"), "a script element in the DOM");
    assert!(!dom.contains("<blink"), "a blink element in the DOM");
    // The browser read the hostile text as text: serialising it escapes it again.
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; \"tidak\" kepada"));
    assert!(dom.matches("<mark title=").count() >= 25);

    let shot = dir.path().join("shot.png");
    run_chromium(
        &chromium,
        profile.path(),
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,2000",
        ],
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&shot).expect("screenshot written"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    assert_eq!((info.width, info.height), (1280, 2000));
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let channels = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("unexpected colour type {other:?}"),
    };
    let pixels: Vec<[u8; 3]> = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    let background = pixels.iter().filter(|p| **p == [255, 255, 255]).count();
    let inked = pixels.len() - background;
    let colours: std::collections::HashSet<[u8; 3]> = pixels.iter().copied().collect();
    // The glossary highlight (#fff1a8) and the header band (#f3f3f3) are painted.
    let highlight = pixels.iter().filter(|p| **p == [0xff, 0xf1, 0xa8]).count();
    let bands = pixels.iter().filter(|p| **p == [0xf3, 0xf3, 0xf3]).count();
    eprintln!(
        "screenshot: {inked} of {} pixels not white ({:.1}%), {} colours, {highlight} highlight, {bands} band pixels",
        pixels.len(),
        100.0 * inked as f64 / pixels.len() as f64,
        colours.len()
    );
    assert!(
        inked * 20 > pixels.len(),
        "less than 5% of the page is painted"
    );
    assert!(colours.len() > 50, "only {} colours", colours.len());
    assert!(highlight > 5_000, "glossary highlights not painted");
    assert!(bands > 50_000, "paragraph header rows not painted");
}
