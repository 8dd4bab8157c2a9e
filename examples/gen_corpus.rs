//! Generates a deterministic corpus of news articles about Viet Nam's
//! crime-prevention cooperation, with their gold facts, for benchmarks at
//! scale: `cargo run --release --example gen_corpus -- --megabytes 100 --seed 1 --out /tmp/gen100`.
//!
//! Writes `OUT/documents/NNNNN/*.txt` (1,000 a folder) with a `metadata.tsv`
//! in each folder (file, date, title, url), `OUT/gold/*.tsv` (the contract's gold format: subject,
//! relation, object, req/opt, evidence) and `OUT/entities.tsv` (the bundled
//! `corpus/entities.tsv` plus the sessions the generator names that the
//! gazetteer lacks), so that `vnkg eval --gold OUT/gold` scores a store built
//! from `OUT/documents`. Every sentence comes from this file's own templates
//! (sessions, delegations, posts, treaties, memberships, dates in their
//! written forms, spelling variants, captions and teaser noise); the same
//! seed gives byte-identical output.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

/// splitmix64: small, deterministic, good enough for picking templates.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

use vnkg::extract::dates::CAPITALISED_MONTHS as MONTHS;

/// A canonical entity (its name in `entities.tsv`) and the spellings the
/// generator writes for it.
struct Ent {
    key: &'static str,
    spellings: &'static [&'static str],
}

const fn ent(key: &'static str, spellings: &'static [&'static str]) -> Ent {
    Ent { key, spellings }
}

const VIET_NAM: Ent = ent(
    "Viet Nam",
    &["Viet Nam", "Vietnam", "the Socialist Republic of Viet Nam", "Viet Nam"],
);

const COUNTRIES: [Ent; 9] = [
    ent("Cambodia", &["Cambodia"]),
    ent("Laos", &["Laos", "Lao PDR"]),
    ent("Thailand", &["Thailand"]),
    ent("Singapore", &["Singapore"]),
    ent("Japan", &["Japan"]),
    ent("Australia", &["Australia"]),
    ent("Italy", &["Italy"]),
    ent("Chile", &["Chile"]),
    ent("Pakistan", &["Pakistan"]),
];

const TREATIES: [Ent; 3] = [
    ent(
        "UNCAC",
        &[
            "the United Nations Convention against Corruption",
            "UNCAC",
            "the UN Convention against Corruption",
        ],
    ),
    ent(
        "UNTOC",
        &[
            "the United Nations Convention against Transnational Organized Crime",
            "UNTOC",
            "the UN Convention against Transnational Organized Crime",
        ],
    ),
    ent(
        "Hanoi Convention",
        &[
            "the United Nations Convention against Cybercrime",
            "the Hanoi Convention",
        ],
    ),
];

const BODIES: [Ent; 5] = [
    ent(
        "ARIN-AP",
        &["ARIN-AP", "the Asset Recovery Interagency Network - Asia Pacific"],
    ),
    ent(
        "INTERPOL",
        &["INTERPOL", "the International Criminal Police Organization"],
    ),
    ent("SEAJust", &["SEAJust", "the Southeast Asia Justice Network"]),
    ent("ASEANAPOL", &["ASEANAPOL"]),
    ent(
        "Crim-AP",
        &["Crim-AP", "the Criminal Justice Forum for Asia and the Pacific"],
    ),
];

/// A person, the spellings of the name, and a post written before it.
struct Who {
    key: &'static str,
    spellings: &'static [&'static str],
    post: &'static str,
}

