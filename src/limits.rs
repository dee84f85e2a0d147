//! Limits: what a sandbox may use ([`Limits`]), per-run overrides ([`RunLimits`]), and the
//! accounting during a run — fuel and deadline ([`Meter`]) and captured output ([`Output`]).
//! Pure logic, tested natively; `sandbox.rs` and `wasi.rs` wire it to the guest.

use crate::Error;

/// WebAssembly page size.
pub const PAGE: u32 = 65536;

/// Memory kept outside the GC heap for libc's malloc (LLVM's setjmp/longjmp lowering mallocs per
/// call of a function that sets up an exception handler, and the input buffer lives there too).
pub const MALLOC_HEADROOM: u32 = 1 << 20;

/// Smallest GC heap limit worth starting an interpreter with.
pub const MIN_HEAP: u32 = 256 << 10;

/// Fuel handed to the guest at a time: between two slices the host checks the deadline, so this
/// bounds how late a soft deadline is noticed (a few milliseconds of guest work).
pub const FUEL_SLICE: u64 = 1 << 20;

/// Fuel granted after a stop decision so the guest can reach a point where it can unwind (the
/// next bytecode or C safe point); a stop from fuel gets a share of the budget instead. A guest
/// that polls again while stopping (to finish a garbage collection or one bulk memory operation,
/// a bounded number of times: guest/main.c) gets this much each time.
pub const STOP_GRACE: u64 = 1 << 20;

/// What to do when output passes `max_output_bytes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputLimit {
    /// Keep the first bytes, drop the rest, flag the stream as truncated; the run goes on.
    Truncate,
    /// Stop the run with an `output` error.
    Error,
}

/// Limits of one sandbox; each run may override all but `memory_bytes` with [`RunLimits`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Cap on the sandbox's whole linear memory (stack, static data, GC heap, malloc).
    pub memory_bytes: u32,
    /// Deterministic CPU budget per run, in guest fuel units (`u64::MAX`: unlimited).
    pub fuel: u64,
    /// Wall-clock budget per run (`INFINITY`: none); noticed at the next fuel slice.
    pub timeout_ms: f64,
    /// Cap on stdout + stderr captured per run.
    pub max_output_bytes: u32,
    pub output_limit: OutputLimit,
    /// Maximum nesting of Python calls (`u32::MAX`: only the stack check, ~350 frames).
    pub max_recursion_depth: u32,
}

impl Default for Limits {
    /// Safe for untrusted code with no options: 64 MiB, 5 s, 1 MiB of output (truncated).
    /// (The 5 s is mirrored by the Worker backstop in `pkg-template/worker-client.js`.)
    fn default() -> Self {
        Limits {
            memory_bytes: 64 << 20,
            fuel: u64::MAX,
            timeout_ms: 5000.0,
            max_output_bytes: 1 << 20,
            output_limit: OutputLimit::Truncate,
            max_recursion_depth: u32::MAX,
        }
    }
}

/// Per-run overrides of a sandbox's [`Limits`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RunLimits {
    pub fuel: Option<u64>,
    pub timeout_ms: Option<f64>,
    pub max_output_bytes: Option<u32>,
    pub output_limit: Option<OutputLimit>,
    pub max_recursion_depth: Option<u32>,
}

impl Limits {
    /// These limits with a run's overrides applied.
    pub fn with(&self, run: &RunLimits) -> Limits {
        Limits {
            memory_bytes: self.memory_bytes,
            fuel: run.fuel.unwrap_or(self.fuel),
            timeout_ms: run.timeout_ms.unwrap_or(self.timeout_ms),
            max_output_bytes: run.max_output_bytes.unwrap_or(self.max_output_bytes),
            output_limit: run.output_limit.unwrap_or(self.output_limit),
            max_recursion_depth: run.max_recursion_depth.unwrap_or(self.max_recursion_depth),
        }
    }

    /// Maximum memory in pages (the memory cap rounded down to whole pages).
    pub fn max_pages(&self) -> u32 {
        self.memory_bytes / PAGE
    }

