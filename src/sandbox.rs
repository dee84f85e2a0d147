//! One interpreter: a wasmer store with the guest instance, its capped memory and the run's
//! accounting. State persists across runs; if the instance traps it is discarded and the next run
//! starts a fresh interpreter.

use crate::bridge::HostBridge;
use crate::limits::{Meter, Output, OutputLimit, RunLimits, Stop};
use crate::outcome::{capped_text, ErrorKind, Outcome, Record, RunError, Span, Stats, RECORD_BYTES, STATUS_PENDING, STATUS_SYSTEM_EXIT};
use crate::vfs::{SharedVfs, Vfs};
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
    /// Overrides of the sandbox's limits for this run.
    pub limits: RunLimits,
    /// Called with each piece of output as it is written: `(bytes: Uint8Array, fd: 1 | 2)`.
    pub on_output: Option<js_sys::Function>,
}

/// How far a run got: finished, or waiting for a host promise (`Sandbox::resume` goes on).
#[derive(Debug)]
pub enum Step {
    Done(Outcome),
    /// The program awaits the host promise with this id.
    Pending(u32),
}

impl Step {
    /// The outcome of a finished run (`None` while it awaits a host promise).
    pub fn done(self) -> Option<Outcome> {
        match self {
            Step::Done(o) => Some(o),
            Step::Pending(_) => None,
        }
    }
}

/// The host functions a sandbox was given: names (their index is the call's function number)
/// and the bridge that runs them.
#[derive(Clone)]
struct Functions {
    names: Vec<String>,
    bridge: HostBridge,
}

/// A run waiting for a host promise: what `resume` needs to finish it.
struct Pending {
    limits: Limits,
    start: f64,
}

/// A persistent MicroPython session.
pub struct Sandbox {
    guest: Guest,
    limits: Limits,
    heap_bytes: u32,
    live: Option<Live>,
    functions: Option<Functions>,
    pending: Option<Pending>,
    /// Outlives instances: a lost interpreter loses only its open files.
    vfs: SharedVfs,
}

/// A running instance and what is needed to call into it.
struct Live {
    store: Store,
    env: FunctionEnv<HostState>,
    memory: Memory,
    input: TypedFunction<u32, u32>,
    exec: TypedFunction<(u32, u32, u32, u32), u32>,
    resume: TypedFunction<u32, u32>,
    define: TypedFunction<u32, i32>,
}

/// A run that trapped: the instance is unusable.
struct Lost(String);

/// How a call into the guest ended, when it did not trap.
enum Ran {
    /// The record and its type, message and traceback, each cut at the output cap; whether any was.
    Done(Record, [String; 3], bool),
    Pending(u32),
    InputTooLarge(usize),
}

/// What the host saw of a run, whatever the guest did.
struct Spent {
    output: Output,
    stop: Option<Stop>,
    fuel_used: u64,
    memory_bytes: u64,
}

impl Sandbox {
    /// Starts an interpreter from `guest` under `limits`, with no files but an empty `/tmp`.
    pub fn new(guest: &Guest, limits: Limits) -> Result<Sandbox, Error> {
        Sandbox::with_files(guest, limits, Vfs::default())
    }

    /// Starts an interpreter whose filesystem is `vfs` (see [`Vfs::new`]).
    pub fn with_files(guest: &Guest, limits: Limits, vfs: Vfs) -> Result<Sandbox, Error> {
        let heap_bytes = limits.heap_bytes(guest.static_pages)?;
        let vfs = SharedVfs::new(vfs.into());
        let live = Live::start(guest, &limits, heap_bytes, &vfs, None)?;
        Ok(Sandbox { guest: guest.clone(), limits, heap_bytes, live: Some(live), functions: None, pending: None, vfs })
    }

