//! The yardstick for ingest: Oxigraph's own bulk loader reading an N-Quads
//! file (for instance the output of `vnkg extract`) into a fresh on-disk
//! store, as `oxigraph load` does.
//! `cargo run --release --example oxigraph_load -- FILE.nq STORE_DIR`
//! prints the seconds taken.

use oxigraph::io::{RdfFormat, RdfParser};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, dir] = args.as_slice() else {
        eprintln!("usage: oxigraph_load FILE.nq STORE_DIR");
        std::process::exit(1);
    };
    if let Err(e) = run(file, dir) {
        eprintln!("oxigraph_load: {e}");
        std::process::exit(1);
    }
}

#[cfg(feature = "disk")]
fn run(file: &str, dir: &str) -> Result<(), Box<dyn std::error::Error>> {
    let t = Instant::now();
    let store = oxigraph::store::Store::open(dir)?;
    let mut loader = store.bulk_loader();
    loader.load_from_reader(
        RdfParser::from_format(RdfFormat::NQuads),
        std::io::BufReader::new(std::fs::File::open(file)?),
    )?;
    loader.commit()?;
    store.flush()?;
    println!("loaded in {:.2} s", t.elapsed().as_secs_f64());
    Ok(())
}

#[cfg(not(feature = "disk"))]
fn run(_file: &str, _dir: &str) -> Result<(), Box<dyn std::error::Error>> {
    let _ = (
        Instant::now(),
        RdfFormat::NQuads,
        RdfParser::from_format(RdfFormat::NQuads),
    );
    Err("built without the `disk` feature".into())
}
