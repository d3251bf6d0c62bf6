//! Where a block runs. `--backend` names one of these; later issues add the chip model, the RTL and
//! the UART/PCIe links behind the same trait.

use std::fmt;
use std::str::FromStr;

use thermoblock_sim::{Block, GibbsConfig, GibbsResult, Spins, gibbs};

/// A parsed `--backend` value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendSpec {
    /// The reference sampler of `thermoblock-sim` (floating point, xoshiro streams).
    Reference,
    /// The bit-exact chip model (chip issue).
    Chip,
    /// The generated RTL under Verilator (chip issue).
    Rtl,
    /// A board on a serial port (host-link issue).
    Uart(String),
    /// A board behind a PCIe stream DMA bridge (host-link issue).
    Pcie(String),
}

impl FromStr for BackendSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "reference" => Ok(Self::Reference),
            "chip" => Ok(Self::Chip),
            "rtl" => Ok(Self::Rtl),
            _ => match s.split_once(':') {
                Some(("uart", path)) if !path.is_empty() => Ok(Self::Uart(path.into())),
                Some(("pcie", path)) if !path.is_empty() => Ok(Self::Pcie(path.into())),
                _ => Err(format!("unknown backend `{s}`; expected reference, chip, rtl, uart:PATH or pcie:PATH")),
            },
        }
    }
}

impl fmt::Display for BackendSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Reference => write!(f, "reference"),
            Self::Chip => write!(f, "chip"),
            Self::Rtl => write!(f, "rtl"),
            Self::Uart(p) => write!(f, "uart:{p}"),
            Self::Pcie(p) => write!(f, "pcie:{p}"),
        }
    }
}

/// Something that samples a block.
pub trait Backend {
    /// The name reported in results (`backend` in JSON).
    fn name(&self) -> String;

    /// Samples a batch of inputs with `block`, each input clamped in turn: average-and-sign readout
    /// over `cfg.sweeps` sweeps; input `i` uses stream `i` of the seed. `progress(n)` is told each
    /// time `n` more sweeps are done.
    fn sample_batch(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>>;

    /// Samples one input (stream 0 of the seed).
    fn sample(
        &mut self,
        block: &Block,
        x: &Spins,
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<GibbsResult> {
        Ok(self.sample_batch(block, std::slice::from_ref(x), cfg, progress)?.remove(0))
    }
}

/// A progress callback: called with the number of sweeps just completed, from any thread.
pub type Progress<'a> = &'a (dyn Fn(usize) + Sync);

/// A progress callback that ignores progress.
pub const NO_PROGRESS: Progress<'static> = &|_| {};

/// The reference sampler.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reference;

impl Backend for Reference {
    fn name(&self) -> String {
        "reference".into()
    }

    fn sample_batch(
        &mut self,
        block: &Block,
        xs: &[Spins],
        cfg: &GibbsConfig,
        progress: Progress<'_>,
    ) -> anyhow::Result<Vec<GibbsResult>> {
        Ok(gibbs::sample_batch_with_progress(block, xs, cfg, progress)?)
    }
}

/// Opens the backend `spec` names, or says why it cannot.
pub fn open(spec: &BackendSpec) -> anyhow::Result<Box<dyn Backend>> {
    match spec {
        BackendSpec::Reference => Ok(Box::new(Reference)),
        other => anyhow::bail!(
            "backend `{other}` is not available in this version: only `reference` is implemented so far \
             (the chip model, RTL and board links are on the roadmap in README.md); use --backend reference"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_backend_names() {
        assert_eq!("reference".parse(), Ok(BackendSpec::Reference));
        assert_eq!("uart:/dev/ttyUSB1".parse(), Ok(BackendSpec::Uart("/dev/ttyUSB1".into())));
        assert_eq!("pcie:/dev/xdma0".parse(), Ok(BackendSpec::Pcie("/dev/xdma0".into())));
        assert!("uart:".parse::<BackendSpec>().is_err());
        assert!("gpu".parse::<BackendSpec>().unwrap_err().contains("unknown backend `gpu`"));
    }

    #[test]
    fn unimplemented_backends_say_so() {
        let err = open(&BackendSpec::Chip).err().expect("chip is not implemented yet").to_string();
        assert!(err.contains("`chip` is not available"), "{err}");
    }
}
