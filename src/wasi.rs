//! What the guest imports: the WASI preview1 subset it may use — output into the run's capped
//! buffers, clocks, randomness from the host's `crypto` — `sandbox.poll`, through which it asks
//! for more fuel, and the host-function calls of `crate::bridge`. Its files are the sandbox's own in-memory ones (`sandbox.fs_*`, defined by
//! `crate::vfs`); there is no host filesystem, environment, network or exit; any other import
//! makes instantiation fail (the guest is built not to need one).

/// WASI errno values we return.
pub mod errno {
    pub const SUCCESS: i32 = 0;
    pub const BADF: i32 = 8;
    pub const FAULT: i32 = 21;
    pub const INVAL: i32 = 28;
}

/// WASI clock ids.
pub mod clock {
    pub const REALTIME: i32 = 0;
    pub const MONOTONIC: i32 = 1;
    pub const PROCESS_CPUTIME: i32 = 2;
    pub const THREAD_CPUTIME: i32 = 3;
}

/// One `ciovec`: a buffer in guest memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IoVec {
    pub ptr: u32,
    pub len: u32,
}

/// Decodes an array of `ciovec`s (8 bytes each, little-endian `ptr`, `len`).
pub fn decode_iovecs(raw: &[u8]) -> Vec<IoVec> {
    raw.chunks_exact(8)
        .map(|c| IoVec {
            ptr: u32::from_le_bytes(c[0..4].try_into().unwrap()),
            len: u32::from_le_bytes(c[4..8].try_into().unwrap()),
        })
        .collect()
}

/// Whether `[ptr, ptr + len)` lies inside a memory of `size` bytes. Checked before allocating
/// host buffers, so a bogus length from the guest cannot make the host allocate gigabytes.
pub fn in_bounds(size: u64, ptr: u32, len: u32) -> bool {
    ptr as u64 + len as u64 <= size
}

/// Nanoseconds for a clock reading in milliseconds (as JS clocks give them).
pub fn ms_to_ns(ms: f64) -> u64 {
    (ms * 1e6) as u64
}

#[cfg(target_arch = "wasm32")]
pub use host::{imports, now_ms, HostState};

