//! The wasm-bindgen surface used by the package's JS entry points (`pkg-template/`). Option
//! checking happens here so misuse throws `TypeError`/`RangeError` naming the problem; everything
//! the guest did comes back as a plain result object.

use crate::bridge::HostBridge;
use crate::limits::{OutputLimit, RunLimits, Stop};
use crate::vfs::{Vfs, DEFAULT_TMP_QUOTA};
use crate::{Error, Guest, Limits, Outcome, RunOptions, Sandbox, Step};
use js_sys::{Object, RangeError, Reflect, TypeError, Uint8Array, WebAssembly};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn to_js(e: Error) -> JsValue {
    match e {
        Error::InvalidOption { .. } => RangeError::new(&e.to_string()).into(),
        Error::State(_) => TypeError::new(&e.to_string()).into(),
        Error::BadGuest(_) | Error::Start(_) => js_sys::Error::new(&e.to_string()).into(),
    }
}

/// Reads an options object, rejecting unknown keys so typos do not silently weaken a limit.
struct Options {
    obj: Option<Object>,
    /// The keys present: only those are read (each read is a call out to JS).
    present: Vec<String>,
    what: &'static str,
}

impl Options {
    fn new(value: &JsValue, what: &'static str, known: &[&str]) -> Result<Options, JsValue> {
        if value.is_undefined() || value.is_null() {
            return Ok(Options { obj: None, present: Vec::new(), what });
        }
        if !value.is_object() || value.is_function() || js_sys::Array::is_array(value) {
            return Err(TypeError::new(&format!("{what} must be an object")).into());
        }
        let obj: Object = value.clone().unchecked_into();
        let mut present = Vec::new();
        for key in Object::keys(&obj).iter() {
            let key = key.as_string().unwrap_or_default();
            if !known.contains(&key.as_str()) {
                return Err(TypeError::new(&format!("unknown {what} key {key:?} (known: {})", known.join(", "))).into());
            }
            present.push(key);
        }
        Ok(Options { obj: Some(obj), present, what })
    }