const PEOPLE: [Who; 6] = [
    Who {
        key: "Le Quoc Hung",
        spellings: &["Le Quoc Hung", "Lê Quốc Hùng"],
        post: "Deputy Minister of Public Security",
    },
    Who {
        key: "Le Thi Thu Hang",
        spellings: &["Le Thi Thu Hang", "Lê Thị Thu Hằng"],
        post: "Deputy Minister of Foreign Affairs",
    },
    Who {
        key: "Nguyen Van Thanh",
        spellings: &["Nguyen Van Thanh", "Nguyễn Văn Thành"],
        post: "Deputy Minister of Public Security",
    },
    Who {
        key: "Dang Hoang Giang",
        spellings: &["Dang Hoang Giang", "Đặng Hoàng Giang"],
        post: "Ambassador",
    },
    Who {
        key: "Bui Thanh Son",
        spellings: &["Bui Thanh Son", "Bùi Thanh Sơn"],
        post: "Minister of Foreign Affairs",
    },
    Who {
        key: "Nguyen Thanh Son",
        spellings: &["Nguyen Thanh Son", "Nguyễn Thanh Sơn"],
        post: "Director of the Department of Foreign Relations",
    },
];

/// A session of the Commission on Crime Prevention and Criminal Justice:
/// the Nth is held in Vienna in May of 1991 + N.
fn ccpcj(n: u32) -> (String, String, u32) {
    let key = format!("CCPCJ {n}{} session", suffix(n));
    let written = format!(
        "the {n}{} session of the Commission on Crime Prevention and Criminal Justice",
        suffix(n)
    );
    (key, written, 1991 + n)
}

fn suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    }
}

/// Sessions the gazetteer lacks, written to `entities.tsv`.
const MINTED_SESSIONS: std::ops::RangeInclusive<u32> = 20..=32;

struct Gold {
    rows: String,
}

impl Gold {
    fn fact(&mut self, s: &str, rel: &str, o: &str, req: bool, evidence: &str) {
        let _ = writeln!(
            self.rows,
            "{s}\t{rel}\t{o}\t{}\t{}",
            if req { "req" } else { "opt" },
            evidence.replace(['\t', '\n'], " ")
        );
    }
}

