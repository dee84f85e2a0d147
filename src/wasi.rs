//! The WASI preview1 subset the guest may use: output into per-sandbox buffers, clocks, and
//! randomness from the host's `crypto`. There is no filesystem, environment, network or exit; any
//! other WASI import makes instantiation fail (the guest is built not to need one).

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
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasmer::{imports, Function, FunctionEnv, FunctionEnvMut, Imports, Memory, Store};

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

    /// What the WASI functions of one sandbox touch.
    pub struct HostState {
        pub memory: Memory,
        pub stdout: Vec<u8>,
        pub stderr: Vec<u8>,
    }

    fn fd_write(mut env: FunctionEnvMut<HostState>, fd: i32, iovs: i32, iovs_len: i32, nwritten: i32) -> i32 {
        let (state, store) = env.data_and_store_mut();
        let view = state.memory.view(&store);
        let Some(raw_len) = (iovs_len as u32).checked_mul(8) else { return errno::INVAL };
        let mut raw = vec![0u8; raw_len as usize];
        if view.read(iovs as u32 as u64, &mut raw).is_err() {
            return errno::FAULT;
        }
        let out = match fd {
            1 => &mut state.stdout,
            2 => &mut state.stderr,
            _ => return errno::BADF,
        };
        let mut total: u32 = 0;
        for iov in decode_iovecs(&raw) {
            if !in_bounds(view.data_size(), iov.ptr, iov.len) {
                return errno::FAULT;
            }
            let start = out.len();
            out.resize(start + iov.len as usize, 0);
            if view.read(iov.ptr as u64, &mut out[start..]).is_err() {
                out.truncate(start);
                return errno::FAULT;
            }
            total = total.wrapping_add(iov.len);
        }
        match view.write(nwritten as u32 as u64, &total.to_le_bytes()) {
            Ok(()) => errno::SUCCESS,
            Err(_) => errno::FAULT,
        }
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
        imports! {
            "env" => { "memory" => memory.clone() },
            "wasi_snapshot_preview1" => {
                "fd_write" => Function::new_typed_with_env(store, env, fd_write),
                "clock_time_get" => Function::new_typed_with_env(store, env, clock_time_get),
                "random_get" => Function::new_typed_with_env(store, env, random_get),
            },
        }
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
