//! Fuel metering for the guest wasm.
//!
//! The sandbox runs the guest on wasmer's JS backend, which cannot meter CPU,
//! so the guest counts its own work. This pass adds one exported, mutable
//! `i32` global holding the *remaining* fuel and charges it at every function
//! entry and at the top of every `loop` body (so once per iteration):
//!
//! ```wat
//! global.get $fuel  i32.const COST  i32.sub  global.set $fuel
//! global.get $fuel  i32.const 0  i32.lt_s
//! if  call $handler  end
//! ```
//!
//! `i32`, not `i64`: the host hands out fuel in slices of about a million and
//! keeps the run's total itself, and wasmer's JS backend cannot set an `i64`
//! global (it passes a Number where JS wants a BigInt).
//!
//! Every loop iteration and every call passes through such a check, so a
//! program cannot run unboundedly without paying. COST depends only on the
//! wasm code, never on the engine, so the same program with the same fuel
//! stops at the same point everywhere.
//!
//! Bulk memory instructions do work in proportion to an operand, not to one
//! instruction: with `bulk_shift` K, `memory.copy`/`memory.fill`/`memory.init`
//! of n bytes are preceded by a check charging `n >> K`, and `memory.grow` of
//! d pages by one charging `min(d, 65536) * 65536 >> K` (the engine and the OS
//! zero those pages), so one fuel unit stays a bounded amount of CPU time.
//! Those checks may call a handler of their own (`bulk_handler`): one bulk
//! operation is bounded work, which a program that is being stopped may be
//! allowed to finish.
//!
//! Throwing an exception costs the engine far more than an instruction
//! (about a microsecond in V8, per `throw` and per `rethrow` on the way up):
//! with `throw_cost` N each of them is preceded by a check charging N, which
//! calls the `bulk_handler` too (unwinding is how a stopped program ends).
//!
//! Code that counts its own work (e.g. a loop left uninstrumented for speed)
//! charges it by calling the `charge_fn`, an `(i32) -> ()` function whose
//! body this pass replaces with the check charging its argument.

use std::collections::{HashMap, HashSet};

use anyhow::{ensure, Context, Result};
use wasm_encoder::reencode::{self, Reencode};
use wasmparser::{
    ExternalKind, FuncType, KnownCustom, Name, Operator, Parser, Payload, TypeRef, Validator,
    WasmFeatures,
};

/// What one check point charges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostModel {
    /// 1 per function entry and per loop iteration.
    Unit,
    /// The number of instructions from the check point up to and including
    /// the first one that may branch, call or enter a nested construct: the
    /// straight-line code that is certain to run once the check passes.
    Block,
}

/// How to instrument a module.
#[derive(Clone, Debug)]
pub struct Options {
    /// Export name of the `() -> ()` function called when fuel goes negative.
    pub handler: String,
    /// Export name of the new fuel global.
    pub export_global: String,
    /// Functions (by their `name` section name) left uninstrumented.
    pub skip: Vec<String>,
    pub cost: CostModel,
    /// Bulk memory operations also charge one unit per `1 << bulk_shift`
    /// bytes (`None`: they count as one instruction). At least 2, so that
    /// the largest charge (4 GiB >> 2) still fits the `i32` counter.
    pub bulk_shift: Option<u32>,
    /// Export name of the `() -> ()` function the bulk memory and throw
    /// checks call (`None`: the handler). Left uninstrumented like the handler.
    pub bulk_handler: Option<String>,
    /// Extra charge before every `throw`, `rethrow` and `throw_ref`.
    pub throw_cost: Option<i32>,
    /// Name (in the `name` section) of an `(i32) -> ()` function whose body
    /// becomes "charge the argument": explicit charges from the program.
    pub charge_fn: Option<String>,
}

/// What the pass did, for the command line to report.
#[derive(Debug, Default)]
pub struct Stats {
    pub functions: u32,
    pub skipped: u32,
    pub loops: u32,
    /// Bulk memory instructions charged by their length.
    pub bulk: u32,
    /// Throwing instructions charged `throw_cost`.
    pub throws: u32,
}

/// The features the guest is built with: LLVM 16 emits legacy exception
/// handling for setjmp/longjmp, plus bulk memory, sign extension, mutable
/// globals and multi-value. The default set covers all but legacy EH.
pub fn features() -> WasmFeatures {
    WasmFeatures::default() | WasmFeatures::LEGACY_EXCEPTIONS
}