    /// GC heap limit for a guest whose static image (stack + data) needs `static_pages`:
    /// whatever the cap leaves after the static image and malloc headroom.
    pub fn heap_bytes(&self, static_pages: u32) -> Result<u32, Error> {
        let fixed = static_pages as u64 * PAGE as u64 + MALLOC_HEADROOM as u64;
        let cap = self.max_pages() as u64 * PAGE as u64;
        let min = fixed + MIN_HEAP as u64;
        if cap < min {
            return Err(Error::InvalidOption {
                name: "memoryBytes",
                reason: format!("must be at least {min} bytes for this guest, got {}", self.memory_bytes),
            });
        }
        // Round down to 16 bytes (MicroPython's GC block size).
        Ok(((cap - fixed) as u32) & !15)
    }
}

/// Why the host stopped a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Fuel,
    Timeout,
    Output,
    /// The caller cancelled the run (an `AbortSignal` in JS).
    Aborted,
}

/// Fuel and deadline accounting for one run. The guest holds a fuel counter it counts down; when
/// it goes negative the guest polls, and the meter either refills it with the next slice or
/// decides to stop.
#[derive(Debug, Clone, PartialEq)]
pub struct Meter {
    /// Fuel not yet handed to the guest.
    left: u64,
    budget: u64,
    /// Fuel handed to the guest so far, grace included.
    handed: u64,
    deadline_ms: f64,
    stop: Option<Stop>,
}

impl Meter {
    /// A meter for a run starting at `now_ms`; returns it and the guest's first fuel value.
    pub fn start(limits: &Limits, now_ms: f64) -> (Meter, i64) {
        let mut meter = Meter { left: limits.fuel, budget: limits.fuel, handed: 0, deadline_ms: now_ms + limits.timeout_ms, stop: None };
        let first = meter.take_slice();
        (meter, first as i64)
    }

    fn take_slice(&mut self) -> u64 {
        let slice = FUEL_SLICE.min(self.left);
        self.left -= slice;
        self.handed += slice;
        slice
    }

    /// The guest ran out (its counter is `fuel`: zero or a little below, or further below when the
    /// host charged for work done on the guest's behalf, e.g. file bytes). Returns the counter's new
    /// value and whether the run must stop. A refill that leaves it negative makes the guest poll
    /// again; a stop always leaves the full grace positive (what was overdrawn still counts as used),
    /// since a guest that runs out during its grace traps.
    pub fn poll(&mut self, fuel: i64, now_ms: f64) -> (i64, bool) {
        let grace = if self.stop.is_some() {
            STOP_GRACE
        } else if now_ms >= self.deadline_ms {
            self.stop = Some(Stop::Timeout);
            STOP_GRACE
        } else if self.left == 0 {
            self.stop = Some(Stop::Fuel);
            // A share of the budget, so the overshoot stays a small fraction of it.
            (self.budget / 64).clamp(1000, STOP_GRACE)
        } else {
            return (fuel + self.take_slice() as i64, false);
        };
        self.handed += grace + (-fuel).max(0) as u64;
        (grace as i64, true)
    }

    /// The host did work for the guest (e.g. moved file bytes) worth `cost` fuel; `fuel` is the
    /// guest's counter. Returns its new value: lowered by the cost, possibly below zero (the guest's
    /// next check then polls). Once a stop is decided the guest must reach its abort on the grace
    /// it has, so the cost is only counted as used.
    pub fn charge(&mut self, fuel: i64, cost: u64) -> i64 {
        if self.stop.is_some() {
            self.handed += cost;
            fuel
        } else {
            fuel - cost as i64
        }
    }

    /// Stop the run at the guest's next poll (output over its limit). The caller zeroes the
    /// guest's counter to make that poll come soon, giving back `fuel`, what it held.
    pub fn request_stop(&mut self, why: Stop, fuel: i64) {
        self.stop.get_or_insert(why);
        self.handed -= fuel.max(0) as u64;
    }

    /// Takes back what is left of the guest's slice, `fuel`, so that it is not counted as used;
    /// returns the counter's new value (0, or the overdraft): the guest's next check then polls.
    pub fn take_back(&mut self, fuel: i64) -> i64 {
        self.handed -= fuel.max(0) as u64;
        fuel.min(0)
    }