#[cfg(target_arch = "wasm32")]
mod host {
    use super::{clock, decode_iovecs, errno, in_bounds, ms_to_ns};
    use crate::limits::{Meter, Output, OutputLimit, Stop};
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasm_bindgen::JsValue;
    use wasmer::{imports, Function, FunctionEnv, FunctionEnvMut, Global, Imports, Memory, Store, StoreMut, Value};

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = performance, js_name = now)]
        fn performance_now() -> f64;
        #[wasm_bindgen(js_namespace = crypto, js_name = getRandomValues)]
        fn get_random_values(buf: &mut [u8]);
    }

    /// Monotonic milliseconds from the host.
    pub fn now_ms() -> f64 {
        performance_now()
    }

    /// What the imports of one sandbox touch.
    pub struct HostState {
        pub memory: Memory,
        /// The guest's fuel counter (an i32 added by the metering pass; it only ever holds one
        /// slice, the run's total is kept by the meter).
        pub fuel: Option<Global>,
        pub meter: Meter,
        pub output: Output,
        pub output_limit: OutputLimit,
        /// Where host calls go (`crate::bridge`); `None` when the sandbox has no functions.
        pub bridge: Option<crate::bridge::HostBridge>,
        /// Called with each piece of output kept, as it is written: `(bytes, fd)`.
        pub on_output: Option<js_sys::Function>,
        /// The sandbox's files (src/vfs.rs); shared with the `Sandbox`, which outlives instances.
        pub vfs: crate::vfs::SharedVfs,
    }

    impl HostState {
        pub fn fuel_now(&self, store: &mut StoreMut) -> i64 {
            self.fuel.as_ref().and_then(|g| g.get(store).i32()).unwrap_or(0) as i64
        }

        pub fn set_fuel(&self, store: &mut StoreMut, value: i64) {
            if let Some(g) = &self.fuel {
                // Slices and grace are at most a few million: they fit.
                g.set(store, Value::I32(value as i32)).expect("fuel global is a mutable i32");
            }
        }
    }

    /// Output beyond the cap is dropped (and reported as written, so the guest goes on); in
    /// `error` mode the run is also told to stop.
    fn fd_write(mut env: FunctionEnvMut<HostState>, fd: i32, iovs: i32, iovs_len: i32, nwritten: i32) -> i32 {
        let (state, mut store) = env.data_and_store_mut();
        if fd != 1 && fd != 2 {
            return errno::BADF;
        }
        let view = state.memory.view(&store);
        let Some(raw_len) = (iovs_len as u32).checked_mul(8) else { return errno::INVAL };
        let mut raw = vec![0u8; raw_len as usize];
        if view.read(iovs as u32 as u64, &mut raw).is_err() {
            return errno::FAULT;
        }
        let mut total: u32 = 0;
        let mut overflow = false;
        let mut aborted = false;
        for iov in decode_iovecs(&raw) {
            if !in_bounds(view.data_size(), iov.ptr, iov.len) {
                return errno::FAULT;
            }
            // Only what still fits is read: a flood never grows host memory past the cap.
            let before = state.output.kept(fd as u32).len();
            match state.output.write(fd as u32, iov.len as usize, |buf| view.read(iov.ptr as u64, buf)) {
                Ok(complete) => overflow |= !complete,
                Err(_) => return errno::FAULT,
            }
            let piece = &state.output.kept(fd as u32)[before..];
            if let (Some(f), false) = (&state.on_output, piece.is_empty()) {
                // A throwing callback is the caller's bug; the run goes on. `true` ends the run as
                // aborted (the package's hook returns it when the sandbox was closed meanwhile).
                let stop = f.call2(&JsValue::NULL, &js_sys::Uint8Array::from(piece), &JsValue::from(fd));
                aborted |= stop.is_ok_and(|v| v.as_bool() == Some(true));
            }
            total = total.wrapping_add(iov.len);
        }
        if view.write(nwritten as u32 as u64, &total.to_le_bytes()).is_err() {
            return errno::FAULT;
        }
        if aborted {
            let fuel = state.fuel_now(&mut store);
            state.meter.request_stop(Stop::Aborted, fuel);
            state.set_fuel(&mut store, 0);
        }
        if overflow && state.output_limit == OutputLimit::Error {
            let fuel = state.fuel_now(&mut store);
            state.meter.request_stop(Stop::Output, fuel);
            state.set_fuel(&mut store, 0);
        }
        errno::SUCCESS
    }

    /// `sandbox.poll`: the guest's fuel ran out. Refill it, or say the run must stop (1).
    fn poll(mut env: FunctionEnvMut<HostState>) -> i32 {
        let (state, mut store) = env.data_and_store_mut();
        let fuel = state.fuel_now(&mut store);
        let (next, stop) = state.meter.poll(fuel, now_ms());
        state.set_fuel(&mut store, next);
        stop as i32
    }

    fn clock_time_get(env: FunctionEnvMut<HostState>, id: i32, _precision: i64, out: i32) -> i32 {
        let ms = match id {
            clock::REALTIME => js_sys::Date::now(),
            clock::MONOTONIC | clock::PROCESS_CPUTIME | clock::THREAD_CPUTIME => performance_now(),
            _ => return errno::INVAL,
        };
        let view = env.data().memory.view(&env);
        match view.write(out as u32 as u64, &ms_to_ns(ms).to_le_bytes()) {
            Ok(()) => errno::SUCCESS,
            Err(_) => errno::FAULT,
        }
    }

    fn random_get(env: FunctionEnvMut<HostState>, buf: i32, len: i32) -> i32 {
        let view = env.data().memory.view(&env);
        if !in_bounds(view.data_size(), buf as u32, len as u32) {
            return errno::FAULT;
        }
        let mut bytes = vec![0u8; len as u32 as usize];
        // getRandomValues fills at most 64 KiB per call.
        for chunk in bytes.chunks_mut(65536) {
            get_random_values(chunk);
        }
        match view.write(buf as u32 as u64, &bytes) {
            Ok(()) => errno::SUCCESS,
            Err(_) => errno::FAULT,
        }
    }

    /// The import object for one sandbox: its memory and the WASI subset.
    pub fn imports(store: &mut Store, env: &FunctionEnv<HostState>, memory: &Memory) -> Imports {
        let mut imports = imports! {
            "env" => { "memory" => memory.clone() },
            "wasi_snapshot_preview1" => {
                "fd_write" => Function::new_typed_with_env(store, env, fd_write),
                "clock_time_get" => Function::new_typed_with_env(store, env, clock_time_get),
                "random_get" => Function::new_typed_with_env(store, env, random_get),
            },
            "sandbox" => {
                "poll" => Function::new_typed_with_env(store, env, poll),
                "host_call" => Function::new_typed_with_env(store, env, crate::bridge::host_call),
                "host_reply" => Function::new_typed_with_env(store, env, crate::bridge::host_reply),
            },
        };
        crate::vfs::define_imports(&mut imports, store, env);
        imports
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iovecs_decode_in_order() {
        let raw = [16, 0, 0, 0, 5, 0, 0, 0, 0, 1, 0, 0, 255, 255, 255, 255];
        assert_eq!(decode_iovecs(&raw), vec![IoVec { ptr: 16, len: 5 }, IoVec { ptr: 256, len: u32::MAX }]);
    }

    #[test]
    fn trailing_partial_iovec_is_ignored() {
        assert_eq!(decode_iovecs(&[1, 0, 0, 0, 2, 0, 0]), vec![]);
    }

    #[test]
    fn bounds_check_does_not_overflow() {
        assert!(in_bounds(65536, 65530, 6));
        assert!(!in_bounds(65536, 65530, 7));
        assert!(!in_bounds(65536, u32::MAX, u32::MAX));
    }

    #[test]
    fn clock_ms_become_ns() {
        assert_eq!(ms_to_ns(1.5), 1_500_000);
    }
}
