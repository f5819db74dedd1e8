package org.unscgraph.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Launcher settings: command-line flags win over environment variables, which win over defaults. */
final class Options {
  String host = "127.0.0.1";
  int port = 7687;
  Path home = Path.of(".neo4j/data");
  String password = "unsc-graph-dev";
  long pageCacheMb = 256;
  long txTimeoutSeconds = 120;
  long startTimeoutSeconds = 120;
  boolean watchParent = false;
  boolean verbose = false;
  Optional<Path> confFile = Optional.empty();

  static Options parse(String[] args, Map<String, String> env) {
    Options o = new Options();
    if (env.containsKey("NEO4J_BOLT_HOST")) o.host = env.get("NEO4J_BOLT_HOST");
    if (env.containsKey("NEO4J_BOLT_PORT")) o.port = intValue("NEO4J_BOLT_PORT", env.get("NEO4J_BOLT_PORT"));
    if (env.containsKey("NEO4J_HOME_DIR")) o.home = Path.of(env.get("NEO4J_HOME_DIR"));
    if (env.containsKey("NEO4J_PASSWORD")) o.password = env.get("NEO4J_PASSWORD");
    if (env.containsKey("NEO4J_PAGECACHE_MB")) o.pageCacheMb = intValue("NEO4J_PAGECACHE_MB", env.get("NEO4J_PAGECACHE_MB"));
    if (env.containsKey("NEO4J_CONF_FILE")) o.confFile = Optional.of(Path.of(env.get("NEO4J_CONF_FILE")));
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--host" -> o.host = value(args, ++i, a);
        case "--port" -> o.port = intValue(a, value(args, ++i, a));
        case "--home" -> o.home = Path.of(value(args, ++i, a));
        case "--pagecache-mb" -> o.pageCacheMb = intValue(a, value(args, ++i, a));
        case "--tx-timeout-s" -> o.txTimeoutSeconds = intValue(a, value(args, ++i, a));
        case "--conf" -> o.confFile = Optional.of(Path.of(value(args, ++i, a)));
        case "--watch-parent" -> o.watchParent = true;
        case "--verbose" -> o.verbose = true;
        default -> throw new IllegalArgumentException("unknown argument " + a
            + "; usage: [--host H] [--port P] [--home DIR] [--pagecache-mb N] [--tx-timeout-s N] [--conf FILE] [--watch-parent] [--verbose]");
      }
    }
    if (o.port < 0 || o.port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + o.port);
    if (o.password.length() < 8) throw new IllegalArgumentException("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
    o.home = o.home.toAbsolutePath();
    return o;
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
    return args[i];
  }

  private static int intValue(String name, String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
    }
  }
}