    /// Whether the deadline passed and no stop is decided yet: after a host call that took long,
    /// the caller zeroes the guest's counter so that it polls (and stops) at once.
    pub fn overdue(&self, now_ms: f64) -> bool {
        self.stop.is_none() && now_ms >= self.deadline_ms
    }

    /// Milliseconds left before the deadline (infinite without one).
    pub fn remaining_ms(&self, now_ms: f64) -> f64 {
        (self.deadline_ms - now_ms).max(0.0)
    }

    pub fn stop(&self) -> Option<Stop> {
        self.stop
    }

    /// Fuel the guest consumed, given its counter now.
    pub fn used(&self, fuel: i64) -> u64 {
        (self.handed as i64 - fuel).max(0) as u64
    }
}

/// The length of `bytes` without a UTF-8 character cut off at its end: a cut made at a byte count
/// drops the partial character rather than leave it to decode as U+FFFD.
pub fn char_boundary(bytes: &[u8]) -> usize {
    // A character is at most 4 bytes: its lead byte is among the last 4.
    for back in 1..=bytes.len().min(4) {
        let at = bytes.len() - back;
        let b = bytes[at];
        if b & 0xC0 == 0x80 {
            continue; // a continuation byte: the lead is further back
        }
        let need = match b {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return bytes.len(), // not UTF-8 anyway: nothing to keep whole
        };
        return if back < need { at } else { bytes.len() };
    }
    bytes.len()
}

/// stdout and stderr of one run, sharing one byte cap.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    cap: usize,
}

impl Output {
    pub fn new(cap: u32) -> Output {
        Output { cap: cap as usize, ..Output::default() }
    }

    /// What was kept of `fd` (1: stdout, else stderr).
    pub fn kept(&self, fd: u32) -> &[u8] {
        if fd == 1 { &self.stdout } else { &self.stderr }
    }

    /// The byte cap (`maxOutputBytes`).
    pub fn cap(&self) -> usize {
        self.cap
    }

    /// Room left under the cap.
    pub fn room(&self) -> usize {
        self.cap.saturating_sub(self.stdout.len() + self.stderr.len())
    }