/// Instruments `wasm` and returns the new module, validated.
pub fn instrument(wasm: &[u8], opts: &Options) -> Result<(Vec<u8>, Stats)> {
    let types = Validator::new_with_features(features())
        .validate_all(wasm)
        .context("input module does not validate")?;
    let info = ModuleInfo::scan(wasm)?;

    let &handler = info
        .func_exports
        .get(opts.handler.as_str())
        .with_context(|| format!("no exported function named {:?} (--handler)", opts.handler))?;
    let types = types.as_ref();
    let handler_ty = types[types.core_function_at(handler)].unwrap_func();
    ensure!(
        handler_ty == &FuncType::new([], []),
        "handler {:?} has type {handler_ty}, expected [] -> []",
        opts.handler
    );
    ensure!(
        !info.export_names.contains(opts.export_global.as_str()),
        "the module already exports something named {:?}",
        opts.export_global
    );

    if let Some(k) = opts.bulk_shift {
        ensure!((2..=16).contains(&k), "bulk shift must be 2..=16, got {k}");
    }
    let params = (0..types.function_count())
        .map(|i| types[types.core_function_at(i)].unwrap_func().params().len() as u32)
        .collect();

    let bulk_handler = match &opts.bulk_handler {
        None => handler,
        Some(name) => {
            let &index = info
                .func_exports
                .get(name.as_str())
                .with_context(|| format!("no exported function named {name:?} (--bulk-handler)"))?;
            let ty = types[types.core_function_at(index)].unwrap_func();
            ensure!(ty == &FuncType::new([], []), "bulk handler {name:?} has type {ty}, expected [] -> []");
            index
        }
    };

    let mut skip = HashSet::from([handler, bulk_handler]);
    if !opts.skip.is_empty() || opts.charge_fn.is_some() {
        ensure!(
            !info.func_names.is_empty(),
            "--skip and --charge-fn need function names, but the module has no `name` section \
             (run the pass before names are stripped)"
        );
        for name in &opts.skip {
            let &index = info
                .func_names
                .get(name.as_str())
                .with_context(|| format!("no function named {name:?} (--skip)"))?;
            skip.insert(index);
        }
    }

    let charge_fn = match &opts.charge_fn {
        None => None,
        Some(name) => {
            let &index = info
                .func_names
                .get(name.as_str())
                .with_context(|| format!("no function named {name:?} (--charge-fn)"))?;
            let ty = types[types.core_function_at(index)].unwrap_func();
            ensure!(
                ty == &FuncType::new([wasmparser::ValType::I32], []),
                "charge function {name:?} has type {ty}, expected [i32] -> [] \
                 (was it inlined or specialised? keep it out of the optimizer's inliner)"
            );
            ensure!(index >= info.imported_funcs, "charge function {name:?} is an import");
            Some(index)
        }
    };

    let mut meter = Meter {
        charge_fn,
        bulk_handler,
        opts,
        handler,
        skip,
        fuel: types.global_count(),
        has_globals: info.has_globals,
        next_func: info.imported_funcs,
        params,
        stats: Stats::default(),
    };
    let mut module = wasm_encoder::Module::new();
    let mut parser = Parser::new(0);
    parser.set_features(features());
    meter
        .parse_core_module(&mut module, parser, wasm)
        .map_err(|e| anyhow::anyhow!("re-encoding failed: {e}"))?;
    let out = module.finish();

    Validator::new_with_features(features())
        .validate_all(&out)
        .context("BUG: instrumented module does not validate")?;
    Ok((out, meter.stats))
}

/// Facts about the input gathered before re-encoding.
struct ModuleInfo<'a> {
    imported_funcs: u32,
    has_globals: bool,
    export_names: HashSet<&'a str>,
    func_exports: HashMap<&'a str, u32>,
    func_names: HashMap<&'a str, u32>,
}

