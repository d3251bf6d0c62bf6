//! A board in this process: the command engine over a bus, behind a [`Transport`], with optional
//! byte faults each way. The link's tests and the fault-injection test run against it; the virtual
//! board (`thermoblock board --pty`) serves the same engine on a pseudo-terminal.

use std::collections::VecDeque;
use std::time::Duration;

use thermoblock_sim::chip::bus::Bus;
use thermoblock_sim::chip::engine::CommandEngine;

use super::Transport;
use super::faults::{FaultSpec, Faults};

pub struct SimBoard<B: Bus> {
    pub engine: CommandEngine<B>,
    /// Host → board and board → host faults.
    pub faults: Option<(Faults, Faults)>,
    /// Reply bytes not yet received by the host.
    pub pending: VecDeque<u8>,
}

impl<B: Bus> SimBoard<B> {
    pub fn new(engine: CommandEngine<B>, faults: Option<FaultSpec>) -> Self {
        let faults = faults.map(|f| (Faults::new(f, 0), Faults::new(f, 1)));
        Self { engine, faults, pending: VecDeque::new() }
    }
}

impl<B: Bus + Send> Transport for SimBoard<B> {
    fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let arrived: Vec<u8> = match &mut self.faults {
            Some((up, _)) => {
                let mut arrived = Vec::with_capacity(bytes.len());
                up.apply(bytes, &mut arrived);
                arrived
            }
            None => bytes.to_vec(),
        };
        for b in arrived {
            if let Some(reply) = self.engine.receive(b) {
                match &mut self.faults {
                    Some((_, down)) => {
                        let mut out = Vec::new();
                        down.apply(&reply, &mut out);
                        self.pending.extend(out);
                    }
                    None => self.pending.extend(reply),
                }
            }
        }
        Ok(())
    }

    /// Replies are ready as soon as the request is sent; an empty queue is a timeout, after which
    /// the engine drops any partial frame, as the RTL parser does when the line goes idle.
    fn recv(&mut self, buf: &mut [u8], _timeout: Duration) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            self.engine.abandon_frame();
            return Ok(0);
        }
        Ok(super::drain_into(&mut self.pending, buf))
    }

    fn describe(&self) -> String {
        "in-process board".into()
    }
}
