//! Host functions: the guest's `sandbox.host_call`/`sandbox.host_reply` imports, forwarded to a
//! JS bridge object. Requests and replies are bytes in the value codec (docs/architecture.md); the
//! bridge (pkg-template/bridge.js) reads and writes them straight in guest memory, so this side
//! only passes pointers, bounds-checks them, and charges the call to the run's limits.

use crate::limits::Stop;
use crate::wasi::{in_bounds, now_ms, HostState};
use wasm_bindgen::prelude::*;
use wasmer::js::AsJs;
use wasmer::FunctionEnvMut;

/// What the bridge's `call` returns when the run must end now: the sandbox was closed, or the run
/// aborted, during the call. The run then stops as `Stop::Aborted`.
pub const ABORT: u32 = u32::MAX;

/// Fuel charged for one host call, beyond the guest's own (metered) encoding work: a call is
/// never free, so a loop of calls still runs out of fuel.
pub const CALL_FUEL: u64 = 1000;

/// Fuel per byte of request and reply, for the JS codec's share of the work (up to ~15 ns per
/// byte for non-ASCII text; the guest charges each value it encodes or decodes on top).
pub const BYTE_FUEL: u64 = 1;

#[wasm_bindgen]
extern "C" {
    /// `{ call(memory, req, len, buf, cap) -> replyLen | ABORT, reply(memory, ptr) }`, from the
    /// package JS. They never throw; if one did anyway, that is caught here (an empty reply, which
    /// Python gets as an exception), since a JS exception unwinding through the guest traps it.
    #[derive(Clone)]
    pub type HostBridge;
    #[wasm_bindgen(method, catch)]
    fn call(this: &HostBridge, memory: &JsValue, req: u32, len: u32, buf: u32, cap: u32) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn reply(this: &HostBridge, memory: &JsValue, ptr: u32) -> Result<(), JsValue>;
}

/// `sandbox.host_call`: calls the host function the request names. The reply (its length is
/// returned) is written at `buf` when it fits in `cap` bytes, else kept for `host_reply`.
pub fn host_call(mut env: FunctionEnvMut<HostState>, req: i32, len: i32, buf: i32, cap: i32) -> i32 {
    let (state, mut store) = env.data_and_store_mut();
    let size = state.memory.view(&store).data_size();
    let (req, len, buf, cap) = (req as u32, len as u32, buf as u32, cap as u32);
    let Some(bridge) = state.bridge.as_ref() else { return 0 }; // no functions: nothing can call
    if !in_bounds(size, req, len) || !in_bounds(size, buf, cap) {
        return 0; // the guest decodes an empty reply as malformed and raises
    }
    let memory = state.memory.as_jsvalue(&store);
    let reply_len = bridge.call(&memory, req, len, buf, cap).unwrap_or(0);
    let fuel = state.fuel_now(&mut store);
    if reply_len == ABORT {
        state.meter.request_stop(Stop::Aborted, fuel);
        state.set_fuel(&mut store, 0);
        // Reply None: the call returns normally and the abort lands at the next bytecode (an
        // error reply would raise first, and its traceback would be printed on the way out).
        let none = [0u8]; // the codec's NONE tag
        return if cap >= 1 && state.memory.view(&store).write(buf as u64, &none).is_ok() { 1 } else { 0 };
    }
    let cost = CALL_FUEL + (len as u64 + reply_len as u64) * BYTE_FUEL;
    let next = state.meter.charge(fuel, cost);
    // Past the deadline: the guest polls (and stops) at once; the rest of its slice is not used.
    let next = if state.meter.overdue(now_ms()) { state.meter.take_back(next) } else { next };
    state.set_fuel(&mut store, next);
    reply_len as i32
}

/// `sandbox.host_reply`: copies the kept reply of the last call to `ptr` (the guest allocated
/// the length `host_call` returned).
pub fn host_reply(env: FunctionEnvMut<HostState>, ptr: i32) {
    let state = env.data();
    if let Some(bridge) = state.bridge.as_ref() {
        let _ = bridge.reply(&state.memory.as_jsvalue(&env), ptr as u32);
    }
}
