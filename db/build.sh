#!/usr/bin/env bash
# Builds the Neo4j launcher when its jar is missing or older than its sources.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/unsc-neo4j-launcher.jar"
fresh() {
  [ -f "$jar" ] && [ -d "$here/target/lib" ] && [ -z "$(find "$here/pom.xml" "$here/src" -newer "$jar" -type f 2>/dev/null | head -1)" ]
}
fresh && exit 0
# Launchers started at once (the test setup starts two Neo4j) must not run two Maven builds into one target/:
# the later one waits for the first, then finds the jar fresh. flock is util-linux's (every Debian/Ubuntu); where
# it is missing, builds are not serialised.
if command -v flock >/dev/null 2>&1; then
  mkdir -p "$here/target"
  exec 9>"$here/target/.build.lock"
  flock 9
  fresh && exit 0
fi
command -v java >/dev/null 2>&1 || { echo "java not found: install a Java 17 JDK (apt-get install openjdk-17-jdk-headless)" >&2; exit 6; }
command -v mvn >/dev/null 2>&1 || { echo "maven not found: install Maven 3.8+ (apt-get install maven)" >&2; exit 7; }
echo "building the Neo4j launcher (the first build downloads Neo4j from Maven Central)..." >&2
mvn -q -B -f "$here/pom.xml" package -DskipTests
