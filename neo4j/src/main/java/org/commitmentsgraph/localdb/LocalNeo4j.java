package org.commitmentsgraph.localdb;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts an embedded Neo4j with Bolt on loopback and keeps it until SIGTERM/SIGINT.
 * Usage: LocalNeo4j [--port 7687] [--data .data/neo4j]
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
    Path home = data.toAbsolutePath();
    System.out.println("local-neo4j: starting Neo4j with data in " + home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Loopback only and a throwaway development store: authentication would only add a password to manage.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("local-neo4j: stopping");
      dbms.shutdown();
      System.out.println("local-neo4j: stopped");
      stopped.countDown();
    }, "local-neo4j-shutdown"));

    // Opening the default database forces recovery and start-up before we claim readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("local-neo4j: ready at bolt://127.0.0.1:" + port);
    stopped.await();
  }
}