/// A date written in one of the forms news uses.
fn written_date(r: &mut Rng, y: u32, m: usize, d: u32) -> String {
    match r.below(4) {
        0 => format!("{d} {} {y}", MONTHS[m - 1]),
        1 => format!("{} {d}, {y}", MONTHS[m - 1]),
        2 => format!("{d:02}/{m:02}/{y}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    }
}

const FILLER: [&str; 12] = [
    "Delegates exchanged views on trends in crime across the region and on ways to share information faster.",
    "The discussions covered the recovery of stolen assets, the protection of witnesses and the training of investigators.",
    "Participants noted that criminal groups increasingly use online platforms and virtual currencies to move money.",
    "Several speakers called for more technical assistance to developing countries and for sustained funding.",
    "The meeting also reviewed the implementation of earlier recommendations and set priorities for the coming year.",
    "Officials said that closer cooperation between police, prosecutors and courts was essential to bring offenders to justice.",
    "A number of side events on victim support, border management and financial intelligence took place at the same time.",
    "Observers from academia and civil society attended the open parts of the programme.",
    "The organisers thanked the host authorities for the arrangements and the interpretation services.",
    "Speakers stressed the importance of respect for human rights and the rule of law in all criminal proceedings.",
    "The closing session approved a short report summarising the main conclusions of the debate.",
    "Experts presented case studies on extradition requests, mutual legal assistance and joint investigations.",
];

const TEASERS: [&str; 8] = [
    "Ha Noi hosts spring flower festival in the Old Quarter",
    "Farmers in the Mekong Delta prepare for the rice harvest",
    "National football team wins friendly match in Da Nang",
    "New metro line opens to passengers in Ho Chi Minh City",
    "Heavy rain expected across northern provinces this week",
    "Exhibition of traditional lacquer painting opens in Hue",
    "Tourist arrivals rise sharply in the first quarter",
    "Students take part in national science competition",
];

/// One article: its text, title, date and gold rows.
pub fn article(r: &mut Rng, n: usize) -> (String, String, String, String) {
    let mut t = String::new();
    let mut g = Gold { rows: String::new() };
    let who = r.pick(&PEOPLE);
    let name = *r.pick(who.spellings);
    let vn = *r.pick(VIET_NAM.spellings);
    let ord = 20 + r.below(15) as u32; // CCPCJ 20th..34th
    let (ev, ev_written, year) = ccpcj(ord);
    let d1 = 10 + r.below(12) as u32;
    let d2 = d1 + 3 + r.below(2) as u32;
    let pub_date = format!("{year}-05-{:02}", d2 + 1);
    let title = format!(
        "{} delegation attends {} in Vienna",
        if vn.starts_with("the ") { "Vietnamese" } else { vn },
        ev
    );
    let _ = writeln!(t, "{title}\n\nVNA\n");
    // Lead: delegation, session, place, dates.
    let dates = match r.below(3) {
        0 => format!("from {d1} to {d2} May {year}"),
        1 => format!("from May {d1} to {d2}, {year}"),
        _ => format!("on {}", written_date(r, year, 5, d1)),
    };
    let lead = format!(
        "Vienna (VNA) – A delegation of {vn} led by {} {name} attended {ev_written} held in Vienna {dates}.",
        who.post
    );
    let _ = writeln!(t, "{lead}\n");
    g.fact(who.key, "ledDelegationTo", &ev, true, &lead);
    g.fact("Viet Nam", "participatedIn", &ev, true, &lead);
    g.fact(&ev, "sessionOf", "CCPCJ", true, &lead);
    g.fact(&ev, "heldIn", "Vienna", true, &lead);
    g.fact(&ev, "startDate", &format!("{year}-05-{d1:02}"), true, &lead);
    if !dates.starts_with("on ") {
        g.fact(&ev, "endDate", &format!("{year}-05-{d2:02}"), true, &lead);
    }
    g.fact(who.key, "holdsPosition", who.post, true, &lead);
    g.fact(who.key, "representing", "Viet Nam", false, &lead);
    let mut mentioned = vec![
        ev.clone(),
        "Viet Nam".to_string(),
        who.key.to_string(),
        "Vienna".to_string(),
        "CCPCJ".to_string(),
    ];
    // Caption noise.
    if r.chance(50) {
        let _ = writeln!(
            t,
            "{name} at the opening of the session (Photo: VNA)\nvna-ccpcj-{n}-{}.jpg\n",
            r.below(9000) + 1000
        );
    }
    // Body: fillers and facts, in shuffled order.
    let paras = 3 + r.below(5);
    for _ in 0..paras {
        match r.below(6) {
            0 => {
                let tr = r.pick(&TREATIES);
                if tr.key == "Hanoi Convention" {
                    let s = format!(
                        "{vn} signed {} in Hanoi on 25 October 2025.",
                        tr.spellings[r.below(tr.spellings.len())]
                    );
                    g.fact("Viet Nam", "signed", tr.key, true, &s);
                    mentioned.push("Hanoi".to_string());
                    let _ = writeln!(t, "{s}\n");
                } else {
                    let (sy, ry) = if tr.key == "UNCAC" { (2003, 2009) } else { (2000, 2012) };
                    let s = format!(
                        "{vn} signed {} in {sy} and ratified it in {ry}.",
                        tr.spellings[r.below(tr.spellings.len())]
                    );
                    g.fact("Viet Nam", "signed", tr.key, true, &s);
                    g.fact("Viet Nam", "ratified", tr.key, true, &s);
                    let _ = writeln!(t, "{s}\n");
                }
                mentioned.push(tr.key.to_string());
            }
            1 => {
                let b = r.pick(&BODIES);
                let s = format!("{vn} is a member of {}.", r.pick(b.spellings));
                g.fact("Viet Nam", "memberOf", b.key, true, &s);
                mentioned.push(b.key.to_string());
                let _ = writeln!(t, "{s}\n");
            }
            2 => {
                let c = r.pick(&COUNTRIES);
                let tr = &TREATIES[r.below(2)];
                let s = format!(
                    "{} ratified {} in {}.",
                    r.pick(c.spellings),
                    r.pick(tr.spellings),
                    2003 + r.below(15)
                );
                g.fact(c.key, "ratified", tr.key, true, &s);
                mentioned.push(c.key.to_string());
                mentioned.push(tr.key.to_string());
                let _ = writeln!(t, "{s}\n");
            }
            _ => {
                let mut p = String::new();
                for _ in 0..2 + r.below(3) {
                    p.push_str(FILLER[r.below(FILLER.len())]);
                    p.push(' ');
                }
                let _ = writeln!(t, "{}\n", p.trim_end());
            }
        }
    }
    let close = format!("Speaking at the session, {name} said {vn} would continue to work closely with its partners.");
    let _ = writeln!(t, "{close}\n");
    g.fact(who.key, "spokeAt", &ev, false, &close);
    // Teasers after the article.
    let _ = writeln!(t, "Related news");
    for _ in 0..2 + r.below(2) {
        let _ = writeln!(t, "- {}", r.pick(&TEASERS));
    }
    mentioned.sort();
    mentioned.dedup();
    for m in &mentioned {
        g.fact("@doc", "mentions", m, true, m);
    }
    (t, title, pub_date, g.rows)
}

fn main() {
    let mut megabytes = 10.0f64;
    let mut seed = 1u64;
    let mut out: Option<PathBuf> = None;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1);
        match (args[i].as_str(), v) {
            ("--megabytes", Some(v)) => megabytes = v.parse().unwrap_or_else(|_| fail("--megabytes takes a number")),
            ("--seed", Some(v)) => seed = v.parse().unwrap_or_else(|_| fail("--seed takes a number")),
            ("--out", Some(v)) => out = Some(PathBuf::from(v)),
            _ => fail("usage: gen_corpus --megabytes N --seed S --out DIR"),
        }
        i += 2;
    }
    let out = out.unwrap_or_else(|| fail("--out DIR is required"));
    if let Err(e) = run(megabytes, seed, &out) {
        fail(&format!("{}: {e}", out.display()));
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("gen_corpus: {msg}");
    std::process::exit(1)
}

fn run(megabytes: f64, seed: u64, out: &std::path::Path) -> std::io::Result<()> {
    let docs = out.join("documents");
    let gold = out.join("gold");
    std::fs::create_dir_all(&docs)?;
    std::fs::create_dir_all(&gold)?;
    let mut r = Rng(seed);
    let target = (megabytes * 1_000_000.0) as u64;
    let mut written = 0u64;
    let mut meta: Option<std::io::BufWriter<std::fs::File>> = None;
    let mut n = 0usize;
    while written < target {
        let (text, title, date, rows) = article(&mut r, n);
        // Folders of 1,000 documents keep directories small; each has its
        // own metadata.tsv.
        let sub = format!("{:05}", n / 1000);
        if n.is_multiple_of(1000) {
            if let Some(mut m) = meta.take() {
                m.flush()?;
            }
            std::fs::create_dir_all(docs.join(&sub))?;
            let mut m = std::io::BufWriter::new(std::fs::File::create(docs.join(&sub).join("metadata.tsv"))?);
            writeln!(m, "file\tdate\ttitle\turl")?;
            meta = Some(m);
        }
        let stem = format!("{n:07}_ccpcj");
        std::fs::write(docs.join(&sub).join(format!("{stem}.txt")), &text)?;
        std::fs::write(
            gold.join(format!("{stem}.tsv")),
            format!("subject\trelation\tobject\tstatus\tevidence\n{rows}"),
        )?;
        if let Some(m) = meta.as_mut() {
            writeln!(m, "{stem}.txt\t{date}\t{title}\thttps://example.org/news/{n}")?;
        }
        written += text.len() as u64;
        n += 1;
    }
    if let Some(mut m) = meta {
        m.flush()?;
    }
    // The canonical names: the bundled table plus the minted sessions.
    let base = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/entities.tsv"))?;
    let mut ents = base.trim_end().to_string();
    ents.push('\n');
    for n in MINTED_SESSIONS {
        let (key, written, _) = ccpcj(n);
        let written = written.trim_start_matches("the ");
        let _ = writeln!(ents, "{key}\tEvent\t{key}|{written}");
    }
    std::fs::write(out.join("entities.tsv"), ents)?;
    eprintln!("gen_corpus: {n} documents, {written} bytes in {}", docs.display());
    Ok(())
}
