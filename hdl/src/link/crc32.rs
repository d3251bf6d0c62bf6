//! # `Crc32Byte`: one byte into the link's CRC-32 register, in one clock's logic
//!
//! Combinational: `crc_out = crc32_byte(crc_in, data_in)`, the bytewise update of CRC-32/ISO-HDLC
//! defined in `thermoblock_contract::protocol`. That update is linear over GF(2) in
//! `(crc_in, data_in)`, so each output bit is the XOR of a fixed set of input bits; the Verilog is
//! those 32 XORs, found by applying the software definition to each single input bit (no
//! polynomial is restated here). The simulation model calls the definition itself.

use rust_hdl::prelude::*;
use thermoblock_contract::protocol::crc32_byte;

#[derive(LogicBlock, Default)]
pub struct Crc32Byte {
    pub crc_in: Signal<In, Bits<32>>,
    pub data_in: Signal<In, Bits<8>>,
    pub crc_out: Signal<Out, Bits<32>>,
}

/// For output bit `i`: the `crc_in` bits and the `data_in` bits whose XOR it is.
pub fn equations() -> Vec<(Vec<usize>, Vec<usize>)> {
    (0..32)
        .map(|i| {
            let from_crc = (0..32).filter(|&k| crc32_byte(1 << k, 0) >> i & 1 == 1).collect();
            let from_byte = (0..8).filter(|&k| crc32_byte(0, 1 << k) >> i & 1 == 1).collect();
            (from_crc, from_byte)
        })
        .collect()
}

impl Logic for Crc32Byte {
    fn update(&mut self) {
        let out = crc32_byte(self.crc_in.val().index() as u32, self.data_in.val().index() as u8);
        self.crc_out.next = (out as u64).into();
    }

    fn connect(&mut self) {
        self.crc_out.connect();
    }

    fn hdl(&self) -> Verilog {
        let lines: Vec<String> = equations()
            .iter()
            .enumerate()
            .map(|(i, (c, b))| {
                let terms: Vec<String> =
                    c.iter().map(|k| format!("crc_in[{k}]")).chain(b.iter().map(|k| format!("data_in[{k}]"))).collect();
                format!("    crc_out[{i}] = {};", terms.join(" ^ "))
            })
            .collect();
        Verilog::Custom(format!("always @(*) begin\n{}\nend", lines.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The equations reproduce the definition on random inputs (linearity holds).
    #[test]
    fn equations_are_the_definition() {
        let eq = equations();
        let mut s = crate::testbench::Stream(5);
        for _ in 0..10_000 {
            let (crc, byte) = (s.next() as u32, s.next() as u8);
            let got = eq.iter().enumerate().fold(0u32, |acc, (i, (c, b))| {
                let bit =
                    c.iter().fold(0, |x, &k| x ^ (crc >> k & 1)) ^ b.iter().fold(0, |x, &k| x ^ (byte as u32 >> k & 1));
                acc | bit << i
            });
            assert_eq!(got, crc32_byte(crc, byte));
        }
    }
}
