pub const HOST: &str = "cfg.rustconf-telemetry.dev";
pub const PATH: &str = "v1/snapshot";