    fn get(&self, key: &str) -> JsValue {
        match &self.obj {
            Some(o) if self.present.iter().any(|k| k == key) => Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED),
            _ => JsValue::UNDEFINED,
        }
    }

    fn number(&self, key: &str) -> Result<Option<f64>, JsValue> {
        let v = self.get(key);
        if v.is_undefined() {
            return Ok(None);
        }
        match v.as_f64() {
            Some(n) if !n.is_nan() => Ok(Some(n)),
            _ => Err(TypeError::new(&format!("{}.{key} must be a number", self.what)).into()),
        }
    }

    fn range_error(&self, key: &str, want: &str, got: f64) -> JsValue {
        RangeError::new(&format!("{}.{key} must be {want}, got {got}", self.what)).into()
    }

    /// An integer in `[min, max]`; with `unlimited`, `Infinity` too (as that value).
    fn integer(&self, key: &str, min: f64, max: f64, unlimited: Option<f64>) -> Result<Option<f64>, JsValue> {
        let Some(n) = self.number(key)? else { return Ok(None) };
        match unlimited {
            Some(u) if n == f64::INFINITY => Ok(Some(u)),
            _ if n.fract() == 0.0 && (min..=max).contains(&n) => Ok(Some(n)),
            Some(_) => Err(self.range_error(key, &format!("an integer from {min} to {max}, or Infinity"), n)),
            None => Err(self.range_error(key, &format!("an integer from {min} to {max}"), n)),
        }
    }

    /// The limits both sandbox options (defaults) and run options (overrides) take.
    fn run_limits(&self) -> Result<RunLimits, JsValue> {
        let timeout_ms = match self.number("timeoutMs")? {
            Some(t) if t > 0.0 => Some(t),
            Some(t) => return Err(self.range_error("timeoutMs", "a positive number of milliseconds, or Infinity", t)),
            None => None,
        };
        let output_limit = match self.string("outputLimit")?.as_deref() {
            None => None,
            Some("truncate") => Some(OutputLimit::Truncate),
            Some("error") => Some(OutputLimit::Error),
            Some(other) => return Err(RangeError::new(&format!("{}.outputLimit must be \"truncate\" or \"error\", got {other:?}", self.what)).into()),
        };
        Ok(RunLimits {
            fuel: self.integer("fuel", 1.0, MAX_SAFE_INTEGER, Some(u64::MAX as f64))?.map(|n| if n.is_finite() && n < u64::MAX as f64 { n as u64 } else { u64::MAX }),
            timeout_ms,
            max_output_bytes: self.integer("maxOutputBytes", 0.0, u32::MAX as f64, None)?.map(|n| n as u32),
            output_limit,
            max_recursion_depth: self.integer("maxRecursionDepth", 1.0, (u32::MAX - 1) as f64, Some(u32::MAX as f64))?.map(|n| n as u32),
        })
    }

    /// `files`: a plain object mapping absolute paths to contents (string, stored as UTF-8, or
    /// Uint8Array). The paths themselves are checked by `Vfs::new`.
    fn files(&self) -> Result<Vec<(String, Vec<u8>)>, JsValue> {
        let v = self.get("files");
        if v.is_undefined() {
            return Ok(Vec::new());
        }
        let plain = v.is_object() && !v.is_function() && !js_sys::Array::is_array(&v) && {
            // Object.prototype (of any realm: a Worker's message is another realm) or null.
            let proto = Object::get_prototype_of(&v);
            proto.is_null() || Object::get_prototype_of(&proto).is_null()
        };
        if !plain {
            return Err(TypeError::new(&format!("{}.files must be a plain object mapping paths to contents", self.what)).into());
        }
        let obj: &Object = v.unchecked_ref();
        let mut files = Vec::new();
        for key in Object::keys(obj).iter() {
            let path = key.as_string().unwrap_or_default();
            let value = Reflect::get(obj, &key).unwrap_or(JsValue::UNDEFINED);
            let bytes = if let Some(text) = value.as_string() {
                text.into_bytes()
            } else if let Some(array) = value.dyn_ref::<Uint8Array>() {
                array.to_vec()
            } else {
                return Err(TypeError::new(&format!("{}.files[{path:?}] must be a string or a Uint8Array", self.what)).into());
            };
            files.push((path, bytes));
        }
        Ok(files)
    }

    fn string(&self, key: &str) -> Result<Option<String>, JsValue> {
        let v = self.get(key);
        if v.is_undefined() {
            return Ok(None);
        }
        v.as_string().map(Some).ok_or_else(|| TypeError::new(&format!("{}.{key} must be a string", self.what)).into())
    }
}

/// The compiled guest, shared by all sandboxes of a process.
#[wasm_bindgen(js_name = Guest)]
pub struct JsGuest(Guest);

#[wasm_bindgen(js_class = Guest)]
impl JsGuest {
    /// Compiles guest bytes synchronously.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8]) -> Result<JsGuest, JsValue> {
        Guest::new(bytes).map(JsGuest).map_err(to_js)
    }

    /// Wraps a `WebAssembly.Module` compiled by JS; `bytes` give its types: the module's own bytes
    /// or its types stub (`micropython.types.js` in the package: a few KB, fast to parse).
    #[wasm_bindgen(js_name = fromModule)]
    pub fn from_module(module: WebAssembly::Module, bytes: &[u8]) -> Result<JsGuest, JsValue> {
        Guest::from_compiled(module, bytes).map(JsGuest).map_err(to_js)
    }

    /// Bytes of memory the guest needs before any heap.
    #[wasm_bindgen(getter, js_name = staticBytes)]
    pub fn static_bytes(&self) -> u32 {
        self.0.static_bytes()
    }
}

const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;
const SANDBOX_KEYS: &[&str] = &["memoryBytes", "fuel", "timeoutMs", "maxOutputBytes", "outputLimit", "maxRecursionDepth", "files", "tmpQuotaBytes"];
const RUN_KEYS: &[&str] = &["filename", "mode", "onOutput", "fuel", "timeoutMs", "maxOutputBytes", "outputLimit", "maxRecursionDepth"];