    /// Appends `len` bytes written to `fd` (1 or 2), of which only what fits under the cap is
    /// read, by `fill`, straight into the buffer. Returns false when something was dropped. A
    /// stream that lost bytes keeps nothing more (no gap inside it) and ends at a whole character.
    pub fn write<E>(&mut self, fd: u32, len: usize, fill: impl FnOnce(&mut [u8]) -> Result<(), E>) -> Result<bool, E> {
        let room = self.room();
        let (buf, truncated) = match fd {
            1 => (&mut self.stdout, &mut self.stdout_truncated),
            _ => (&mut self.stderr, &mut self.stderr_truncated),
        };
        let keep = if *truncated { 0 } else { len.min(room) };
        let start = buf.len();
        buf.resize(start + keep, 0);
        if let Err(e) = fill(&mut buf[start..]) {
            buf.truncate(start);
            return Err(e);
        }
        if keep < len {
            *truncated = true;
            buf.truncate(char_boundary(buf));
        }
        Ok(keep == len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuel_taken_back_is_not_used() {
        let (mut m, first) = Meter::start(&Limits { fuel: 1000, timeout_ms: 100.0, ..Limits::default() }, 0.0);
        let left = m.charge(first - 300, 100); // the guest ran 300, a host call cost 100
        let zeroed = m.take_back(left);
        assert_eq!((zeroed, m.used(zeroed)), (0, 400));
        let (grace, stop) = m.poll(zeroed, 150.0);
        assert!(stop);
        assert_eq!(m.used(grace - 10), 410); // 10 of the grace spent unwinding
    }

    #[test]
    fn a_passed_deadline_is_overdue_until_a_stop_is_decided() {
        let (mut m, first) = Meter::start(&limits(u64::MAX, 100.0), 0.0);
        assert!(!m.overdue(50.0));
        assert!(m.overdue(100.0));
        m.poll(first.min(0), 100.0);
        assert!(!m.overdue(150.0));
        assert_eq!(m.remaining_ms(30.0), 70.0);
        assert_eq!(m.remaining_ms(300.0), 0.0);
    }

    fn limits(fuel: u64, timeout_ms: f64) -> Limits {
        Limits { fuel, timeout_ms, ..Limits::default() }
    }

    #[test]
    fn heap_is_what_the_cap_leaves() {
        let l = Limits { memory_bytes: 8 << 20, ..Limits::default() };
        assert_eq!(l.heap_bytes(5).unwrap(), (8 << 20) - 5 * PAGE - MALLOC_HEADROOM);
    }

    #[test]
    fn cap_rounds_down_to_pages() {
        let l = Limits { memory_bytes: (4 << 20) + 100, ..Limits::default() };
        assert_eq!(l.max_pages(), 64);
    }

    #[test]
    fn too_small_cap_is_an_option_error() {
        let l = Limits { memory_bytes: 1 << 20, ..Limits::default() };
        let e = l.heap_bytes(5).unwrap_err();
        assert!(matches!(e, Error::InvalidOption { name: "memoryBytes", .. }), "{e}");
        assert!(e.to_string().contains("at least"));
    }

    #[test]
    fn run_overrides_win() {
        let base = limits(10, f64::INFINITY);
        let run = RunLimits { fuel: Some(20), output_limit: Some(OutputLimit::Error), ..RunLimits::default() };
        let l = base.with(&run);
        assert_eq!((l.fuel, l.output_limit, l.memory_bytes), (20, OutputLimit::Error, base.memory_bytes));
        assert_eq!(base.with(&RunLimits::default()), base);
    }

    #[test]
    fn fuel_is_handed_out_in_slices_and_used_exactly() {
        let budget = FUEL_SLICE * 2 + 5;
        let (mut m, first) = Meter::start(&limits(budget, f64::INFINITY), 0.0);
        assert_eq!(first as u64, FUEL_SLICE);
        assert_eq!(m.poll(-1, 0.0), (FUEL_SLICE as i64 - 1, false));
        assert_eq!(m.poll(0, 0.0), (5, false));
        // Budget gone: stop, with a grace of budget/64 (the 2 overdrawn still count as used).
        let (grace, stop) = m.poll(-2, 0.0);
        assert!(stop);
        assert_eq!(grace, (budget / 64) as i64);
        assert_eq!(m.stop(), Some(Stop::Fuel));
        assert_eq!(m.used(grace), budget + 2);
        // Polling again while stopping (finishing a collection): a whole STOP_GRACE, all counted.
        assert_eq!(m.poll(-5, 0.0), (STOP_GRACE as i64, true));
        assert_eq!(m.used(STOP_GRACE as i64), budget + 2 + grace as u64 + 5);
    }

    #[test]
    fn overdrawn_fuel_is_counted_and_a_stop_still_gets_its_grace() {
        let budget = FUEL_SLICE + 100;
        let (mut m, first) = Meter::start(&limits(budget, f64::INFINITY), 0.0);
        // The host charged far more than the guest held: the refill does not cover it.
        let debt = -(first + 3 * FUEL_SLICE as i64);
        assert_eq!(m.poll(debt, 0.0), (debt + 100, false));
        let (grace, stop) = m.poll(debt + 100, 0.0);
        assert!(stop);
        assert_eq!(grace, (budget / 64).clamp(1000, STOP_GRACE) as i64);
        // Used: everything the counter went down by, from its first value to the debt.
        assert_eq!(m.used(grace), (first - debt) as u64);
    }

    #[test]
    fn host_charges_lower_the_counter_until_a_stop() {
        let (mut m, first) = Meter::start(&limits(1000, f64::INFINITY), 0.0);
        let fuel = m.charge(first, 5000);
        assert_eq!(fuel, 1000 - 5000);
        let (grace, stop) = m.poll(fuel, 0.0);
        assert!(stop);
        // Stopping: the grace stays whole, the cost still counts.
        assert_eq!(m.charge(grace, 700), grace);
        assert_eq!(m.used(grace), 5000 + 700);
    }

    #[test]
    fn unlimited_fuel_still_checks_the_deadline() {
        let (mut forever, _) = Meter::start(&limits(u64::MAX, f64::INFINITY), 0.0);
        assert!(!forever.poll(0, 1e15).1);
        let (mut m, _) = Meter::start(&limits(u64::MAX, 100.0), 1000.0);
        assert!(!m.poll(0, 1099.0).1);
        assert_eq!(m.poll(0, 1100.0), (STOP_GRACE as i64, true));
        assert_eq!(m.stop(), Some(Stop::Timeout));
        // Later polls keep granting grace without changing the reason.
        m.request_stop(Stop::Output, 0);
        assert_eq!(m.poll(-3, 2000.0), (STOP_GRACE as i64, true));
        assert_eq!(m.stop(), Some(Stop::Timeout));
    }

    #[test]
    fn requested_stop_happens_at_next_poll() {
        let (mut m, first) = Meter::start(&limits(u64::MAX, f64::INFINITY), 0.0);
        m.request_stop(Stop::Output, first - 10);
        assert_eq!(m.used(0), 10);
        assert!(m.poll(0, 0.0).1);
        assert_eq!(m.stop(), Some(Stop::Output));
    }

    #[test]
    fn output_shares_one_cap_and_flags_truncation() {
        let mut o = Output::new(5);
        let put = |o: &mut Output, fd, bytes: &[u8]| {
            o.write(fd, bytes.len(), |buf| {
                buf.copy_from_slice(&bytes[..buf.len()]);
                Ok::<(), ()>(())
            })
            .unwrap()
        };
        assert!(put(&mut o, 1, b"abc"));
        assert!(!put(&mut o, 2, b"defg"));
        assert!(!put(&mut o, 1, b"h"));
        assert_eq!((o.stdout.as_slice(), o.stderr.as_slice()), (&b"abc"[..], &b"de"[..]));
        assert_eq!((o.stdout_truncated, o.stderr_truncated, o.room()), (true, true, 0));
    }

    #[test]
    fn char_boundary_drops_only_a_cut_character() {
        let s = "aé€😀".as_bytes(); // 1 + 2 + 3 + 4 bytes
        let cuts: Vec<usize> = (0..=s.len()).map(|n| char_boundary(&s[..n])).collect();
        assert_eq!(cuts, [0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10]);
        // Not UTF-8 to begin with: left alone.
        assert_eq!(char_boundary(b"ab\xff"), 3);
        assert_eq!(char_boundary(b"\x80\x80\x80\x80\x80"), 5);
    }

    #[test]
    fn truncation_keeps_whole_characters_and_no_gap() {
        let mut o = Output::new(7);
        let put = |o: &mut Output, fd, s: &str| {
            let bytes = s.as_bytes();
            o.write(fd, bytes.len(), |buf| {
                buf.copy_from_slice(&bytes[..buf.len()]);
                Ok::<(), ()>(())
            })
            .unwrap()
        };
        assert!(put(&mut o, 1, "ab"));
        // "€" is 3 bytes and 5 fit: 2 bytes of the second one would be cut, so it is dropped.
        assert!(!put(&mut o, 1, "€€"));
        assert_eq!((std::str::from_utf8(&o.stdout), o.stdout_truncated), (Ok("ab€"), true));
        // A truncated stream keeps nothing more, even with room left; the other stream may use it.
        assert!(!put(&mut o, 1, "c"));
        assert_eq!(o.stdout, "ab€".as_bytes());
        assert!(put(&mut o, 2, "d"));
        assert!(!put(&mut o, 2, "😀"));
        assert_eq!((o.stderr.as_slice(), o.stderr_truncated, o.room()), (&b"d"[..], true, 1));
    }

    #[test]
    fn failed_fill_leaves_nothing() {
        let mut o = Output::new(10);
        assert_eq!(o.write(1, 3, |_| Err("fault")), Err("fault"));
        assert_eq!((o.stdout.len(), o.stdout_truncated), (0, false));
    }
}
