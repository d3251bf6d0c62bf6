//! # `BlockRam`: an exact-depth synchronous memory
//!
//! `WORDS` words of `WIDTH` bits, one synchronous read port and one write port on the same clock,
//! addressed by `ADDR` bits whatever the depth. rust-hdl's `RAM` widget would declare `2^ADDR`
//! words (e.g. 32 ECP5 block RAMs instead of 24 for the sums, 8 instead of 7 DP16KD per coupling
//! bank), so this is that widget with the exact depth. A read at the edge that writes the same
//! address returns an **unspecified** word on the FPGA (`(* no_rw_check *)`: Yosys then adds no
//! read-first emulation); the simulation model and Verilator return the old word. Users that read
//! and write one address at one edge forward the written word themselves (`AverageSign`) or never
//! do it (`CouplingMemory`).
//!
//! **Single-port form** ([`BlockRam::single_port`]): one address serves both ports,
//! `write_enable ? write_address : read_address`, and a write cycle holds `read_data` (the
//! `no_change` mode of the iCE40 UP5K's SPRAM, which the `ram_style = "huge"` attribute selects:
//! Yosys maps it to `SB_SPRAM256KA`, 16,384 x 16, without `synth_ice40 -spram`). For a memory that
//! is never read and written in the same cycle (the coupling banks, loaded while the chip is idle)
//! the two forms read the same words.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct BlockRam<const WORDS: usize, const ADDR: usize, const WIDTH: usize> {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<ADDR>>,
    /// `mem[read_address]` as it was before the edge that sampled `read_address`.
    pub read_data: Signal<Out, Bits<WIDTH>>,
    pub write_address: Signal<In, Bits<ADDR>>,
    pub write_data: Signal<In, Bits<WIDTH>>,
    pub write_enable: Signal<In, bool>,
    /// The simulation's contents (power-up zeros; the Verilog has no initial values).
    _sim: Vec<Bits<WIDTH>>,
    /// The single-port form (module docs).
    _single_port: bool,
}

impl<const WORDS: usize, const ADDR: usize, const WIDTH: usize> Default for BlockRam<WORDS, ADDR, WIDTH> {
    fn default() -> Self {
        const { assert!(WORDS >= 1 && WORDS <= 1 << ADDR) };
        Self {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _sim: vec![Bits::default(); WORDS],
            _single_port: false,
        }
    }
}

impl<const WORDS: usize, const ADDR: usize, const WIDTH: usize> BlockRam<WORDS, ADDR, WIDTH> {
    /// The single-port form: one address, `write_address` while writing, and `read_data` held
    /// through a write.
    pub fn single_port() -> Self {
        Self { _single_port: true, ..Default::default() }
    }
}

impl<const WORDS: usize, const ADDR: usize, const WIDTH: usize> Logic for BlockRam<WORDS, ADDR, WIDTH> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            let write = self.write_address.val().index();
            if !(self._single_port && self.write_enable.val()) {
                let read = self.read_address.val().index();
                self.read_data.next = self._sim.get(read).copied().unwrap_or_default();
            }
            if self.write_enable.val() && write < WORDS {
                self._sim[write] = self.write_data.val();
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    /// A depth that needs fewer address bits than the port has is indexed by the low bits only
    /// (Verilator `-Wall` rejects a too-wide index); the high bits, which an address `< WORDS`
    /// leaves zero, are marked unused.
    fn hdl(&self) -> Verilog {
        let bits = clog2(WORDS).max(1);
        if self._single_port {
            return single_port_verilog(WIDTH, WORDS, ADDR, bits);
        }
        if bits < ADDR {
            let high = |port: &str| format!("{port}[{}:{bits}]", ADDR - 1);
            let low = |port: &str| format!("{port}[{}:0]", bits - 1);
            let unused = [high("read_address"), high("write_address")];
            memory_verilog(WIDTH, WORDS, &low("read_address"), &low("write_address"), &unused)
        } else {
            memory_verilog(WIDTH, WORDS, "read_address", "write_address", &[])
        }
    }
}

/// The single-port form's Verilog: `words` words of `width` bits behind one `addr_bits`-bit
/// address, of which the low `bits` index the memory.
fn single_port_verilog(width: usize, words: usize, addr_bits: usize, bits: usize) -> Verilog {
    let (index, unused) = if bits < addr_bits {
        (
            format!("address[{}:0]", bits - 1),
            format!(
                "/* verilator lint_off UNUSEDSIGNAL */\n\
                 wire unused_high = &{{1'b0, address[{}:{bits}]}};\n\
                 /* verilator lint_on UNUSEDSIGNAL */\n",
                addr_bits - 1
            ),
        )
    } else {
        ("address".to_string(), String::new())
    };
    Verilog::Custom(format!(
        "\
(* no_rw_check, ram_style = \"huge\" *) reg [{msb}:0] mem [0:{last}];
wire [{amsb}:0] address = write_enable ? write_address : read_address;
{unused}
always @(posedge clock) begin
   if (write_enable) begin
      mem[{index}] <= write_data;
   end else begin
      read_data <= mem[{index}];
   end
end
",
        msb = width - 1,
        last = words - 1,
        amsb = addr_bits - 1,
    ))
}

/// The Verilog body of a `(* no_rw_check *)` memory of `words` words of `width` bits with one
/// synchronous read port and one write port, indexed by the expressions `read` and `write`; the
/// port bits in `unused_high` (outside the index) are marked unused for Verilator. Shared by
/// [`BlockRam`] and the spin memory's word store, whose index joins two ports.
pub(crate) fn memory_verilog(width: usize, words: usize, read: &str, write: &str, unused_high: &[String]) -> Verilog {
    let unused = if unused_high.is_empty() {
        String::new()
    } else {
        format!(
            "/* verilator lint_off UNUSEDSIGNAL */\n\
             wire unused_high = &{{1'b0, {}}};\n\
             /* verilator lint_on UNUSEDSIGNAL */\n",
            unused_high.join(", ")
        )
    };
    Verilog::Custom(format!(
        "\
(* no_rw_check *) reg [{msb}:0] mem [0:{last}];
{unused}
always @(posedge clock) begin
   read_data <= mem[{read}];
   if (write_enable) begin
      mem[{write}] <= write_data;
   end
end
",
        msb = width - 1,
        last = words - 1,
    ))
}
