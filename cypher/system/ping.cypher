// The monitor's heartbeat: one round trip through the server (a pooled connection's handshake
// information would answer even when the server is paused).
RETURN 1 AS ok
