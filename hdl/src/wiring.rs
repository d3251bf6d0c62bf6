//! Blocks that only wire: concatenations that rust-hdl's `hdl_gen` cannot write itself (its
//! widening casts fail Verilator's width lint), each a single continuous assignment in the Verilog.

use rust_hdl::prelude::*;

/// `whole = {parts[N−1], …, parts[1], parts[0]}`: part `k` at bits `[W·k +: W]`; `OUT = N·W`.
#[derive(LogicBlock)]
pub struct Pack<const N: usize, const W: usize, const OUT: usize> {
    pub parts: [Signal<In, Bits<W>>; N],
    pub whole: Signal<Out, Bits<OUT>>,
}

impl<const N: usize, const W: usize, const OUT: usize> Default for Pack<N, W, OUT> {
    fn default() -> Self {
        const { assert!(N * W == OUT, "OUT is N parts of W bits") };
        Self { parts: std::array::from_fn(|_| Default::default()), whole: Default::default() }
    }
}

impl<const N: usize, const W: usize, const OUT: usize> Logic for Pack<N, W, OUT> {
    fn update(&mut self) {
        let mut p = Bits::<OUT>::default();
        for (k, part) in self.parts.iter().enumerate() {
            for i in 0..W {
                p = p.replace_bit(k * W + i, part.val().get_bit(i));
            }
        }
        self.whole.next = p;
    }

    fn connect(&mut self) {
        self.whole.connect();
    }

    fn hdl(&self) -> Verilog {
        let parts: Vec<String> = (0..N).rev().map(|k| format!("parts${k}")).collect();
        Verilog::Custom(format!("always @(*) whole = {{{}}};", parts.join(", ")))
    }
}
