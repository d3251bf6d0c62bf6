//! `uart:PATH[@BAUD]`: a board on a serial port (8N1, no flow control), through `serialport`.

use std::io::{Read, Write};
use std::time::Duration;

use super::Transport;

/// The baud rate when `uart:PATH` names none: the virtual boards' and the iCEBreaker's. A board
/// built for another rate says so in its `bitstreams/BOARD/manifest.json` (`uart_baud`; the ULX3S
/// runs at 2 Mbaud: `uart:/dev/ttyUSB0@2000000`).
pub const DEFAULT_BAUD: u32 = thermoblock_contract::uart::BOARD_BAUD as u32;

pub struct Uart {
    port: Box<dyn serialport::SerialPort>,
    path: String,
    baud: u32,
}

/// Whether `path` names a pseudo-terminal (Unix 98 `/dev/pts/N` or a BSD-style `/dev/ttyp*`).
fn is_pseudo_terminal(path: &str) -> bool {
    path.starts_with("/dev/pts/") || path.starts_with("/dev/ttyp")
}

/// Splits `PATH[@BAUD]`.
pub fn parse_target(spec: &str) -> anyhow::Result<(String, u32)> {
    match spec.rsplit_once('@') {
        Some((path, baud)) => {
            let b: u32 =
                baud.parse().map_err(|_| anyhow::anyhow!("baud rate `{baud}` in `uart:{spec}` is not a number"))?;
            anyhow::ensure!(b > 0, "baud rate must be positive in `uart:{spec}`");
            Ok((path.to_string(), b))
        }
        None => Ok((spec.to_string(), DEFAULT_BAUD)),
    }
}

impl Uart {
    pub fn open(spec: &str) -> anyhow::Result<Uart> {
        let (path, baud) = parse_target(spec)?;
        let port = serialport::new(&path, baud)
            .data_bits(serialport::DataBits::Eight)
            .parity(serialport::Parity::None)
            .stop_bits(serialport::StopBits::One)
            .flow_control(serialport::FlowControl::None)
            .timeout(Duration::from_millis(100))
            .open()
            .map_err(|e| {
                let in_use = e.to_string().contains("exclusive lock") || e.to_string().contains("busy");
                if in_use {
                    anyhow::anyhow!(
                        "cannot open serial port {path}: it is in use by another process (another \
                         thermoblock, a terminal program, ModemManager?): {e}"
                    )
                } else {
                    anyhow::anyhow!(
                        "cannot open serial port {path}: {e} (is the board plugged in, is the path right, \
                         and may this user open it — e.g. in group `dialout`?)"
                    )
                }
            })?;
        Ok(Uart { port, path, baud })
    }
}

impl Transport for Uart {
    fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.port.write_all(bytes)?;
        self.port.flush()
    }

    fn recv(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize> {
        self.port.set_timeout(timeout.max(Duration::from_millis(1)))?;
        match self.port.read(buf) {
            Ok(n) => Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => Ok(0),
            Err(e) => Err(e),
        }
    }

    fn describe(&self) -> String {
        format!("uart:{}@{}", self.path, self.baud)
    }

    /// 8N1: ten bit times per byte.
    /// baud / 10 bytes a second; none on a pseudo-terminal (a virtual board), whose bytes move at
    /// memory speed whatever the baud rate says.
    fn line_rate(&self) -> Option<f64> {
        (!is_pseudo_terminal(&self.path)).then_some(self.baud as f64 / 10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse() {
        assert_eq!(parse_target("/dev/ttyUSB1").unwrap(), ("/dev/ttyUSB1".into(), DEFAULT_BAUD));
        assert_eq!(parse_target("/dev/ttyUSB1@115200").unwrap(), ("/dev/ttyUSB1".into(), 115_200));
        assert!(parse_target("/dev/x@fast").unwrap_err().to_string().contains("not a number"));
    }

    #[test]
    fn a_missing_port_is_a_clear_error() {
        let e = Uart::open("/dev/thermoblock-no-such-port").err().unwrap().to_string();
        assert!(e.contains("cannot open serial port /dev/thermoblock-no-such-port"), "{e}");
    }
}