impl<'a> ModuleInfo<'a> {
    fn scan(wasm: &'a [u8]) -> Result<Self> {
        let mut info = ModuleInfo {
            imported_funcs: 0,
            has_globals: false,
            export_names: HashSet::new(),
            func_exports: HashMap::new(),
            func_names: HashMap::new(),
        };
        let mut parser = Parser::new(0);
        parser.set_features(features());
        for payload in parser.parse_all(wasm) {
            match payload? {
                Payload::ImportSection(section) => {
                    for import in section.into_imports() {
                        if matches!(import?.ty, TypeRef::Func(_)) {
                            info.imported_funcs += 1;
                        }
                    }
                }
                Payload::GlobalSection(_) => info.has_globals = true,
                Payload::ExportSection(section) => {
                    for export in section {
                        let export = export?;
                        info.export_names.insert(export.name);
                        if export.kind == ExternalKind::Func {
                            info.func_exports.insert(export.name, export.index);
                        }
                    }
                }
                Payload::CustomSection(section) => {
                    if let KnownCustom::Name(names) = section.as_known() {
                        for name in names {
                            if let Name::Function(map) = name? {
                                for naming in map {
                                    let naming = naming?;
                                    info.func_names.insert(naming.name, naming.index);
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(info)
    }
}

/// The re-encoder: copies everything, adds the global and its export, and
/// instruments function bodies.
struct Meter<'o> {
    opts: &'o Options,
    handler: u32,
    skip: HashSet<u32>,
    /// Index of the new global: after all imported and defined ones, so no
    /// existing global index changes.
    fuel: u32,
    has_globals: bool,
    /// Index of the function whose body comes next in the code section.
    next_func: u32,
    /// Parameter count of every function, by index.
    params: Vec<u32>,
    charge_fn: Option<u32>,
    bulk_handler: u32,
    stats: Stats,
}

type ReencodeResult<T = ()> = Result<T, reencode::Error>;

impl Meter<'_> {
    fn fuel_global(&self, globals: &mut wasm_encoder::GlobalSection) {
        globals.global(
            wasm_encoder::GlobalType {
                val_type: wasm_encoder::ValType::I32,
                mutable: true,
                shared: false,
            },
            &wasm_encoder::ConstExpr::i32_const(0),
        );
    }

    /// Emits the check that charges `cost` and calls the handler when the
    /// remaining fuel goes negative.
    fn charge(&self, f: &mut wasm_encoder::Function, cost: i32) {
        self.charge_with(f, &[wasm_encoder::Instruction::I32Const(cost)], self.handler);
    }

    /// The check, charging what `amount` (instructions that push one `i32`
    /// and leave the stack otherwise alone) computes and calling `handler`.
    fn charge_with(&self, f: &mut wasm_encoder::Function, amount: &[wasm_encoder::Instruction], handler: u32) {
        use wasm_encoder::Instruction as I;
        f.instruction(&I::GlobalGet(self.fuel));
        for op in amount {
            f.instruction(op);
        }
        f.instruction(&I::I32Sub)
            .instruction(&I::GlobalSet(self.fuel))
            .instruction(&I::GlobalGet(self.fuel))
            .instruction(&I::I32Const(0))
            .instruction(&I::I32LtS)
            .instruction(&I::If(wasm_encoder::BlockType::Empty))
            .instruction(&I::Call(handler))
            .instruction(&I::End);
    }

    /// Before a bulk memory instruction (its length operand on top of the
    /// stack): keep the length in `scratch` and charge for it.
    fn charge_bulk(&self, f: &mut wasm_encoder::Function, op: &Operator, scratch: u32, k: u32) {
        use wasm_encoder::Instruction as I;
        f.instruction(&I::LocalTee(scratch));
        if let Operator::MemoryGrow { .. } = op {
            // Pages, capped (a larger request fails anyway), as bytes >> k.
            self.charge_with(
                f,
                &[
                    I::LocalGet(scratch),
                    I::I32Const(65536),
                    I::LocalGet(scratch),
                    I::I32Const(65536),
                    I::I32LtU,
                    I::Select,
                    I::I32Const(16 - k as i32),
                    I::I32Shl,
                ],
                self.bulk_handler,
            );
        } else {
            self.charge_with(f, &[I::LocalGet(scratch), I::I32Const(k as i32), I::I32ShrU], self.bulk_handler);
        }
    }

    fn cost_at(&self, ops: &[Operator]) -> i32 {
        match self.opts.cost {
            CostModel::Unit => 1,
            CostModel::Block => straight_line_cost(ops),
        }
    }
}

/// Position of a non-custom section in the binary format's required order.
fn rank(id: wasm_encoder::SectionId) -> u8 {
    use wasm_encoder::SectionId as S;
    match id {
        S::Custom => 0,
        S::Type => 1,
        S::Import => 2,
        S::Function => 3,
        S::Table => 4,
        S::Memory => 5,
        S::Tag => 6,
        S::Global => 7,
        S::Export => 8,
        S::Start => 9,
        S::Element => 10,
        S::DataCount => 11,
        S::Code => 12,
        S::Data => 13,
    }
}

/// Instructions from the start of `ops` up to and including the first one
/// that may transfer control or starts a nested construct. `block` is only a
/// label and costs nothing; `nop` likewise.
fn straight_line_cost(ops: &[Operator]) -> i32 {
    let mut cost = 0;
    for op in ops {
        match op {
            Operator::Block { .. } | Operator::Nop => continue,
            _ => cost += 1,
        }
        if ends_straight_line(op) {
            break;
        }
    }
    cost.max(1)
}

fn is_throw(op: &Operator) -> bool {
    matches!(op, Operator::Throw { .. } | Operator::Rethrow { .. } | Operator::ThrowRef)
}

/// Instructions whose work grows with their last operand (bytes or pages).
fn is_bulk(op: &Operator) -> bool {
    matches!(
        op,
        Operator::MemoryCopy { .. }
            | Operator::MemoryFill { .. }
            | Operator::MemoryInit { .. }
            | Operator::MemoryGrow { .. }
    )
}

fn ends_straight_line(op: &Operator) -> bool {
    use Operator as O;
    matches!(
        op,
        O::Loop { .. }
            | O::If { .. }
            | O::Else
            | O::End
            | O::Br { .. }
            | O::BrIf { .. }
            | O::BrTable { .. }
            | O::Return
            | O::Unreachable
            | O::Call { .. }
            | O::CallIndirect { .. }
            | O::ReturnCall { .. }
            | O::ReturnCallIndirect { .. }
            | O::Try { .. }
            | O::Catch { .. }
            | O::CatchAll
            | O::Delegate { .. }
            | O::Throw { .. }
            | O::Rethrow { .. }
            | O::TryTable { .. }
            | O::ThrowRef
    )
}

impl Reencode for Meter<'_> {
    type Error = std::convert::Infallible;

    fn parse_global_section(
        &mut self,
        globals: &mut wasm_encoder::GlobalSection,
        section: wasmparser::GlobalSectionReader<'_>,
    ) -> ReencodeResult {
        reencode::utils::parse_global_section(self, globals, section)?;
        self.fuel_global(globals);
        Ok(())
    }

    /// A module without a global section gets one holding only the fuel, in
    /// its proper place in the section order. (An export section always
    /// exists: the handler is exported.)
    fn intersperse_section_hook(
        &mut self,
        module: &mut wasm_encoder::Module,
        after: Option<wasm_encoder::SectionId>,
        before: Option<wasm_encoder::SectionId>,
    ) -> ReencodeResult {
        use wasm_encoder::SectionId;
        let straddles = |target: SectionId| {
            after.is_none_or(|id| rank(id) < rank(target))
                && before.is_none_or(|id| rank(id) > rank(target))
        };
        if !self.has_globals && straddles(SectionId::Global) {
            let mut globals = wasm_encoder::GlobalSection::new();
            self.fuel_global(&mut globals);
            module.section(&globals);
        }
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wasmparser::ExportSectionReader<'_>,
    ) -> ReencodeResult {
        reencode::utils::parse_export_section(self, exports, section)?;
        exports.export(&self.opts.export_global, wasm_encoder::ExportKind::Global, self.fuel);
        Ok(())
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        body: wasmparser::FunctionBody<'_>,
    ) -> ReencodeResult {
        let index = self.next_func;
        self.next_func += 1;
        if self.charge_fn == Some(index) {
            let mut f = wasm_encoder::Function::new([]);
            self.charge_with(&mut f, &[wasm_encoder::Instruction::LocalGet(0)], self.handler);
            f.instruction(&wasm_encoder::Instruction::End);
            code.function(&f);
            return Ok(());
        }
        if self.skip.contains(&index) {
            self.stats.skipped += 1;
            return reencode::utils::parse_function_body(self, code, body);
        }
        self.stats.functions += 1;

        let mut reader = body.get_operators_reader()?;
        let mut ops = Vec::new();
        while !reader.eof() {
            ops.push(reader.read()?);
        }
        let mut locals = Vec::new();
        let mut n_locals = self.params[index as usize];
        for pair in body.get_locals_reader()? {
            let (count, ty) = pair?;
            n_locals += count;
            locals.push((count, self.val_type(ty)?));
        }
        // One scratch local for the lengths of bulk memory instructions.
        let bulk = self.opts.bulk_shift.filter(|_| ops.iter().any(is_bulk));
        if bulk.is_some() {
            locals.push((1, wasm_encoder::ValType::I32));
        }
        let mut f = wasm_encoder::Function::new(locals);
        self.charge(&mut f, self.cost_at(&ops));
        for (i, op) in ops.iter().enumerate() {
            if let (Some(k), true) = (bulk, is_bulk(op)) {
                self.stats.bulk += 1;
                self.charge_bulk(&mut f, op, n_locals, k);
            }
            if let (Some(cost), true) = (self.opts.throw_cost, is_throw(op)) {
                self.stats.throws += 1;
                self.charge_with(&mut f, &[wasm_encoder::Instruction::I32Const(cost)], self.bulk_handler);
            }
            f.instruction(&self.instruction(op.clone())?);
            if let Operator::Loop { .. } = op {
                self.stats.loops += 1;
                self.charge(&mut f, self.cost_at(&ops[i + 1..]));
            }
        }
        code.function(&f);
        Ok(())
    }
}
