//! Instruments small hand-written modules and runs them in Node, which is the
//! engine (V8) the sandbox runs on.

use std::path::PathBuf;
use std::process::Command;

use guest_meter::{instrument, CostModel, Options};

fn options(cost: CostModel) -> Options {
    Options {
        handler: "handler".into(),
        export_global: "fuel".into(),
        skip: Vec::new(),
        cost,
        bulk_shift: None,
        charge_fn: None,
        bulk_handler: None,
        throw_cost: None,
    }
}

fn meter(wat: &str, opts: &Options) -> Vec<u8> {
    let wasm = wat::parse_str(wat).expect("test module parses");
    instrument(&wasm, opts).expect("instrumenting succeeds").0
}

fn meter_err(wat: &str, opts: &Options) -> String {
    let wasm = wat::parse_str(wat).expect("test module parses");
    format!("{:#}", instrument(&wasm, opts).expect_err("instrumenting fails"))
}

/// Runs `script` in Node with `wasm` (the instrumented module's bytes) in
/// scope, and returns what it printed. The script must validate the module
/// itself if it matters; `new WebAssembly.Module` already does.
fn node(name: &str, wasm: &[u8], script: &str) -> String {
    let dir = std::env::temp_dir().join(format!("guest-meter-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let wasm_path: PathBuf = dir.join(format!("{name}.wasm"));
    std::fs::write(&wasm_path, wasm).unwrap();
    let prelude = "const wasm = require('fs').readFileSync(process.argv[1]);\n\
                   if (!WebAssembly.validate(wasm)) throw new Error('invalid module');\n\
                   const module = new WebAssembly.Module(wasm);\n\
                   const show = (...xs) => console.log(xs.map(String).join(' '));\n";
    let out = Command::new("node")
        .arg("-e")
        .arg(format!("{prelude}{script}"))
        .arg(&wasm_path)
        .output()
        .expect("node runs");
    assert!(out.status.success(), "node failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// `count(n)` loops n times; the handler counts its calls in an exported global.
const COUNTER: &str = r#"
(module
  (global $calls (export "calls") (mut i32) (i32.const 0))
  (func $handler (export "handler")
    (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
  (func $count (export "count") (param $n i32)
    (loop $again
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $again (local.get $n)))))
"#;

#[test]
fn unit_cost_charges_entry_and_each_iteration() {
    let wasm = meter(COUNTER, &options(CostModel::Unit));
    let out = node(
        "unit",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 1000; e.count(10);
         show(e.fuel.value, e.calls.value);",
    );
    // 1 for entering `count`, 1 for each of the 10 iterations.
    assert_eq!(out, "989 0");
}

#[test]
fn block_cost_counts_straight_line_code() {
    let wasm = meter(COUNTER, &options(CostModel::Block));
    let out = node(
        "block",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 1000; e.count(10);
         show(e.fuel.value);",
    );
    // Entry: `loop` (1). Each iteration: local.get, i32.const, i32.sub,
    // local.set, local.get, br_if (6).
    assert_eq!(out, (1000 - 1 - 10 * 6).to_string());
}

#[test]
fn handler_runs_when_fuel_goes_negative_and_may_return() {
    let wasm = meter(COUNTER, &options(CostModel::Unit));
    let out = node(
        "handler",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 5; e.count(10);
         const first = [e.fuel.value, e.calls.value];
         e.fuel.value = 0; e.count(1);
         show(...first, e.fuel.value, e.calls.value);",
    );
    // 11 charges from 5: negative from the 6th on, and the handler (which
    // does not refill) is called at each of the 6 negative checks. Then 2
    // more charges from 0, both negative.
    assert_eq!(out, "-6 6 -2 8");
}

#[test]
fn handler_can_refill_through_the_host() {
    let wat = r#"
    (module
      (import "host" "refill" (func $refill))
      (func (export "handler") (call $refill))
      (func (export "count") (param $n i32)
        (loop $again
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br_if $again (local.get $n)))))
    "#;
    let wasm = meter(wat, &options(CostModel::Unit));
    let out = node(
        "refill",
        &wasm,
        "let e, polls = 0;
         const host = { refill() { polls++; e.fuel.value += 10; } };
         e = new WebAssembly.Instance(module, { host }).exports;
         e.fuel.value = 0; e.count(100);
         show(polls, e.fuel.value);",
    );
    // 101 charges; each refill of 10 buys 10 more charges: ceil(101 / 10).
    assert_eq!(out, "11 9");
}

/// The guest's setjmp/longjmp shape: legacy `try`/`catch` around code whose
/// handler unwinds with `throw`, plus `catch_all`, `rethrow` and `delegate`.
const LEGACY_EH: &str = r#"
(module
  (tag $longjmp (param i32))
  (func $handler (export "handler") (throw $longjmp (i32.const 42)))
  (func $spin (loop $forever (br $forever)))
  (func (export "run") (result i32)
    try (result i32)
      call $spin
      i32.const 0
    catch $longjmp
    end)
  (func (export "nested") (result i32)
    try (result i32)
      try
        try
          call $spin
        delegate 0
      catch_all
        rethrow 0
      end
      i32.const 0
    catch $longjmp
      i32.const 1
      i32.add
    end))
"#;

#[test]
fn legacy_exceptions_round_trip_and_the_handler_can_unwind() {
    let wasm = meter(LEGACY_EH, &options(CostModel::Block));
    let out = node(
        "eh",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 100; const a = e.run();
         e.fuel.value = 100; const b = e.nested();
         show(a, b, e.fuel.value < 0);",
    );
    assert_eq!(out, "42 43 true");
}

#[test]
fn throws_and_rethrows_cost_extra() {
    let wat = r#"
    (module
      (tag $t)
      (func (export "handler"))
      (func $inner (throw $t))
      (func (export "f") (result i32)
        try (result i32)
          try
            call $inner
          catch $t
            rethrow 0
          end
          i32.const 0
        catch $t
          i32.const 1
        end))
    "#;
    let opts = Options { throw_cost: Some(1000), ..options(CostModel::Unit) };
    let wasm = meter(wat, &opts);
    let out = node(
        "throw-cost",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 5000; const r = e.f(); show(r, 5000 - e.fuel.value);",
    );
    // Entries of f and inner (1 each), the throw and the rethrow (1000 each).
    assert_eq!(out, "1 2002");
}

#[test]
fn multivalue_loops_and_bulk_memory_round_trip() {
    let wat = r#"
    (module
      (memory 1)
      (func (export "handler"))
      (func (export "sum") (param $n i32) (result i32 i32)
        (i32.const 0) (local.get $n)
        (loop $l (param i32 i32) (result i32 i32)
          (local.set $n)
          (i32.add (local.get $n))
          (local.tee $n (i32.sub (local.get $n) (i32.const 1)))
          (br_if $l (i32.extend8_s (local.get $n)))
          (drop) (local.get $n))
        (memory.fill (i32.const 0) (i32.const 7) (i32.const 16))))
    "#;
    let wasm = meter(wat, &options(CostModel::Unit));
    let out = node(
        "multivalue",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 100; show(...e.sum(4), e.fuel.value);",
    );
    assert_eq!(out, "10 0 95");
}

#[test]
fn handler_and_skipped_functions_are_not_metered() {
    let wat = r#"
    (module
      (func $handler (export "handler") (loop))
      (func $hot (export "hot") (loop))
      (func $cold (export "cold") (loop)))
    "#;
    let mut opts = options(CostModel::Unit);
    opts.skip.push("hot".into());
    let wasm = meter(wat, &opts);
    let out = node(
        "skip",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 10; e.handler(); e.hot(); const a = e.fuel.value;
         e.cold(); show(a, e.fuel.value);",
    );
    assert_eq!(out, "10 8");
}

#[test]
fn adds_a_global_section_when_missing() {
    let wat = r#"(module (func $h) (start $h) (func $f (loop)))"#;
    let mut opts = options(CostModel::Unit);
    opts.handler = "h".into();
    // No export to name the handler by: the pass must say so.
    assert!(meter_err(wat, &opts).contains("no exported function named \"h\""));

    let wat = r#"(module (func (export "handler")) (func (export "f") (loop)))"#;
    let wasm = meter(wat, &options(CostModel::Unit));
    let out = node(
        "sections",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 3; e.f(); show(e.fuel.value);",
    );
    assert_eq!(out, "1");
}

#[test]
fn clear_errors() {
    let wat = r#"(module (func (export "handler") (param i32)))"#;
    assert!(meter_err(wat, &options(CostModel::Unit)).contains("expected [] -> []"));

    let wat = r#"(module (func (export "handler")) (global (export "fuel") i32 (i32.const 0)))"#;
    assert!(meter_err(wat, &options(CostModel::Unit)).contains("already exports"));

    let mut opts = options(CostModel::Unit);
    opts.skip.push("f".into());
    let stripped = wat::parse_str(r#"(module (func (export "handler")))"#).unwrap();
    let err = format!("{:#}", instrument(&stripped, &opts).unwrap_err());
    assert!(err.contains("no `name` section"), "{err}");

    let named = r#"(module (func $handler (export "handler")))"#;
    assert!(meter_err(named, &opts).contains("no function named \"f\""));
}

#[test]
fn the_charge_function_charges_its_argument() {
    let wat = r#"
    (module
      (global $calls (export "calls") (mut i32) (i32.const 0))
      (global $sink (mut i32) (i32.const 0))
      (func $handler (export "handler")
        (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
      (func $charge (param $n i32) (global.set $sink (local.get $n)))
      (func (export "work") (param $n i32)
        (call $charge (local.get $n))))
    "#;
    let opts = Options { charge_fn: Some("charge".into()), ..options(CostModel::Unit) };
    let wasm = meter(wat, &opts);
    let out = node(
        "charge",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 1000; e.work(500); const a = e.fuel.value;
         e.work(600); show(a, e.fuel.value, e.calls.value);",
    );
    // 1 for entering `work`, then the argument; the charge function's own entry is free.
    assert_eq!(out, "499 -102 1");

    let wrong = r#"(module (func $handler (export "handler")) (func $charge (param i64)))"#;
    assert!(meter_err(wrong, &opts).contains("expected [i32] -> []"));
}

#[test]
fn keeps_the_name_section() {
    let wat = r#"
    (module
      (global $__stack_pointer (mut i32) (i32.const 1024))
      (func $handler (export "handler")))
    "#;
    let wasm = meter(wat, &options(CostModel::Unit));
    let out = node(
        "names",
        &wasm,
        "const names = WebAssembly.Module.customSections(module, 'name')[0];
         show(Buffer.from(names).includes('__stack_pointer'),
                     Buffer.from(names).includes('handler'));",
    );
    assert_eq!(out, "true true");
}

/// `copy`, `fill`, `init` and `grow` with their size operands from the caller.
const BULK: &str = r#"
(module
  (memory 1 100)
  (data $d "0123456789abcdef")
  (global $calls (export "calls") (mut i32) (i32.const 0))
  (func (export "handler")
    (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
  (func (export "copy") (param $n i32)
    (memory.copy (i32.const 100) (i32.const 0) (local.get $n)))
  (func (export "fill") (param $n i32) (local $unrelated i64)
    (memory.fill (i32.const 0) (i32.const 7) (local.get $n)))
  (func (export "init") (param $n i32)
    (memory.init $d (i32.const 0) (i32.const 0) (local.get $n)))
  (func (export "grow") (param $n i32) (result i32)
    (memory.grow (local.get $n)))
  (func (export "peek") (param $at i32) (result i32)
    (i32.load8_u (local.get $at))))
"#;

fn bulk_options(shift: u32) -> Options {
    Options { bulk_shift: Some(shift), ..options(CostModel::Unit) }
}

#[test]
fn bulk_memory_is_charged_by_length() {
    let wasm = meter(BULK, &bulk_options(3));
    let out = node(
        "bulk",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         const cost = (f) => { e.fuel.value = 1 << 30; f(); return (1 << 30) - e.fuel.value; };
         show(cost(() => e.copy(0)), cost(() => e.copy(7)), cost(() => e.copy(8)), cost(() => e.copy(8000)),
              cost(() => e.fill(65536)), cost(() => e.init(16)), e.peek(0),
              cost(() => e.grow(0)), cost(() => e.grow(2)), cost(() => e.grow(-1)), e.calls.value);",
    );
    // 1 for the function entry, plus n >> 3 bytes; grow: pages * 65536 >> 3, the request capped
    // at 65536 pages (then it fails, returning -1).
    assert_eq!(out, "1 1 2 1001 8193 3 48 1 16385 536870913 0");
}

#[test]
fn bulk_charges_call_the_handler_before_the_operation() {
    let wasm = meter(BULK, &bulk_options(4));
    let out = node(
        "bulk-handler",
        &wasm,
        "let e;
         e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 10; e.fill(15 * 16); const a = [e.fuel.value, e.calls.value, e.peek(0)];
         e.fill(16); show(...a, e.fuel.value, e.calls.value);",
    );
    // 10 - 1 - 15 = -6: the handler runs (and here does not refill); the fill still happens.
    // Then peek (1) and fill(16) (1 + 1): three more negative checks.
    assert_eq!(out, "-6 1 7 -9 4");
}

#[test]
fn bulk_checks_may_call_their_own_handler() {
    let wat = BULK.replace(
        "(func (export \"peek\")",
        "(func (export \"bulk\") (global.set $calls (i32.add (global.get $calls) (i32.const 100)))) (func (export \"peek\")",
    );
    let opts = Options { bulk_handler: Some("bulk".into()), ..bulk_options(3) };
    let wasm = meter(&wat, &opts);
    let out = node(
        "bulk-handler-own",
        &wasm,
        "const e = new WebAssembly.Instance(module).exports;
         e.fuel.value = 5; e.copy(80); const a = e.calls.value;
         e.copy(0); show(a, e.calls.value);",
    );
    // copy(80): entry 1 (fuel 4), then 10 for the bytes (-6): the bulk handler. copy(0): the
    // entry check calls the handler (+1), the bulk check, still negative, the bulk handler (+100).
    assert_eq!(out, "100 201");
}

#[test]
fn bulk_shift_is_checked() {
    let err = meter_err(BULK, &bulk_options(1));
    assert!(err.contains("bulk shift must be 2..=16"), "{err}");
}
