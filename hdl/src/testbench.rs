//! A single-threaded testbench driver: set inputs, clock one cycle, read outputs.
//!
//! rust-hdl's `Simulation` runs each testbench on its own thread and hands the circuit back and
//! forth through channels (a few thousand cycles per second). Unit tests here instead own the
//! circuit and call [`simulate`] directly, which is the same settle-until-stable loop without the
//! threads: hundreds of thousands of cycles per second.
//!
//! Protocol of [`Bench::cycle`]: inputs written to `.next` before the call are sampled at the rising
//! edge; after the call, outputs show the state after that edge (registered outputs) and the
//! combinational response to the inputs.

use rust_hdl::core::prelude::*;

/// Iterations `simulate` may take to settle before the circuit is declared oscillating.
const MAX_SETTLE_ITERS: usize = 100;

/// A block with one clock input.
pub trait Clocked: Block {
    fn clock_input(&mut self) -> &mut Signal<In, Clock>;
}

/// A unit under test, driven by hand.
pub struct Bench<B: Clocked> {
    pub dut: B,
    cycles: u64,
}

impl<B: Clocked> Bench<B> {
    /// Connects and checks the circuit, settles it with the clock low.
    pub fn new(mut dut: B) -> Self {
        dut.connect_all();
        if let Err(e) = check_all(&dut) {
            panic!("circuit check failed: {e:?}");
        }
        dut.clock_input().next = Clock { clk: false };
        let mut bench = Self { dut, cycles: 0 };
        bench.settle();
        bench
    }

    /// Propagates input changes through the combinational logic.
    pub fn settle(&mut self) {
        assert!(simulate(&mut self.dut, MAX_SETTLE_ITERS), "circuit did not settle (cycle {})", self.cycles);
    }

    /// One full clock period: low (inputs settle), then the rising edge.
    pub fn cycle(&mut self) {
        self.dut.clock_input().next = Clock { clk: false };
        self.settle();
        self.dut.clock_input().next = Clock { clk: true };
        self.settle();
        self.cycles += 1;
    }

    /// Rising edges so far.
    pub fn cycles(&self) -> u64 {
        self.cycles
    }
}

/// `v` as an `N`-bit input value; panics if it does not fit (a test's stimulus out of range).
pub fn bits<const N: usize>(v: usize) -> Bits<N> {
    assert!(N >= usize::BITS as usize || v >> N == 0, "{v} does not fit {N} bits");
    (v as u64).to_bits()
}

/// A value's bits, least significant first (a replay's port value).
pub fn bit_vec<const N: usize>(b: Bits<N>) -> Vec<bool> {
    (0..N).map(|i| b.get_bit(i)).collect()
}

/// A deterministic stream of random words for unit-test stimulus (SplitMix64 of a counter).
pub struct Stream(pub u64);

impl Stream {
    /// The next word. (Named like `Iterator::next` on purpose: the stream never ends, so an
    /// `Option` would only add unwraps to every test.)
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(1);
        thermoblock_contract::rng::splitmix64(self.0)
    }

    /// Uniform on `0 .. n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// `true` with probability `percent / 100`.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// One line of a Verilator replay's `$readmemh` file: fields packed most significant first, each
/// as `width` binary digits of its value, the whole zero-padded at the top to whole hex digits.
#[derive(Default)]
pub struct VectorLine(String);

impl VectorLine {
    /// Appends `value` as `width` bits (below the fields put before it).
    pub fn put(&mut self, value: u64, width: usize) {
        self.0.push_str(&format!("{value:0width$b}"));
    }

    /// Appends a port's bits, given least significant first.
    pub fn put_bits(&mut self, bits: &[bool]) {
        self.0.extend(bits.iter().rev().map(|&b| if b { '1' } else { '0' }));
    }

    /// The line in hex, newline-terminated.
    pub fn hex(&self) -> String {
        let pad = "0".repeat((4 - self.0.len() % 4) % 4);
        let bits = pad + &self.0;
        let mut hex: String = bits
            .as_bytes()
            .chunks(4)
            .map(|c| format!("{:x}", u8::from_str_radix(std::str::from_utf8(c).unwrap(), 2).unwrap()))
            .collect();
        hex.push('\n');
        hex
    }
}

/// A port of a unit replayed in Verilator: its name in the generated Verilog (`name$k` for
/// element `k` of an array of signals) and its width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    pub name: String,
    pub width: usize,
}

impl Port {
    pub fn new(name: impl Into<String>, width: usize) -> Self {
        Self { name: name.into(), width }
    }
}

/// A Verilator testbench for the root module `top` that, for each of `n` vectors, applies the
/// inputs, compares every output before the edge (`!==`), then clocks; a line of the vectors
/// file is the inputs then the outputs, each port most significant bit first, in the order
/// given ([`VectorLine::put_bits`]). It prints `DONE n vectors k mismatches`.
pub fn replay_testbench(inputs: &[Port], outputs: &[Port], n: usize) -> String {
    let width = |ports: &[Port]| ports.iter().map(|p| p.width).sum::<usize>();
    let (wi, wo) = (width(inputs), width(outputs));
    let decl = |kind: &str, ports: &[Port]| {
        ports.iter().map(|p| format!("  {kind} [{}:0] {};\n", p.width - 1, p.name)).collect::<String>()
    };
    let names = |ports: &[Port]| ports.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", ");
    let connections = inputs.iter().chain(outputs).map(|p| format!(".{0}({0})", p.name)).collect::<Vec<_>>().join(", ");
    let (all, ins, outs) = (wi + wo - 1, names(inputs), names(outputs));
    format!(
        "module tb;\n  reg clock = 0;\n{}{}  reg [{all}:0] vec [0:{}];\n  integer i;\n  integer errors = 0;\n  \
         top dut(.clock(clock), {connections});\n  initial begin\n    $readmemh(\"vectors.hex\", vec);\n    \
         for (i = 0; i < {n}; i = i + 1) begin\n      {{{ins}}} = vec[i][{all}:{wo}];\n      #1;\n      \
         if ({{{outs}}} !== vec[i][{}:0]) begin\n        if (errors < 10) $display(\"MISMATCH cycle %0d: %h\", i, \
         {{{outs}}} ^ vec[i][{}:0]);\n        errors = errors + 1;\n      end\n      clock = 1;\n      #1 clock = 0;\n    \
         end\n    $display(\"DONE %0d vectors %0d mismatches\", {n}, errors);\n    $finish;\n  end\nendmodule\n",
        decl("reg", inputs),
        decl("wire", outputs),
        n - 1,
        wo - 1,
        wo - 1,
    )
}
