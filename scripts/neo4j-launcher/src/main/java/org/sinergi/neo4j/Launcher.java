package org.sinergi.neo4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j 5.26 Community in-process with Bolt on 127.0.0.1, because the server
 * tarball is not on Maven Central. Usage: {@code Launcher <home-dir> <port> <password-file>}.
 *
 * <p>The password comes from a file rather than argv so it never shows up in {@code ps}.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            // Exit explicitly: Neo4j's non-daemon threads would keep a half-started JVM alive.
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher <home-dir> <port> <password-file>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                // Loopback only: this is a developer/test server on a shared machine.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                // The project only speaks Bolt; the embedded jar has no browser to serve anyway.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Same auth behaviour as the real server, so tests exercise credentials.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Small, fixed footprint: the default sizes itself from total RAM.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                // Bulk test loads would otherwise keep gigabytes of tx logs around.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
                // Dev/test data should not phone home (the embedded jar reports usage by default).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();

        // `neo4j-local stop` sends SIGTERM: shutting down checkpoints the stores and releases
        // the store lock, so the next start needs no recovery.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("sinergi-neo4j: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "sinergi-neo4j-shutdown"));

        System.out.printf("sinergi-neo4j: DBMS up after %.1fs%n", (System.nanoTime() - t0) / 1e9);
        setPassword(dbms, password, home.resolve("data/sinergi-password.sha256"));
        System.out.printf("sinergi-neo4j: READY bolt://127.0.0.1:%d after %.1fs%n",
                port, (System.nanoTime() - t0) / 1e9);
        stopped.await();
    }

    /**
     * The embedded API bypasses auth, so it can set the password of the built-in
     * {@code neo4j} user (default "neo4j", change required) on the system database.
     * A digest marker skips this on later starts: the first Cypher query on a cold
     * JVM can take tens of seconds on a busy machine. Delete the marker to force it.
     */
    private static void setPassword(DatabaseManagementService dbms, String password, Path marker)
            throws Exception {
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        if (Files.exists(marker) && Files.readString(marker).strip().equals(digest)) {
            return;
        }
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Re-setting the current password is rejected; anything else is fatal.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, digest + "\n");
    }
}