    /// The contents of a file (mounted or written by the program), if `path` names one. Relative
    /// paths are taken from `/`.
    pub fn read_file(&self, path: &str) -> Option<Vec<u8>> {
        self.vfs.lock().unwrap_or_else(|e| e.into_inner()).read_file(path).map(<[u8]>::to_vec)
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Makes `names` callable from Python (as globals and `host.<name>`), run by `bridge`. Once
    /// per sandbox; names must be Python identifiers (checked by the caller).
    pub fn define_functions(&mut self, names: Vec<String>, bridge: HostBridge) -> Result<(), Error> {
        if self.functions.is_some() {
            return Err(Error::State("host functions are already defined"));
        }
        let functions = Functions { names, bridge };
        if let Some(live) = self.live.as_mut() {
            live.define(&functions)?;
        }
        self.functions = Some(functions);
        Ok(())
    }

    fn live(&mut self) -> Result<&mut Live, Error> {
        match self.live {
            Some(ref mut live) => Ok(live),
            None => Ok(self.live.insert(Live::start(&self.guest, &self.limits, self.heap_bytes, &self.vfs, self.functions.as_ref())?)),
        }
    }

    /// Runs `code` in the session's `__main__`. Guest failures and limit hits are in the
    /// [`Outcome`]; `Err` only when a lost interpreter cannot be restarted. A run that awaits a
    /// host promise returns [`Step::Pending`]; an earlier run still pending is abandoned.
    pub fn run(&mut self, code: &str, options: &RunOptions) -> Result<Step, Error> {
        self.pending = None;
        let limits = self.limits.with(&options.limits);
        let start = wasi::now_ms();
        let live = self.live()?;
        live.begin(&limits, start, options.on_output.clone());
        let filename = options.filename.as_deref().unwrap_or("<stdin>");
        let ran = live.exec(code, filename, options.single_input, limits.max_recursion_depth);
        Ok(self.step(ran, limits, start))
    }

    /// Goes on with the pending run: `reply` is the awaited promise's outcome, in the value codec.
    pub fn resume(&mut self, reply: &[u8]) -> Result<Step, Error> {
        let (Some(pending), Some(live)) = (self.pending.take(), self.live.as_mut()) else {
            return Err(Error::State("no run is waiting for a host promise"));
        };
        let ran = live.resume(reply);
        Ok(self.step(ran, pending.limits, pending.start))
    }

    /// Ends the pending run without resuming it (its deadline passed, or the caller aborted it).
    pub fn cancel(&mut self, why: Stop) -> Result<Outcome, Error> {
        let (Some(pending), Some(live)) = (self.pending.take(), self.live.as_mut()) else {
            return Err(Error::State("no run is waiting for a host promise"));
        };
        live.request_stop(why);
        let spent = live.finish();
        let files = self.changed_files();
        Ok(outcome(spent, Some(RunError::stopped(why, &pending.limits)), None, false, pending.start, files))
    }

    /// Milliseconds the pending run has left before its deadline.
    pub fn remaining_ms(&mut self) -> f64 {
        match (&self.pending, self.live.as_mut()) {
            (Some(_), Some(live)) => live.remaining_ms(),
            _ => 0.0,
        }
    }

    fn step(&mut self, ran: Result<Ran, Lost>, limits: Limits, start: f64) -> Step {
        if let Ok(Ran::Pending(id)) = ran {
            self.pending = Some(Pending { limits, start });
            return Step::Pending(id);
        }
        let spent = self.live.as_mut().expect("a run has an instance").finish();
        let lost = ran.is_err();
        let (error, exit_code) = match (spent.stop, ran) {
            (Some(stop), Err(_)) => {
                let mut e = RunError::stopped(stop, &limits);
                e.message.push_str("; the interpreter was stuck in C code and has been reset");
                (Some(e), None)
            }
            (Some(stop), Ok(_)) => (Some(RunError::stopped(stop, &limits)), None),
            (None, Err(Lost(message))) => (Some(RunError::new(ErrorKind::Crash, message)), None),
            (None, Ok(Ran::InputTooLarge(n))) => {
                let message = format!("source of {n} bytes does not fit in the sandbox's memory");
                (Some(RunError::new(ErrorKind::Memory, message)), None)
            }
            (None, Ok(Ran::Pending(_))) => unreachable!("handled above"),
            (None, Ok(Ran::Done(record, [type_name, message, traceback], truncated))) => {
                match record.error(type_name, message, traceback, truncated) {
                    Ok(error) => (error, (record.status == STATUS_SYSTEM_EXIT).then_some(record.exit_code)),
                    Err(message) => (Some(RunError::new(ErrorKind::Crash, message)), None),
                }
            }
        };
        let session_lost = lost || error.as_ref().is_some_and(|e| e.kind == ErrorKind::Crash);
        let files = self.changed_files();
        if session_lost {
            self.live = None;
        }
        Step::Done(outcome(spent, error, exit_code, session_lost, start, files))
    }

    /// The files under `/tmp` the run created or changed.
    fn changed_files(&self) -> Vec<(String, Vec<u8>)> {
        self.vfs.lock().unwrap_or_else(|e| e.into_inner()).changed_files()
    }
}

fn outcome(spent: Spent, error: Option<RunError>, exit_code: Option<i32>, session_lost: bool, start: f64, files: Vec<(String, Vec<u8>)>) -> Outcome {
    Outcome {
        stdout: String::from_utf8_lossy(&spent.output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&spent.output.stderr).into_owned(),
        stdout_truncated: spent.output.stdout_truncated,
        stderr_truncated: spent.output.stderr_truncated,
        error,
        exit_code,
        session_lost,
        stats: Stats { duration_ms: wasi::now_ms() - start, fuel_used: spent.fuel_used, memory_bytes: spent.memory_bytes },
        files,
    }
}

impl Live {
    fn start(guest: &Guest, limits: &Limits, heap_bytes: u32, vfs: &SharedVfs, functions: Option<&Functions>) -> Result<Live, Error> {
        let start_err = |what: &str, e: &dyn std::fmt::Display| Error::Start(format!("{what}: {e}"));
        let mut store = Store::default();
        let ty = MemoryType::new(Pages(guest.static_pages), Some(Pages(limits.max_pages())), false);
        let memory = Memory::new(&mut store, ty).map_err(|e| start_err("memory", &e))?;
        // Starting the interpreter is not a run: no deadline, and fuel enough for any set-up. The
        // guest polls even while instantiating (its metered start function initialises memory).
        let setup = Limits { fuel: u64::MAX, timeout_ms: f64::INFINITY, ..*limits };
        let (meter, _) = Meter::start(&setup, 0.0);
        let bridge = functions.map(|f| f.bridge.clone());
        // A new interpreter holds no files open and starts in "/".
        vfs.lock().unwrap_or_else(|e| e.into_inner()).reset_session();
        let state = HostState {
            memory: memory.clone(),
            fuel: None,
            meter,
            output: Output::new(0),
            output_limit: OutputLimit::Truncate,
            bridge,
            on_output: None,
            vfs: vfs.clone(),
        };
        let env = FunctionEnv::new(&mut store, state);
        let imports = wasi::imports(&mut store, &env, &memory);
        let instance = Instance::new(&mut store, &guest.module, &imports).map_err(|e| start_err("instantiate", &e))?;
        let export = |e: wasmer::ExportError| Error::BadGuest(e.to_string());
        env.as_mut(&mut store).fuel = Some(instance.exports.get_global("fuel").map_err(export)?.clone());
        let init: TypedFunction<u32, i32> = instance.exports.get_typed_function(&store, "mp_sandbox_init").map_err(export)?;
        let input = instance.exports.get_typed_function(&store, "mp_sandbox_input").map_err(export)?;
        let exec = instance.exports.get_typed_function(&store, "mp_sandbox_exec").map_err(export)?;
        let resume = instance.exports.get_typed_function(&store, "mp_sandbox_resume").map_err(export)?;
        let define = instance.exports.get_typed_function(&store, "mp_sandbox_define").map_err(export)?;
        let mut live = Live { store, env, memory, input, exec, resume, define };
        live.begin(&setup, 0.0, None);
        // A WASI reactor runs its static constructors in `_initialize`, before any other export.
        if let Ok(ctors) = instance.exports.get_typed_function::<(), ()>(&live.store, "_initialize") {
            ctors.call(&mut live.store).map_err(|e| start_err("guest _initialize trapped", &crash_message(&e)))?;
        }
        match init.call(&mut live.store, heap_bytes) {
            Ok(0) => {}
            Ok(code) => return Err(Error::Start(format!("guest init failed with status {code} (heap limit {heap_bytes} bytes)"))),
            Err(e) => return Err(start_err("guest init trapped", &crash_message(&e))),
        }
        if let Some(functions) = functions {
            live.define(functions)?;
        }
        Ok(live)
    }

