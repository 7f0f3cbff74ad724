package cn.nanan.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts an embedded Neo4j 5.26 Community DBMS with the Bolt connector on 127.0.0.1,
 * so that the Node.js service talks to it with neo4j-driver exactly as to a server.
 *
 * Usage: java ... cn.nanan.launcher.Launcher <dataDir> <boltPort> <pageCache e.g. 256m>
 *
 * Protocol with the parent process (kept tiny on purpose):
 *  - prints "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once Bolt accepts connections;
 *  - prints "NEO4J_ERROR <reason>" on stderr and exits non-zero when it cannot start;
 *  - shuts down cleanly on SIGINT/SIGTERM, and also when its stdin closes, so that a
 *    parent killed with SIGKILL never leaves an orphaned database behind.
 *
 * Bolt requires authentication: the password of the user "neo4j" is taken from the environment
 * variable NEO4J_LAUNCHER_PASSWORD (never from the command line, which other users can read) and set
 * at every start through the embedded API, which needs no login.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("NEO4J_ERROR usage: Launcher <dataDir> <boltPort> <pageCacheSize>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args[2];
        boolean watchStdin = args.length < 4 || !"--no-stdin-watch".equals(args[3]);

        if (!portFree(port)) {
            System.err.println("NEO4J_ERROR port " + port + " on 127.0.0.1 is already in use "
                    + "(another Neo4j or service?). Stop it, or set NEO4J_BOLT_PORT to a free port.");
            System.exit(3);
        }
        Files.createDirectories(home);

        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", "127.0.0.1:" + port);
        cfg.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        cfg.put("server.bolt.tls_level", "DISABLED");
        String password = System.getenv("NEO4J_LAUNCHER_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_ERROR NEO4J_LAUNCHER_PASSWORD must hold the Bolt password (8 characters or more)");
            System.exit(2);
        }
        // Loopback only, and authenticated: any local process could otherwise change the graph.
        cfg.put("dbms.security.auth_enabled", "true");
        cfg.put("server.memory.pagecache.size", pageCache);
        // All transactions share a pool of 70% of the heap. One transaction (a large import) may take
        // at most 60%, so the rest stays free for every other request while it runs; past that the
        // import alone is rolled back, with a message saying to raise NEO4J_HEAP or import in parts.
        cfg.put("db.memory.transaction.max", (Runtime.getRuntime().maxMemory() / 10 * 6 / (1024 * 1024)) + "m");
        // Keep transaction logs small: this is a development database on a shared disk.
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        cfg.put("db.tx_log.rotation.size", "64M");
        // Do not wait the default 10 s for transactions at shutdown: clients are closed first.
        cfg.put("db.shutdown_transaction_end_timeout", "2s");
        // Bolt waits a 5 s netty quiet period per event-loop group at shutdown; our client is gone by then.
        cfg.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");

        long t0 = System.nanoTime();
        // Only this start's part of Neo4j's log explains this start: earlier runs' errors are history.
        Path debugLog = home.resolve("logs").resolve("debug.log");
        long debugLogStart = Files.exists(debugLog) ? Files.size(debugLog) : 0;
        DatabaseManagementService dbms;
        try {
            // The builder takes raw settings only from a properties file; write ours next to the data.
            Path conf = home.resolve("neo4j.conf");
            StringBuilder sb = new StringBuilder("# Written by the launcher at every start; edits are overwritten.\n");
            cfg.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            Files.writeString(conf, sb.toString());
            dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (Throwable e) {
            System.err.println("NEO4J_ERROR failed to start Neo4j: " + e);
            System.exit(4);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } catch (Throwable ignored) {
                // best effort during JVM shutdown
            }
            System.out.println("NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // A database that cannot start (a corrupt store, say) leaves the DBMS up and the database
        // unavailable; report the cause from Neo4j's own log at once instead of waiting in silence.
        GraphDatabaseService neo4jDb = dbms.database("neo4j");
        while (!neo4jDb.isAvailable(1000)) {
            String cause = firstError(debugLog, debugLogStart);
            if (cause != null) {
                System.err.println("NEO4J_ERROR the database did not start: " + cause);
                dbms.shutdown();
                System.exit(6);
            }
        }

        // The embedded API runs without a login; use it to set the Bolt password before announcing readiness.
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (Throwable e) {
            // Setting the password it already has is refused; that is the normal restart case.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                System.err.println("NEO4J_ERROR could not set the Bolt password: " + e.getMessage());
                dbms.shutdown();
                System.exit(5);
            }
        }
        // Block until the default database is available before announcing readiness.
        dbms.database("neo4j").executeTransactionally("RETURN 1");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " (" + ms + " ms, data in " + home + ")");
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // ignore input; EOF means the parent is gone
                    }
                } catch (IOException ignored) {
                    // treat as EOF
                }
                System.exit(0);
            }, "stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /**
     * The first ERROR Neo4j logged since byte `from` of its debug log, with the root cause of that
     * entry's own stack trace (its last "Caused by", before the next log entry), or null.
     */
    private static String firstError(Path debugLog, long from) {
        try {
            if (!Files.exists(debugLog)) return null;
            byte[] all = Files.readAllBytes(debugLog);
            int start = (int) Math.min(from, all.length);
            String[] lines = new String(all, start, all.length - start, java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (!line.contains(" ERROR ")) continue;
                String msg = line.substring(line.indexOf(" ERROR ") + 7).trim();
                String cause = null;
                for (int j = i + 1; j < lines.length && !ENTRY.matcher(lines[j]).lookingAt(); j++) {
                    String l = lines[j].trim();
                    if (l.startsWith("Caused by:")) cause = l.substring("Caused by:".length()).trim();
                }
                String out = cause == null ? msg : msg + " — caused by: " + cause;
                return out.length() > 600 ? out.substring(0, 600) : out;
            }
        } catch (IOException ignored) {
            // the log is being written; try again on the next round
        }
        return null;
    }

    /** A log entry starts with its timestamp; stack trace lines do not. */
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} ");

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
