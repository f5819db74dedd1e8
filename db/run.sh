#!/usr/bin/env bash
# Runs the Neo4j launcher in the foreground (exec, so signals reach the JVM directly).
# Builds it first when the jar is missing. Arguments are passed to the launcher (see README).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v java >/dev/null 2>&1; then
  echo '{"level":"error","msg":"java not found: install a Java 17 JDK (e.g. apt-get install openjdk-17-jdk-headless)","error":"java_missing","exitCode":6}' >&2
  exit 6
fi
bash "$here/build.sh" >&2

# JVM flags from the official Neo4j 5.x neo4j.conf that matter for an embedded server on Java 17.
exec java \
  -Xms"${NEO4J_HEAP:-1g}" -Xmx"${NEO4J_HEAP:-1g}" \
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions \
  -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC \
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
  -Djdk.tls.ephemeralDHKeySize=2048 -Djdk.tls.rejectClientInitiatedRenegotiation=true \
  -Dlog4j2.disable.jmx=true -XX:+ExitOnOutOfMemoryError \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "$here/target/unsc-neo4j-launcher.jar:$here/target/lib/*" \
  org.unscgraph.db.Launcher "$@"