/// Python keywords: not usable as host function names.
const KEYWORDS: &[&str] = &["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"];

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !KEYWORDS.contains(&name)
}

/// One persistent interpreter. JS frees it with `free()`.
#[wasm_bindgen(js_name = Sandbox)]
pub struct JsSandbox(Sandbox);

#[wasm_bindgen(js_class = Sandbox)]
impl JsSandbox {
    #[wasm_bindgen(constructor)]
    pub fn new(guest: &JsGuest, options: JsValue) -> Result<JsSandbox, JsValue> {
        let opts = Options::new(&options, "options", SANDBOX_KEYS)?;
        let mut limits = Limits::default().with(&opts.run_limits()?);
        if let Some(m) = opts.integer("memoryBytes", 0.0, u32::MAX as f64, None)? {
            limits.memory_bytes = m as u32;
        }
        let quota = opts.integer("tmpQuotaBytes", 0.0, u32::MAX as f64, None)?.map_or(DEFAULT_TMP_QUOTA, |q| q as u64);
        let vfs = Vfs::new(opts.files()?, quota).map_err(to_js)?;
        Sandbox::with_files(&guest.0, limits, vfs).map(JsSandbox).map_err(to_js)
    }

    /// The contents of the file at `path` (mounted, or written by the program) as a Uint8Array,
    /// or null if there is none.
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(&self, path: JsValue) -> Result<JsValue, JsValue> {
        let Some(path) = path.as_string() else {
            return Err(TypeError::new("path must be a string").into());
        };
        Ok(self.0.read_file(&path).map_or(JsValue::NULL, |bytes| Uint8Array::from(&bytes[..]).into()))
    }

    /// Makes JS functions callable from Python: `names` (Python identifiers, each once), run by
    /// `bridge` (pkg-template/bridge.js). Once per sandbox.
    #[wasm_bindgen(js_name = defineFunctions)]
    pub fn define_functions(&mut self, names: JsValue, bridge: HostBridge) -> Result<(), JsValue> {
        let bad = || JsValue::from(TypeError::new("functions must be an object of functions"));
        let list: js_sys::Array = names.dyn_into().map_err(|_| bad())?;
        let mut out: Vec<String> = Vec::new();
        for name in list.iter() {
            let name = name.as_string().ok_or_else(bad)?;
            if !is_identifier(&name) {
                return Err(TypeError::new(&format!("functions: {name:?} is not a valid Python name")).into());
            }
            out.push(name);
        }
        self.0.define_functions(out, bridge).map_err(to_js)
    }

    /// Runs `code`; returns a `RunResult` object, or `{ pending: id }` when the program awaits the
    /// host promise `id` (then `resume` or `cancel`). Throws only for misuse.
    pub fn run(&mut self, code: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let Some(js_code) = code.dyn_ref::<js_sys::JsString>() else {
            return Err(TypeError::new("code must be a string").into());
        };
        let opts = Options::new(&options, "run options", RUN_KEYS)?;
        let single_input = match opts.string("mode")?.as_deref() {
            None | Some("exec") => false,
            Some("single") => true,
            Some(other) => return Err(RangeError::new(&format!("run options.mode must be \"exec\" or \"single\", got {other:?}")).into()),
        };
        let on_output = match opts.get("onOutput") {
            v if v.is_undefined() => None,
            v => Some(v.dyn_into::<js_sys::Function>().map_err(|_| TypeError::new("run options.onOutput must be a function"))?),
        };
        let run = RunOptions { filename: opts.string("filename")?, single_input, limits: opts.run_limits()?, on_output };
        if !js_code.is_valid_utf16() {
            return Ok(invalid_source(js_code));
        }
        let code = String::from(js_code);
        step(self.0.run(&code, &run).map_err(to_js)?)
    }

