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
}

/// What the pass did, for the command line to report.
#[derive(Debug, Default)]
pub struct Stats {
    pub functions: u32,
    pub skipped: u32,
    pub loops: u32,
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

    let mut skip = HashSet::from([handler]);
    if !opts.skip.is_empty() {
        ensure!(
            !info.func_names.is_empty(),
            "--skip needs function names, but the module has no `name` section \
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

    let mut meter = Meter {
        opts,
        handler,
        skip,
        fuel: types.global_count(),
        has_globals: info.has_globals,
        next_func: info.imported_funcs,
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
        use wasm_encoder::Instruction as I;
        f.instruction(&I::GlobalGet(self.fuel))
            .instruction(&I::I32Const(cost))
            .instruction(&I::I32Sub)
            .instruction(&I::GlobalSet(self.fuel))
            .instruction(&I::GlobalGet(self.fuel))
            .instruction(&I::I32Const(0))
            .instruction(&I::I32LtS)
            .instruction(&I::If(wasm_encoder::BlockType::Empty))
            .instruction(&I::Call(self.handler))
            .instruction(&I::End);
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
        if self.skip.contains(&index) {
            self.stats.skipped += 1;
            return reencode::utils::parse_function_body(self, code, body);
        }
        self.stats.functions += 1;

        let mut f = self.new_function_with_parsed_locals(&body)?;
        let mut reader = body.get_operators_reader()?;
        let mut ops = Vec::new();
        while !reader.eof() {
            ops.push(reader.read()?);
        }
        self.charge(&mut f, self.cost_at(&ops));
        for (i, op) in ops.iter().enumerate() {
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
