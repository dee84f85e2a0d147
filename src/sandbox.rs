//! One interpreter: a wasmer store with the guest instance, its capped memory and output buffers.
//! State persists across runs; if the instance traps it is discarded and the next run starts a
//! fresh interpreter.

use crate::outcome::{ErrorKind, Outcome, Record, RunError, Span, RECORD_BYTES};
use crate::wasi::{self, HostState};
use crate::{Error, Guest, Limits};
use wasmer::{FunctionEnv, Instance, Memory, MemoryType, Pages, RuntimeError, Store, TypedFunction};

/// Per-run settings.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// File name shown in tracebacks (default `<stdin>`).
    pub filename: Option<String>,
    /// Compile as a single interactive statement: expression values are printed (REPL).
    pub single_input: bool,
}

/// A persistent MicroPython session.
pub struct Sandbox {
    guest: Guest,
    limits: Limits,
    heap_bytes: u32,
    live: Option<Live>,
}

/// A running instance and what is needed to call into it.
struct Live {
    store: Store,
    env: FunctionEnv<HostState>,
    memory: Memory,
    input: TypedFunction<u32, u32>,
    exec: TypedFunction<(u32, u32, u32), u32>,
}

/// A run that trapped: the instance is unusable.
struct Lost(String);

impl Sandbox {
    /// Starts an interpreter from `guest` under `limits`.
    pub fn new(guest: &Guest, limits: Limits) -> Result<Sandbox, Error> {
        let heap_bytes = limits.heap_bytes(guest.static_pages)?;
        let live = Live::start(guest, &limits, heap_bytes)?;
        Ok(Sandbox { guest: guest.clone(), limits, heap_bytes, live: Some(live) })
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Runs `code` in the session's `__main__`. Guest failures are in the [`Outcome`]; `Err`
    /// only when a lost interpreter cannot be restarted.
    pub fn run(&mut self, code: &str, options: &RunOptions) -> Result<Outcome, Error> {
        let start = wasi::now_ms();
        let live = match self.live.as_mut() {
            Some(live) => live,
            None => self.live.insert(Live::start(&self.guest, &self.limits, self.heap_bytes)?),
        };
        let filename = options.filename.as_deref().unwrap_or("<stdin>");
        let result = live.exec(code, filename, options.single_input);
        let (stdout, stderr) = live.take_output();
        let mut outcome = Outcome { stdout, stderr, error: None, exit_code: None, session_lost: false, duration_ms: 0.0 };
        match result {
            Ok((error, exit_code)) => {
                outcome.error = error;
                outcome.exit_code = exit_code;
            }
            Err(Lost(message)) => {
                self.live = None;
                outcome.session_lost = true;
                outcome.error = Some(RunError { kind: ErrorKind::Crash, type_name: None, message, traceback: None });
            }
        }
        outcome.duration_ms = wasi::now_ms() - start;
        Ok(outcome)
    }
}

impl Live {
    fn start(guest: &Guest, limits: &Limits, heap_bytes: u32) -> Result<Live, Error> {
        let start_err = |what: &str, e: &dyn std::fmt::Display| Error::Start(format!("{what}: {e}"));
        let mut store = Store::default();
        let ty = MemoryType::new(Pages(guest.static_pages), Some(Pages(limits.max_pages())), false);
        let memory = Memory::new(&mut store, ty).map_err(|e| start_err("memory", &e))?;
        let env = FunctionEnv::new(&mut store, HostState { memory: memory.clone(), stdout: Vec::new(), stderr: Vec::new() });
        let imports = wasi::imports(&mut store, &env, &memory);
        let instance = Instance::new(&mut store, &guest.module, &imports).map_err(|e| start_err("instantiate", &e))?;
        let export = |e: wasmer::ExportError| Error::BadGuest(e.to_string());
        // A WASI reactor runs its static constructors in `_initialize`, before any other export.
        if let Ok(ctors) = instance.exports.get_typed_function::<(), ()>(&store, "_initialize") {
            ctors.call(&mut store).map_err(|e| start_err("guest _initialize trapped", &crash_message(&e)))?;
        }
        let init: TypedFunction<u32, i32> = instance.exports.get_typed_function(&store, "mp_sandbox_init").map_err(export)?;
        let input = instance.exports.get_typed_function(&store, "mp_sandbox_input").map_err(export)?;
        let exec = instance.exports.get_typed_function(&store, "mp_sandbox_exec").map_err(export)?;
        match init.call(&mut store, heap_bytes) {
            Ok(0) => Ok(Live { store, env, memory, input, exec }),
            Ok(code) => Err(Error::Start(format!("guest init failed with status {code} (heap of {heap_bytes} bytes)"))),
            Err(e) => Err(start_err("guest init trapped", &crash_message(&e))),
        }
    }

    /// Runs one input. `Ok` carries the run's error (if any) and SystemExit code.
    fn exec(&mut self, code: &str, filename: &str, single: bool) -> Result<(Option<RunError>, Option<i32>), Lost> {
        let lost = |e: RuntimeError| Lost(crash_message(&e));
        let (src, name) = (code.as_bytes(), filename.as_bytes());
        let total = src.len() + name.len();
        let ptr = match u32::try_from(total) {
            Ok(n) => self.input.call(&mut self.store, n).map_err(lost)?,
            Err(_) => 0,
        };
        if ptr == 0 {
            let message = format!("source of {} bytes does not fit in the sandbox's memory", src.len());
            return Ok((Some(RunError { kind: ErrorKind::Memory, type_name: None, message, traceback: None }), None));
        }
        let view = self.memory.view(&self.store);
        let write = |at: u32, bytes: &[u8]| view.write(at as u64, bytes).map_err(|e| Lost(format!("guest input buffer out of bounds: {e}")));
        write(ptr, src)?;
        write(ptr + src.len() as u32, name)?;
        let record_ptr = self.exec.call(&mut self.store, src.len() as u32, name.len() as u32, single as u32).map_err(lost)?;

        let view = self.memory.view(&self.store);
        let bad = |e: wasmer::MemoryAccessError| Lost(format!("guest result out of bounds: {e}"));
        let mut raw = [0u8; RECORD_BYTES];
        view.read(record_ptr as u64, &mut raw).map_err(bad)?;
        let record = Record::decode(&raw);
        let text = |s: Span| -> Result<String, Lost> {
            let mut buf = vec![0u8; s.len as usize];
            if !wasi::in_bounds(view.data_size(), s.ptr, s.len) {
                return Err(Lost("guest result string out of bounds".into()));
            }
            view.read(s.ptr as u64, &mut buf).map_err(bad)?;
            Ok(String::from_utf8_lossy(&buf).into_owned())
        };
        let error = record.error(text(record.type_name)?, text(record.message)?, text(record.traceback)?).map_err(Lost)?;
        let exit_code = (record.status == crate::outcome::STATUS_SYSTEM_EXIT).then_some(record.exit_code);
        Ok((error, exit_code))
    }

    fn take_output(&mut self) -> (String, String) {
        let state = self.env.as_mut(&mut self.store);
        let text = |v: &mut Vec<u8>| String::from_utf8_lossy(&std::mem::take(v)).into_owned();
        (text(&mut state.stdout), text(&mut state.stderr))
    }
}

/// A clear message for a trap.
fn crash_message(e: &RuntimeError) -> String {
    crate::outcome::describe_trap(&e.message())
}
