//! Sentence segmentation quality on gold data, and the no-byte-lost property on real and random
//! text.

use crate::common::{example_articles, shared_data};
use terjemah::segment::sentences;

/// Start offsets (after the first) of `pieces`, found in order in `text`.
fn gold_starts<'a>(
    text: &str,
    pieces: impl IntoIterator<Item = &'a serde_json::Value>,
) -> Vec<usize> {
    let mut gold = Vec::new();
    let mut at = 0;
    for s in pieces {
        let s = s.as_str().expect("gold text");
        let pos = text[at..].find(s).expect("gold piece in text") + at;
        if pos > 0 {
            gold.push(pos);
        }
        at = pos + s.len();
    }
    gold
}

struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_) as f64;
        2.0 * p * r / (p + r)
    }
}

/// Scores sentence starts inside each paragraph of `seg-dev-pud.jsonl` (UD Indonesian PUD,
/// CC BY-SA 3.0). The first start of a paragraph is given, so only inner boundaries count.
fn score_pud(skip_multi: bool) -> (Score, Vec<String>) {
    let data = std::fs::read_to_string(shared_data("seg-dev-pud.jsonl")).expect("dev data");
    let mut score = Score {
        tp: 0,
        fp: 0,
        fn_: 0,
    };
    let mut errors = Vec::new();
    for line in data.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("json line");
        let multi = row["multi_sentence_units"]
            .as_array()
            .is_some_and(|a| !a.is_empty());
        if skip_multi && multi {
            continue;
        }
        let text = row["text"].as_str().expect("text");
        let gold = gold_starts(text, row["sentences"].as_array().expect("sentences"));
        let ours: Vec<usize> = sentences::split(text)
            .into_iter()
            .map(|r| r.start)
            .filter(|&s| s > 0)
            .collect();
        for &p in &ours {
            if gold.contains(&p) {
                score.tp += 1;
            } else {
                score.fp += 1;
                errors.push(format!(
                    "extra split: …{}|{}…",
                    &text[p.saturating_sub(40)..p],
                    &text[p..(p + 30).min(text.len())]
                ));
            }
        }
        for &g in &gold {
            if !ours.contains(&g) {
                score.fn_ += 1;
                errors.push(format!(
                    "missed: …{}|{}…",
                    &text[g.saturating_sub(40)..g],
                    &text[g..(g + 30).min(text.len())]
                ));
            }
        }
    }
    (score, errors)
}

#[test]
fn pud_boundary_f1_without_multi_sentence_units() {
    let (score, errors) = score_pud(true);
    let f1 = score.f1();
    eprintln!(
        "PUD boundary F1 {f1:.4} (tp {}, fp {}, fn {})",
        score.tp, score.fp, score.fn_
    );
    for e in &errors {
        eprintln!("{e}");
    }
    assert!(
        f1 >= 0.995,
        "boundary F1 {f1:.4} (tp {}, fp {}, fn {}):\n{}",
        score.tp,
        score.fp,
        score.fn_,
        errors.join("\n")
    );
}

#[test]
fn pud_boundary_f1_all_paragraphs() {
    let (score, errors) = score_pud(false);
    assert!(
        score.f1() >= 0.99,
        "F1 {:.4}\n{}",
        score.f1(),
        errors.join("\n")
    );
}

/// The example articles' paragraphs, checked by hand (tests/data/news-gold.jsonl): datelines,
/// bylines and glued boilerplate count as boundaries, which general splitters miss (sentencex
/// scores 0.76 here, pysbd 0.58; `tools/compare-splitters.py`).
#[test]
fn news_paragraphs_gold() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/news-gold.jsonl");
    let data = std::fs::read_to_string(path).expect("gold file");
    let mut score = Score {
        tp: 0,
        fp: 0,
        fn_: 0,
    };
    let mut errors = Vec::new();
    for line in data.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("json line");
        let text = row["text"].as_str().expect("text");
        let gold = gold_starts(text, row["segments"].as_array().expect("segments"));
        // Segmented in its article, as the tool does (a dateline is trusted near the top only).
        let file = row["file"].as_str().expect("file");
        let article = std::fs::read_to_string(crate::common::example(file)).expect("example");
        let doc = terjemah::segment::segment(file, article);
        let index = row["paragraph"].as_u64().expect("index") as usize;
        let par = &doc.paragraphs[index - 1];
        assert_eq!(&doc.text[par.span.clone()], text, "{file} ¶{index} moved");
        let ours: Vec<usize> = par
            .segments
            .iter()
            .map(|s| s.span.start - par.span.start)
            .filter(|&s| s > 0)
            .collect();
        score.tp += ours.iter().filter(|p| gold.contains(p)).count();
        score.fp += ours.iter().filter(|p| !gold.contains(p)).count();
        score.fn_ += gold.iter().filter(|p| !ours.contains(p)).count();
        if ours != gold {
            errors.push(format!("{} ¶{}: {text}", row["file"], row["paragraph"]));
        }
    }
    eprintln!(
        "news gold boundary F1 {:.4} (tp {}, fp {}, fn {})",
        score.f1(),
        score.tp,
        score.fp,
        score.fn_
    );
    assert!(
        score.f1() >= 0.99,
        "F1 {:.4}\n{}",
        score.f1(),
        errors.join("\n")
    );
}

