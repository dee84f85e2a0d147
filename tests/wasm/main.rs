//! The Rust API end to end, inside Node. Needs `build/guest/micropython.wasm` (scripts/build.sh).
#![cfg(target_arch = "wasm32")]

use micropython_sandbox::{ErrorKind, Guest, Limits, RunOptions, Sandbox, Vfs};
use wasm_bindgen_test::wasm_bindgen_test;

const GUEST: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/build/guest/micropython.wasm"));

fn sandbox(limits: Limits) -> Sandbox {
    Sandbox::new(&Guest::new(GUEST).expect("guest compiles"), limits).expect("sandbox starts")
}

fn run(sb: &mut Sandbox, code: &str) -> micropython_sandbox::Outcome {
    sb.run(code, &RunOptions::default()).expect("run").done().expect("finished")
}

#[wasm_bindgen_test]
fn prints_and_keeps_state() {
    let mut sb = sandbox(Limits::default());
    let o = run(&mut sb, "x = 20\nprint('hi', x)");
    assert_eq!((o.ok(), o.stdout.as_str()), (true, "hi 20\n"));
    assert_eq!(run(&mut sb, "print(x + 1)").stdout, "21\n");
}

#[wasm_bindgen_test]
fn exceptions_are_outcomes() {
    let mut sb = sandbox(Limits::default());
    let o = run(&mut sb, "[][1]");
    let e = o.error.expect("error");
    assert_eq!((e.kind, e.type_name.as_deref()), (ErrorKind::Python, Some("IndexError")));
    assert!(e.to_string().starts_with("python: IndexError: "), "{e}");
    assert_eq!(o.stderr, e.traceback.unwrap());
}

#[wasm_bindgen_test]
fn filename_appears_in_tracebacks() {
    let mut sb = sandbox(Limits::default());
    let opts = RunOptions { filename: Some("job.py".into()), ..RunOptions::default() };
    let o = sb.run("\n\n1/0", &opts).unwrap().done().unwrap();
    assert!(o.stderr.contains("File \"job.py\", line 3"), "{}", o.stderr);
}

#[wasm_bindgen_test]
fn memory_cap_below_guest_minimum_is_an_option_error() {
    let guest = Guest::new(GUEST).unwrap();
    let err = Sandbox::new(&guest, Limits { memory_bytes: guest.static_bytes(), ..Limits::default() }).err().expect("error");
    assert!(matches!(err, micropython_sandbox::Error::InvalidOption { name: "memoryBytes", .. }), "{err}");
}

#[wasm_bindgen_test]
fn not_a_guest_is_rejected() {
    // A valid empty wasm module: no memory import, no exports.
    let err = Guest::new(b"\0asm\x01\0\0\0").err().expect("error");
    assert!(err.to_string().contains("env.memory"), "{err}");
}

#[wasm_bindgen_test]
fn fuel_stop_is_an_outcome_and_keeps_the_session() {
    let mut sb = sandbox(Limits { fuel: 100_000, ..Limits::default() });
    run(&mut sb, "kept = 1");
    let o = run(&mut sb, "while True:\n    pass");
    let e = o.error.expect("error");
    assert_eq!((e.kind, o.session_lost), (ErrorKind::Fuel, false), "{e}");
    // Past the budget: the stop's grace (budget / 64) and the unwinding's throws (2048 each).
    assert!(o.stats.fuel_used >= 100_000 && o.stats.fuel_used < 100_000 + 100_000 / 64 + 4 * 2048, "{}", o.stats.fuel_used);
    assert_eq!(run(&mut sb, "print(kept)").stdout, "1\n");
}

#[wasm_bindgen_test]
fn run_limits_override_the_sandbox_defaults() {
    let mut sb = sandbox(Limits::default());
    let opts = RunOptions { limits: micropython_sandbox::RunLimits { max_output_bytes: Some(3), ..Default::default() }, ..RunOptions::default() };
    let o = sb.run("print('hello')", &opts).unwrap().done().unwrap();
    assert_eq!((o.stdout.as_str(), o.stdout_truncated), ("hel", true));
    assert_eq!(run(&mut sb, "print('hello')").stdout, "hello\n");
}

#[wasm_bindgen_test]
fn files_are_mounted_written_and_read_back() {
    let guest = Guest::new(GUEST).unwrap();
    let files = vec![("/data/in.txt".to_string(), b"in".to_vec())];
    let mut sb = Sandbox::with_files(&guest, Limits::default(), Vfs::new(files, 64).unwrap()).unwrap();
    let o = run(&mut sb, "print(open('/data/in.txt').read())\nopen('/tmp/out.txt', 'w').write('out')");
    assert_eq!((o.ok(), o.stdout.as_str()), (true, "in\n"), "{:?}", o.error);
    assert_eq!(o.files, [("/tmp/out.txt".to_string(), b"out".to_vec())]);
    assert_eq!(sb.read_file("/tmp/out.txt").as_deref(), Some(&b"out"[..]));
    let o = run(&mut sb, "open('/tmp/big', 'w').write('x' * 100)");
    assert_eq!(o.error.and_then(|e| e.type_name).as_deref(), Some("OSError"));
    assert!(o.files.iter().all(|(_, bytes)| bytes.is_empty()), "the refused write left the file empty");
}
