//! `guest-meter IN.wasm OUT.wasm --handler NAME [--export-global fuel]
//!  [--skip NAME]... [--cost block|unit] [--bulk-shift K|none] [--charge-fn NAME] [--bulk-handler NAME] [--throw-cost N]`
//!
//! Adds fuel metering to the guest wasm; see the library docs for what is
//! emitted.

use anyhow::{bail, Context, Result};
use guest_meter::{instrument, CostModel, Options};

const USAGE: &str = "usage: guest-meter IN.wasm OUT.wasm --handler NAME \
    [--export-global NAME] [--skip NAME]... [--cost block|unit] [--bulk-shift K|none] [--charge-fn NAME] [--bulk-handler NAME] [--throw-cost N]";

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut handler = None;
    let mut opts = Options {
        handler: String::new(),
        export_global: "fuel".into(),
        skip: Vec::new(),
        cost: CostModel::Block,
        bulk_shift: Some(3),
        charge_fn: None,
        bulk_handler: None,
        throw_cost: None,
    };
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--handler" => handler = Some(value()?),
            "--export-global" => opts.export_global = value()?,
            "--skip" => opts.skip.push(value()?),
            "--charge-fn" => opts.charge_fn = Some(value()?),
            "--bulk-handler" => opts.bulk_handler = Some(value()?),
            "--throw-cost" => {
                let n = value()?;
                opts.throw_cost = Some(n.parse().with_context(|| format!("--throw-cost {n:?}: expected a number"))?);
            }
            "--cost" => {
                opts.cost = match value()?.as_str() {
                    "block" => CostModel::Block,
                    "unit" => CostModel::Unit,
                    other => bail!("unknown --cost {other:?}: expected block or unit"),
                }
            }
            "--bulk-shift" => {
                opts.bulk_shift = match value()?.as_str() {
                    "none" => None,
                    k => Some(k.parse().with_context(|| format!("--bulk-shift {k:?}: expected a number or none"))?),
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
        "guest-meter: {} functions, {} loops, {} bulk memory and {} throwing instructions metered, {} functions skipped; {} -> {} bytes",
        stats.functions,
        stats.loops,
        stats.bulk,
        stats.throws,
        stats.skipped,
        wasm.len(),
        out.len()
    );
    Ok(())
}
