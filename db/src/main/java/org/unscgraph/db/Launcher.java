package org.unscgraph.db;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.nio.charset.StandardCharsets;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.logging.Level;

/**
 * Starts Neo4j Community embedded with the Bolt connector, prints exactly one ready line on stdout
 * once the default database is available, and shuts down on SIGTERM/SIGINT or (with --watch-parent)
 * when the process that started it dies.
 *
 * <p>Every line this program writes itself is one JSON object, so callers can parse it. Exit codes:
 * 2 bad arguments, 3 port in use, 4 store locked, 5 start failed.
 */
public final class Launcher {
  static final int EXIT_USAGE = 2;
  static final int EXIT_PORT_IN_USE = 3;
  static final int EXIT_STORE_LOCKED = 4;
  static final int EXIT_START_FAILED = 5;

  private Launcher() {}

  public static void main(String[] args) {
    Options opts;
    try {
      opts = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      fail(EXIT_USAGE, "bad_arguments", e.getMessage());
      return;
    }
    long started = System.nanoTime();
    // The parent is read now: once it has died, parent() would answer with init, which never dies.
    Optional<ProcessHandle> parentAtStart = opts.watchParent ? ProcessHandle.current().parent() : Optional.empty();
    AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop = () -> {
      DatabaseManagementService d = running.get();
      if (d != null && stopped.compareAndSet(false, true)) {
        try {
          d.shutdown();
        } finally {
          log("info", "neo4j stopped", Map.of());
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));
    parentAtStart.ifPresent(parent -> watchParent(parent, stop));

    if (opts.port != 0 && !portIsFree(opts.host, opts.port)) {
      fail(EXIT_PORT_IN_USE, "port_in_use",
          "port " + opts.port + " on " + opts.host + " is already in use; stop whatever holds it"
              + " (npm run db:status) or choose another with --port / NEO4J_BOLT_PORT");
      return;
    }

    if (storeIsLocked(opts.home)) {
      failLocked(opts);
      return;
    }

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(opts.home);
      seedInitialPassword(opts);
      DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(opts.home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(opts.host, opts.port))
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          // No usage reports: the machines we run on are often offline, and users did not ask for it.
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(opts.pageCacheMb))
          .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofSeconds(opts.txTimeoutSeconds))
          // Bolt's two netty event-loop groups each wait for 5 quiet seconds on shutdown, in turn:
          // 10 s of an idle stop spent doing nothing. Our clients close their drivers first, and
          // in-flight queries are still bounded by the shutdown timeout below.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, java.time.Duration.ofSeconds(5))
          .setUserLogProvider(new Log4jLogProvider(System.err, opts.verbose ? Level.INFO : Level.WARN));
      if (opts.confFile.isPresent()) {
        builder.loadPropertiesFromFile(opts.confFile.get());
      }
      dbms = builder.build();
    } catch (Throwable t) {
      if (isLockProblem(t)) {
        failLocked(opts);
      } else if (isBindProblem(t)) {
        fail(EXIT_PORT_IN_USE, "port_in_use", "could not bind Bolt on " + opts.host + ":" + opts.port + ": " + rootMessage(t));
      } else {
        fail(EXIT_START_FAILED, "start_failed", rootMessage(t));
      }
      return;
    }

    running.set(dbms);

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.SECONDS.toMillis(opts.startTimeoutSeconds))) {
      fail(EXIT_START_FAILED, "start_failed", "the default database did not become available within "
          + opts.startTimeoutSeconds + " s; see " + opts.home.resolve("logs/debug.log"));
      return;
    }
    try {
      // Embedded transactions on the system database run with full rights, which is how the
      // launcher sets the password the server will use, and clears the forced change on first login.
      setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), opts.password);
    } catch (Throwable t) {
      fail(EXIT_START_FAILED, "start_failed", "could not set the neo4j password: " + rootMessage(t));
      return;
    }

    int boltPort = boundBoltPort(db).orElse(opts.port);
    Map<String, Object> ready = new LinkedHashMap<>();
    ready.put("bolt", "bolt://" + opts.host + ":" + boltPort);
    ready.put("port", boltPort);
    ready.put("version", org.neo4j.kernel.internal.Version.getNeo4jVersion());
    ready.put("home", opts.home.toString());
    ready.put("startupMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    ready.put("pid", ProcessHandle.current().pid());
    log("info", "neo4j ready", ready);

  }

  /**
   * On a new store, writes the password as Neo4j's initial user (what `neo4j-admin dbms
   * set-initial-password` does), so Bolt never serves the default one. Without it a client that
   * connects while the store is created (a server retrying until Neo4j is up) fails with the real
   * password, trips the brute-force lock, and each retry renews the lock: it can never log in.
   */
  private static void seedInitialPassword(Options opts) throws Exception {
    if (Files.exists(opts.home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
      return;
    }
    org.neo4j.configuration.Config config = org.neo4j.configuration.Config.newBuilder()
        .set(GraphDatabaseSettings.neo4j_home, opts.home.toAbsolutePath())
        .build();
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      users.create(new User("neo4j", null,
          SystemGraphCredential.createCredentialForPassword(opts.password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
          false, false));
      users.shutdown();
    }
  }

  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      // A persistent store keeps the password of its last run; Neo4j refuses to "change" it to itself.
      if (!rootMessage(e).contains("cannot be the same")) {
        throw e;
      }
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
    }
  }

  /** Polls the parent: a killed test runner or server must not leave an orphaned database behind. */
  private static void watchParent(ProcessHandle p, Runnable stop) {
    Thread t = new Thread(() -> {
      while (p.isAlive()) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
      log("info", "parent process exited, stopping", Map.of("parentPid", p.pid()));
      stop.run();
      System.exit(0);
    }, "parent-watch");
    t.setDaemon(true);
    t.start();
  }

  private static Optional<Integer> boundBoltPort(GraphDatabaseService db) {
    try {
      ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
          .resolveDependency(ConnectorPortRegister.class);
      var address = ports.getLocalAddress(ConnectorType.BOLT);
      return address == null ? Optional.empty() : Optional.of(address.getPort());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static boolean portIsFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void failLocked(Options opts) {
    fail(EXIT_STORE_LOCKED, "store_locked",
        "the store at " + opts.home + " is locked by another Neo4j process; stop it (npm run db:stop)"
            + " or use another --home / NEO4J_HOME_DIR");
  }

  /**
   * Neo4j holds an OS lock on data/databases/store_lock while running. Probing it here answers in
   * milliseconds instead of after the seconds Neo4j needs to reach the same conclusion.
   */
  static boolean storeIsLocked(Path home) {
    Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (IOException | OverlappingFileLockException e) {
      return true;
    }
  }

  private static boolean isLockProblem(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getSimpleName();
      String msg = String.valueOf(c.getMessage());
      if (name.contains("FileLockException") || msg.contains("locked by another") || msg.contains("Unable to obtain lock")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBindProblem(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof java.net.BindException || String.valueOf(c.getMessage()).contains("Address already in use")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  private static void fail(int code, String error, String message) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("error", error);
    fields.put("exitCode", code);
    log("error", message, fields);
    System.exit(code);
  }

  static synchronized void log(String level, String msg, Map<String, ?> fields) {
    StringBuilder sb = new StringBuilder("{\"level\":\"").append(level).append("\",\"msg\":").append(Json.quote(msg));
    for (Map.Entry<String, ?> e : fields.entrySet()) {
      sb.append(',').append(Json.quote(e.getKey())).append(':');
      Object v = e.getValue();
      sb.append(v instanceof Number || v instanceof Boolean ? v.toString() : Json.quote(String.valueOf(v)));
    }
    PrintStream out = "error".equals(level) ? System.err : System.out;
    out.println(sb.append('}'));
    out.flush();
  }
}
