//! `guest-meter IN.wasm OUT.wasm --handler NAME [--export-global fuel]
//!  [--skip NAME]... [--cost block|unit]`
//!
//! Adds fuel metering to the guest wasm; see the library docs for what is
//! emitted.

use anyhow::{bail, Context, Result};
use guest_meter::{instrument, CostModel, Options};

const USAGE: &str = "usage: guest-meter IN.wasm OUT.wasm --handler NAME \
    [--export-global NAME] [--skip NAME]... [--cost block|unit]";

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut handler = None;
    let mut opts = Options {
        handler: String::new(),
        export_global: "fuel".into(),
        skip: Vec::new(),
        cost: CostModel::Block,
    };
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--handler" => handler = Some(value()?),
            "--export-global" => opts.export_global = value()?,
            "--skip" => opts.skip.push(value()?),
            "--cost" => {
                opts.cost = match value()?.as_str() {
                    "block" => CostModel::Block,
                    "unit" => CostModel::Unit,
                    other => bail!("unknown --cost {other:?}: expected block or unit"),
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with("--") => bail!("unknown option {arg}\n{USAGE}"),
            _ => files.push(arg),
        }
    }
    let [input, output] = files.as_slice() else { bail!("expected IN.wasm and OUT.wasm\n{USAGE}") };
    opts.handler = handler.with_context(|| format!("--handler is required\n{USAGE}"))?;

    let wasm = std::fs::read(input).with_context(|| format!("reading {input}"))?;
    let (out, stats) = instrument(&wasm, &opts).with_context(|| format!("instrumenting {input}"))?;
    std::fs::write(output, &out).with_context(|| format!("writing {output}"))?;
    eprintln!(
        "guest-meter: {} functions and {} loops metered, {} functions skipped; {} -> {} bytes",
        stats.functions,
        stats.loops,
        stats.skipped,
        wasm.len(),
        out.len()
    );
    Ok(())
}
