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
        // Bundled database listens on loopback only; auth is off (documented in the README).
        cfg.put("dbms.security.auth_enabled", "false");
        cfg.put("server.memory.pagecache.size", pageCache);
        // Keep transaction logs small: this is a development database on a shared disk.
        cfg.put("db.tx_log.rotation.retention_policy", "2 files");
        cfg.put("db.tx_log.rotation.size", "64M");
        // Do not wait the default 10 s for transactions at shutdown: clients are closed first.
        cfg.put("db.shutdown_transaction_end_timeout", "2s");
        // Bolt waits a 5 s netty quiet period per event-loop group at shutdown; our client is gone by then.
        cfg.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");

        long t0 = System.nanoTime();
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

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