    /// Defines the host functions in the guest (`mp_sandbox_define`: NUL-separated names).
    fn define(&mut self, functions: &Functions) -> Result<(), Error> {
        let names = functions.names.join("\0");
        let failed = |why: String| Error::Start(format!("defining host functions: {why}"));
        let ptr = self.write_input(&[names.as_bytes()]).map_err(|Lost(m)| failed(m))?;
        if ptr == 0 {
            return Err(failed("out of memory".into()));
        }
        match self.define.call(&mut self.store, names.len() as u32) {
            Ok(0) => {}
            Ok(_) => return Err(failed("out of memory".into())),
            Err(e) => return Err(failed(crash_message(&e))),
        }
        self.env.as_mut(&mut self.store).bridge = Some(functions.bridge.clone());
        Ok(())
    }

    /// Copies `parts` into the guest's input buffer, one after the other. Returns its address (0:
    /// it could not be allocated).
    fn write_input(&mut self, parts: &[&[u8]]) -> Result<u32, Lost> {
        let total: usize = parts.iter().map(|p| p.len()).sum();
        let ptr = match u32::try_from(total) {
            Ok(n) => self.input.call(&mut self.store, n).map_err(|e| Lost(crash_message(&e)))?,
            Err(_) => 0,
        };
        if ptr == 0 {
            return Ok(0);
        }
        let view = self.memory.view(&self.store);
        let mut at = ptr as u64;
        for part in parts {
            view.write(at, part).map_err(|e| Lost(format!("guest input buffer out of bounds: {e}")))?;
            at += part.len() as u64;
        }
        Ok(ptr)
    }