#[test]
fn examples_rebuild_exactly() {
    for path in example_articles() {
        let text = std::fs::read_to_string(&path).expect("example");
        let doc = terjemah::segment::segment("x", text.clone());
        assert_eq!(doc.rebuild_source(), text, "{}", path.display());
        for seg in doc.segments() {
            assert_eq!(
                seg.source.trim(),
                seg.source,
                "{}: untrimmed segment",
                path.display()
            );
            assert!(!seg.source.is_empty());
        }
    }
}

/// Splits `text` and renders each segment as `[kind] text` (kind only for non-text segments).
fn render(text: &str) -> Vec<String> {
    let doc = terjemah::segment::segment("t", text.to_string());
    assert_eq!(doc.rebuild_source(), text);
    doc.segments()
        .map(|s| match s.kind {
            terjemah::doc::SegmentKind::Text => s.text(),
            k => format!("[{}] {}", k.as_str(), s.text()),
        })
        .collect()
}

/// Every news-specific case of the design, as a translator would want it split. The texts are
/// typical of Kompas, Tribunnews, detikNews and Antara copy (names and figures as they appear in
/// the example articles where possible).
#[test]
fn news_specific_cases() {
    let cases: &[(&str, &[&str])] = &[
        // Datelines of the common outlets, split off the first sentence.
        ("JAKARTA, KOMPAS.com - Presiden Joko Widodo tiba di Balikpapan.", &["[dateline] JAKARTA, KOMPAS.com -", "Presiden Joko Widodo tiba di Balikpapan."]),
        ("TRIBUNNEWS.COM, MINSK - Tentara Rusia berlatih perang.", &["[dateline] TRIBUNNEWS.COM, MINSK -", "Tentara Rusia berlatih perang."]),
        ("Jakarta- Presiden Joko Widodo hari ini bertolak ke Balikpapan.", &["[dateline] Jakarta-", "Presiden Joko Widodo hari ini bertolak ke Balikpapan."]),
        ("Jakarta (ANTARA) - Menteri Pertahanan meninjau pangkalan TNI AU.", &["[dateline] Jakarta (ANTARA) -", "Menteri Pertahanan meninjau pangkalan TNI AU."]),
        // Titles and degrees; a degree can end a sentence.
        ("Acara dibuka Prof. Dr. Ir. H. Budi Santoso, M.Si. di Jakarta. Ia memberi sambutan.", &["Acara dibuka Prof. Dr. Ir. H. Budi Santoso, M.Si. di Jakarta.", "Ia memberi sambutan."]),
        ("Pasien ditangani dr. Reisa Broto Asmoro. Kondisinya membaik.", &["Pasien ditangani dr. Reisa Broto Asmoro.", "Kondisinya membaik."]),
        ("Pengacaranya adalah Andi Saputra, S.H., M.H. Dia membantah.", &["Pengacaranya adalah Andi Saputra, S.H., M.H.", "Dia membantah."]),
        ("Ceramah disampaikan K.H. Ma'ruf Amin dan Hj. Siti Aminah.", &["Ceramah disampaikan K.H. Ma'ruf Amin dan Hj. Siti Aminah."]),
        ("Kapolres AKBP Drs. H. M. Tauhid, S.I.K. hadir. Acara selesai.", &["Kapolres AKBP Drs. H. M. Tauhid, S.I.K. hadir.", "Acara selesai."]),
        // References.
        ("Kantornya di Jl. Merdeka No. 5, Kec. Gambir, Kab. Bogor. Ia tinggal di sana.", &["Kantornya di Jl. Merdeka No. 5, Kec. Gambir, Kab. Bogor.", "Ia tinggal di sana."]),
        ("Lihat hlm. 12 dan tgl. 3 Desember pk. 10.00 WIB. Itu tertulis.", &["Lihat hlm. 12 dan tgl. 3 Desember pk. 10.00 WIB.", "Itu tertulis."]),
        ("Saham PT. Astra International Tbk. naik, begitu pula CV. Maju. Investor senang.", &["Saham PT. Astra International Tbk. naik, begitu pula CV. Maju.", "Investor senang."]),
        ("Bantuan berupa beras, gula, minyak, dll. Semua dibagikan.", &["Bantuan berupa beras, gula, minyak, dll.", "Semua dibagikan."]),
        ("Ia membeli buku, pena, dsb. untuk sekolah.", &["Ia membeli buku, pena, dsb. untuk sekolah."]),
        // Numbers, money, times and dates.
        ("Jumlah pasukan mencapai 9.000 orang dengan biaya Rp20,3 triliun atau 1,5 persen. Angka itu naik.", &["Jumlah pasukan mencapai 9.000 orang dengan biaya Rp20,3 triliun atau 1,5 persen.", "Angka itu naik."]),
        ("Pesawat mendarat pukul 07.15 WIB, Sabtu (3/12/2022). Presiden turun.", &["Pesawat mendarat pukul 07.15 WIB, Sabtu (3/12/2022).", "Presiden turun."]),
        ("Harga naik menjadi Rp. 1.500.000,50 per unit. Pembeli mengeluh.", &["Harga naik menjadi Rp. 1.500.000,50 per unit.", "Pembeli mengeluh."]),
        // Quotes: several sentences in one quote, attribution after.
        ("“Semua orang tahu ini. Kami tidak menyembunyikan fakta ini,” kata Lukashenko. Ia tersenyum.", &["“Semua orang tahu ini.", "Kami tidak menyembunyikan fakta ini,” kata Lukashenko.", "Ia tersenyum."]),
        ("\"Apa ini?\" tanya Reisa. \"Tidak tahu.\" Dia pergi.", &["\"Apa ini?\" tanya Reisa.", "\"Tidak tahu.\"", "Dia pergi."]),
        // URLs, e-mail, ellipses.
        ("Informasi ada di https://www.kompas.com/read/2022/12/03/berita.html dan redaksi@kompas.com. Silakan dibaca.", &["Informasi ada di https://www.kompas.com/read/2022/12/03/berita.html dan redaksi@kompas.com.", "Silakan dibaca."]),
        ("Dia berkata... lalu diam. Kemudian... Saya tidak tahu.", &["Dia berkata... lalu diam.", "Kemudian...", "Saya tidak tahu."]),
        // Boilerplate on its own line and glued into a paragraph.
        ("Baca juga: Presiden Alexander Lukashenko: Belarus Siap Sebarkan Senjata Supernuklir Melawan Barat", &["[boilerplate] Baca juga: Presiden Alexander Lukashenko: Belarus Siap Sebarkan Senjata Supernuklir Melawan Barat"]),
        ("Hal itu disampaikan Jokowi. Baca juga: Jokowi Minta Menteri Fokus Kerja Sementara itu, Ma'ruf Amin hadir.", &["Hal itu disampaikan Jokowi.", "[boilerplate] Baca juga: Jokowi Minta Menteri Fokus Kerja", "Sementara itu, Ma'ruf Amin hadir."]),
        ("Ia hadir di sana. SCROLL TO CONTINUE WITH CONTENT Acara berlangsung meriah.", &["Ia hadir di sana.", "[boilerplate] SCROLL TO CONTINUE WITH CONTENT", "Acara berlangsung meriah."]),
        ("Penulis: Fabian Januarius Kuwado | Editor: Sabrina Asril", &["[byline] Penulis: Fabian Januarius Kuwado |", "[byline] Editor: Sabrina Asril"]),
        ("Penulis Fabian Januarius Kuwado | Editor Sabrina Asril", &["[byline] Penulis Fabian Januarius Kuwado | Editor Sabrina Asril"]),
        ("Laporan Wartawan Tribunnews.com, Igman Ibrahim", &["[byline] Laporan Wartawan Tribunnews.com, Igman Ibrahim"]),
        ("Kasus itu ditangani KPK. (rna/fdn)", &["Kasus itu ditangani KPK.", "[byline] (rna/fdn)"]),
    ];
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = render(text);
        if got != *expected {
            failures.push(format!(
                "{text}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