    /// Settles the awaited promise with `reply` (the value codec) and goes on with the run.
    pub fn resume(&mut self, reply: &[u8]) -> Result<JsValue, JsValue> {
        step(self.0.resume(reply).map_err(to_js)?)
    }

    /// Ends the pending run: `"timeout"` (its deadline passed while awaiting) or `"aborted"`.
    pub fn cancel(&mut self, why: &str) -> Result<JsValue, JsValue> {
        let stop = match why {
            "timeout" => Stop::Timeout,
            "aborted" => Stop::Aborted,
            _ => return Err(RangeError::new("cancel takes \"timeout\" or \"aborted\"").into()),
        };
        Ok(result(&self.0.cancel(stop).map_err(to_js)?))
    }

    /// Milliseconds the pending run has before its deadline (`Infinity` without one).
    #[wasm_bindgen(js_name = remainingMs)]
    pub fn remaining_ms(&mut self) -> f64 {
        self.0.remaining_ms()
    }
}

fn step(step: Step) -> Result<JsValue, JsValue> {
    match step {
        Step::Done(outcome) => Ok(result(&outcome)),
        Step::Pending(id) => {
            let pending = Object::new();
            Reflect::set(&pending, &"pending".into(), &id.into())?;
            Ok(pending.into())
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsResult<'a> {
    ok: bool,
    stdout: &'a str,
    stderr: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<JsRunError<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exit_code: Option<i32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    stdout_truncated: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    stderr_truncated: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    session_lost: bool,
    stats: JsStats,
}

#[derive(Serialize)]
struct JsRunError<'a> {
    kind: &'a str,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    type_name: Option<&'a str>,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    traceback: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    truncated: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsStats {
    duration_ms: f64,
    fuel_used: f64,
    memory_bytes: f64,
}

fn result(o: &Outcome) -> JsValue {
    let r = JsResult {
        ok: o.ok(),
        stdout: &o.stdout,
        stderr: &o.stderr,
        error: o.error.as_ref().map(|e| JsRunError {
            kind: e.kind.as_str(),
            type_name: e.type_name.as_deref(),
            message: &e.message,
            traceback: e.traceback.as_deref(),
            truncated: e.truncated,
        }),
        exit_code: o.exit_code,
        stdout_truncated: o.stdout_truncated,
        stderr_truncated: o.stderr_truncated,
        session_lost: o.session_lost,
        stats: JsStats { duration_ms: o.stats.duration_ms, fuel_used: o.stats.fuel_used as f64, memory_bytes: o.stats.memory_bytes as f64 },
    };
    let value = r.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).expect("result serializes");
    if !o.files.is_empty() {
        let files = Object::new();
        for (path, bytes) in &o.files {
            Reflect::set(&files, &JsValue::from_str(path), &Uint8Array::from(&bytes[..])).expect("plain object");
        }
        Reflect::set(&value, &JsValue::from_str("files"), &files).expect("plain object");
    }
    value
}

/// Source with a lone surrogate cannot be encoded as UTF-8: say where, as CPython does.
fn invalid_source(code: &js_sys::JsString) -> JsValue {
    let units: Vec<u16> = code.iter().collect();
    let at = char::decode_utf16(units.iter().copied())
        .scan(0usize, |pos, c| {
            let here = *pos;
            *pos += c.as_ref().map_or(1, |c| c.len_utf16());
            Some((here, c))
        })
        .find_map(|(i, c)| c.err().map(|e| (i, e.unpaired_surrogate())))
        .unwrap_or((0, 0));
    let message = format!("source is not valid Unicode: lone surrogate \\u{:04x} at offset {}", at.1, at.0);
    let outcome = Outcome {
        stdout: String::new(),
        stderr: String::new(),
        stdout_truncated: false,
        stderr_truncated: false,
        error: Some(crate::RunError { kind: crate::ErrorKind::Python, type_name: Some("UnicodeError".into()), message, traceback: None, truncated: false }),
        exit_code: None,
        session_lost: false,
        stats: Default::default(),
        files: Default::default(),
    };
    result(&outcome)
}