    fn request_stop(&mut self, why: Stop) {
        let mut env = self.env.clone().into_mut(&mut self.store);
        let (state, mut store) = env.data_and_store_mut();
        let fuel = state.fuel_now(&mut store);
        state.meter.request_stop(why, fuel);
        state.set_fuel(&mut store, 0);
    }

    fn remaining_ms(&mut self) -> f64 {
        self.env.as_ref(&self.store).meter.remaining_ms(wasi::now_ms())
    }

    /// Arms the run's limits: a fresh meter, output buffers, and the guest's first fuel slice.
    fn begin(&mut self, limits: &Limits, now_ms: f64, on_output: Option<js_sys::Function>) {
        let mut env = self.env.clone().into_mut(&mut self.store);
        let (state, mut store) = env.data_and_store_mut();
        state.on_output = on_output;
        let (meter, first) = Meter::start(limits, now_ms);
        state.meter = meter;
        state.output = Output::new(limits.max_output_bytes);
        state.output_limit = limits.output_limit;
        state.set_fuel(&mut store, first);
        state.vfs.lock().unwrap_or_else(|e| e.into_inner()).begin_run();
    }

    /// Collects what the run used and produced.
    fn finish(&mut self) -> Spent {
        let memory_bytes = self.memory.view(&self.store).data_size();
        let mut env = self.env.clone().into_mut(&mut self.store);
        let (state, mut store) = env.data_and_store_mut();
        let fuel_used = state.meter.used(state.fuel_now(&mut store));
        Spent { output: std::mem::take(&mut state.output), stop: state.meter.stop(), fuel_used, memory_bytes }
    }

    /// Runs one input.
    fn exec(&mut self, code: &str, filename: &str, single: bool, max_depth: u32) -> Result<Ran, Lost> {
        let (src, name) = (code.as_bytes(), filename.as_bytes());
        if self.write_input(&[src, name])? == 0 {
            return Ok(Ran::InputTooLarge(src.len()));
        }
        let args = (src.len() as u32, name.len() as u32, single as u32, max_depth);
        let record_ptr = self.exec.call(&mut self.store, args.0, args.1, args.2, args.3).map_err(|e| Lost(crash_message(&e)))?;
        self.read_record(record_ptr)
    }

    /// Settles the promise the run awaits with `reply` and goes on.
    fn resume(&mut self, reply: &[u8]) -> Result<Ran, Lost> {
        if self.write_input(&[reply])? == 0 {
            return Err(Lost("the awaited value does not fit in the sandbox's memory".into()));
        }
        let record_ptr = self.resume.call(&mut self.store, reply.len() as u32).map_err(|e| Lost(crash_message(&e)))?;
        self.read_record(record_ptr)
    }

    fn read_record(&mut self, record_ptr: u32) -> Result<Ran, Lost> {
        // The message and traceback may be any size (a 5 MB message, a huge class name): only what
        // the output cap allows is read (type names: at least 256 bytes, so "MemoryError" is whole).
        let cap = self.env.as_ref(&self.store).output.cap();
        let view = self.memory.view(&self.store);
        let bad = |e: wasmer::MemoryAccessError| Lost(format!("guest result out of bounds: {e}"));
        let mut raw = [0u8; RECORD_BYTES];
        view.read(record_ptr as u64, &mut raw).map_err(bad)?;
        let record = Record::decode(&raw);
        if record.status == STATUS_PENDING {
            return Ok(Ran::Pending(record.exit_code as u32));
        }
        let mut truncated = false;
        let mut text = |s: Span, cap: usize| -> Result<String, Lost> {
            if !wasi::in_bounds(view.data_size(), s.ptr, s.len) {
                return Err(Lost("guest result string out of bounds".into()));
            }
            let mut buf = vec![0u8; (s.len as usize).min(cap)];
            view.read(s.ptr as u64, &mut buf).map_err(bad)?;
            let (text, cut) = capped_text(&buf, s.len as usize, cap);
            truncated |= cut;
            Ok(text)
        };
        let strings = [text(record.type_name, cap.max(256))?, text(record.message, cap)?, text(record.traceback, cap)?];
        Ok(Ran::Done(record, strings, truncated))
    }
}

/// A clear message for a trap.
fn crash_message(e: &RuntimeError) -> String {
    crate::outcome::describe_trap(&e.message())
}
