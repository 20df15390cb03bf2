package org.commitmentsgraph.localdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts an embedded Neo4j with Bolt on loopback and keeps it until SIGTERM/SIGINT, or until its
 * standard input closes: the Node parent holds that pipe, so when the parent dies for any reason
 * (even SIGKILL) this process shuts down too instead of holding the port as an orphan.
 * Usage: LocalNeo4j [--port 7687] [--data .data/neo4j]; the password of user neo4j comes from the
 * environment variable LOCAL_NEO4J_PASSWORD (never the command line, which other users can read).
 * The Node service parses the single "ready" line, so its wording is part of the contract.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws InterruptedException {
    int port = 7687;
    Path data = Path.of(".data", "neo4j");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        default -> {
          System.err.println("local-neo4j: unknown argument " + args[i] + " (use --port N --data DIR)");
          System.exit(2);
        }
      }
    }
    // Watch from the start: a parent that dies while Neo4j is still starting must not leave it running.
    watchParent();
    Path home = data.toAbsolutePath();
    System.out.println("local-neo4j: starting Neo4j with data in " + home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Even on loopback: another checkout's tools or any local user must not write into this store.
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("local-neo4j: stopping");
      dbms.shutdown();
      System.out.println("local-neo4j: stopped");
      stopped.countDown();
    }, "local-neo4j-shutdown"));

    setPassword(dbms, System.getenv("LOCAL_NEO4J_PASSWORD"));
    // Opening the default database forces recovery and start-up before we claim readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("local-neo4j: ready at bolt://127.0.0.1:" + port);
    stopped.await();
  }

  /** The embedded API runs as an administrator, so it can set the password the Node side generated. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    if (password == null || password.length() < 8) {
      System.err.println("local-neo4j: LOCAL_NEO4J_PASSWORD must be set (8+ characters)");
      System.exit(2);
    }
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused; that is the normal case after the first start.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  /** Exits (through the shutdown hook: a clean stop) when the parent's end of stdin closes. */
  private static void watchParent() {
    Thread watcher = new Thread(() -> {
      InputStream in = System.in;
      try {
        while (in.read() != -1) {
          // The parent never writes; anything read is ignored.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as end of input.
      }
      System.out.println("local-neo4j: parent process is gone; stopping");
      System.exit(0);
    }, "local-neo4j-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }
}
