//! The plane engine: the chip's weight-broadcast, plane-parallel datapath (docs/ARCHITECTURE.md,
//! "The plane engine"). Built in stages; so far:
//!
//! * [`array`](mod@array): the PE array (`plane_array.v`, a hand-written leaf), its software twin, and
//!   the leaf as a rust-hdl block (`PlaneArray`);
//! * [`controller`]: the sequencer: windows, stalls, terms, plane reads and loads, decisions;
//! * [`plane_store`]: the spin planes in `D` banks, and the next plane staged and rotated for the array;
//! * [`sum_queue`]: a column's sums from the array's order into raster order;
//! * [`decision`]: a column's decision unit (`2A − B`, the field arithmetic, p-bit, generator);
//! * [`column`](mod@column): one column's decisions: sum queue, border table, spin words, decision unit, row;
//! * [`drain`]: the `D` columns and the decision pipeline that drives them;
//! * [`weight_banks`]: the kernels stored once in `D` banks, read term by term and rotated onto the columns;
//! * [`top`]: the units wired together into the engine (`PlaneEngine`);
//! * [`engine`]: the whole engine cycle by cycle in software, composed of the units' twins: the
//!   timing its controller keeps, checked against the chip model.

pub mod array;
pub mod column;
pub mod controller;
pub mod decision;
pub mod drain;
pub mod engine;
pub mod plane_store;
pub mod sum_queue;
pub mod top;
pub mod weight_banks;
